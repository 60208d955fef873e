import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { otherRecord, responseRecord } from '../../../cli/warc/build';
import { decodeHtmlBody } from '../../../cli/warc/payload';
import { readWarc, type WarcItem } from '../../../cli/warc/read';
import { SEED, WARC_PAGES, warcOf } from './helpers';
import { join } from 'node:path';

const CAP = 20 * 1024 * 1024;
const enc = new TextEncoder();
const page = (n: number) => enc.encode(`<!doctype html><html><head><title>Page ${n}</title></head><body><p>Text ${n}.</p></body></html>`);

async function items(bytes: Uint8Array, cap = CAP): Promise<WarcItem[]> {
  const out: WarcItem[] = [];
  // Small chunks, as a slow network or disk would hand them over.
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 1000) yield bytes.subarray(i, i + 1000);
  }
  for await (const it of readWarc('t.warc', chunks(), cap)) out.push(it);
  return out;
}

const summary = (xs: WarcItem[]) =>
  xs.map((x) => (x.kind === 'page' ? `page ${x.url}` : x.kind === 'skip' ? `skip ${x.reason}` : `error ${x.error}`));

async function response(n: number, gzip = true, headers?: Record<string, string>, body = page(n)) {
  return responseRecord({ url: `https://news.example/${n}`, date: `2024-05-0${n}T10:00:00Z`, body, ...(headers ? { headers } : {}) }, gzip);
}

/** A plain (uncompressed) record written by hand, so its Content-Length can lie. */
function handRecord(url: string, block: string, declared = Buffer.byteLength(block)): Buffer {
  return Buffer.from(
    `WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: ${url}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n` +
      `WARC-Record-ID: <urn:uuid:${url.length}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${declared}\r\n\r\n${block}\r\n\r\n`,
  );
}
const httpBlock = (n: number) => `HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n${new TextDecoder().decode(page(n))}`;

