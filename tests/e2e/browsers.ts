/**
 * Real browsers with the built extension loaded, behind one small interface so each
 * end-to-end test runs unchanged in Chromium (playwright-core) and Firefox (puppeteer-core
 * over WebDriver BiDi).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface TestPage {
  /** Navigates; `domcontentloaded` does not wait for subresources (saved pages may reference hosts that never answer). */
  goto(url: string, waitUntil?: 'load' | 'domcontentloaded'): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Runs a script's source in the page through the driver (not the page's eval, so an extension
   * page's CSP does not stop it): how the tests bring axe-core into our pages.
   */
  evaluateScript(source: string): Promise<void>;
  /** Polls fn in the page until it returns a truthy value; returns that value. */
  waitFor<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, timeoutMs?: number): Promise<R>;
  click(selector: string): Promise<void>;
  /** A real mouse click at viewport coordinates (a trusted event, unlike element.click()). */
  clickAt(x: number, y: number): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  /** Presses a key as the reader would (Tab, Escape…), in whatever has focus. */
  press(key: string): Promise<void>;
  /** A PNG of the page, or of the first element matching `selector`. */
  screenshot(path: string, selector?: string): Promise<void>;
  /** Emulates the system theme (prefers-color-scheme); false where the driver cannot. */
  colorScheme(scheme: 'light' | 'dark'): Promise<boolean>;
  /** Sets the viewport (CSS pixels), e.g. to a popup's size. */
  setViewport(width: number, height: number): Promise<void>;
  reload(): Promise<void>;
  url(): string;
  close(): Promise<void>;
}

export interface ExtBrowser {
  name: BrowserName;
  /** e.g. chrome-extension://abc/ or moz-extension://uuid/ */
  extensionOrigin: string;
  newPage(): Promise<TestPage>;
  /** Opens one of our extension pages (popup.html?tab=3, options.html) in a new tab. */
  openExtensionPage(path: string, via: string): Promise<TestPage>;
  /** Stops the extension's service worker as the browser does when it idles (Chromium only; null elsewhere). */
  stopWorker: (() => Promise<void>) | null;
  /** Quits the browser and starts it again on the same profile, with the extension loaded again. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export const EXTENSION_ID_FIREFOX = 'provenance-lens@provenance-lens.org';
// A fixed internal UUID so tests know the moz-extension:// origin.
export const FIREFOX_UUID = '6f2b1c34-9d7e-4c1a-8f0b-3e5d2a7c9b10';

function executable(name: BrowserName): string {
  const path =
    name === 'chromium' ? process.env.CHROMIUM_PATH || '/usr/bin/chromium' : process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path)) {
    const pkg = name === 'chromium' ? 'chromium' : 'firefox-esr';
    const env = name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH';
    throw new Error(`${name} not found at ${path}: install Debian's package (apt-get install -y ${pkg}) or set ${env}.`);
  }
  return path;
}

export function extensionDir(name: BrowserName): string {
  const dir = resolve('.output-e2e', name === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no test build at ${dir}: run PL_E2E=1 wxt build first`);
  return dir;
}

async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function poll<R>(fn: () => Promise<R>, timeoutMs: number, what: string): Promise<R> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
      last = value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`waitFor timed out (${what}); last: ${String(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface LaunchOptions {
  /**
   * The browser's UI language (e.g. 'de'). Needs Debian's chromium-l10n and firefox-esr-l10n-<lang>:
   * without them both browsers silently stay English.
   */
  lang?: string;
  /** Firefox only: the system theme reads dark (Chromium emulates it per page, see colorScheme). */
  dark?: boolean;
}

