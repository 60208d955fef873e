import { WARCRecord, WARCSerializer } from 'warcio';

/**
 * One WARC/1.1 response record holding `body` as an HTTP 200 (serialised by warcio, gzipped as its own
 * member when asked, the way crawlers write .warc.gz). For test fixtures and the bench.
 */
export async function responseRecord(
  r: { url: string; date: string; body: Uint8Array; headers?: Record<string, string> },
  gzip: boolean,
): Promise<Uint8Array> {
  const record = WARCRecord.create(
    {
      url: r.url, date: r.date, type: 'response', warcVersion: 'WARC/1.1',
      httpHeaders: r.headers ?? { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(r.body.byteLength) },
    },
    [r.body],
  );
  return WARCSerializer.serialize(record, { gzip });
}

/** A non-response record (request, metadata…), to check that they are skipped. */
export async function otherRecord(type: 'request' | 'metadata' | 'revisit' | 'warcinfo', url: string, gzip: boolean): Promise<Uint8Array> {
  const body = new TextEncoder().encode(type === 'request' ? '' : 'note: test\r\n');
  const record =
    type === 'warcinfo'
      ? WARCRecord.createWARCInfo({ filename: 'test.warc.gz', warcVersion: 'WARC/1.1' }, { software: 'provenance-lens tests' })
      : WARCRecord.create(
          { url, type, warcVersion: 'WARC/1.1', date: '2024-05-01T10:00:00Z', ...(type === 'request' ? { statusline: `GET ${new URL(url).pathname} HTTP/1.1` } : {}), ...(type === 'revisit' ? { refersToUrl: url } : {}) },
          [body],
        );
  return WARCSerializer.serialize(record, { gzip });
}
