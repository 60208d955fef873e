import { resolve } from 'node:path';
import type { ExtBrowser, TestPage } from './browsers';
import type { TestUi } from '../../entrypoints/content/test-hook';

export const FIXTURES = resolve('tests/fixtures');

type Api = {
  storage: { session: { get(k: null): Promise<Record<string, unknown>> } };
  tabs: { get(tabId: number): Promise<unknown> };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
};

/**
 * The tab id of the web page at `url`, as the background recorded it from the content script's report: an open tab's
 * (an earlier test's tab at the same address may have closed a moment ago, its state not yet removed).
 */
export async function tabIdFor(ext: ExtBrowser, page: TestPage, url: string): Promise<number> {
  return page.waitFor(async (u) => {
    const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
    const all = await api.storage.session.get(null);
    for (const s of Object.values(all) as Array<{ url?: string; tabId?: number }>) {
      if (s.url !== u || typeof s.tabId !== 'number') continue;
      const open = await api.tabs.get(s.tabId).then(
        () => true,
        () => false,
      );
      if (open) return s.tabId;
    }
    return 0;
  }, url);
}

export async function badgeOf(page: TestPage, tabId: number): Promise<{ text: string; title: string }> {
  return page.evaluate(async (id) => {
    const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
    return { text: await api.action.getBadgeText({ tabId: id }), title: await api.action.getTitle({ tabId: id }) };
  }, tabId);
}

/** Waits until the toolbar badge of `tabId` reads `text` (asked from an extension page). */
export function badgeBecomes(probe: TestPage, tabId: number, text: string): Promise<boolean> {
  return probe.waitFor(
    async ([id, want]) => {
      const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      return (await api.action.getBadgeText({ tabId: id })) === want;
    },
    [tabId, text] as [number, string],
    30_000,
  );
}

/**
 * What our UI in tab `tabId` shows (notice text, its buttons' centres, highlight marks), asked of
 * the content script by the extension page `probe`: the shadow roots are closed, and this test-build
 * hook travels through the extension's own messaging, which pages cannot use.
 */
export function uiOf(probe: TestPage, tabId: number): Promise<TestUi> {
  return probe.evaluate(async (id) => {
    const api = ((globalThis as { browser?: typeof chrome }).browser ?? chrome) as typeof chrome;
    return (await api.tabs.sendMessage(id, { type: 'test-ui' })) as TestUi;
  }, tabId);
}

/** Polls the UI of tab `tabId` until `ok` holds; returns it. */
export async function uiBecomes(probe: TestPage, tabId: number, ok: (ui: TestUi) => boolean, what: string, timeoutMs = 30_000): Promise<TestUi> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    let last: TestUi | string;
    try {
      last = await uiOf(probe, tabId);
      if (ok(last)) return last;
    } catch (e) {
      last = String(e);
    }
    if (Date.now() > end) throw new Error(`UI never showed ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Clicks the notice button whose text or label is `name` with a real (trusted) mouse click. */
export async function clickNoticeButton(probe: TestPage, page: TestPage, tabId: number, name: string): Promise<void> {
  const ui = await uiBecomes(probe, tabId, (u) => u.buttons.some((b) => b.text === name || b.label === name), `a "${name}" button`);
  const button = ui.buttons.find((b) => b.text === name || b.label === name)!;
  await page.clickAt(button.x, button.y);
}

/** Turns on Google News related coverage for flagged pages, pointed at a local recorded answer. */
export async function useGoogleNewsAt(probe: TestPage, endpoint: string): Promise<void> {
  await probe.evaluate(async (at) => {
    const api = (globalThis as { browser?: typeof globalThis.chrome }).browser ?? globalThis.chrome;
    const got = await api.storage.sync.get('settings');
    const settings = (got.settings ?? {}) as Record<string, unknown>;
    await api.storage.sync.set({
      settings: { ...settings, coverageMode: 'flagged-only', coverage: { providers: ['google-news'], endpoints: { 'google-news': at } } },
    });
  }, endpoint);
}
