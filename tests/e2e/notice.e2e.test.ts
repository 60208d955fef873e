import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtBrowser, type TestPage } from './browsers';
import { startServer, type TestServer } from './server';
import { badgeBecomes, clickNoticeButton, FIXTURES, tabIdFor, uiBecomes } from './helpers';

type Api = { storage: { local: { get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> } } };
const dismissedSites = (probe: TestPage) =>
  probe.evaluate(async () => {
    const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
    return ((await api.storage.local.get('dismissedSites')).dismissedSites as string[] | undefined) ?? [];
  });

describe.each(BROWSERS)('the in-page notice in %s', (name) => {
  let ext: ExtBrowser;
  let server: TestServer;
  let probe: TestPage;
  beforeAll(async () => {
    server = await startServer(FIXTURES);
    ext = await launch(name);
    probe = await ext.openExtensionPage('popup.html', server.origin);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** The seed page with its notice showing; returns the page and its tab. */
  async function seed(label: string) {
    // A distinct address per test: a closed tab's state may linger a moment under the same one.
    const url = `${server.origin}/pages/seed-beijing-post.html?case=${label}`;
    const page = await ext.newPage();
    // A desktop window: the article's column leaves margins beside it.
    await page.setViewport(1280, 800);
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(probe, tabId, 'AI');
    await uiBecomes(probe, tabId, (u) => !!u.card && u.marks > 0, 'the notice and marks');
    return { page, tabId };
  }

  it('sits first in <body> (early in keyboard order): Tab reaches it first, Escape closes it', async () => {
    const { page, tabId } = await seed('keys');
    expect(await page.evaluate(() => document.body.firstElementChild?.localName)).toBe('provenance-lens-notice');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.press('Tab');
    const ui = await uiBecomes(probe, tabId, (u) => u.focused !== '', 'focus inside the notice');
    expect(ui.focused).toBe('Close for this page');
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('provenance-lens-notice'));
    expect(await dismissedSites(probe)).toEqual([]);
    await page.close();
  });

  it('× closes it for this page only: it is back on the next load', async () => {
    const { page, tabId } = await seed('close');
    await clickNoticeButton(probe, page, tabId, 'Close for this page');
    await page.waitFor(() => !document.querySelector('provenance-lens-notice'));
    expect(await dismissedSites(probe)).toEqual([]);
    await page.reload();
    await uiBecomes(probe, tabId, (u) => !!u.card, 'the notice after a reload');
    await page.close();
  });

  it('"Don\'t show on this site" is separate and can be undone', async () => {
    const { page, tabId } = await seed('dismiss');
    await clickNoticeButton(probe, page, tabId, "Don't show on this site");
    const ui = await uiBecomes(probe, tabId, (u) => u.status !== '', 'the dismissal note');
    expect(ui.status).toBe('The notice will not show on 127.0.0.1 again.Undo');
    expect(ui.focused).toBe('Undo');
    expect(ui.visibleButtons).toEqual(['×', 'Undo']);
    await probe.waitFor(async () => {
      const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      return JSON.stringify((await api.storage.local.get('dismissedSites')).dismissedSites) === '["127.0.0.1"]';
    });
    await clickNoticeButton(probe, page, tabId, 'Undo');
    await probe.waitFor(async () => {
      const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      return JSON.stringify((await api.storage.local.get('dismissedSites')).dismissedSites) === '[]';
    });
    const back = await uiBecomes(probe, tabId, (u) => u.status === '' && u.buttons.some((b) => b.text === 'Details and related coverage'), 'the notice restored');
    expect(back.notice).toContain('generated the content of this page on its own');
    expect(back.visibleButtons).toEqual(['×', 'Details and related coverage', "Don't show on this site"]);
    await page.close();
  });

  it('the highlight takes the verdict\'s colour and its label covers no text', async () => {
    const { page, tabId } = await seed('marks');
    const ui = await uiBecomes(probe, tabId, (u) => u.marks > 0, 'marks');
    // The fixture's column leaves a margin: the label is drawn there.
    expect(ui.labelBox).not.toBeNull();
    expect(ui.markColor).toBe('rgb(183, 28, 28)'); // ai-generated's red (#b71c1c)
    const box = ui.labelBox!;
    {
      const covered = await page.evaluate((b) => {
        const hits: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!n.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(n);
          for (const r of range.getClientRects()) {
            if (r.left < b.right && r.right > b.left && r.top < b.bottom && r.bottom > b.top) hits.push(n.textContent.trim().slice(0, 40));
          }
        }
        return hits;
      }, box);
      expect(covered).toEqual([]);
    }
    mkdirSync('test-results', { recursive: true });
    await page.screenshot(`test-results/notice-${name}.png`);
    await page.close();
  });
});
