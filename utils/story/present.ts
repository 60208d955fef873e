/**
 * The words the reader sees, built from a story record with any message lookup (the extension's
 * i18n in the popup and the worker, a plain catalogue in tests). Kept here so the popup, the in-page
 * notice and the report item say the same thing.
 */
import { calendarDay, isoDay } from './days';
import { showsDatingMark, type StoryRecord } from './story';
import type { FirstReport } from './timeline';

export type Lookup = (key: string, substitutions?: string | string[]) => string;
export type DayFormatter = (isoDay: string) => string;

/** The calendar day a result's date names, as the timeline counts it (`YYYY-MM-DD`). */
export function reportDay(first: FirstReport): string {
  const day = calendarDay(first.publishedAt);
  return day === undefined ? first.publishedAt : isoDay(day);
}

/**
 * "This story was first reported on <date> by <outlet> — <N> days before this page's date."
 * `outlet` is passed through, so a caller can put a marker there and swap a link in.
 */
export function firstReportSentence(story: StoryRecord, t: Lookup, day: DayFormatter, outlet?: string): string | null {
  const first = story.firstReported;
  if (!first) return null;
  const date = day(reportDay(first));
  const name = outlet ?? first.outlet;
  const days = story.daysAfterFirstReport;
  if (days === null) return t('story_first_reported', [date, name]);
  if (days === 0) return t('story_first_reported_same_day', [date, name]);
  if (days === 1) return t('story_first_reported_gap_one', [date, name]);
  if (days < 0) return t('story_first_reported_after', [date, name, String(-days)]);
  return t('story_first_reported_gap', [date, name, String(days)]);
}

/** The staleness mark, or null when there is none to show. */
export function stalenessSentence(story: StoryRecord, t: Lookup, day: DayFormatter): string | null {
  if (!showsDatingMark(story)) return null;
  const words = story.presentedAsCurrent.map((r) => t('story_relative_date', [r.text, day(r.date)])).join(', ');
  return t('story_recycled', [words, String(story.daysAfterFirstReport)]);
}

/** The one line the in-page notice adds for a recycled page (short: it travels to the content script). */
export function noticeLine(story: StoryRecord, t: Lookup, day: DayFormatter): string | null {
  if (!showsDatingMark(story) || !story.firstReported || story.daysAfterFirstReport === null) return null;
  return t('story_notice', [day(reportDay(story.firstReported)), story.firstReported.outlet, String(story.daysAfterFirstReport)]).slice(0, 300);
}
