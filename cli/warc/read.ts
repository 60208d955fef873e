import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { MAX_HEAD, parseHttpHead, type HttpHead } from './http-head';

/** One item a WARC yields: an HTML response to audit, a broken record, or a record skipped on purpose. */
export type WarcItem =
  | {
      kind: 'page';
      source: string;
      url: string;
      fetchedAt: string | null;
      /** The HTTP body as stored: still chunked / compressed when the headers say so. */
      body: Uint8Array;
      contentType: string | null;
      transferEncoding: string | null;
      contentEncoding: string | null;
    }
  | { kind: 'error'; source: string; url: string | null; fetchedAt: string | null; error: string }
  | { kind: 'skip'; source: string; reason: string };

const WARC_VERSION = /^WARC\/1\.[01]$/;
const LIAR = 'declared Content-Length does not match the record (no CRLF CRLF where the record should end)';
const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/** warcio's byte source: its fields are public, not part of its documented API (pinned by the tests). */
interface RawReader {
  compressed: string | null;
  inflator: { ended: boolean } | null;
  _savedChunk: Uint8Array | null;
  _readOffset: number;
  getReadOffset(): number;
  readSize(n: number): Promise<Uint8Array>;
}

/**
 * Whether the block just read is followed by the CRLF CRLF that ends every record, looked at and put
 * back for warcio. warcio itself only warns (on stderr) and reads on when a Content-Length lies, and
 * when it says too little it silently resynchronises on the next record.
 */
async function closedProperly(raw: RawReader): Promise<boolean> {
  const got = await raw.readSize(4);
  const saved = raw._savedChunk;
  if (got.length) {
    if (saved) {
      const both = new Uint8Array(got.length + saved.length);
      both.set(got);
      both.set(saved, got.length);
      raw._savedChunk = both;
    } else raw._savedChunk = got;
    raw._readOffset -= got.length;
  }
  return got.length === 4 && got[0] === 13 && got[1] === 10 && got[2] === 13 && got[3] === 10;
}

/** Bytes of a record's block not yet read (warcio's LimitReader counts them down). */
function remaining(record: WARCRecord): number {
  const r = record.reader;
  return r instanceof LimitReader ? r.limit : 0;
}

/** Reads a block to its end and says how many of its declared bytes never came. */
async function skipBlock(record: WARCRecord): Promise<number> {
  for await (const chunk of record.reader) void chunk;
  record.consumed = 'skipped';
  return remaining(record);
}

type Head = { head: HttpHead; body: Uint8Array | null; short: number } | { error: string; short: number };

/**
 * Reads a response block: its HTTP head, then the payload when `want(head)` allows, up to `maxBytes`.
 * warcio hands back a record cut by the end of the file with a short block and no error (and its own
 * skip would spin on it), so the bytes still owed are counted here and the record is marked consumed.
 */
async function readResponse(record: WARCRecord, maxBytes: number, want: (h: HttpHead) => boolean): Promise<Head> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let head: HttpHead | null = null;
  let keep = true;
  let error: string | null = null;
  for await (const chunk of record.reader) {
    if (!keep || error) continue;
    chunks.push(chunk);
    size += chunk.byteLength;
    if (!head) {
      try {
        head = parseHttpHead(concat(chunks, size));
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
        continue;
      }
      if (head && !want(head)) keep = false;
    }
    if (head && size - head.length > maxBytes) keep = false;
  }
  record.consumed = 'skipped';
  const short = remaining(record);
  if (error) return { error, short };
  if (!head) {
    try {
      head = parseHttpHead(concat(chunks, size));
    } catch (e) {
      return { error: e instanceof Error ? e.message : String(e), short };
    }
    if (!head) return { error: 'HTTP headers never end', short };
  }
  return { head, body: keep ? concat(chunks, size).slice(head.length) : null, short };
}

function blame(page: Extract<WarcItem, { kind: 'page' }>, error: string): WarcItem {
  return { kind: 'error', source: page.source, url: page.url, fetchedAt: page.fetchedAt, error };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  chunks.splice(0, chunks.length, out);
  return out;
}

/**
 * Streams the records of one WARC (1.0/1.1, plain, gzipped per record or as a whole) from `bytes`.
 * `name` is what `source` starts with; `source` is `<name>#<offset>`, the record's byte offset in the
 * file (for a per-record .warc.gz the compressed offset, as CDX indexes give it; for a file gzipped as
 * one whole, the offset in the decompressed stream). A record is checked against the next one before it
 * is handed out, so a lying Content-Length is blamed on the record that lies; reading stops at the first
 * record that cannot be framed (nothing after it can be trusted).
 */
