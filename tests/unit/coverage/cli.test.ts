import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runRelated } from './run-related';
import { send, serve, type TestServer } from './server';

const FIX = fileURLToPath(new URL('../../fixtures/coverage/', import.meta.url));
const GOOGLE_FR = readFileSync(FIX + 'google_news_rss_topstories_fr-BE_2020.xml', 'utf8');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const run = runRelated;

describe('npm run related', () => {
  it('prints ranked ndjson from a local Google News endpoint, only listed outlets, never the page own site', async () => {
    server = await serve({ '/rss/search': send(GOOGLE_FR, 'application/rss+xml; charset=utf-8') });
    const r = await run(['--format', 'ndjson', '--providers', 'google-news', '--endpoint', `google-news=${server.base}/rss/search`, FIX + 'ai-site-belgique-2020.html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // The last line is the story record (tests/unit/story/cli.test.ts reads it).
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>).filter((row) => row.type !== 'story');
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((row, i) => {
      expect(Object.keys(row)).toEqual(['rank', 'title', 'url', 'outlet', 'host', 'country', 'publishedAt', 'provider', 'score', 'why']);
      expect(row.rank).toBe(i + 1);
      expect(row.provider).toBe('google-news');
      expect(row.country).toBe('BE');
      expect(String(row.host)).not.toMatch(/ai-actu/);
    });
    const hosts = rows.map((row) => row.host);
    expect(hosts).toContain('rtbf.be');
    expect(hosts).toContain('lesoir.be');
    // Sudinfo, DH and Notélé are real Belgian sites but not on the shipped list.
    expect(hosts).not.toContain('sudinfo.be');
    const q = new URL(server.hits[0]!, server.base).searchParams.get('q')!;
    expect(q).toMatch(/after:2020-03-06 before:2020-03-12$/);
    expect(q.toLowerCase()).toContain('belgique');
  }, 30_000);

  it('reports a failing provider on stderr with exit code 1, and still prints the others results', async () => {
    server = await serve({
      '/rss/search': send(GOOGLE_FR, 'application/rss+xml'),
      '/gdelt': send('<html><body>Timespan is too short.</body></html>', 'text/html', 200),
    });
    const r = await run(['--format=ndjson', '--providers', 'google-news,gdelt', '--endpoint', `google-news=${server.base}/rss/search`, `--endpoint=gdelt=${server.base}/gdelt`, FIX + 'ai-site-belgique-2020.html']);
    expect(r.code).toBe(1);
    // The page is from 2020: GDELT (three months back) is skipped, and says so, before any request.
    expect(r.stderr).toMatch(/^gdelt: bad-response: skipped: GDELT covers only the last three months/m);
    expect(server.hits.filter((h) => h.startsWith('/gdelt'))).toEqual([]);
    expect(r.stdout.trim().split('\n').length).toBeGreaterThan(0);
    expect(JSON.parse(r.stdout.split('\n')[0]!)).toHaveProperty('host');
  }, 30_000);

  it("lists publisher URLs only: on the seed page, today's Google links are printed as google_news_link, never as url", async () => {
    const answer = readFileSync(fileURLToPath(new URL('../../fixtures/coverage-e2e/google-news-search.xml', import.meta.url)), 'utf8');
    server = await serve({ '/rss/search': send(answer, 'application/rss+xml') });
    const seed = fileURLToPath(new URL('../../fixtures/pages/seed-beijing-post-rich.html', import.meta.url));
    const r = await run(['--format', 'ndjson', '--providers', 'google-news', '--endpoint', `google-news=${server.base}/rss/search`, seed]);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type?: string; url: string | null; google_news_link?: string; why: string[]; host: string })
      .filter((row) => row.type !== 'story');
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      if (row.url !== null) expect(row.url).not.toMatch(/news\.google\.com/);
      else {
        expect(row.google_news_link).toMatch(/^https:\/\/news\.google\.com\/rss\/articles\/CBMi/);
        expect(row.why.join(' ')).toMatch(/Google News link/);
      }
      expect(row.host).not.toMatch(/google|beijing-post/);
    }
    const table = await run(['--providers', 'google-news', '--endpoint', `google-news=${server.base}/rss/search`, seed]);
    expect(table.stdout).toMatch(/Google News link \(not the publisher address\): https:\/\/news\.google\.com\//);
  }, 30_000);

  it('runs the seed page and prints a table', async () => {
    server = await serve({ '/rss/search': send('<rss version="2.0"><channel><title>t</title></channel></rss>', 'application/rss+xml') });
    const r = await run(['--providers', 'google-news', '--endpoint', `google-news=${server.base}/rss/search`, fileURLToPath(new URL('../../fixtures/pages/seed-beijing-post-rich.html', import.meta.url))]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^query: .*export/im);
    expect(r.stdout).toMatch(/2024-12-27 … 2025-04-03/);
    const q = new URL(server.hits[0]!, server.base).searchParams.get('q')!;
    expect(q).not.toMatch(/beijing-post/);
  }, 30_000);

  it('rejects unknown providers with usage', async () => {
    const r = await run(['--providers', 'bing', 'x.html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown provider bing/);
  }, 30_000);
});
