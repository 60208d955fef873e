/**
 * The story record as untrusted input (a research import): its shape, checked. Keep in step with
 * story.ts and schema/story-record.schema.json.
 */
import * as v from 'valibot';

const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const StoryRecordSchema = v.object({
  type: v.literal('story'),
  firstReported: v.nullable(v.object({ outlet: text(500), host: text(500), url: text(8192), publishedAt: text(64) })),
  pageDate: v.nullable(day),
  daysAfterFirstReport: v.nullable(v.pipe(v.number(), v.integer())),
  staleness: v.picklist(['none', 'late', 'recycled', 'unknown']),
  reason: v.optional(v.picklist(['no-page-date', 'page-date-in-future', 'conflicting-page-dates', 'no-dated-coverage', 'single-result'])),
  presentedAsCurrent: v.pipe(
    v.array(v.object({ text: text(200), date: day, kind: v.picklist(['today', 'yesterday', 'weekday', 'last-week', 'days-ago']) })),
    v.maxLength(100),
  ),
  timeline: v.pipe(
    v.array(v.object({ date: day, count: v.pipe(v.number(), v.integer(), v.minValue(1)), outlets: v.pipe(v.array(text(500)), v.maxLength(200)) })),
    v.maxLength(1000),
  ),
  undated: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
