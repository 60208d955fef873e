import { browser } from 'wxt/browser';
import { t } from '@/utils/browser/i18n';

const MENU_ID = 'report-inaccuracy';

/**
 * "Report this sentence as inaccurate" on selected text in web pages: opens the report form,
 * pre-filled, in a window of the popup's size (a tab would stretch the 380-pixel form across it).
 */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: t('menu_report_inaccuracy'),
      contexts: ['selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    const quote = (info.selectionText ?? '').slice(0, 5000);
    const url = browser.runtime.getURL(`/popup.html?tab=${tab.id}&report=1&quote=${encodeURIComponent(quote)}`);
    void browser.windows
      .create({ url, type: 'popup', width: 420, height: 640 })
      .catch(() => browser.tabs.create({ url, index: (tab.index ?? 0) + 1 }));
  });
}
