import { copyFileSync, mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtBrowser, type TestPage } from './browsers';
import { startServer, type TestServer } from './server';
import { badgeBecomes, FIXTURES, tabIdFor } from './helpers';

// The browser's own UI in German (Debian's chromium-l10n and firefox-esr-l10n-de provide it; .ci/run installs them).
describe.each(BROWSERS)('the UI in German in %s', (name) => {
  let ext: ExtBrowser;
  let server: TestServer;
  let probe: TestPage;
  beforeAll(async () => {
    server = await startServer(FIXTURES);
    ext = await launch(name, { lang: 'de' });
    probe = await ext.openExtensionPage('popup.html', server.origin);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the browser runs in German (else the language packs are missing)', async () => {
    const ui = await probe.evaluate(() => ((globalThis as { browser?: typeof chrome }).browser ?? chrome).i18n.getUILanguage());
    expect(ui.slice(0, 2)).toBe('de');
  });

  it('the popup speaks German, with German dates and language names', async () => {
    const url = `${server.origin}/pages/seed-beijing-post-rich.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(probe, tabId, 'AI');
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    await popup.setViewport(380, 600);
    const verdict = await popup.waitFor(() => document.querySelector('[data-testid="verdict-label"]')?.textContent?.trim() ?? '');
    expect(verdict).toBe('KI-generiert');
    const seen = await popup.waitFor(() => {
      const date = document.querySelector('[data-testid="fact-date"] dd')?.textContent ?? '';
      return date.includes('2025')
        ? {
            lang: document.documentElement.lang,
            report: document.querySelector('[data-testid="open-report"]')?.textContent,
            switchLabel: document.querySelector('.pl-switch')?.textContent,
            date,
            language: document.querySelector('[data-testid="fact-language"] dd')?.textContent,
          }
        : null;
    });
    expect(seen).toEqual({ lang: 'de', report: 'Fehler melden', switchLabel: 'Hier an', date: '27. März 2025', language: 'Englisch' });
    mkdirSync('test-results', { recursive: true });
    await popup.screenshot(`test-results/popup-${name}-de.png`);
    // PL_SCREENSHOTS=1: the README's German screenshot (CI leaves docs/ alone).
    if (process.env.PL_SCREENSHOTS === '1' && name === 'chromium') {
      mkdirSync('docs/screenshots', { recursive: true });
      copyFileSync(`test-results/popup-${name}-de.png`, 'docs/screenshots/popup-de.png');
    }
    await popup.close();
    await page.close();
  });
});