export async function* readWarc(name: string, bytes: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<WarcItem> {
  let total = 0;
  let ioError: unknown = null;
  async function* counted() {
    try {
      for await (const chunk of bytes) {
        total += chunk.byteLength;
        yield chunk;
      }
    } catch (e) {
      // A failing disk or connection is not a broken archive: it goes to the caller, which may retry.
      ioError = e;
      throw e;
    }
  }
  const parser = new WARCParser(counted(), { parseHttp: false });
  const raw = (parser as unknown as { _reader: RawReader })._reader;
  let pending: Extract<WarcItem, { kind: 'page' }> | null = null;
  let lastOffset = -1;
  let index = 0;
  let plainOffset = 0;
  const stop = (error: string, offset: number): WarcItem => ({ kind: 'error', source: `${name}#${offset}`, url: null, fetchedAt: null, error });
  for (;;) {
    let record: WARCRecord | null;
    try {
      record = await parser.parse();
    } catch (e) {
      if (ioError) throw ioError;
      if (pending) yield blame(pending, `record framing broken after it: ${e instanceof Error ? e.message : String(e)}`);
      else yield stop(`not a readable WARC: ${e instanceof Error ? e.message : String(e)}`, parser.offset);
      return;
    }
    if (!record) {
      if (raw.compressed && raw.inflator && !raw.inflator.ended && total > 0) {
        // The gzip member never ended: the file was cut. Some readers return the cut record as if whole.
        const at = parser.offset;
        if (pending && pending.source === `${name}#${at}`) yield blame(pending, 'truncated: the gzip member of this record is cut short');
        else {
          if (pending) yield pending;
          yield stop('truncated: the archive ends inside a gzip member (a record here is lost)', at);
        }
      } else if (pending) yield pending;
      else if (index === 0) yield stop(total === 0 ? 'empty file' : 'not a WARC file', 0);
      return;
    }
    const version = record.warcHeaders.statusline.trim();
    const declared = record.warcHeaders.headers.get('Content-Length');
    if (!WARC_VERSION.test(version) || declared === null || declared === undefined || !/^\d+$/.test(declared.trim())) {
      const why = index === 0 ? 'not a WARC file (no WARC/1.0 or WARC/1.1 record header)' : 'no WARC record header where one should start';
      if (pending) yield blame(pending, `declared Content-Length does not match the record: ${why} after it`);
      else yield stop(why, Math.max(parser.offset, 0));
      return;
    }
    if (pending) yield pending;
    pending = null;
    // A file gzipped as one whole has one member, so warcio's raw offset stays put: use the decompressed one.
    let offset = parser.offset;
    if (raw.compressed && offset === lastOffset) offset = plainOffset;
    lastOffset = parser.offset;
    index++;
    const source = `${name}#${offset}`;
    const url = record.warcTargetURI ?? null;
    const fetchedAt = record.warcDate ?? null;
    const type = record.warcType;
    const declaredLength = Number(declared);
    const over = type === 'response' && declaredLength > maxBytes + MAX_HEAD;
    if (type !== 'response' || over) {
      const short = await skipBlock(record);
      if (over) yield { kind: 'error', source, url, fetchedAt, error: `record too large (${declaredLength} bytes > ${maxBytes})` };
      if (short > 0) {
        if (!over) yield { kind: 'error', source, url, fetchedAt, error: `truncated: ${type ?? 'untyped'} record ends ${short} bytes before its declared length` };
        return;
      }
      if (!(await closedProperly(raw))) {
        yield { kind: 'error', source, url, fetchedAt, error: LIAR };
        return;
      }
      if (!over) yield { kind: 'skip', source, reason: type ?? 'no WARC-Type' };
    } else {
      let skip: string | null = null;
      const r = await readResponse(record, maxBytes, (h) => {
        const ct = h.headers.get('content-type');
        if (h.status < 200 || h.status > 299) skip = `HTTP ${h.status}`;
        else if (ct && !HTML_TYPE.test(ct)) skip = `not HTML (${ct.split(';')[0]!.trim().toLowerCase()})`;
        return !skip;
      });
      if (r.short > 0) {
        yield { kind: 'error', source, url, fetchedAt, error: `truncated: block ends ${r.short} bytes before its declared length (${declaredLength})` };
        return;
      }
      if (!(await closedProperly(raw))) {
        yield { kind: 'error', source, url, fetchedAt, error: LIAR };
        return;
      }
      if ('error' in r) yield { kind: 'error', source, url, fetchedAt, error: r.error };
      else if (skip) yield { kind: 'skip', source, reason: skip };
      else if (!r.body) yield { kind: 'error', source, url, fetchedAt, error: `record too large (over ${maxBytes} bytes)` };
      else if (!url) yield { kind: 'error', source, url, fetchedAt, error: 'response record without WARC-Target-URI' };
      else {
        const h = r.head.headers;
        pending = {
          kind: 'page', source, url, fetchedAt, body: r.body, contentType: h.get('content-type') ?? null,
          transferEncoding: h.get('transfer-encoding') ?? null, contentEncoding: h.get('content-encoding') ?? null,
        };
      }
    }
    // The next record starts after this block and the two CRLFs that close it.
    plainOffset = raw.getReadOffset() + 4;
  }
}
