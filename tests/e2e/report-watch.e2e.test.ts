import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtBrowser, type TestPage } from './browsers';
import { startServer, type TestServer } from './server';
import { badgeBecomes, FIXTURES, tabIdFor } from './helpers';

const QUOTE_START = 'The announcement from the Chinese government came after the Biden administration';
const BEFORE = 'declared tighter controls on AI-related exports';
const AFTER = 'announced tighter controls, on 13 January 2025, on AI-related exports';

/** Selects the first paragraph that starts with `start` in the page, as a reader would before reporting it. */
const selectParagraph = (page: TestPage, start: string) =>
  page.evaluate((s) => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.trim().startsWith(s))!;
    window.getSelection()!.selectAllChildren(p);
    return p.textContent!.trim();
  }, start);

/** From the popup's details to the send step: the selection as the passage, a correction, no sources. */
async function writeReport(popup: TestPage, correction: string): Promise<void> {
  await popup.waitFor(() => !!document.querySelector('[data-testid="open-report"]'));
  await popup.click('[data-testid="open-report"]');
  await popup.waitFor(() => ((document.querySelector('#report-quote') as HTMLTextAreaElement | null)?.value ?? '').length > 20);
  // Focus lands on the step's heading, not on the page body.
  await popup.waitFor(() => document.activeElement?.id === 'pl-step-passage');
  await popup.type('#report-correction', correction);
  await popup.click('[data-testid="next-step"]');
  await popup.waitFor(() => document.activeElement?.id === 'pl-step-sources');
  await popup.click('[data-testid="review-report"]');
  await popup.waitFor(() => document.activeElement?.id === 'pl-step-send');
}

describe.each(BROWSERS)('report letters and correction watch in %s', (name) => {
  let ext: ExtBrowser;
  let server: TestServer;
  let probe: TestPage;
  // The article the watch test reports on, as its site serves it now: edited after the report.
  const original = readFileSync(join(FIXTURES, 'pages/seed-with-email.html'), 'utf8');
  let served = original;
  beforeAll(async () => {
    server = await startServer(FIXTURES, [
      (_req, res, url) => {
        if (url.pathname !== '/watched/article.html') return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(served);
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

  it('a German article: the report letter is German', async () => {
    const url = `${server.origin}/pages/heise-de.html`;
    const page = await ext.newPage();
    await page.goto(url, 'domcontentloaded');
    const tabId = await tabIdFor(ext, probe, url);
    await selectParagraph(page, 'Zur TOTP-Nutzung');
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    await writeReport(popup, 'Der Startwert wird nicht per QR-Code übergeben.');
    const subject = await popup.waitFor(() => document.querySelector('[data-testid="preview-subject"]')?.textContent ?? '');
    expect(subject).toContain('Korrekturhinweis:');
    const body = await popup.evaluate(() => document.querySelector('[data-testid="preview-body"]')?.textContent ?? '');
    expect(body).toMatch(/^Sehr geehrte/);
    expect(body).toContain('„Zur TOTP-Nutzung');
    expect(body).toContain('Mit freundlichen Grüßen');
    expect(body).not.toMatch(/Hello|Kind regards/);
    expect(await popup.evaluate(() => (document.querySelector('[data-testid="letter-language"]') as HTMLSelectElement).value)).toBe('de');
    // The letter is folded below the send buttons, which stay inside the popup's 600 pixels.
    expect(await popup.evaluate(() => (document.querySelector('[data-testid="preview"]') as HTMLDetailsElement).open)).toBe(false);
    const sendBottom = await popup.evaluate(() => {
      scrollTo(0, 0);
      return document.querySelector('[data-testid="copy-report"]')!.getBoundingClientRect().bottom;
    });
    expect(sendBottom).toBeLessThan(600);
    mkdirSync('test-results', { recursive: true });
    await popup.screenshot(`test-results/report-send-${name}.png`, 'body > #app > *');
    await popup.close();
    await page.close();
  });

  it('correction watch: My reports marks the reported passage changed after the site edits it', async () => {
    served = original;
    const url = `${server.origin}/watched/article.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(probe, tabId, 'AI');
    const quote = await selectParagraph(page, QUOTE_START);
    expect(quote).toContain(BEFORE);
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    await writeReport(popup, 'The rule was announced on 13 January 2025.');
    await popup.click('[data-testid="copy-report"]');
    await popup.waitFor(() => document.querySelector('[data-testid="delivery-status"]')?.textContent ?? '');
    await popup.close();
    await page.close();

    // The newsroom edits the sentence; the next look at My reports re-reads the article.
    served = original.replace(BEFORE, AFTER);
    const options = await ext.openExtensionPage('options.html#reports', server.origin);
    const state = await options.waitFor(
      () => document.querySelector('[data-testid="report-row"] [data-testid="watch-state"]')?.getAttribute('data-state') ?? '',
      undefined,
      30_000,
    );
    expect(state).toBe('changed');
    const shown = await options.evaluate(() => ({
      title: document.querySelector('[data-testid="watch-state"] strong')?.textContent ?? '',
      old: document.querySelector('[data-testid="watch-old"]')?.textContent ?? '',
      now: document.querySelector('[data-testid="watch-new"]')?.textContent ?? '',
      added: [...document.querySelectorAll('[data-testid="watch-new"] ins')].map((e) => e.textContent).join(''),
      removed: [...document.querySelectorAll('[data-testid="watch-old"] del')].map((e) => e.textContent).join(''),
    }));
    expect(shown.title).toBe('The passage you reported has changed.');
    expect(shown.old).toBe(quote);
    expect(shown.now).toContain(AFTER);
    expect(shown.now).not.toContain(BEFORE);
    // The changed words are marked on both sides.
    expect(shown.added).toContain('13 January 2025');
    expect(shown.removed).toContain('declared');
    await options.screenshot(`test-results/myreports-changed-${name}.png`, '[data-testid="report-row"]');

    // The reader records that the publisher corrected it.
    await options.evaluate(() => {
      const select = document.querySelector('[data-testid="report-outcome"]') as HTMLSelectElement;
      select.value = 'corrected';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await options.waitFor(() => document.querySelector('[data-testid="report-row"]')?.getAttribute('data-outcome') === 'corrected');
    await options.close();
  });
});
