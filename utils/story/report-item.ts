/**
 * The inaccuracy report's ready-made dating item: "presented as recent; first reported on … by …",
 * with the first report as a source. Offered only for a page marked recycled; it states a
 * dating discrepancy and asks for a date, never claims the facts are wrong.
 */
import type { ReportSource } from '../reports/types';
import { reportDay, type DayFormatter, type Lookup } from './present';
import { showsDatingMark, type StoryRecord } from './story';

export interface DatingItem {
  problem: string;
  correction: string;
  source: ReportSource;
}

export function datingReportItem(story: StoryRecord, t: Lookup, day: DayFormatter): DatingItem | null {
  const first = story.firstReported;
  if (!showsDatingMark(story) || !first || story.daysAfterFirstReport === null) return null;
  const date = day(reportDay(first));
  const words = story.presentedAsCurrent.map((r) => r.text);
  const problem = [
    t('story_report_problem', [date, first.outlet, first.url, String(story.daysAfterFirstReport)]),
    ...(words.length ? [t('story_report_problem_words', [...new Set(words)].join('”, “'))] : []),
  ].join(' ');
  return { problem, correction: t('story_report_correction', date), source: { url: first.url, outlet: first.outlet } };
}

/** Adds the item to what the reader already wrote, never over it; running it twice adds nothing. */
export function withDatingItem<T extends { problem: string; correction: string; sources: ReportSource[] }>(draft: T, item: DatingItem): Pick<T, 'problem' | 'correction' | 'sources'> {
  const join = (had: string, add: string) => (had.includes(add) ? had : had.trim() ? `${had.trim()}\n\n${add}` : add);
  return {
    problem: join(draft.problem, item.problem),
    correction: join(draft.correction, item.correction),
    sources: draft.sources.some((s) => s.url === item.source.url) ? draft.sources : [...draft.sources, item.source],
  };
}
