import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { exited, lines, runAudit, startAudit, utf8Pages, warcOf } from './helpers';
import { validate } from './schema';

const dir = mkdtempSync(join(tmpdir(), 'pl-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const strip = (r: Record<string, unknown>) => {
  const { input: _i, source: _s, fetchedAt: _f, ...rest } = r;
  return rest;
};

describe('npm run audit over WARCs', () => {
  it('gives the same records, field for field, as the same pages audited as files (2 jobs)', async () => {
    const pages = utf8Pages();
    const warc = join(dir, 'pages.warc.gz');
    writeFileSync(warc, await warcOf(pages));
    const [fromFiles, fromWarc] = await Promise.all([runAudit(['--jobs', '1', ...pages]), runAudit(['--jobs', '2', warc])]);
    expect(fromFiles.code).toBe(0);
    expect(fromWarc.code).toBe(0);
    const a = lines(fromFiles.out);
    const b = lines(fromWarc.out);
    expect(b).toHaveLength(pages.length);
    expect(b.map(strip)).toEqual(a.map(strip));
    expect(b.filter((r) => r['verdict'] === 'ai-generated')).toHaveLength(1);
    for (const r of b) {
      expect(validate(r)).toEqual([]);
      expect(r['input']).toBe(warc);
      expect(r['source']).toMatch(new RegExp(`^${warc.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}#\\d+$`));
      expect(r['fetchedAt']).toMatch(/^2024-0\d-15T12:00:00Z$/);
    }
    // warcinfo and one request per page are counted, not audited.
    expect(fromWarc.err).toMatch(new RegExp(`skipped WARC records: ${pages.length} request, 1 warcinfo`));
  }, 120_000);

  it('writes an error record for each bad archive, goes on, and exits 1', async () => {
    const good = await warcOf(utf8Pages().slice(0, 2));
    const files = {
      truncated: good.subarray(0, good.length - 200),
      empty: Buffer.alloc(0),
      notWarc: Buffer.from('<html><body><p>a page, not an archive</p></body></html>\n'),
      liar: Buffer.from(
        'WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/liar\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n' +
          'Content-Type: application/http; msgtype=response\r\nContent-Length: 2147483648\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><p>short</p></html>\r\n\r\n',
      ),
    };
    const paths = Object.entries(files).map(([name, bytes]) => {
      const p = join(dir, `${name}.warc${name === 'truncated' ? '.gz' : ''}`);
      writeFileSync(p, bytes);
      return p;
    });
    const goodPath = join(dir, 'good.warc.gz');
    writeFileSync(goodPath, good);
    const r = await runAudit(['--jobs', '2', ...paths, goodPath]);
    expect(r.code).toBe(1);
    const recs = lines(r.out);
    for (const rec of recs) expect(validate(rec)).toEqual([]);
    const errors = recs.filter((x) => x['error']).map((x) => `${String(x['input']).split('/').pop()}: ${String(x['error'])}`);
    expect(errors).toEqual([
      expect.stringMatching(/^truncated\.warc\.gz: truncated/),
      'empty.warc: empty file',
      expect.stringMatching(/^notWarc\.warc: not a WARC file/),
      expect.stringMatching(/^liar\.warc: record too large \(2147483648 bytes/),
    ]);
    // The truncated archive's whole first page and the good archive's two still come through.
    expect(recs.filter((x) => !x['error']).map((x) => String(x['input']).split('/').pop())).toEqual(['truncated.warc.gz', 'good.warc.gz', 'good.warc.gz']);
  }, 120_000);

  it('--resume after a kill: whole lines only, every record exactly once', async () => {
    const warc = join(dir, 'many.warc.gz');
    writeFileSync(warc, await warcOf(utf8Pages(), { copies: 12 }));
    const out = join(dir, 'out.ndjson');
    const first = startAudit(['--jobs', '1', '--output', out, warc]);
    // Kill it once some records are out, well before the 60 are.
    await vi.waitFor(() => expect(statSync(out, { throwIfNoEntry: false })?.size ?? 0).toBeGreaterThan(0), { timeout: 60_000, interval: 20 });
    first.kill('SIGKILL');
    await exited(first);
    const before = readFileSync(out, 'utf8');
    expect(lines(before).length).toBeLessThan(60);
    // Simulate the worst moment: a line cut in half at the end of the file.
    writeFileSync(out, `${before}{"schema":1,"input":"half a li`);
    const second = await runAudit(['--jobs', '2', '--output', out, '--resume', warc]);
    expect(second.code).toBe(0);
    expect(second.err).toMatch(/already in the output/);
    const all = lines(readFileSync(out, 'utf8'));
    const sources = all.map((r) => String(r['source']));
    expect(new Set(sources).size).toBe(60);
    expect(sources).toHaveLength(60);
  }, 120_000);

  it('streams a WARC from an http(s) URL (a local server standing in for Common Crawl)', async () => {
    const warc = await warcOf(utf8Pages().slice(0, 2));
    const server = createServer((req, res) => {
      if (req.url === '/crawl-data/x.warc.gz') {
        res.writeHead(200, { 'content-type': 'application/warc' });
        res.end(warc);
      } else {
        res.writeHead(503);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}/crawl-data`;
      const r = await runAudit(['--jobs', '1', `${base}/x.warc.gz`, `${base}/busy.warc.gz`]);
      expect(r.code).toBe(1);
      const recs = lines(r.out);
      expect(recs.slice(0, 2).map((x) => x['source'])).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/crawl-data\/x\.warc\.gz#\d+$/), expect.any(String)]);
      expect(recs[2]).toMatchObject({ input: `${base}/busy.warc.gz`, error: 'HTTP 503' });
    } finally {
      await new Promise((r) => server.close(r));
    }
  }, 60_000);
});
