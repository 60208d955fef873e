import { browser } from 'wxt/browser';
import { watchStoredReports } from '@/utils/browser/report-watch';
import { parseDocument } from '@/utils/provenance/parse-html';

const ALARM = 'correction-watch';
const DAY_MINUTES = 24 * 60;

/**
 * Once a day, re-reads the articles the reader reported (only sites the extension may already
 * read) and records whether the reported passage changed. Nothing goes anywhere but those sites.
 */
export function registerCorrectionWatch(): Promise<void> {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    watchStoredReports(parseDocument).catch((e: unknown) => console.warn('[provenance-lens] correction watch failed:', String(e)));
  });
  // Created once: re-creating it at every worker start would push the next check back each time.
  return browser.alarms
    .get(ALARM)
    .then(async (existing) => {
      if (!existing) await browser.alarms.create(ALARM, { delayInMinutes: 30, periodInMinutes: DAY_MINUTES });
    })
    .catch((e: unknown) => console.warn('[provenance-lens] correction watch alarm not set:', String(e)));
}
