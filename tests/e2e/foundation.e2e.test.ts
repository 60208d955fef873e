import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtBrowser } from './browsers';
import { startServer, type TestServer } from './server';
import { badgeOf, FIXTURES, tabIdFor } from './helpers';

describe.each(BROWSERS)('foundation in %s', (name) => {
  let ext: ExtBrowser;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(FIXTURES);
    ext = await launch(name);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('content script reports, background badges the tab, popup shows the page', async () => {
    const url = `${server.origin}/pages/seed-beijing-post.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const title = await page.evaluate(() => document.title);

    // The extension page reads what the background stored from the content script's report.
    const probe = await ext.openExtensionPage('popup.html', server.origin);
    const tabId = await tabIdFor(ext, probe, url);
    expect(tabId).toBeGreaterThan(0);
    const badge = await probe.waitFor(async (id) => {
      const api = (globalThis as { browser?: typeof globalThis.chrome }).browser ?? globalThis.chrome;
      const text = await api.action.getBadgeText({ tabId: id });
      return text !== '' ? text : null;
    }, tabId);
    expect(badge).not.toBe('');
    expect((await badgeOf(probe, tabId)).title).not.toBe('Provenance Lens');
    await probe.close();

    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    const shown = await popup.waitFor(() => document.querySelector('[data-testid="page-title"]')?.textContent ?? '');
    expect(shown).toBe(title);
    await popup.close();
    await page.close();
  });
});
