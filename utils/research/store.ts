import type { ProvenanceDb } from './db';
import type { ResearchRecord } from './record';
import { writeTransaction } from './tx';

/** Every record as plain objects (one getAll: far faster than a cursor for 100k rows). */
export function getAllRecords(db: ProvenanceDb): Promise<ResearchRecord[]> {
  return db.getAll('research');
}

export function countRecords(db: ProvenanceDb): Promise<number> {
  return db.count('research');
}

export function getRecord(db: ProvenanceDb, id: string): Promise<ResearchRecord | undefined> {
  return db.get('research', id);
}

export function deleteRecords(db: ProvenanceDb, ids: readonly string[]): Promise<void> {
  return writeTransaction(db, 'research', async (tx) => {
    const store = tx.objectStore('research');
    await Promise.all(ids.map((id) => store.delete(id)));
  });
}

/** Empties the research log (reports are kept: they are the user's own letters). */
export function deleteAll(db: ProvenanceDb): Promise<void> {
  return writeTransaction(db, 'research', async (tx) => {
    await tx.objectStore('research').clear();
  });
}
