import type { ProvenanceReport, Signal, Verdict } from './types';
import { siteHost } from '../hosts';

/**
 * One page, one line: the schema shared by `npm run audit`, the research log's exports
 * and its imports, so browser logs and batch audits can be merged.
 * Bump RECORD_SCHEMA_VERSION on any change and describe it in schema/audit-record.schema.json.
 */
export const RECORD_SCHEMA_VERSION = 1;

export interface AuditRecord {
  schema: number;
  /** The file path or URL the record was made from. */
  input: string;
  isArticle: boolean;
  verdict: Verdict;
  confidence: number;
  title: string | null;
  publishedAt: string | null;
  lang: string | null;
  signals: Signal[];
  detector: string;
  url: string | null;
  canonicalUrl: string | null;
  domain: string | null;
  siteName: string | null;
  /** Lower-case hex SHA-256 of the article's main text, when it was computed. */
  textSha256?: string | null;
  /** Set (and nothing else is trustworthy) when the input could not be analysed. */
  error?: string;
  /** Web archives only: `<archive>#<byte offset>` of the WARC record, to find it again. */
  source?: string;
  /** Web archives only: the record's WARC-Date. */
  fetchedAt?: string;
}

export function toAuditRecord(input: string, report: ProvenanceReport, textSha256?: string): AuditRecord {
  const url = report.meta.url || null;
  return {
    schema: RECORD_SCHEMA_VERSION,
    input,
    isArticle: report.isArticle,
    verdict: report.verdict,
    confidence: report.confidence,
    title: report.meta.headline ?? null,
    publishedAt: report.meta.publishedAt ?? null,
    lang: report.meta.lang ?? null,
    signals: report.signals,
    detector: report.detector,
    url,
    canonicalUrl: report.meta.canonicalUrl ?? null,
    // The visited page's own host; a saved file has none, and then its canonical names it.
    domain: siteHost(url) ?? siteHost(report.meta.canonicalUrl),
    siteName: report.meta.siteName ?? null,
    ...(textSha256 === undefined ? {} : { textSha256 }),
  };
}

export function errorRecord(input: string, error: string, detector: string): AuditRecord {
  return {
    schema: RECORD_SCHEMA_VERSION,
    input,
    isArticle: false,
    verdict: 'none',
    confidence: 0,
    title: null,
    publishedAt: null,
    lang: null,
    signals: [],
    detector,
    url: null,
    canonicalUrl: null,
    domain: null,
    siteName: null,
    error,
  };
}
