import { browser } from 'wxt/browser';

/**
 * Shows the details of a tab: the real popup where the browser lets the worker open it (Chromium
 * since 127, without a user gesture), else the popup page in a new tab (Firefox allows openPopup
 * only while it handles a user action, which a message from a content script is not).
 */
export async function openDetails(tabId: number, windowId: number | undefined): Promise<'popup' | 'tab'> {
  const action = browser.action as { openPopup?: (options?: { windowId?: number }) => Promise<void> };
  if (typeof action.openPopup === 'function' && windowId !== undefined) {
    try {
      await action.openPopup({ windowId });
      return 'popup';
    } catch {
      // No user gesture, no toolbar (a headless or app window), an older browser: the tab it is.
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`), windowId });
  return 'tab';
}
