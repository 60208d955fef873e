import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { RECORD_SCHEMA_VERSION } from '../provenance/record';
import type { Signal, Verdict } from '../provenance/types';
import { RESEARCH_SCHEMA_VERSION, type ResearchRecord } from './record';

/**
 * The database's history as a list of steps. Opening runs every step newer than the stored
 * version, in order, inside the one `versionchange` transaction: if any step fails the whole
 * upgrade rolls back and the old data stays as it was. Never edit a released step; add one.
 */
export interface Migration {
  version: number;
  description: string;
  // The schema differs per version, so steps work on the untyped database.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  run(db: IDBPDatabase<any>, tx: IDBPTransaction<any, string[], 'versionchange'>): Promise<void> | void;
}

/** Record shape written by version 1 (first release), kept so v2 can read it. */
export interface ResearchRecordV1 {
  id: string;
  url: string;
  domain: string | null;
  verdict: Verdict;
  confidence: number;
  title: string | null;
  signals: Signal[];
  detector: string;
  firstSeen: string;
  lastSeen: string;
  count: number;
  textHash?: string;
}

/** v1 → v2: renames (`count` → timesSeen, `textHash` → textSha256) and fills the AuditRecord fields v1 lacked. */
export function upgradeV1Record(old: ResearchRecordV1): ResearchRecord {
  return {
    schema: RECORD_SCHEMA_VERSION,
    input: old.url,
    isArticle: true,
    verdict: old.verdict,
    confidence: old.confidence,
    title: old.title,
    publishedAt: null,
    lang: null,
    signals: old.signals ?? [],
    detector: old.detector,
    url: old.url,
    canonicalUrl: null,
    domain: old.domain,
    siteName: null,
    textSha256: old.textHash ?? null,
    id: old.id,
    researchSchema: RESEARCH_SCHEMA_VERSION,
    firstSeen: old.firstSeen,
    lastSeen: old.lastSeen,
    timesSeen: Math.max(1, old.count | 0),
    textChanged: false,
    previousVerdict: null,
  };
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'research store (keyPath id) with verdict, domain and lastSeen indexes',
    run(db) {
      const store = db.createObjectStore('research', { keyPath: 'id' });
      store.createIndex('verdict', 'verdict');
      store.createIndex('domain', 'domain');
      store.createIndex('lastSeen', 'lastSeen');
    },
  },
  {
    version: 2,
    description: 'reports store; lang index; research records become AuditRecord + research fields',
    async run(db, tx) {
      const reports = db.createObjectStore('reports', { keyPath: 'id' });
      reports.createIndex('createdAt', 'createdAt');
      const research = tx.objectStore('research');
      research.createIndex('lang', 'lang');
      let cursor = await research.openCursor();
      while (cursor) {
        const value = cursor.value as ResearchRecordV1 | ResearchRecord;
        if (!('researchSchema' in value)) await cursor.update(upgradeV1Record(value));
        cursor = await cursor.continue();
      }
    },
  },
];

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
