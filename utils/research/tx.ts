import type { IDBPTransaction, StoreNames } from 'idb';
import type { ProvenanceDb, ProvenanceDbSchema } from './db';
import { toStorageError } from './errors';

type Stores = StoreNames<ProvenanceDbSchema>;

/**
 * Runs `fn` in one read-write transaction and waits for it to commit. On any failure the
 * transaction is aborted, so a half-done write never lands and earlier data stays intact;
 * quota failures come back as StorageFullError. `fn` must await only IDB requests.
 */
export async function writeTransaction<T, S extends Stores>(
  db: ProvenanceDb,
  stores: S | S[],
  fn: (tx: IDBPTransaction<ProvenanceDbSchema, S[], 'readwrite'>) => Promise<T>,
): Promise<T> {
  const names = (Array.isArray(stores) ? stores : [stores]) as S[];
  let tx: IDBPTransaction<ProvenanceDbSchema, S[], 'readwrite'>;
  try {
    tx = db.transaction(names, 'readwrite');
  } catch (e) {
    throw toStorageError(e);
  }
  // An aborted transaction rejects `done`; the caller gets the first error instead.
  tx.done.catch(() => undefined);
  try {
    const result = await fn(tx);
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      /* already committed or aborted */
    }
    throw toStorageError(tx.error ?? e);
  }
}
