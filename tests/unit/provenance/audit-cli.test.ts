import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, csvRow } from '../../../cli/shared/csv';
import { REPO_ROOT } from '../../../cli/shared/paths';
import { FIXTURES, SEED } from './helpers';
import { SCHEMA, validate } from '../audit/schema';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const AUDIT = join(REPO_ROOT, 'cli', 'audit.ts');

/** Async so the in-process HTTP server keeps answering while the CLI runs. */
function run(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [AUDIT, ...args], { cwd: REPO_ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

let server: Server;
let base = '';
beforeAll(async () => {
  const page = readFileSync(SEED);
  server = createServer((req, res) => {
    if (req.url === '/seed') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    } else if (req.url === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = typeof addr === 'object' && addr ? `http://127.0.0.1:${addr.port}` : '';
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('audit CLI', () => {
  it('prints one schema-valid ndjson record per page and exit 0', async () => {
    const r = await run([SEED, join(FIXTURES, 'pages')]);
    expect(r.code).toBe(0);
    const records = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records).toHaveLength(4);
    for (const rec of records) expect(validate(rec, SCHEMA, SCHEMA)).toEqual([]);
    const seed = records[0]!;
    expect(seed['verdict']).toBe('ai-generated');
    expect(seed['publishedAt']).toBe('2025-03-27');
    expect(seed['textSha256']).toMatch(/^[0-9a-f]{64}$/);
    const byFile = Object.fromEntries(records.map((x) => [String(x['input']).split('/').pop(), x['verdict']]));
    expect(byFile).toMatchObject({ 'd081-0.html': 'ai-summary', 'd104-0.html': 'none', 'd096-0.html': 'suspected-ai' });
  }, 90_000);

  it('writes error records for bad inputs, keeps going, exits 1', async () => {
    const r = await run([join(FIXTURES, 'not-html.html'), join(FIXTURES, 'empty.html'), join(FIXTURES, 'missing.html'), SEED]);
    expect(r.code).toBe(1);
    const recs = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(recs.map((x) => typeof x['error'])).toEqual(['string', 'string', 'string', 'undefined']);
    for (const rec of recs) expect(validate(rec, SCHEMA, SCHEMA)).toEqual([]);
  }, 90_000);

  it('fetches http URLs (local server) and reports non-HTML responses as errors', async () => {
    const r = await run(['--format', 'csv', `${base}/seed`, `${base}/image`, `${base}/missing`]);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines[0]!.startsWith('input,verdict,confidence,isArticle,')).toBe(true);
    expect(lines[1]).toContain(',ai-generated,');
    expect(lines[2]).toMatch(/not HTML/);
    expect(lines[3]).toMatch(/HTTP 404/);
  }, 90_000);

  it('prints a table, help, and exits 2 on usage errors', async () => {
    const t = await run(['--format', 'table', SEED]);
    expect(t.code).toBe(0);
    expect(t.out.split('\n')[0]).toMatch(/^input\s+verdict\s+conf\s+article/);
    expect((await run(['--help'])).out).toMatch(/Usage: npm run audit/);
    expect((await run([])).code).toBe(2);
    expect((await run(['--format', 'xml', 'a.html'])).code).toBe(2);
    expect((await run(['--nope'])).code).toBe(2);
  }, 90_000);
});

describe('csv cells', () => {
  it('defuses formulas and quotes separators', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(null)).toBe('');
    expect(csvRow(['a', 1, true])).toBe('a,1,true');
  });
});
