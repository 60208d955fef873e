import { browser } from 'wxt/browser';
import { validateIncoming, type ContentMessage, type PageMessage, type SenderLike } from '@/utils/messages';
import { BADGES, badgeKey, badgeTitle } from '@/utils/badge';
import { clearTabState, loadTabState, saveTabState } from '@/utils/browser/tab-state';
import { t } from '@/utils/browser/i18n';
import type { ProvenanceReport } from '@/utils/provenance/types';

async function showBadge(tabId: number, report: ProvenanceReport | null): Promise<void> {
  const look = report ? BADGES[badgeKey(report)] : BADGES['not-article'];
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: look.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
    browser.action.setTitle({ tabId, title: report ? badgeTitle(report, t) : t('extName') }),
  ]);
}

async function handle(message: ContentMessage | PageMessage, sender: SenderLike): Promise<unknown> {
  switch (message.type) {
    case 'page-report': {
      const tabId = sender.tab!.id!;
      await saveTabState({
        tabId,
        url: message.url,
        title: message.title,
        report: message.report as ProvenanceReport,
        updatedAt: new Date().toISOString(),
      });
      await showBadge(tabId, message.report as ProvenanceReport);
      return { ok: true };
    }
    case 'open-details': {
      const tabId = sender.tab!.id!;
      await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=${tabId}`) });
      return { ok: true };
    }
    case 'get-tab-state':
      return loadTabState(message.tabId);
    case 'find-related':
      return { ok: false, error: 'not available yet' };
  }
}

export default defineBackground(() => {
  // Listeners are registered synchronously at start-up so a worker woken by an event gets it.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const checked = validateIncoming(raw, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!checked.ok) {
      console.warn('[provenance-lens] rejected message:', checked.reason);
      return undefined;
    }
    return handle(checked.message, sender).catch((error: unknown) => {
      console.error('[provenance-lens] handling', checked.message.type, 'failed:', error);
      return { ok: false, error: String(error) };
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearTabState(tabId);
  });

  // A new document in the tab: the old verdict no longer applies until its content script reports.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) {
      void clearTabState(tabId).then(() => showBadge(tabId, null));
    }
  });
});
