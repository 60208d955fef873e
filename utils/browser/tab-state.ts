import { browser } from 'wxt/browser';
import type { TabState } from '../messages';

// storage.session survives the worker being stopped, and is cleared with the browser session.
const key = (tabId: number) => `tab:${tabId}`;

export async function loadTabState(tabId: number): Promise<TabState | null> {
  const got = await browser.storage.session.get(key(tabId));
  return (got[key(tabId)] as TabState | undefined) ?? null;
}

/**
 * Tabs closed while this worker runs. Work for a tab may still be on its way when the tab closes (a report's handler
 * awaits storage, settings and details before it saves): its save must not bring the closed tab's state back, where
 * nothing would ever remove it. Browsers never reuse a tab id within a session.
 */
const closed = new Set<number>();

export async function saveTabState(state: TabState): Promise<void> {
  if (closed.has(state.tabId)) return;
  await browser.storage.session.set({ [key(state.tabId)]: state });
}

/** The tab was closed: its state goes, and no save still on its way writes it again. */
export async function forgetTab(tabId: number): Promise<void> {
  closed.add(tabId);
  await clearTabState(tabId);
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
