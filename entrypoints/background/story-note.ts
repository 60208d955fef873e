import { formatDate } from '@/components/common/format';
import { sendToTab } from '@/utils/browser/send';
import { t } from '@/utils/browser/i18n';
import type { TabState } from '@/utils/messages';
import { noticeLine } from '@/utils/story/present';
import { storyRecord } from '@/utils/story/story';
import { NOTICE_VERDICTS } from '@/utils/tab-limits';

/**
 * The in-page notice's story line ("First reported on … by … — N days before this page's date"),
 * for a flagged page whose coverage shows it dated well after the story broke. Composed here, so
 * the content script (40 kB, on every page) carries one short string and no story code.
 */
export async function sendStoryNote(state: TabState): Promise<void> {
  if (state.coverage?.status !== 'done' || !NOTICE_VERDICTS.has(state.report.verdict)) return;
  const story = storyRecord({ meta: state.report.meta, text: state.report.text, results: state.coverage.results, now: Date.now() });
  const text = noticeLine(story, t, (day) => formatDate(day));
  if (!text) return;
  // A tab without our script (or that moved on) simply has no notice to add to.
  await sendToTab(state.tabId, { type: 'story-note', text }).catch(() => undefined);
}
