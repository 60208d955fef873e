/**
 * The story record: first report, the page's date against it, and the coverage timeline, from an
 * article's report and its related coverage. The same record feeds the popup, the notice, the
 * report form and `npm run related` (schema: `schema/story-record.schema.json`).
 */
import type { RankedResult } from '../coverage/types';
import type { ArticleMeta } from '../provenance/types';
import type { RelativeDate } from './relative-dates';
import { judgeStaleness, MIN_DATED_RESULTS, type Staleness, type UnknownReason } from './staleness';
import { buildTimeline, type FirstReport, type TimelineDay } from './timeline';

export interface StoryRecord {
  type: 'story';
  /** Null unless at least two dated reports of the story were seen. */
  firstReported: FirstReport | null;
  /** The page's own date, `YYYY-MM-DD`, or null when it has none we can trust. */
  pageDate: string | null;
  /** Calendar days from the first report to the page's date (negative: the page came first). */
  daysAfterFirstReport: number | null;
  staleness: Staleness;
  /** Why the staleness is `unknown`. */
  reason?: UnknownReason;
  /** The page's relative dates that present the story as current (only for `late` and `recycled`). */
  presentedAsCurrent: Pick<RelativeDate, 'text' | 'date' | 'kind'>[];
  timeline: TimelineDay[];
  /** Same-story results without a date (not on the timeline). */
  undated: number;
}

export interface StoryInput {
  meta: Pick<ArticleMeta, 'publishedAt' | 'modifiedAt' | 'lang'>;
  text?: string;
  results: readonly RankedResult[];
  /** Milliseconds since the epoch: what "the future" means. */
  now: number;
}

export function storyRecord({ meta, text, results, now }: StoryInput): StoryRecord {
  const timeline = buildTimeline(results, now);
  const judged = judgeStaleness(timeline, meta, text, meta.lang, now);
  const named = timeline.dated >= MIN_DATED_RESULTS ? timeline.first : undefined;
  return {
    type: 'story',
    firstReported: named ?? null,
    pageDate: judged.pageDate,
    daysAfterFirstReport: named ? judged.daysAfterFirstReport ?? null : null,
    staleness: judged.staleness,
    ...(judged.reason ? { reason: judged.reason } : {}),
    presentedAsCurrent: judged.presentedAsCurrent.map(({ text: t, date, kind }) => ({ text: t, date, kind })),
    timeline: timeline.days,
    undated: timeline.undated,
  };
}

/**
 * Whether to mark the page for the reader (the popup's mark, the notice's line, the report item):
 * only when it is dated well after the story broke *and* presents it as current. A page that is
 * merely late (an analysis a week on, a weekly round-up) is not flagged; its gap is still stated.
 */
export function showsDatingMark(story: StoryRecord): boolean {
  return story.staleness === 'recycled' && !!story.firstReported && story.daysAfterFirstReport !== null;
}
