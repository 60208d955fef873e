import type { AuditRecord } from '../provenance/record';
import type { Verdict } from '../provenance/types';
import type { StoryRecord } from '../story/story';

/**
 * Version of the research fields added on top of AuditRecord. Bump on any change to them and
 * describe it in schema/research-record.schema.json (AuditRecord's own `schema` versions the rest).
 */
export const RESEARCH_SCHEMA_VERSION = 1;

/**
 * One page in the opt-in research log: exactly an AuditRecord (so a browser export and
 * `npm run audit` output merge line by line) plus when and how often it was seen.
 *
 * - `id`: the canonical URL (else the visited URL), normalised by `normaliseUrl`: no fragment,
 *   no tracking parameters, lower-case host. The same article reached through different
 *   links gets one record.
 * - `firstSeen` / `lastSeen`: ISO 8601 UTC date-times of the first and latest visit.
 * - `timesSeen`: visits recorded (≥ 1).
 * - `textSha256`: SHA-256 of the main text at the latest visit, or null when no text was available.
 * - `textChanged`: true once any visit saw a different text hash than the one before (sticky):
 *   silent edits are what a researcher wants to spot.
 * - `previousVerdict`: the verdict before the latest verdict change, null if it never changed
 *   (a disclosure that appears or disappears later).
 * - `confidence`, `verdict`, `signals`… (from AuditRecord) describe the LATEST visit.
 */
export interface ResearchRecord extends AuditRecord {
  id: string;
  researchSchema: number;
  firstSeen: string;
  lastSeen: string;
  timesSeen: number;
  textSha256: string | null;
  textChanged: boolean;
  previousVerdict: Verdict | null;
  /** When related coverage ran for the page: its story record (schema/story-record.schema.json), latest run. */
  story?: StoryRecord;
}

/** A page seen once, at `now`: the record a first visit and an imported audit line both start as. */
export function firstSeenRecord(audit: AuditRecord, id: string, textSha256: string | null, now: string): ResearchRecord {
  return {
    ...audit,
    textSha256,
    id,
    researchSchema: RESEARCH_SCHEMA_VERSION,
    firstSeen: now,
    lastSeen: now,
    timesSeen: 1,
    textChanged: false,
    previousVerdict: null,
  };
}

/** Column order of every export: AuditRecord fields as `npm run audit` prints them, then ours. */
export const AUDIT_FIELDS = [
  'schema',
  'input',
  'isArticle',
  'verdict',
  'confidence',
  'title',
  'publishedAt',
  'lang',
  'signals',
  'detector',
  'url',
  'canonicalUrl',
  'domain',
  'siteName',
  'textSha256',
  'error',
] as const satisfies readonly (keyof AuditRecord)[];

export const RESEARCH_FIELDS = [
  'id',
  'researchSchema',
  'firstSeen',
  'lastSeen',
  'timesSeen',
  'textChanged',
  'previousVerdict',
] as const satisfies readonly (keyof ResearchRecord)[];

/** Fields a record has only sometimes (optional and additive: a reader that predates one drops it). */
export const OPTIONAL_RESEARCH_FIELDS = ['story'] as const satisfies readonly (keyof ResearchRecord)[];

/** Rebuilds a record with keys in schema order, dropping unknown ones (stable exports and diffs). */
export function orderedRecord(r: ResearchRecord): ResearchRecord {
  const out: Record<string, unknown> = {};
  for (const k of AUDIT_FIELDS) if (r[k] !== undefined) out[k] = r[k];
  for (const k of RESEARCH_FIELDS) out[k] = r[k];
  for (const k of OPTIONAL_RESEARCH_FIELDS) if (r[k] !== undefined) out[k] = r[k];
  return out as unknown as ResearchRecord;
}
