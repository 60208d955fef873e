import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { fetchHtml } from '../shared/fetch-page';
import { InputError, listHtmlFiles, MAX_HTML_BYTES } from '../shared/files';
import { readWarc } from '../warc/read';
import { failed, message } from './records';
import type { AuditTask } from './task';
import type { AuditRecord } from '../../utils/provenance/index';

/** What the input side hands the pool: a task, a record made without one (an error), or a skipped WARC record. */
export type Item =
  | { kind: 'task'; key: string; task: AuditTask; transfer?: ArrayBuffer }
  | { kind: 'record'; key: string; record: AuditRecord }
  | { kind: 'skip'; reason: string };

const WARC_NAME = /\.(?:warc|arc)(?:\.gz)?$/i;
const HTML_NAME = /\.html?$/i;

export function isWarcName(name: string): boolean {
  return WARC_NAME.test(name.replace(/[?#].*$/, ''));
}

/** A file that is not named .html/.htm but starts like a WARC (or gzip, which WARCs usually are). */
async function looksLikeWarc(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(5), 0, 5, 0);
    const head = buffer.subarray(0, bytesRead);
    return (head[0] === 0x1f && head[1] === 0x8b) || head.toString('latin1') === 'WARC/';
  } finally {
    await fh.close();
  }
}

async function openWarcUrl(url: string): Promise<AsyncIterable<Uint8Array>> {
  let res: Response;
  try {
    res = await fetch(url, { redirect: 'follow' });
  } catch (e) {
    throw new InputError(`fetch failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!res.ok || !res.body) throw new InputError(`HTTP ${res.status}`);
  return Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>);
}

/** The records of one WARC as pool items; `name` is the path or URL, as given. */
export async function* warcItems(name: string, bytes: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<Item> {
  for await (const it of readWarc(name, bytes, maxBytes)) {
    if (it.kind === 'skip') yield { kind: 'skip', reason: it.reason };
    else if (it.kind === 'error') {
      yield { kind: 'record', key: it.source, record: failed(name, it.error, { source: it.source, fetchedAt: it.fetchedAt }, it.url) };
    } else {
      const { body } = it;
      yield {
        kind: 'task', key: it.source, transfer: body.buffer as ArrayBuffer,
        task: {
          type: 'warc', input: name, url: it.url, origin: { source: it.source, fetchedAt: it.fetchedAt }, body,
          contentType: it.contentType, transferEncoding: it.transferEncoding, contentEncoding: it.contentEncoding, maxBytes,
        },
      };
    }
  }
}

/**
 * Every page of every input, lazily (the pool pulls the next one when it has room, so a 10 GB archive
 * is never held): files and directories, http(s) pages, and WARCs (local or http(s)). A WARC that cannot be
 * read for want of a connection or a disk gives an error record, or with `rethrow` (a queued shard, which
 * BullMQ retries) the error itself.
 */
export async function* inputItems(inputs: string[], opts: { maxBytes?: number; rethrow?: boolean } = {}): AsyncGenerator<Item> {
  const maxBytes = opts.maxBytes ?? MAX_HTML_BYTES;
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      if (isWarcName(input)) {
        try {
          yield* warcItems(input, await openWarcUrl(input), maxBytes);
        } catch (e) {
          if (opts.rethrow) throw e;
          yield { kind: 'record', key: input, record: failed(input, message(e)) };
        }
        continue;
      }
      try {
        const { html, finalUrl } = await fetchHtml(input);
        yield { kind: 'task', key: input, task: { type: 'html', input, html, url: finalUrl } };
      } catch (e) {
        yield { kind: 'record', key: input, record: failed(input, message(e)) };
      }
      continue;
    }
    let files: string[];
    try {
      const st = await stat(input);
      files = st.isDirectory() ? await listHtmlFiles(input, 1_000_000, (name) => HTML_NAME.test(name) || WARC_NAME.test(name)) : [input];
      if (st.isDirectory() && files.length === 0) {
        yield { kind: 'record', key: input, record: failed(input, 'directory holds no .html, .htm, .warc or .warc.gz files') };
        continue;
      }
    } catch (e) {
      yield { kind: 'record', key: input, record: failed(input, message(e)) };
      continue;
    }
    for (const f of files) {
      let warc = WARC_NAME.test(f);
      if (!warc && !HTML_NAME.test(f)) warc = await looksLikeWarc(f).catch(() => false);
      if (!warc) {
        yield { kind: 'task', key: f, task: { type: 'file', path: f } };
        continue;
      }
      try {
        yield* warcItems(f, createReadStream(f, { highWaterMark: 1 << 16 }), maxBytes);
      } catch (e) {
        if (opts.rethrow) throw e;
        yield { kind: 'record', key: f, record: failed(f, message(e)) };
      }
    }
  }
}
