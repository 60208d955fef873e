import { formatDate } from '@/components/common/format';
import { sendToTab } from '@/utils/browser/send';
import { loadSettings } from '@/utils/browser/settings-store';
import { t } from '@/utils/browser/i18n';
import type { TabState } from '@/utils/messages';
import { noticeLine } from '@/utils/story/present';
import { storyRecord, type StoryRecord } from '@/utils/story/story';
import { NOTICE_VERDICTS } from '@/utils/tab-limits';
import { recordStoryForResearch } from './research';

function storyOf(state: TabState): StoryRecord | null {
  if (state.coverage?.status !== 'done') return null;
  return storyRecord({ meta: state.report.meta, text: state.report.text, results: state.coverage.results, now: Date.now() });
}

/**
 * The in-page notice's story line ("First reported on … by … — N days before this page's date"),
 * for a flagged page whose coverage shows old news presented as new. Composed here, so the content
 * script (40 kB, on every page) carries one short string and no story code.
 */
export async function sendStoryNote(state: TabState, story: StoryRecord | null = storyOf(state)): Promise<void> {
  if (!story || !NOTICE_VERDICTS.has(state.report.verdict)) return;
  const text = noticeLine(story, t, (day) => formatDate(day));
  if (!text) return;
  // A tab without our script (or that moved on) simply has no notice to add to.
  await sendToTab(state.tabId, { type: 'story-note', text }).catch(() => undefined);
}

/** Once coverage is in: the notice's line, and the story on the page's research record (research mode only). */
export async function afterCoverage(state: TabState): Promise<void> {
  const story = storyOf(state);
  if (!story) return;
  await Promise.all([
    sendStoryNote(state, story),
    loadSettings().then((settings) => recordStoryForResearch(state.report, state.url, !!state.incognito, story, settings)),
  ]);
}
