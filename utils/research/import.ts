import * as v from 'valibot';
import { recordsFromJson } from '../export/json';
import { parseNdjson } from '../export/ndjson';
import type { ProvenanceDb } from './db';
import { firstSeenRecord, orderedRecord, RESEARCH_SCHEMA_VERSION, type ResearchRecord } from './record';
import { AuditRecordSchema, ResearchRecordSchema, issuesText } from './validate';
import { writeTransaction } from './tx';
import { normaliseUrl } from './url';

export interface ImportIssue {
  /** 1-based NDJSON line or 0-based JSON array index. */
  at: number;
  message: string;
}

export interface ImportResult {
  /** New ids. */
  added: number;
  /** Existing ids whose record changed by the merge. */
  updated: number;
  /** Valid lines that changed nothing (already known) or are not loggable (non-articles, error records). */
  skipped: number;
  /** Unparsable or schema-invalid lines. */
  invalid: number;
  /** The first 100 problems, for the UI. */
  issues: ImportIssue[];
}

export interface ImportOptions {
  /** Time used as firstSeen/lastSeen for plain `npm run audit` records, which carry none. */
  now?: Date | string;
}

const MAX_ISSUES = 100;

/**
 * Combines two records for the same id. Documented rules (idempotent, order-independent):
 * - firstSeen = earliest, lastSeen = latest;
 * - timesSeen = the larger count, NOT the sum: exports hold cumulative counts, so summing would
 *   double every visit when a file is imported twice or into the log it came from;
 * - everything describing the page (verdict, signals, title, textSha256…) comes from the record
 *   seen most recently (ties: `a`);
 * - textChanged if either says so or their text hashes differ;
 * - previousVerdict = the older record's verdict if the verdicts differ.
 */
export function mergeRecords(a: ResearchRecord, b: ResearchRecord): ResearchRecord {
  const [older, newer] = b.lastSeen > a.lastSeen ? [a, b] : [b, a];
  const hashesDiffer = a.textSha256 !== null && b.textSha256 !== null && a.textSha256 !== b.textSha256;
  return {
    ...newer,
    firstSeen: a.firstSeen < b.firstSeen ? a.firstSeen : b.firstSeen,
    lastSeen: newer.lastSeen,
    timesSeen: Math.max(a.timesSeen, b.timesSeen),
    textSha256: newer.textSha256 ?? older.textSha256,
    textChanged: a.textChanged || b.textChanged || hashesDiffer,
    previousVerdict: older.verdict !== newer.verdict ? older.verdict : (newer.previousVerdict ?? older.previousVerdict),
    ...((newer.story ?? older.story) ? { story: newer.story ?? older.story } : {}),
  };
}

type Parsed = { ok: ResearchRecord } | { skip: true } | { invalid: string };

function hasResearchFields(value: unknown): boolean {
  return !!value && typeof value === 'object' && 'researchSchema' in value;
}

/** A research record, or a plain `npm run audit` record lifted into one. */
export function parseRecord(value: unknown, now: string): Parsed {
  if (hasResearchFields(value)) {
    const res = v.safeParse(ResearchRecordSchema, value);
    if (!res.success) return { invalid: issuesText(res.issues) };
    const rec = res.output as ResearchRecord;
    if (rec.researchSchema > RESEARCH_SCHEMA_VERSION) return { invalid: `researchSchema ${rec.researchSchema} is newer than this version understands` };
    const id = normaliseUrl(rec.id);
    if (!id) return { invalid: 'id: not a URL' };
    if (rec.lastSeen < rec.firstSeen) return { invalid: 'lastSeen is before firstSeen' };
    return { ok: orderedRecord({ ...rec, id }) };
  }
  const res = v.safeParse(AuditRecordSchema, value);
  if (!res.success) return { invalid: issuesText(res.issues) };
  const audit = res.output;
  if (audit.error !== undefined || !audit.isArticle) return { skip: true };
  const id = normaliseUrl(audit.canonicalUrl ?? audit.url ?? '');
  if (!id) return { skip: true };
  return { ok: orderedRecord(firstSeenRecord(audit, id, audit.textSha256 ?? null, now)) };
}

function sameRecord(a: ResearchRecord, b: ResearchRecord): boolean {
  return JSON.stringify(orderedRecord(a)) === JSON.stringify(orderedRecord(b));
}

/**
 * Merges an NDJSON or JSON export (ours, or `npm run audit` output) into the log without
 * duplicates. All-or-nothing: one transaction, so a full disk (StorageFullError) leaves the
 * log exactly as it was.
 */
export async function importRecords(db: ProvenanceDb, text: string, format: 'ndjson' | 'json', opts: ImportOptions = {}): Promise<ImportResult> {
  const now = new Date(opts.now ?? Date.now()).toISOString();
  const result: ImportResult = { added: 0, updated: 0, skipped: 0, invalid: 0, issues: [] };
  const issue = (at: number, message: string) => {
    result.invalid++;
    if (result.issues.length < MAX_ISSUES) result.issues.push({ at, message });
  };

  const items: { at: number; value: unknown }[] = [];
  if (format === 'ndjson') {
    for (const line of parseNdjson(text)) {
      if (line.error !== undefined) issue(line.line, `not JSON: ${line.error}`);
      else items.push({ at: line.line, value: line.value });
    }
  } else {
    let values: unknown[];
    try {
      values = recordsFromJson(text);
    } catch (e) {
      issue(0, `not a JSON export: ${e instanceof Error ? e.message : String(e)}`);
      return result;
    }
    values.forEach((value, i) => items.push({ at: i, value }));
  }

  // Duplicates inside the file are merged first, so they count once.
  const incoming = new Map<string, ResearchRecord>();
  for (const { at, value } of items) {
    const parsed = parseRecord(value, now);
    if ('invalid' in parsed) issue(at, parsed.invalid);
    else if ('skip' in parsed) result.skipped++;
    else {
      const prior = incoming.get(parsed.ok.id);
      if (prior) result.skipped++;
      incoming.set(parsed.ok.id, prior ? mergeRecords(prior, parsed.ok) : parsed.ok);
    }
  }
  if (incoming.size === 0) return result;

  const counts = await writeTransaction(db, 'research', async (tx) => {
    const store = tx.objectStore('research');
    const c = { added: 0, updated: 0, skipped: 0 };
    const existing = new Map<string, ResearchRecord>();
    // One getAll beats one get per record by far for large imports.
    for (const r of await store.getAll()) if (incoming.has(r.id)) existing.set(r.id, r);
    const writes: Promise<unknown>[] = [];
    // Writes issued before a failing one reject with AbortError when the transaction aborts;
    // the first error is what the caller gets, so the others are only observed here.
    const put = (r: ResearchRecord) => {
      const p = store.put(r);
      p.catch(() => undefined);
      writes.push(p);
    };
    for (const [id, rec] of incoming) {
      const old = existing.get(id);
      if (!old) {
        c.added++;
        put(rec);
        continue;
      }
      const merged = mergeRecords(old, rec);
      if (sameRecord(merged, old)) c.skipped++;
      else {
        c.updated++;
        put(merged);
      }
    }
    await Promise.all(writes);
    return c;
  });
  result.added = counts.added;
  result.updated = counts.updated;
  result.skipped += counts.skipped;
  return result;
}
