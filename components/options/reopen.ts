import { browser } from 'wxt/browser';

/**
 * Opens a stored report in the popup page, in a window of the popup's own size, so it is not a
 * 380-pixel column stretched across a tab. Browsers without windows (Firefox for Android) get a tab.
 */
export async function reopenReport(id: string): Promise<void> {
  const url = browser.runtime.getURL(`/popup.html?tab=0&reportId=${encodeURIComponent(id)}`);
  try {
    await browser.windows.create({ url, type: 'popup', width: 420, height: 640 });
  } catch {
    await browser.tabs.create({ url });
  }
}
