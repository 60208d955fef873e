import { toAuditRecord } from '../provenance/record';
import type { ProvenanceReport } from '../provenance/types';
import type { ProvenanceDb } from './db';
import { sha256Hex } from './hash';
import { firstSeenRecord, type ResearchRecord } from './record';
import { writeTransaction } from './tx';
import { hostOf, hostMatches, normaliseUrl } from './url';

export interface VisitContext {
  /** The URL of the tab as visited. */
  url: string;
  now?: Date | string | number;
  incognito: boolean;
  /** Host suffixes the user never wants logged (`example.com` also covers `news.example.com`). */
  excludedDomains?: readonly string[];
  /** Log pages where no AI signal was found (off by default: the log is about AI pages). */
  recordNone?: boolean;
  /**
   * The same page load analysed again (late content changed the verdict): update the record
   * without counting another visit.
   */
  sameVisit?: boolean;
}

export type SkipReason = 'incognito' | 'unsupported-url' | 'excluded-domain' | 'not-article' | 'verdict-none';

export type RecordVisitResult =
  | { status: 'added' | 'updated'; record: ResearchRecord }
  | { status: 'skipped'; reason: SkipReason };

function isWebUrl(url: string | null | undefined): url is string {
  return !!url && /^https?:\/\//i.test(url) && hostOf(url) !== null;
}

function iso(now: VisitContext['now']): string {
  return (now === undefined ? new Date() : new Date(now)).toISOString();
}

/** Why this visit must not be logged, or null. Cheap: call it before hashing anything. */
export function skipReason(report: ProvenanceReport, ctx: VisitContext): SkipReason | null {
  if (ctx.incognito) return 'incognito';
  if (!isWebUrl(ctx.url)) return 'unsupported-url';
  const hosts = [ctx.url, report.meta.url, report.meta.canonicalUrl].map(hostOf);
  for (const domain of ctx.excludedDomains ?? []) {
    if (hosts.some((h) => hostMatches(h, domain))) return 'excluded-domain';
  }
  if (!report.isArticle) return 'not-article';
  if (report.verdict === 'none' && !ctx.recordNone) return 'verdict-none';
  return null;
}

/** The record's id: canonical URL if it is a web URL, else the page URL, else the tab URL; normalised. */
export function recordId(report: ProvenanceReport, visitedUrl: string): string {
  const candidates = [report.meta.canonicalUrl, report.meta.url, visitedUrl];
  for (const c of candidates) {
    if (isWebUrl(c)) {
      const n = normaliseUrl(c);
      if (n) return n;
    }
  }
  return visitedUrl;
}

/** Folds a new sighting into the stored record (same id). */
export function mergeVisit(existing: ResearchRecord, fresh: ResearchRecord, sameVisit = false): ResearchRecord {
  const changed =
    existing.textChanged ||
    (existing.textSha256 !== null && fresh.textSha256 !== null && existing.textSha256 !== fresh.textSha256);
  return {
    ...fresh,
    firstSeen: existing.firstSeen < fresh.firstSeen ? existing.firstSeen : fresh.firstSeen,
    lastSeen: existing.lastSeen > fresh.lastSeen ? existing.lastSeen : fresh.lastSeen,
    timesSeen: existing.timesSeen + (sameVisit ? 0 : 1),
    textSha256: fresh.textSha256 ?? existing.textSha256,
    textChanged: changed,
    previousVerdict: existing.verdict !== fresh.verdict ? existing.verdict : existing.previousVerdict,
    // A visit knows nothing of coverage yet: the story found last time stays until coverage runs again.
    ...((fresh.story ?? existing.story) ? { story: fresh.story ?? existing.story } : {}),
  };
}

/**
 * Logs one page visit, following the privacy rules (never incognito, never excluded domains,
 * no non-articles, `none` only when asked). A page seen again updates its record instead of
 * adding another. Throws StorageFullError when the disk is full (nothing is lost).
 * Whether logging is on at all is the caller's setting: call this only when it is.
 */
export async function recordVisit(db: ProvenanceDb, report: ProvenanceReport, ctx: VisitContext): Promise<RecordVisitResult> {
  const reason = skipReason(report, ctx);
  if (reason) return { status: 'skipped', reason };
  const now = iso(ctx.now);
  const id = recordId(report, ctx.url);
  // Hash before the transaction opens: awaiting Web Crypto inside it would let it auto-commit.
  const textSha256 = report.text ? await sha256Hex(report.text) : null;
  const fresh = firstSeenRecord(toAuditRecord(normaliseUrl(ctx.url) ?? ctx.url, report, textSha256 ?? undefined), id, textSha256, now);
  return writeTransaction(db, 'research', async (tx) => {
    const store = tx.objectStore('research');
    const existing = await store.get(id);
    const record = existing ? mergeVisit(existing, fresh, ctx.sameVisit) : fresh;
    await store.put(record);
    return { status: existing ? 'updated' : 'added', record } as const;
  });
}