async function launchChromium({ lang }: LaunchOptions = {}): Promise<ExtBrowser> {
  const dir = extensionDir('chromium');
  const profile = mkdtempSync(join(tmpdir(), 'pl-chromium-'));
  const start = () => chromium.launchPersistentContext(profile, {
    executablePath: executable('chromium'),
    headless: true,
    // On Linux Chromium takes its UI language from LANGUAGE, not from --lang.
    ...(lang ? { env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` }, locale: lang } : {}),
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      '--headless=new',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Nothing but 127.0.0.1 (and *.test, which the benchmark maps to it for distinct sites) resolves:
      // saved pages that reference the web fail fast instead of hanging.
      '--host-resolver-rules=MAP *.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  let context = await start();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  const origin = `chrome-extension://${id}/`;
  type PwPage = Awaited<ReturnType<typeof context.newPage>>;
  const wrap = (page: PwPage): TestPage => ({
    goto: async (url, waitUntil = 'load') => void (await page.goto(url, { waitUntil, timeout: 30_000 })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: async (source) => void (await page.evaluate(`${source};undefined`)),
    waitFor: (fn, arg, timeoutMs = 30_000) => poll(() => page.evaluate(fn as never, arg) as never, timeoutMs, String(fn)),
    click: (sel) => page.click(sel),
    clickAt: async (x, y) => {
      await page.bringToFront();
      await page.mouse.click(x, y);
    },
    type: (sel, text) => page.fill(sel, text),
    press: async (key) => {
      await page.bringToFront();
      await page.keyboard.press(key);
    },
    screenshot: async (path, selector) =>
      void (await (selector ? page.locator(selector).first().screenshot({ path }) : page.screenshot({ path }))),
    colorScheme: async (scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      return true;
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    url: () => page.url(),
    close: () => page.close(),
  });
  return {
    name: 'chromium',
    extensionOrigin: origin,
    newPage: async () => wrap(await context.newPage()),
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(origin + path);
      return wrap(page);
    },
    stopWorker: async () => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.close();
    },
    restart: async () => {
      await context.close();
      context = await start();
      if (!context.serviceWorkers()[0]) await context.waitForEvent('serviceworker', { timeout: 15_000 });
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox({ lang, dark }: LaunchOptions = {}): Promise<ExtBrowser> {
  const dir = extensionDir('firefox');
  const profile = mkdtempSync(join(tmpdir(), 'pl-firefox-'));
  const start = async () => {
    const b = await puppeteer.launch({
    browser: 'firefox',
    executablePath: executable('firefox'),
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      // A restart re-installs the temporary add-on: keep its id, origin and data, as an update would.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID_FIREFOX]: FIREFOX_UUID }),
      // Grant MV3 host permissions without a prompt, as an install from a store would ask once.
      'extensions.originControls.grantByDefault': true,
      'network.proxy.type': 0,
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // The language pack Debian installs beside Firefox (firefox-esr-l10n-<lang>) serves this.
      ...(lang ? { 'intl.locale.requested': lang, 'extensions.autoDisableScopes': 0 } : {}),
      ...(dark ? { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
    },
  });
    await withTimeout(b.installExtension(dir), 30_000, 'installExtension');
    return b;
  };
  let browser = await start();
  const origin = `moz-extension://${FIREFOX_UUID}/`;
  type PpPage = Awaited<ReturnType<typeof browser.newPage>>;
  const wrap = (page: PpPage): TestPage => ({
    goto: async (url, waitUntil = 'load') => void (await page.goto(url, { waitUntil, timeout: 30_000 })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateScript: async (source) => void (await page.evaluate(`${source};undefined`)),
    waitFor: (fn, arg, timeoutMs = 30_000) => poll(() => page.evaluate(fn as never, arg) as never, timeoutMs, String(fn)),
    click: (sel) => page.click(sel),
    clickAt: async (x, y) => {
      await page.bringToFront();
      await page.mouse.click(x, y);
    },
    type: async (sel, text) => {
      await page.$eval(sel, (el) => ((el as HTMLInputElement).value = ''));
      await page.type(sel, text);
    },
    press: async (key) => {
      await page.bringToFront();
      await page.keyboard.press(key as Parameters<typeof page.keyboard.press>[0]);
    },
    screenshot: async (path, selector) => {
      const target = selector ? await page.$(selector) : page;
      await target?.screenshot({ path: path as `${string}.png` });
    },
    // Media emulation needs CDP, which Firefox's WebDriver BiDi does not offer.
    colorScheme: async () => false,
    setViewport: (width, height) => page.setViewport({ width, height }),
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    url: () => page.url(),
    close: () => page.close(),
  });
  return {
    name: 'firefox',
    extensionOrigin: origin,
    newPage: async () => wrap(await browser.newPage()),
    openExtensionPage: async (path, via) => {
      const page = await browser.newPage();
      const target = origin + path;
      // The hop page navigates away at once, which puppeteer's goto never sees complete:
      // don't wait for it, ask the page where it is instead.
      void page.goto(`${via}/__go?to=${encodeURIComponent(target)}`, { timeout: 15_000 }).catch(() => {});
      await poll(
        () => page.evaluate((o) => location.href.startsWith(o) && document.readyState === 'complete', origin),
        15_000,
        `navigate to ${target}`,
      );
      return wrap(page);
    },
    stopWorker: null,
    restart: async () => {
      await browser.close();
      browser = await start();
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<ExtBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

export const BROWSERS: BrowserName[] = (process.env.PL_BROWSERS?.split(',') as BrowserName[] | undefined) ?? [
  'chromium',
  'firefox',
];
