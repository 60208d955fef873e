import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtBrowser, type TestPage } from './browsers';
import { startServer, type TestServer } from './server';
import { badgeBecomes as badgeOfTabBecomes, badgeOf, clickNoticeButton, FIXTURES, tabIdFor, uiBecomes } from './helpers';

const ours = () => document.querySelectorAll('provenance-lens-marks, provenance-lens-notice').length;

describe.each(BROWSERS)('in the page, in %s', (name) => {
  let ext: ExtBrowser;
  let server: TestServer;
  let probe: TestPage;

  beforeAll(async () => {
    const spa = await readFile(join(FIXTURES, 'pages/spa.html'));
    server = await startServer(FIXTURES, [
      (_req, res, url) => {
        if (!url.pathname.startsWith('/spa/')) return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(spa);
        return true;
      },
    ]);
    ext = await launch(name);
    probe = await ext.openExtensionPage('popup.html', server.origin);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const badgeBecomes = (tabId: number, text: string) => badgeOfTabBecomes(probe, tabId, text);

  it('seed page: AI badge with the disclaimer in the tooltip, highlight, notice that stays dismissed', async () => {
    const url = `${server.origin}/pages/seed-beijing-post.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(tabId, 'AI');
    const { title } = await badgeOf(probe, tabId);
    expect(title).toMatch(/^AI-generated — this page says: 'An advanced artificial intelligence \(AI\) system generated the content/);

    const ui = await uiBecomes(probe, tabId, (u) => u.marks > 0 && u.notice !== '', 'marks and the notice');
    expect(ui.label).toMatch(/AI disclosure: .*generated the content of this page on its own/);
    // The page's own text is untouched.
    expect(await page.evaluate(() => document.querySelector('.ai-disclaimer')!.childNodes.length)).toBe(1);
    expect(ui.notice).toContain('AI-generated');
    expect(ui.notice).toContain('generated the content of this page on its own');

    await clickNoticeButton(probe, page, tabId, "Don't show on this site");
    await uiBecomes(probe, tabId, (u) => u.status.startsWith('The notice will not show on'), 'the dismissal with its Undo');
    await page.reload();
    await badgeBecomes(tabId, 'AI');
    // Marks and notice are drawn in one pass: once the marks are there, no notice is coming.
    const again = await uiBecomes(probe, tabId, (u) => u.marks > 0, 'marks after the reload');
    expect(again.notice).toBe('');
    expect(await page.evaluate(() => document.querySelectorAll('provenance-lens-notice').length)).toBe(0);
    await page.close();
  });

  it('a real article with no AI signal: nothing injected, badge says nothing found', async () => {
    const url = `${server.origin}/pages/corpus-herald-sun-1.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(tabId, '–');
    expect((await badgeOf(probe, tabId)).title).toContain('No AI signal found');
    // The badge follows the report, which is sent after the page's UI is drawn: nothing was.
    expect(await page.evaluate(ours)).toBe(0);
    await page.close();
  });

  it('a single-page site: the badge follows each article', async () => {
    const url = `${server.origin}/spa/china-ai-exports`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(tabId, 'AI');
    await page.click('a[href="/spa/surveillance-laws"]');
    await badgeBecomes(tabId, '–');
    expect(await page.evaluate(ours)).toBe(0);
    await page.click('a[href="/spa/china-ai-exports"]');
    await badgeBecomes(tabId, 'AI');
    await page.close();
  });

  it('a disclaimer inserted two seconds after load is found', async () => {
    const url = `${server.origin}/pages/late-disclaimer.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(tabId, 'AI');
    await uiBecomes(probe, tabId, (u) => u.marks > 0, 'marks');
    await page.close();
  });

  it('hostile CSS: the notice and highlight still show, above the page overlay', async () => {
    // Every fixture is on 127.0.0.1, where the first test dismissed the notice.
    await probe.evaluate(async () => {
      const api = (globalThis as { browser?: typeof globalThis.chrome }).browser ?? globalThis.chrome;
      await api.storage.local.remove('dismissedSites');
    });
    const url = `${server.origin}/pages/hostile-css.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(tabId, 'AI');
    const { card } = await uiBecomes(probe, tabId, (u) => !!u.card, 'the notice');
    const shown = await page.evaluate(({ x, y }) => {
      const host = document.querySelector('provenance-lens-notice') as HTMLElement;
      const top = document.elementFromPoint(x, y);
      return { display: getComputedStyle(host).display, style: host.getAttribute('style'), count: document.querySelectorAll('provenance-lens-notice').length, onTop: top === host };
    }, card!);
    const width = card!.width;
    expect(shown.display, JSON.stringify(shown)).toBe('block');
    expect(width).toBeGreaterThan(100);
    expect(shown.onTop).toBe(true);
    await page.close();
  });

  it('a page that breaks DOM APIs and churns its DOM: still badged, page never hangs', async () => {
    const url = `${server.origin}/pages/hostile-apis.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(tabId, 'AI');
    // The page's own loop keeps running: the extension's work is bounded, so the page stays responsive.
    const before = await page.evaluate(() => (window as unknown as { __churn: number }).__churn);
    await page.waitFor((b) => (window as unknown as { __churn: number }).__churn > b + 50, before, 30_000);
    const state = await probe.evaluate(async (id) => {
      const api = (globalThis as { browser?: typeof globalThis.chrome }).browser ?? globalThis.chrome;
      const got = await api.storage.session.get(`tab:${id}`);
      return got[`tab:${id}`] as { timing?: { totalMs: number } };
    }, tabId);
    expect(state.timing?.totalMs ?? Infinity).toBeLessThan(250);
    await page.close();
  });

  it('the per-site off switch stops all work on that site, and applies to open tabs without a reload', async () => {
    const url = `${server.origin}/pages/late-disclaimer.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(tabId, '–');
    const setDisabled = (sites: string[]) =>
      probe.evaluate(async (list) => {
        const api = (globalThis as { browser?: typeof globalThis.chrome }).browser ?? globalThis.chrome;
        const got = await api.storage.sync.get('settings');
        await api.storage.sync.set({ settings: { ...((got.settings ?? {}) as object), disabledSites: list } });
      }, sites);
    // Turned off while the page is open: the disclaimer that arrives later is never looked at.
    await setDisabled(['127.0.0.1']);
    // Anchored to the page's own events, not the test's clock: the disclaimer's arrival, then
    // three times the re-run debounce on the page's clock (a run would have started by then).
    const settled = () =>
      page.waitFor(() => {
        const w = window as unknown as { __seen?: number };
        if (!document.querySelector('.ai-disclaimer')) return false;
        w.__seen ??= performance.now();
        return performance.now() - w.__seen > 1800;
      }, undefined, 30_000);
    await settled();
    expect(await page.evaluate(ours)).toBe(0);
    expect((await badgeOf(probe, tabId)).text).toBe('–');
    // A fresh load on the disabled site reports nothing at all.
    await page.reload();
    await settled();
    expect(await probe.evaluate(async (id) => {
      const api = (globalThis as { browser?: typeof globalThis.chrome }).browser ?? globalThis.chrome;
      return Object.keys(await api.storage.session.get(`tab:${id}`)).length;
    }, tabId)).toBe(0);
    await setDisabled([]);
    await page.close();
  });
});
