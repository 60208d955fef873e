import { resolve } from 'node:path';
import type { ExtBrowser, TestPage } from './browsers';

export const FIXTURES = resolve('tests/fixtures');

type Api = {
  storage: { session: { get(k: null): Promise<Record<string, unknown>> } };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
};

/** The tab id of the web page at `url`, as the background recorded it from the content script's report. */
export async function tabIdFor(ext: ExtBrowser, page: TestPage, url: string): Promise<number> {
  return page.waitFor(async (u) => {
    const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
    const all = await api.storage.session.get(null);
    const hit = Object.values(all).find((s) => (s as { url?: string }).url === u) as { tabId: number } | undefined;
    return hit?.tabId ?? 0;
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
    20_000,
  );
}
