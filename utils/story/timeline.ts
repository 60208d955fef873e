/**
 * A story's coverage by day and its first report, from related coverage's ranked results.
 * Only listed outlets count (a first report is a traditional outlet's), and only results the
 * ranker scored close to its best: an older, weaker match may be another story, and naming it
 * as the first report would be a wrong claim. Results without a date are counted, never placed.
 */
import type { RankedResult } from '../coverage/types';
import { calendarDay, DAY_MS, instant, isoDay } from './days';

/** A result scoring below this share of the best listed result's score is not taken for the same story. */
export const SAME_STORY_SCORE_SHARE = 0.5;

export interface FirstReport {
  outlet: string;
  host: string;
  url: string;
  /** As the provider gave it (ISO). */
  publishedAt: string;
}

export interface TimelineDay {
  /** `YYYY-MM-DD` (the result's own calendar day). */
  date: string;
  count: number;
  /** Outlet names, in the order they published that day. */
  outlets: string[];
}

export interface Timeline {
  days: TimelineDay[];
  /** The earliest dated result of the same story, if any. */
  first?: FirstReport;
  /** Same-story results with a usable date. */
  dated: number;
  /** Same-story results without one. */
  undated: number;
}

/** The results taken for the story itself: listed outlets scoring near the best. */
export function sameStoryResults(results: readonly RankedResult[]): RankedResult[] {
  const listed = results.filter((r) => r.listed !== false);
  const best = Math.max(0, ...listed.map((r) => (Number.isFinite(r.score) ? r.score : 0)));
  if (best <= 0) return [];
  return listed.filter((r) => Number.isFinite(r.score) && r.score >= best * SAME_STORY_SCORE_SHARE);
}

/** `now` (ms): a result dated more than a day after it carries a wrong date and is counted as undated. */
export function buildTimeline(results: readonly RankedResult[], now?: number): Timeline {
  const dated: { r: RankedResult; day: number; at: number }[] = [];
  let undated = 0;
  const latest = now === undefined ? Infinity : now + DAY_MS;
  for (const r of sameStoryResults(results)) {
    const day = calendarDay(r.publishedAt);
    const at = instant(r.publishedAt);
    if (day === undefined || at === undefined || at > latest) undated++;
    else dated.push({ r, day, at });
  }
  dated.sort((a, b) => a.at - b.at || a.r.outlet.localeCompare(b.r.outlet));
  const byDay = new Map<number, TimelineDay>();
  for (const { r, day } of dated) {
    let entry = byDay.get(day);
    if (!entry) byDay.set(day, (entry = { date: isoDay(day), count: 0, outlets: [] }));
    entry.count++;
    if (!entry.outlets.includes(r.outlet)) entry.outlets.push(r.outlet);
  }
  const head = dated[0]?.r;
  return {
    days: [...byDay.values()],
    ...(head ? { first: { outlet: head.outlet, host: head.host, url: head.url, publishedAt: head.publishedAt! } } : {}),
    dated: dated.length,
    undated,
  };
}
