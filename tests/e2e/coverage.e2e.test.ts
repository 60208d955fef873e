import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtBrowser, type TestPage } from './browsers';
import { startServer, type TestServer } from './server';
import { FIXTURES, tabIdFor, useGoogleNewsAt } from './helpers';

type Result = { host: string; outlet: string; title: string; score: number; duplicates?: { host: string }[] };

describe.each(BROWSERS)('related coverage in %s', (name) => {
  let ext: ExtBrowser;
  let server: TestServer;
  let probe: TestPage;
  const queries: URL[] = [];
  let delayMs = 0;

  beforeAll(async () => {
    const rss = await readFile(join(FIXTURES, 'coverage-e2e/google-news-search.xml'));
    const rssKo = await readFile(join(FIXTURES, 'coverage-e2e/google-news-search-ko-2025.xml'));
    server = await startServer(FIXTURES, [
      (_req, res, url) => {
        if (url.pathname !== '/rss/search-ko') return false;
        queries.push(url);
        res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(rssKo);
        return true;
      },
      (_req, res, url) => {
        if (url.pathname !== '/rss/search') return false;
        queries.push(url);
        const answer = () => {
          if (!res.destroyed) res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(rss);
        };
        if (delayMs) setTimeout(answer, delayMs);
        else answer();
        return true;
      },
      // The seed story dated a day later: its own search, which no earlier test has cached.
      async (_req, res, url) => {
        if (url.pathname !== '/pages/seed-next-day.html') return false;
        const seed = await readFile(join(FIXTURES, 'pages/seed-beijing-post.html'), 'utf8');
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(seed.replace('<head>', '<head><meta property="article:published_time" content="2025-03-28T08:00:00Z">'));
        return true;
      },
    ]);
    ext = await launch(name);
    probe = await ext.openExtensionPage('options.html', server.origin);
    // Turn on one provider, pointed at the local fake (the test build holds 127.0.0.1 host permission).
    await useGoogleNewsAt(probe, `${server.origin}/rss/search`);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('lists ranked coverage from listed outlets only, never the AI site itself', async () => {
    const url = `${server.origin}/pages/seed-beijing-post-rich.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    const coverage = await probe.waitFor(
      async (id) => {
        const api = (globalThis as { browser?: typeof globalThis.chrome }).browser ?? globalThis.chrome;
        const got = await api.storage.session.get(`tab:${id}`);
        const c = (got[`tab:${id}`] as { coverage?: { status: string } } | undefined)?.coverage;
        return c && c.status !== 'loading' && c.status !== 'idle' ? c : null;
      },
      tabId,
      30_000,
    );
    expect(coverage?.status, JSON.stringify(coverage)).toBe('done');
    const results = (coverage as unknown as { results: Result[] }).results;
    const hosts = results.map((r) => r.host);
    expect(hosts.length).toBeGreaterThanOrEqual(3);
    expect(hosts.some((h) => h.endsWith('beijing-post.example'))).toBe(false);
    expect(hosts.some((h) => h.endsWith('randomtechblog.example'))).toBe(false);
    // The story's coverage outranks the unrelated football report, if that is kept at all.
    expect(results[0]!.outlet).toMatch(/Reuters|Associated Press|BBC|ABC/);
    const football = results.findIndex((r) => /Premier League/.test(r.title));
    if (football >= 0) expect(football).toBe(results.length - 1);
    // The AP wire copy at ABC News is folded into one result, not listed twice.
    expect(results.filter((r) => /vows to protect its interests/.test(r.title))).toHaveLength(1);
    // Diversity (MMR) may order close scores otherwise, but the first result is the best-scored one.
    expect(results[0]!.score).toBe(Math.max(...results.map((r) => r.score)));
    // Today's Google links are opaque redirects: each result says so instead of passing for the publisher's address.
    for (const r of results as unknown as { url: string; redirect?: string }[]) {
      if (/^https:\/\/news\.google\.com\//.test(r.url)) expect(r.redirect).toBe('google-news');
    }

    // What was sent: keywords and a date window, never the page address.
    const q = queries[0]!.searchParams.get('q') ?? '';
    expect(q).toMatch(/after:\d{4}-\d{2}-\d{2}/);
    expect(q).toMatch(/before:\d{4}-\d{2}-\d{2}/);
    expect(queries[0]!.toString()).not.toContain('beijing-post');

    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    const text = await popup.waitFor(() => (/Reuters|Associated Press/.test(document.body.innerText) ? document.body.innerText : ''));
    expect(text).not.toContain('Random Tech Blog');
    expect(text).toContain('Google News link');
    await popup.close();
    await page.close();
  });

  it('a worker stopped in the middle of a request picks the work up again', async ({ skip }) => {
    if (!ext.stopWorker) skip(); // Firefox gives tests no way to stop an event page.
    const url = `${server.origin}/pages/seed-next-day.html`;
    delayMs = 4000;
    const before = queries.length;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    for (let i = 0; i < 300 && queries.length === before; i++) await new Promise((r) => setTimeout(r, 100));
    expect(queries.length).toBeGreaterThan(before);
    await ext.stopWorker!();
    delayMs = 0;
    // Asking for the tab's state wakes the worker, which finds the orphaned request and runs it again.
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    const status = await popup.waitFor(
      () => document.querySelector('[data-testid="coverage"]')?.getAttribute('data-status') === 'done',
      undefined,
      30_000,
    );
    expect(status).toBe(true);
    // The answer came from a second request, made by the restarted worker.
    expect(queries.length).toBeGreaterThanOrEqual(before + 2);
    expect(await popup.evaluate(() => document.querySelectorAll('[data-testid="coverage-result"]').length)).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  it("shows a real Google News answer in today's format as Google News links, attributed to the outlet Google names", async () => {
    await probe.evaluate(async (endpoint) => {
      const api = (globalThis as { browser?: typeof globalThis.chrome }).browser ?? globalThis.chrome;
      const got = await api.storage.sync.get('settings');
      const settings = (got.settings ?? {}) as Record<string, unknown>;
      const coverage = { providers: ['google-news'], endpoints: { 'google-news': endpoint }, addedOutlets: [{ host: 'businesspost.co.kr', name: '비즈니스포스트', country: 'KR' }] };
      await api.storage.sync.set({ settings: { ...settings, coverageMode: 'flagged-only', coverage } });
      // A worker that restarted may have moved the lists to the local item, which wins over the synced one.
      const local = ((await api.storage.local.get('settingsLocal')).settingsLocal ?? {}) as Record<string, unknown>;
      await api.storage.local.set({ settingsLocal: { ...local, endpoints: coverage.endpoints, addedOutlets: coverage.addedOutlets } });
    }, `${server.origin}/rss/search-ko`);
    const before = queries.length;
    const url = `${server.origin}/coverage-e2e/ai-site-samsung-2025.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    const status = await popup.waitFor(
      () => {
        const s = document.querySelector('[data-testid="coverage"]')?.getAttribute('data-status') ?? '';
        return s && s !== 'loading' && s !== 'idle' ? s : '';
      },
      undefined,
      30_000,
    );
    expect(status).toBe('done');
    const sent = queries.slice(before).find((q) => q.pathname === '/rss/search-ko');
    expect(sent?.searchParams.get('ceid'), queries.slice(before).map(String).join(' ')).toBe('KR:ko');
    const shown = await popup.evaluate(() =>
      [...document.querySelectorAll('[data-testid="coverage-result"]')].map((li) => ({ text: (li as HTMLElement).innerText, href: li.querySelector('a')?.getAttribute('href') ?? '' })),
    );
    expect(shown.length).toBeGreaterThan(0);
    for (const r of shown) {
      expect(r.href).toMatch(/^https:\/\/news\.google\.com\/rss\/articles\/CBMi/);
      expect(r.text).toContain('Google News link');
    }
    expect(shown.some((r) => r.text.includes('비즈니스포스트'))).toBe(true);
    await popup.close();
    await page.close();
  });
});
