import { browser } from 'wxt/browser';
import { BADGES, badgeKey, badgeTitle } from '@/utils/badge';
import { t } from '@/utils/browser/i18n';
import type { ProvenanceReport } from '@/utils/provenance/types';

export async function showBadge(tabId: number, report: ProvenanceReport | null): Promise<void> {
  const look = report ? BADGES[badgeKey(report)] : BADGES['not-article'];
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: look.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: look.color }),
    browser.action.setTitle({ tabId, title: report ? badgeTitle(report, t) : t('extName') }),
  ]);
}
