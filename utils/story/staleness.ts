/**
 * The page against its story's timeline: is it dated well after the story broke, and does it
 * present the story as current? A dating discrepancy, never a verdict on the facts.
 *
 * Thresholds (days between the first report's calendar day and the page's):
 * - under LATE_DAYS (7): `none` — a week covers follow-ups, weekly columns and time-zone slack;
 * - LATE_DAYS or more: `late` — the page came out after the story broke (recorded and its gap stated,
 *   but not marked: a week-later analysis is no fault);
 * - RECYCLED_DAYS (30) or more *and* the page frames the story as current — a relative date
 *   ("on Monday", "yesterday") that lands LATE_DAYS or more after the first report — `recycled`:
 *   old news passed off as new.
 * Anything that would make the arithmetic unsafe gives `unknown` with its reason, never a guess.
 */
import { calendarDay, DAY_MS, isoDay } from './days';
import { findRelativeDates, type RelativeDate } from './relative-dates';
import type { Timeline } from './timeline';

export const LATE_DAYS = 7;
export const RECYCLED_DAYS = 30;
/** Fewer dated same-story results than this, and no first report is named. */
export const MIN_DATED_RESULTS = 2;

export type Staleness = 'none' | 'late' | 'recycled' | 'unknown';

export type UnknownReason =
  | 'no-page-date'
  | 'page-date-in-future'
  | 'conflicting-page-dates'
  | 'no-dated-coverage'
  | 'single-result';

export interface PageDates {
  publishedAt?: string;
  modifiedAt?: string;
}

export type PageDate = { ok: true; day: number } | { ok: false; reason: Extract<UnknownReason, 'no-page-date' | 'page-date-in-future' | 'conflicting-page-dates'> };

/**
 * The page's own day: its published date. A modified date more than a day *before* it is a
 * contradiction (one of the two is wrong, and we cannot tell which); a published date more than
 * a day after `now` is a wrong date. Modified dates after publication are ordinary updates.
 */
export function pageDay(dates: PageDates, now: number): PageDate {
  const published = calendarDay(dates.publishedAt);
  if (published === undefined) return { ok: false, reason: 'no-page-date' };
  if (published > Math.floor(now / DAY_MS) + 1) return { ok: false, reason: 'page-date-in-future' };
  const modified = calendarDay(dates.modifiedAt);
  if (modified !== undefined && modified < published - 1) return { ok: false, reason: 'conflicting-page-dates' };
  return { ok: true, day: published };
}

export interface StalenessResult {
  staleness: Staleness;
  reason?: UnknownReason;
  pageDate: string | null;
  daysAfterFirstReport: number | null;
  /** The page's relative dates that put the story LATE_DAYS or more after its first report. */
  presentedAsCurrent: RelativeDate[];
}

export function judgeStaleness(timeline: Timeline, dates: PageDates, text: string | undefined, lang: string | undefined, now: number): StalenessResult {
  const page = pageDay(dates, now);
  const pageDate = page.ok ? isoDay(page.day) : null;
  const unknown = (reason: UnknownReason): StalenessResult => ({ staleness: 'unknown', reason, pageDate, daysAfterFirstReport: null, presentedAsCurrent: [] });
  if (!page.ok) return unknown(page.reason);
  if (!timeline.first) return unknown('no-dated-coverage');
  if (timeline.dated < MIN_DATED_RESULTS) return unknown('single-result');
  const first = calendarDay(timeline.first.publishedAt)!;
  const days = page.day - first;
  if (days < LATE_DAYS) return { staleness: 'none', pageDate, daysAfterFirstReport: days, presentedAsCurrent: [] };
  // "Today" is as often "nowadays" (5 of 40 sampled corpus matches) and names the page's own day
  // anyway, so only the phrases that point at a particular recent day count as framing. A weekday
  // meant as the coming one resolves a few days early, which changes nothing here: either way the
  // page puts the events weeks after the story broke.
  const current = text
    ? findRelativeDates(text, pageDate!, lang).filter((r) => {
        const d = calendarDay(r.date)!;
        return r.kind !== 'today' && d - first >= LATE_DAYS && d <= page.day;
      })
    : [];
  return {
    staleness: days >= RECYCLED_DAYS && current.length > 0 ? 'recycled' : 'late',
    pageDate,
    daysAfterFirstReport: days,
    presentedAsCurrent: current,
  };
}
