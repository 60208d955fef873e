import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtBrowser, type TestPage } from './browsers';
import { startServer, type TestServer } from './server';
import { badgeBecomes, FIXTURES, tabIdFor, uiBecomes } from './helpers';

const QUOTE_START = 'The announcement from the Chinese government came after the Biden administration';
const SOURCE = 'https://www.reuters.com/technology/us-ai-export-rule-2025-01-13/';

/** Selects the paragraph that starts with `start` in the page, as a reader would before reporting it. */
const selectParagraph = (page: TestPage, start: string) =>
  page.evaluate((s) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.startsWith(s))!;
    window.getSelection()!.selectAllChildren(p);
    return p.textContent!;
  }, start);

describe.each(BROWSERS)('popup and reporting in %s', (name) => {
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

  it('shows the verdict with the quoted disclaimer, and Show in page scrolls to it', async () => {
    const url = `${server.origin}/pages/seed-beijing-post.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(probe, tabId, 'AI');
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    const verdict = await popup.waitFor(() => document.querySelector('[data-testid="verdict-label"]')?.textContent ?? '');
    expect(verdict).toContain('AI-generated');
    const evidence = await popup.evaluate(() => document.querySelector('[data-testid="evidence-row"]')?.textContent ?? '');
    expect(evidence).toContain('An advanced artificial intelligence (AI) system generated the content of this page on its own');

    mkdirSync('test-results', { recursive: true });
    // Artefacts for the README: the popup at its real width, in both themes.
    await popup.colorScheme('light');
    await popup.screenshot(`test-results/popup-${name}-light.png`, 'body > #app > *');
    const dark = (await popup.colorScheme('dark')) && (await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches));
    if (dark) {
      expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
      await popup.screenshot(`test-results/popup-${name}-dark.png`, 'body > #app > *');
    }

    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.click('[data-testid="show-in-page"]');
    await uiBecomes(probe, tabId, (u) => u.flashing > 0, 'a flashing mark');
    // A smooth scroll may still be under way on a busy machine: wait for it to move.
    expect(await page.waitFor(() => window.scrollY)).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  // The quick pass in the page leaves the metadata out of unflagged pages; opening the popup makes
  // the background read it from the page as the browser holds it.
  it('an unflagged article: the popup shows its headline, date and language, read when it opens', async () => {
    const url = `${server.origin}/pages/corpus-herald-sun-1.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(probe, tabId, '–');
    const stored = await probe.evaluate(async (key) => {
      const api = (globalThis as { browser?: typeof globalThis.chrome }).browser ?? globalThis.chrome;
      const state = (await api.storage.session.get(key))[key] as { report: { partial?: boolean; meta: { headline?: string } } };
      return { partial: state.report.partial ?? false, headline: state.report.meta.headline ?? null };
    }, `tab:${tabId}`);
    expect(stored).toEqual({ partial: true, headline: null });
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    const headline = await popup.waitFor(() => {
      const text = document.querySelector('[data-testid="fact-headline"]')?.textContent ?? '';
      return text.includes('surveillance') ? text : '';
    });
    expect(headline).toContain('Angry media won’t buckle over new surveillance laws');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="fact-date"]')?.textContent ?? '')).toMatch(/2015/);
    await popup.close();
    await page.close();
  });

  it('a report from a selection: mailto body with the quote, a text-fragment link and the source; kept across a restart', async () => {
    const url = `${server.origin}/pages/seed-with-email.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(probe, tabId, 'AI');
    const quote = await selectParagraph(page, QUOTE_START);

    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    await popup.waitFor(() => !!document.querySelector('[data-testid="open-report"]'));
    await popup.click('[data-testid="open-report"]');
    const prefilled = await popup.waitFor(() => (document.querySelector('#report-quote') as HTMLTextAreaElement | null)?.value ?? '');
    expect(prefilled.trim()).toBe(quote.trim());

    await popup.type('#report-correction', 'The rule was announced on 13 January 2025, not in March.');
    await popup.click('[data-testid="next-step"]');
    await popup.waitFor(() => !!document.querySelector('#report-source-url'));
    await popup.type('#report-source-url', SOURCE);
    await popup.click('[data-testid="add-source"]');
    await popup.waitFor(() => document.querySelectorAll('[data-testid="report-source"]').length === 1);
    await popup.click('[data-testid="review-report"]');

    const href = await popup.waitFor(() => document.querySelector('[data-testid="send-email"]')?.getAttribute('href') ?? '');
    expect(href.startsWith('mailto:corrections@beijing-post.example?')).toBe(true);
    const body = decodeURIComponent(new URL(href).searchParams.get('body') ?? href.split('body=')[1] ?? '');
    expect(body).toContain(quote.trim().slice(0, 60));
    expect(body).toContain(`${url}#:~:text=`);
    expect(body).toContain(SOURCE);
    expect(body).toContain('The rule was announced on 13 January 2025');

    // Delivering by the contact page records the report; it must survive the extension restarting.
    await popup.click('[data-testid="copy-report"]');
    await popup.waitFor(() => document.querySelector('[data-testid="delivery-status"]')?.textContent ?? '');
    await popup.close();
    await page.close();

    await ext.restart();
    const options = await ext.openExtensionPage('options.html#reports', server.origin);
    const row = await options.waitFor(
      () => document.querySelector('[data-testid="report-row"]')?.textContent ?? '',
      undefined,
      20_000,
    );
    expect(row).toContain('China Denounces U.S. AI Export Restrictions');
    await options.close();
  });
});
