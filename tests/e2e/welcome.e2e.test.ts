import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtBrowser, type TestPage } from './browsers';
import { startServer, type TestServer } from './server';
import { FIXTURES } from './helpers';

/** Every tab's address, as the extension sees them (WebDriver BiDi does not report a moz-extension tab's address). */
const tabUrls = (probe: TestPage) =>
  probe.evaluate(async () => {
    const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
    return (await api.tabs.query({})).map((tab) => tab.url ?? tab.pendingUrl ?? '');
  });

describe.each(BROWSERS)('the welcome page in %s', (name) => {
  let ext: ExtBrowser;
  let server: TestServer;
  let probe: TestPage;
  let welcome: TestPage;
  beforeAll(async () => {
    server = await startServer(FIXTURES);
    ext = await launch(name);
    probe = await ext.openExtensionPage('popup.html', server.origin);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('opens by itself on install', async () => {
    const url = `${ext.extensionOrigin}welcome.html`;
    const opened = await probe.waitFor(async (u) => {
      const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
      return (await api.tabs.query({})).some((tab) => (tab.url ?? tab.pendingUrl) === u);
    }, url);
    expect(opened).toBe(true);
    expect((await tabUrls(probe)).filter((u) => u === url)).toHaveLength(1);
  });

  it('explains every badge, pinning for this browser, and the privacy promise; links to the options', async () => {
    welcome = await ext.openExtensionPage('welcome.html', server.origin);
    const badges = await welcome.waitFor(() => [...document.querySelectorAll('[data-testid="welcome-badge"]')].map((li) => li.textContent ?? ''));
    expect(await welcome.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Welcome to Provenance Lens');
    expect(badges).toHaveLength(6);
    expect(badges[0]).toContain('AI-generated');
    expect(badges[5]).toContain('No AI signal found');
    const pin = await welcome.evaluate(() => document.querySelector('[data-testid="welcome-pin"]')?.textContent ?? '');
    expect(pin).toContain(name === 'firefox' ? 'Pin to Toolbar' : 'the pin next to Provenance Lens');
    expect(await welcome.evaluate(() => document.querySelector('#welcome-privacy')?.parentElement?.textContent ?? '')).toContain('No telemetry');
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('en');
    mkdirSync('test-results', { recursive: true });
    await welcome.screenshot(`test-results/welcome-${name}.png`);
  });

  it('a source switch is not shown as on while the browser is still asking for permission', async () => {
    await welcome.waitFor(() => !!document.querySelector('[data-testid="welcome-provider-gdelt"]'));
    await welcome.click('[data-testid="welcome-provider-gdelt"]');
    // Headless browsers leave the prompt open: the source must stay off, in the page and in storage.
    const after = await welcome.evaluate(async () => {
      const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
      const got = (await api.storage.sync.get('settings')) as { settings?: { coverage?: { providers?: string[] } } };
      return {
        checked: (document.querySelector('[data-testid="welcome-provider-gdelt"]') as HTMLInputElement).checked,
        saved: got.settings?.coverage?.providers?.includes('gdelt') ?? false,
      };
    });
    expect(after).toEqual({ checked: false, saved: false });
  });
});
