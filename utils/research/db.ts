import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { InaccuracyReport } from '../reports/types';
import { toStorageError } from './errors';
import { DB_VERSION, MIGRATIONS, type Migration } from './migrations';
import type { ResearchRecord } from './record';

export const DB_NAME = 'provenance-lens';

/** One database for the extension's own data: the research log and inaccuracy reports. */
export interface ProvenanceDbSchema extends DBSchema {
  research: {
    key: string;
    value: ResearchRecord;
    indexes: { verdict: string; domain: string; lastSeen: string; lang: string };
  };
  reports: {
    key: string;
    value: InaccuracyReport;
    indexes: { createdAt: string };
  };
}

export type ProvenanceDb = IDBPDatabase<ProvenanceDbSchema>;

export interface OpenOptions {
  /** Open at an older schema version (tests of upgrades only). */
  version?: number;
  /** Called when another tab/worker is still holding an older version open. */
  onBlocked?: () => void;
}

/**
 * Opens (creating or upgrading) the database. Runs every migration newer than what is stored.
 * A connection that blocks a newer version closes itself so the upgrade elsewhere can go on;
 * callers reopen on their next operation.
 */
export async function openProvenanceDb(name: string = DB_NAME, opts: OpenOptions = {}): Promise<ProvenanceDb> {
  const target = opts.version ?? DB_VERSION;
  let failure: unknown;
  try {
    const db = await openDB<ProvenanceDbSchema>(name, target, {
      upgrade(database, oldVersion, newVersion, tx) {
        const steps = MIGRATIONS.filter((m) => m.version > oldVersion && m.version <= (newVersion ?? target));
        // Steps run one after another; awaiting only IDB requests keeps the transaction alive.
        void (async () => {
          for (const step of steps) await step.run(database as unknown as Parameters<Migration["run"]>[0], tx as unknown as Parameters<Migration["run"]>[1]);
        })().catch((e: unknown) => {
          failure = e;
          try {
            tx.abort();
          } catch {
            /* already finished */
          }
        });
      },
      blocked() {
        opts.onBlocked?.();
      },
      blocking(_current, _blocked, event) {
        (event.target as IDBDatabase).close();
      },
    });
    return db;
  } catch (e) {
    throw toStorageError(failure ?? e);
  }
}
