import * as v from 'valibot';
import { VERDICTS } from '../provenance/types';
import { StoryRecordSchema } from '../story/validate';

/**
 * Runtime schemas for imported records (files are untrusted input). Unknown keys are dropped.
 * Keep in step with record.ts and schema/research-record.schema.json.
 */
const verdict = v.picklist(VERDICTS);
const nullableString = v.nullable(v.string());
const timestamp = v.pipe(v.string(), v.isoTimestamp());

export const SignalSchema = v.object({
  kind: v.picklist(['disclosure-text', 'meta-marker', 'chatbot-leak', 'listed-site']),
  category: v.picklist(['ai-generated', 'ai-assisted', 'automated', 'ai-summary', 'suspected-ai']),
  scope: v.picklist(['page', 'element', 'image']),
  text: v.pipe(v.string(), v.maxLength(5000)),
  lang: v.string(),
  rule: v.string(),
  explanation: v.string(),
  locator: v.optional(
    v.object({
      css: v.string(),
      start: v.optional(v.pipe(v.number(), v.integer())),
      end: v.optional(v.pipe(v.number(), v.integer())),
    }),
  ),
  weight: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
});

const webUrl = v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i, 'must be an http(s) URL'));

export const AuditRecordSchema = v.object({
  schema: v.pipe(v.number(), v.integer(), v.minValue(1)),
  input: v.string(),
  isArticle: v.boolean(),
  verdict,
  confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  title: nullableString,
  publishedAt: nullableString,
  lang: nullableString,
  signals: v.array(SignalSchema),
  detector: v.string(),
  url: v.nullable(webUrl),
  canonicalUrl: v.nullable(webUrl),
  domain: nullableString,
  siteName: nullableString,
  textSha256: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)))),
  error: v.optional(v.string()),
});

export const ResearchRecordSchema = v.object({
  ...AuditRecordSchema.entries,
  textSha256: v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
  id: webUrl,
  researchSchema: v.pipe(v.number(), v.integer(), v.minValue(1)),
  firstSeen: timestamp,
  lastSeen: timestamp,
  timesSeen: v.pipe(v.number(), v.integer(), v.minValue(1)),
  textChanged: v.boolean(),
  previousVerdict: v.nullable(verdict),
  story: v.optional(StoryRecordSchema),
});

export function issuesText(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((i) => {
      const path = i.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${i.message}` : i.message;
    })
    .join('; ');
}
