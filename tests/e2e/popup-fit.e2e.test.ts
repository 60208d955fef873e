import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtBrowser, type TestPage } from './browsers';
import { startServer, type TestServer } from './server';
import { badgeBecomes, FIXTURES, tabIdFor } from './helpers';

/** Browsers cap an extension popup at 800×600; ours is 380 wide. */
const POPUP = { width: 380, height: 600 };

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where the things a reader must see without scrolling sit, and whether anything scrolled. */
const layout = (popup: TestPage) =>
  popup.evaluate(() => {
    const box = (el: Element | null | undefined): Box | null => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const body = document.querySelector('.pl-body')!;
    return {
      docHeight: document.documentElement.scrollHeight,
      docWidth: document.documentElement.scrollWidth,
      scrolled: window.scrollY + body.scrollTop,
      visible: box(body)!,
      verdict: box(document.querySelector('[data-testid="verdict-label"]')),
      evidence: box(document.querySelector('[data-testid="evidence-row"] blockquote')),
      report: box(document.querySelector('[data-testid="open-report"]')),
      header: box(document.querySelector('[data-testid="open-settings"]')),
      siteSwitch: box(document.querySelector('[data-testid="site-switch"]')),
    };
  });

const inside = (b: Box | null, area: Box) =>
  !!b && b.top >= area.top - 0.5 && b.bottom <= area.bottom + 0.5 && b.left >= area.left - 0.5 && b.right <= area.right + 0.5;

describe.each(BROWSERS)('the popup fits 380×600 in %s', (name) => {
  let ext: ExtBrowser;
  let server: TestServer;
  let probe: TestPage;
  beforeAll(async () => {
    const rss = await readFile(join(FIXTURES, 'coverage-e2e/google-news-search.xml'));
    server = await startServer(FIXTURES, [
      (_req, res, url) => {
        if (url.pathname !== '/rss/search') return false;
        res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(rss);
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

  it('on the seed page: verdict, first evidence and "Report an inaccuracy" are in view without scrolling', async () => {
    const url = `${server.origin}/pages/seed-beijing-post.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(probe, tabId, 'AI');
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    await popup.setViewport(POPUP.width, POPUP.height);
    // Related coverage has settled (no source is on by default) and the facts have been read.
    await popup.waitFor(() => document.querySelector('[data-testid="coverage"]')?.getAttribute('data-status') !== 'loading' && !!document.querySelector('[data-testid="site-switch"]'));
    mkdirSync('test-results', { recursive: true });
    await popup.screenshot(`test-results/popup-fit-${name}.png`);
    const l = await layout(popup);
    const viewport = { top: 0, left: 0, bottom: POPUP.height, right: POPUP.width };
    expect(l.docHeight).toBeLessThanOrEqual(POPUP.height);
    expect(l.docWidth).toBeLessThanOrEqual(POPUP.width);
    expect(l.scrolled).toBe(0);
    // The scrolling middle shows them at its top; the report button sits in the fixed footer.
    expect(inside(l.verdict, l.visible)).toBe(true);
    expect(inside(l.evidence, l.visible)).toBe(true);
    expect(inside(l.report, viewport)).toBe(true);
    expect(inside(l.header, viewport)).toBe(true);
    expect(inside(l.siteSwitch, viewport)).toBe(true);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="evidence-row"]')?.textContent ?? '')).toContain(
      'An advanced artificial intelligence (AI) system generated the content of this page',
    );
    await popup.close();
    await page.close();
  });

  it('the header switch turns the site off: the notice and highlight leave the page, and come back', async () => {
    const url = `${server.origin}/pages/seed-beijing-post-rich.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(probe, tabId, 'AI');
    const hosts = () => page.evaluate(() => document.querySelectorAll('provenance-lens-notice, provenance-lens-marks').length);
    await page.waitFor(() => document.querySelectorAll('provenance-lens-notice, provenance-lens-marks').length === 2);
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    await popup.waitFor(() => (document.querySelector('[data-testid="site-switch"]') as HTMLInputElement | null)?.checked === true);
    await popup.click('[data-testid="site-switch"]');
    await page.waitFor(() => document.querySelectorAll('provenance-lens-notice, provenance-lens-marks').length === 0);
    expect(await popup.waitFor(() => document.querySelector('[data-testid="site-note"]')?.textContent ?? '')).toContain('127.0.0.1');
    await popup.click('[data-testid="site-switch"]');
    await page.waitFor(() => document.querySelectorAll('provenance-lens-notice, provenance-lens-marks').length === 2);
    expect(await hosts()).toBe(2);
    await popup.close();
    await page.close();
  });

  it('with related stories: the top three show and the report button stays in view', async () => {
    // One search source on, pointed at a recorded Google News answer served locally.
    await probe.evaluate(async (endpoint) => {
      const api = (globalThis as { browser?: typeof globalThis.chrome }).browser ?? globalThis.chrome;
      const settings = ((await api.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>;
      await api.storage.sync.set({ settings: { ...settings, coverage: { providers: ['google-news'] } } });
      // Endpoints live in the local item (the switch test above saved one).
      const local = ((await api.storage.local.get('settingsLocal')).settingsLocal ?? {}) as Record<string, unknown>;
      await api.storage.local.set({ settingsLocal: { ...local, endpoints: { 'google-news': endpoint } } });
    }, `${server.origin}/rss/search`);
    const url = `${server.origin}/pages/seed-beijing-post-rich.html?case=results`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(probe, tabId, 'AI');
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    await popup.setViewport(POPUP.width, POPUP.height);
    const shown = (await popup.waitFor(() => {
      const list = document.querySelector('[data-testid="coverage-results"]');
      return list ? { top: list.querySelectorAll('li').length, all: document.querySelectorAll('[data-testid="coverage-result"]').length } : null;
    }))!;
    // The recorded answer ranks three stories; more would fold under "N more" (unit-tested).
    expect(shown).toEqual({ top: 3, all: 3 });
    const l = await layout(popup);
    const viewport = { top: 0, left: 0, bottom: POPUP.height, right: POPUP.width };
    expect(l.docHeight).toBeLessThanOrEqual(POPUP.height);
    expect(inside(l.verdict, l.visible)).toBe(true);
    expect(inside(l.evidence, l.visible)).toBe(true);
    expect(inside(l.report, viewport)).toBe(true);
    await popup.screenshot(`test-results/popup-results-${name}.png`);
    await popup.close();
    await page.close();
  });
});
