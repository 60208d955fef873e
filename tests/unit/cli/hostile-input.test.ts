import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../../cli/shared/csv';
import { decodeHtml } from '../../../cli/shared/decode';
import { fetchHtml } from '../../../cli/shared/fetch-page';
import { listHtmlFiles, readHtmlFile } from '../../../cli/shared/files';
import { REPO_ROOT } from '../../../cli/shared/paths';
import { jsonLine } from '../../../cli/shared/terminal';
import { loadPage, table } from '../../../cli/related';
import { articlePage } from '../provenance/helpers';

const SENTENCE = 'Dieser Text wurde mit Unterstützung von KI erstellt und redaktionell geprüft.';
const page = (head = '') => articlePage(`<p>${SENTENCE}</p>`, 'de', head);
// Control characters are what these tests look for (eslint's no-control-regex guards against matching them by accident).
/* eslint-disable no-control-regex */
const ANY_CONTROL_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const CONTROL_OUTSIDE_CSV_LINES = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/* eslint-enable no-control-regex */
const ESC_TITLE = 'Evil \u001b]0;pwned\u0007\u001b[31mred\u009b2J title';

let dir: string;
let server: Server;
let base: string;

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
  writeFileSync(join(dir, 'latin.html'), Buffer.from(page('<meta charset="windows-1252">'), 'latin1'));
  writeFileSync(join(dir, 'utf16.html'), utf16le(page('<meta charset="utf-16">')));
  writeFileSync(join(dir, 'escape.html'), `<!doctype html><html><head><title>${ESC_TITLE}</title></head><body><p>x</p></body></html>`);
  mkdirSync(join(dir, 'real'));
  writeFileSync(join(dir, 'real', 'inner.html'), page());
  const links = join(dir, 'links');
  mkdirSync(links);
  symlinkSync(join(dir, 'real', 'inner.html'), join(links, 'linked.html'));
  symlinkSync(join(dir, 'real'), join(links, 'linked-dir'));
  symlinkSync(links, join(links, 'loop'));
  server = createServer((req, res) => {
    if (req.url === '/latin-header') {
      res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(Buffer.from(page(), 'latin1'));
    } else if (req.url === '/hang') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<!doctype html><html><head>');
    } else if (req.url === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><html><body>${'x'.repeat(300_000)}</body></html>`);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

function audit(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), [join(REPO_ROOT, 'cli', 'audit.ts'), ...args], { cwd: REPO_ROOT });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('the CLI reads a page in its own encoding (issue 14, finding 13)', () => {
  it('decodes by BOM, HTTP header and <meta charset>, as a browser does', async () => {
    expect(await readHtmlFile(join(dir, 'latin.html'))).toContain(SENTENCE);
    expect(await readHtmlFile(join(dir, 'utf16.html'))).toContain(SENTENCE);
    expect((await fetchHtml(`${base}/latin-header`)).html).toContain(SENTENCE);
    // No label at all: valid UTF-8 is UTF-8, anything else windows-1252.
    expect(decodeHtml(Buffer.from(page(), 'utf8'))).toContain(SENTENCE);
    expect(decodeHtml(Buffer.from(page(), 'latin1'))).toContain(SENTENCE);
  });

  it('npm run audit finds the disclosure in a windows-1252 page and a UTF-16 page', async () => {
    const r = await audit(['--format', 'ndjson', join(dir, 'latin.html'), join(dir, 'utf16.html')]);
    const records = r.out.trim().split('\n').map((l) => JSON.parse(l) as { verdict: string; error?: string; signals: { text: string }[] });
    expect(records.map((x) => [x.verdict, x.error])).toEqual([['ai-assisted', undefined], ['ai-assisted', undefined]]);
    for (const x of records) expect(x.signals[0]!.text).toContain('Unterstützung');
  });
});

describe('symbolic links (issue 14, finding 13)', () => {
  it('follows linked files and directories, each real directory once', async () => {
    const files = await listHtmlFiles(join(dir, 'links'));
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['links/linked-dir/inner.html', 'links/linked.html']);
  });
});

describe('terminal escapes from page text (issue 14, finding 13)', () => {
  it('table and CSV output carry no C0/C1 control characters; ndjson escapes them', async () => {
    const t = await audit(['--format', 'table', join(dir, 'escape.html')]);
    expect(t.out).toContain('Evil');
    expect(t.out).not.toMatch(ANY_CONTROL_BUT_LF);
    const c = await audit(['--format', 'csv', join(dir, 'escape.html')]);
    expect(c.out).toContain('Evil');
    expect(c.out).not.toMatch(CONTROL_OUTSIDE_CSV_LINES);
    expect(csvCell('a\u001b[2Jb\nc')).toBe('"a[2Jb\nc"');
    const line = jsonLine({ title: ESC_TITLE });
    expect(line).not.toMatch(ANY_CONTROL);
    expect(JSON.parse(line)).toEqual({ title: ESC_TITLE });
    const rows = table([{ title: ESC_TITLE, url: 'https://a.example/\u001b[1m', outlet: 'O\u009b', host: 'a.example', country: 'GB', provider: 'feeds', score: 1, why: ['x'], listed: true }]);
    expect(rows).not.toMatch(ANY_CONTROL_BUT_LF);
  });
});

describe('npm run related loads pages with the audit’s limits (issue 14, finding 13)', () => {
  it('times out a URL that never finishes', async () => {
    const t = performance.now();
    await expect(loadPage(`${base}/hang`, { timeoutMs: 300 })).rejects.toThrow(/timed out/);
    expect(performance.now() - t).toBeLessThan(5_000);
  });

  it('refuses a response or a file over the size cap', async () => {
    await expect(loadPage(`${base}/huge`, { maxBytes: 100_000 })).rejects.toThrow(/too large/);
    await expect(loadPage(join(dir, 'latin.html'), { maxBytes: 100 })).rejects.toThrow(/too large/);
  });

  it('reads a file in its own encoding', async () => {
    expect((await loadPage(join(dir, 'latin.html'))).html).toContain(SENTENCE);
  });
});
