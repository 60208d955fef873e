import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runRelated } from '../coverage/run-related';
import { send, serve, type TestServer } from '../coverage/server';
import { read } from './recorded';

const PAGES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const run = runRelated;

describe('npm run related: the story record', () => {
  it('ends the ndjson with one story record: first report, page date, gap, staleness, timeline', async () => {
    server = await serve({ '/rss/search': send(read('story/google-news-seed-story.xml'), 'application/rss+xml; charset=utf-8') });
    const r = await run(['--format', 'ndjson', '--providers', 'google-news', '--endpoint', `google-news=${server.base}/rss/search`, PAGES + 'seed-beijing-post.html']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const stories = lines.filter((l) => l.type === 'story');
    expect(stories).toHaveLength(1);
    expect(lines[lines.length - 1]).toBe(stories[0]);
    expect(stories[0]).toMatchObject({
      type: 'story',
      firstReported: { outlet: 'BBC', host: 'bbc.com', url: 'https://www.bbc.com/news/articles/us-ai-diffusion-export-rule', publishedAt: '2025-01-13T16:00:00.000Z' },
      pageDate: '2025-03-27',
      daysAfterFirstReport: 73,
      staleness: 'recycled',
      timeline: [
        { date: '2025-01-13', count: 1, outlets: ['BBC'] },
        { date: '2025-01-14', count: 1, outlets: ['Reuters'] },
        { date: '2025-01-15', count: 1, outlets: ['Associated Press'] },
      ],
    });
    // The story is worked out from coverage's own searches: no request of its own.
    expect(server.hits.length).toBeGreaterThan(0);
    for (const hit of server.hits) expect(hit).toMatch(/^\/rss\/search\?q=/);
  }, 30_000);

  it('says it in words in the table', async () => {
    server = await serve({ '/rss/search': send(read('story/google-news-seed-story.xml'), 'application/rss+xml; charset=utf-8') });
    const r = await run(['--providers', 'google-news', '--endpoint', `google-news=${server.base}/rss/search`, PAGES + 'seed-beijing-post.html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/story: first reported 2025-01-13 by BBC \(https:\/\/www\.bbc\.com\/[^)]+\); page dated 2025-03-27, 73 days after it/);
    expect(r.stdout).toMatch(/dating: recycled; presented as recent: "Monday" = 2025-03-24/);
  }, 30_000);

  it('with no coverage, the record says unknown', async () => {
    const empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>';
    server = await serve({ '/rss/search': send(empty, 'application/rss+xml') });
    const r = await run(['--format', 'ndjson', '--providers', 'google-news', '--endpoint', `google-news=${server.base}/rss/search`, PAGES + 'seed-beijing-post.html']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout.trim())).toMatchObject({ type: 'story', firstReported: null, staleness: 'unknown', reason: 'no-dated-coverage', daysAfterFirstReport: null, timeline: [] });
  }, 30_000);
});