describe('readWarc', () => {
  it('hands out HTML responses with url, WARC-Date and an offset that finds the record again; skips the rest with a reason', async () => {
    const recs = [
      await otherRecord('warcinfo', 'https://x.invalid/', true),
      await otherRecord('request', 'https://news.example/1', true),
      await response(1),
      await otherRecord('revisit', 'https://news.example/1', true),
      await response(2, true, { 'Content-Type': 'image/png' }, new Uint8Array([0x89, 0x50, 0x4e, 0x47])),
      await otherRecord('metadata', 'https://news.example/1', true),
      await response(4),
    ];
    const file = Buffer.concat(recs);
    const got = await items(file);
    expect(summary(got)).toEqual([
      'skip warcinfo', 'skip request', 'page https://news.example/1', 'skip revisit', 'skip not HTML (image/png)',
      'skip metadata', 'page https://news.example/4',
    ]);
    const pages = got.filter((x) => x.kind === 'page');
    expect(pages.map((p) => p.fetchedAt)).toEqual(['2024-05-01T10:00:00Z', '2024-05-04T10:00:00Z']);
    // The offset is where the record's gzip member starts: reading from there gives the same record first.
    for (const p of pages) {
      const offset = Number(p.source.split('#')[1]);
      const again = (await items(file.subarray(offset))).find((x) => x.kind === 'page');
      expect(again && again.kind === 'page' && again.url).toBe(p.url);
    }
  });

  it('skips non-2xx responses', async () => {
    const notFound = Buffer.from(handRecord('https://news.example/gone', `HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html><p>gone</p></html>`));
    expect(summary(await items(Buffer.concat([notFound, handRecord('https://news.example/1', httpBlock(1))])))).toEqual([
      'skip HTTP 404', 'page https://news.example/1',
    ]);
  });

  it('reads plain WARCs and WARCs gzipped as one whole, with a distinct source per record', async () => {
    const pages = [SEED, join(WARC_PAGES, 'daringfireball-1.html')];
    const plain = await warcOf(pages, { gzip: false });
    const whole = gzipSync(plain);
    for (const file of [plain, whole]) {
      const got = (await items(file)).filter((x) => x.kind === 'page');
      expect(got).toHaveLength(2);
      expect(new Set(got.map((x) => x.source)).size).toBe(2);
    }
    const plainSources = (await items(plain)).filter((x) => x.kind === 'page').map((x) => Number(x.source.split('#')[1]));
    expect(plain.subarray(plainSources[1]!, plainSources[1]! + 8).toString()).toBe('WARC/1.1');
  });

  it('reports a gzip member cut short as a truncated record, even where the payload came out whole', async () => {
    const a = await response(1);
    const b = await response(2);
    const full = Buffer.concat([a, b]);
    // Cut in the middle of the second record, then only in its gzip trailer (payload complete, CRC gone).
    for (const cut of [a.length + Math.floor(b.length / 2), full.length - 4]) {
      const got = await items(full.subarray(0, cut));
      expect(summary(got)[0]).toBe('page https://news.example/1');
      expect(got).toHaveLength(2);
      expect(got[1]).toMatchObject({ kind: 'error', source: `t.warc#${a.length}`, error: expect.stringMatching(/truncated/) });
    }
  });

  it('blames a lying Content-Length on the record that lies, and stops reading the file there', async () => {
    const good = handRecord('https://news.example/1', httpBlock(1));
    const block = httpBlock(2);
    for (const declared of [Buffer.byteLength(block) + 40, Buffer.byteLength(block) - 40]) {
      const liar = handRecord('https://news.example/2', block, declared);
      const got = await items(Buffer.concat([good, liar, handRecord('https://news.example/3', httpBlock(3))]));
      expect(summary(got)[0]).toBe('page https://news.example/1');
      expect(got[1]).toMatchObject({ kind: 'error', url: 'https://news.example/2', error: expect.stringMatching(/Content-Length/) });
      expect(got).toHaveLength(2);
    }
    // The last record claiming more than the file holds is truncated.
    const last = await items(Buffer.concat([good, handRecord('https://news.example/2', block, Buffer.byteLength(block) + 5000)]));
    expect(last[1]).toMatchObject({ kind: 'error', error: expect.stringMatching(/truncated/) });
  });

  it('refuses a record declared over the cap without reading it into memory, and goes on past a real one', async () => {
    // 2 GB declared, a few bytes present: the file ends inside it.
    const huge = handRecord('https://news.example/huge', httpBlock(9), 2 * 1024 ** 3);
    const got = await items(Buffer.concat([handRecord('https://news.example/1', httpBlock(1)), huge]));
    expect(got[1]).toMatchObject({ kind: 'error', url: 'https://news.example/huge', error: expect.stringMatching(/too large \(2147483\d+ bytes/) });
    // A record really over a (small) cap is skipped whole and the next one read.
    const big = await response(5, true, undefined, enc.encode(`<html><p>${'x'.repeat(5000)}</p></html>`));
    const after = await items(Buffer.concat([big, await response(6)]), 1000);
    expect(summary(after)).toEqual([expect.stringMatching(/^error record too large/), 'page https://news.example/6']);
  });

  it('says so for an empty file and a file that is not a WARC', async () => {
    expect(summary(await items(new Uint8Array()))).toEqual(['error empty file']);
    expect(summary(await items(enc.encode('<html><p>just a page</p></html>\n')))).toEqual([expect.stringMatching(/^error not a WARC file/)]);
    expect(summary(await items(gzipSync(enc.encode('hello\nworld\n'))))).toEqual([expect.stringMatching(/^error not a WARC file/)]);
  });
});

describe('decodeHtmlBody', () => {
  const html = '<!doctype html><html><head><title>Grüße</title></head><body><p>Straße</p></body></html>';
  const h = (contentType: string | null, transferEncoding: string | null = null, contentEncoding: string | null = null) => ({
    contentType, transferEncoding, contentEncoding,
  });

  it('undoes chunked transfer, gzip and br', async () => {
    const gz = gzipSync(Buffer.from(html));
    const half = Math.floor(gz.length / 2);
    const chunked = Buffer.concat([Buffer.from(`${half.toString(16)}\r\n`), gz.subarray(0, half), Buffer.from(`\r\n${(gz.length - half).toString(16)}\r\n`), gz.subarray(half), Buffer.from('\r\n0\r\n\r\n')]);
    expect(await decodeHtmlBody(chunked, h('text/html; charset=utf-8', 'chunked', 'gzip'), CAP)).toBe(html);
    expect(await decodeHtmlBody(brotliCompressSync(Buffer.from(html)), h('text/html', null, 'br'), CAP)).toBe(html);
    await expect(decodeHtmlBody(gzipSync(Buffer.from(html)).subarray(0, 30), h('text/html', null, 'gzip'), CAP)).rejects.toThrow(/gzip/);
    await expect(decodeHtmlBody(gzipSync(Buffer.from(html.repeat(100))), h('text/html', null, 'gzip'), 1000)).rejects.toThrow(/over 1000 bytes/);
  });

  it('takes the charset from a BOM, then the header, then <meta>', async () => {
    const latin1 = Buffer.from(html, 'latin1');
    expect(await decodeHtmlBody(latin1, h('text/html; charset=ISO-8859-1'), CAP)).toBe(html);
    expect(await decodeHtmlBody(Buffer.from(html.replace('<head>', '<head><meta charset="windows-1252">'), 'latin1'), h('text/html'), CAP)).toContain('Grüße');
    expect(await decodeHtmlBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html)]), h('text/html; charset=ISO-8859-1'), CAP)).toBe(html);
    const real = readFileSync(join(WARC_PAGES, 'winfuture-latin1.html'));
    expect(await decodeHtmlBody(real, h('text/html'), CAP)).toMatch(/Gebühr/);
  });
});
