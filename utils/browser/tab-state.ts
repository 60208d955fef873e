import { browser } from 'wxt/browser';
import type { TabState } from '../messages';

// storage.session survives the worker being stopped, and is cleared with the browser session.
const key = (tabId: number) => `tab:${tabId}`;

export async function loadTabState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

export async function saveTabState(state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(state.tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
