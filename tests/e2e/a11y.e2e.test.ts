import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type BrowserName, type ExtBrowser, type TestPage } from './browsers';
import { startServer, type TestServer } from './server';
import { badgeBecomes, FIXTURES, tabIdFor, uiBecomes } from './helpers';

/** axe-core (a devDependency), brought into each page by the driver: extension pages' CSP forbids eval. */
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
/** PL_SCREENSHOTS=1 also writes the README's screenshots (Chromium) into docs/screenshots/; CI leaves them alone. */
const SHOTS = process.env.PL_SCREENSHOTS === '1';

type Scheme = 'light' | 'dark';
const CASES: [BrowserName, Scheme][] = BROWSERS.flatMap((b) => (['light', 'dark'] as const).map((s): [BrowserName, Scheme] => [b, s]));

/** axe's serious and critical violations in the page (or inside `selector`), one line each. */
async function seriousViolations(page: TestPage, selector?: string): Promise<string[]> {
  await page.evaluateScript(AXE);
  return page.evaluate(async (sel) => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, selector ?? '');
}

describe.each(CASES)('accessibility (axe-core) in %s, %s theme', (name, scheme) => {
  let ext: ExtBrowser;
  let server: TestServer;
  let probe: TestPage;
  let tabId: number;
  let seedPage: TestPage;
  beforeAll(async () => {
    server = await startServer(FIXTURES);
    ext = await launch(name, { dark: scheme === 'dark' });
    probe = await ext.openExtensionPage('popup.html', server.origin);
    const url = `${server.origin}/pages/seed-beijing-post.html`;
    seedPage = await ext.newPage();
    await seedPage.setViewport(1280, 800);
    await seedPage.goto(url);
    tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(probe, tabId, 'AI');
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Opens an extension page in the theme under test (Chromium emulates it; Firefox was launched with it). */
  async function open(path: string, width = 1280, height = 800): Promise<TestPage> {
    const page = await ext.openExtensionPage(path, server.origin);
    await page.setViewport(width, height);
    await page.colorScheme(scheme);
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    expect(dark).toBe(scheme === 'dark');
    return page;
  }

  const shot = async (page: TestPage, file: string) => {
    mkdirSync('test-results', { recursive: true });
    const out = `test-results/${file}-${name}-${scheme}.png`;
    await page.screenshot(out);
    if (SHOTS && name === 'chromium') {
      mkdirSync('docs/screenshots', { recursive: true });
      copyFileSync(out, `docs/screenshots/${file}-${scheme}.png`);
    }
  };

  it('the welcome page', async () => {
    const page = await open('welcome.html');
    await page.waitFor(() => document.querySelectorAll('[data-testid="welcome-badge"]').length === 6 && !!document.querySelector('[data-testid="welcome-provider-feeds"]'));
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'welcome');
    await page.close();
  });

  it('the popup on the seed page', async () => {
    const page = await open(`popup.html?tab=${tabId}`, 380, 600);
    await page.waitFor(() => document.querySelector('[data-testid="coverage"]')?.getAttribute('data-status') !== 'loading' && !!document.querySelector('[data-testid="site-switch"]'));
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'popup');
    await page.close();
  });

  it('the options page (settings, My reports, research)', async () => {
    const page = await open('options.html#coverage');
    await page.waitFor(() => !!document.querySelector('[data-testid="dismissed-sites"]'));
    // The deep link lands on the coverage section, in view and focused.
    const landed = await page.waitFor(() => {
      const el = document.getElementById('coverage');
      const r = el?.getBoundingClientRect();
      return r && r.top > -1 && r.top < innerHeight && document.activeElement === el ? { selected: document.querySelector('[aria-selected="true"]')?.id } : null;
    });
    expect(landed).toEqual({ selected: 'tab-settings' });
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'options');
    for (const tab of ['reports', 'research']) {
      await page.click(`#tab-${tab}`);
      await page.waitFor((id) => document.querySelector('[aria-selected="true"]')?.id === `tab-${id}` && !document.querySelector('[aria-busy="true"]'), tab);
      expect(await seriousViolations(page), tab).toEqual([]);
    }
    await page.close();
  });

  it('the in-page notice (its markup and style, checked outside the closed root)', async () => {
    const ui = await uiBecomes(probe, tabId, (u) => u.noticeMarkup !== '', 'the notice');
    const page = await ext.newPage();
    await page.goto(`${server.origin}/provenance/empty.html`);
    await page.colorScheme(scheme);
    await page.evaluate((markup) => {
      document.documentElement.lang = 'en';
      const host = document.createElement('div');
      host.id = 'pl-notice-copy';
      // Test code only, our own notice's markup: the extension itself never writes markup from strings.
      // eslint-disable-next-line no-restricted-properties
      host.attachShadow({ mode: 'open' }).innerHTML = markup;
      document.body.append(host);
    }, ui.noticeMarkup);
    expect(await seriousViolations(page, '#pl-notice-copy')).toEqual([]);
    await page.close();
    if (scheme === 'light') await shot(seedPage, 'notice');
  });
});
