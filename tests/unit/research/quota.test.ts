import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProvenanceDb } from '../../../utils/research/db';
import { StorageFullError, isQuotaError } from '../../../utils/research/errors';
import { exportRecords } from '../../../utils/research/export';
import { importRecords } from '../../../utils/research/import';
import { recordVisit } from '../../../utils/research/record-visit';
import { getAllRecords } from '../../../utils/research/store';
import { ReportStore } from '../../../utils/reports/store';
import { newReport } from '../../../utils/reports/create';
import { openFreshDb, provenance } from './helpers';

let db: ProvenanceDb;
beforeEach(async () => {
  db = await openFreshDb();
});
afterEach(() => vi.restoreAllMocks());

/** From the next call on, `put` fails after `allow` more successful writes, the way a full disk does. */
function diskFullAfter(allow: number) {
  const original = IDBObjectStore.prototype.put;
  let left = allow;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (left-- <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  });
}

const ctx = (now: string, url = 'https://beijing-post.example/a') => ({ url, incognito: false, now });
const page = (url = 'https://beijing-post.example/a') => provenance({ url });

describe('a full disk', () => {
  it('recognises quota errors from every engine', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });

  it('surfaces StorageFullError on a new visit and keeps earlier records', async () => {
    await recordVisit(db, page(), ctx('2026-11-01T00:00:00.000Z'));
    const before = await getAllRecords(db);
    diskFullAfter(0);
    await expect(recordVisit(db, page('https://beijing-post.example/b'), ctx('2026-11-02T00:00:00.000Z', 'https://beijing-post.example/b'))).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await getAllRecords(db)).toEqual(before);
  });

  it('keeps the old version of a record whose update failed', async () => {
    await recordVisit(db, page(), ctx('2026-11-01T00:00:00.000Z'));
    const before = await getAllRecords(db);
    diskFullAfter(0);
    await expect(recordVisit(db, page(), ctx('2026-11-02T00:00:00.000Z'))).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await getAllRecords(db)).toEqual(before);
    // The database still works afterwards.
    expect((await recordVisit(db, page(), ctx('2026-11-03T00:00:00.000Z'))).status).toBe('updated');
  });

  it('also when the engine aborts the transaction at commit (how Chrome reports quota)', async () => {
    await recordVisit(db, page(), ctx('2026-11-01T00:00:00.000Z'));
    const before = await getAllRecords(db);
    const original = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = original.apply(this, args);
      const tx = this.transaction as unknown as { _abort(name: string): void };
      queueMicrotask(() => tx._abort('QuotaExceededError'));
      return request;
    });
    const error = await recordVisit(db, page(), ctx('2026-11-02T00:00:00.000Z')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as StorageFullError).cause).toMatchObject({ name: 'QuotaExceededError' });
    vi.restoreAllMocks();
    expect(await getAllRecords(db)).toEqual(before);
  });

  it('rolls back a whole import that fills the disk half way', async () => {
    await recordVisit(db, page(), ctx('2026-11-01T00:00:00.000Z'));
    const before = await getAllRecords(db);
    const incoming = Array.from({ length: 10 }, (_, i) => ({
      ...before[0]!,
      id: `https://other.example/${i}`,
      url: `https://other.example/${i}`,
    }));
    diskFullAfter(4);
    await expect(importRecords(db, exportRecords(incoming, 'ndjson'), 'ndjson')).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect(await getAllRecords(db)).toEqual(before);
  });

  it('keeps a saved report when saving its edit fails', async () => {
    const store = new ReportStore(db);
    const saved = await store.saveDraft({ ...newReport({ id: 'r1', article: { url: 'https://x.example/' } }), correction: 'first' });
    diskFullAfter(0);
    await expect(store.saveDraft({ ...saved, correction: 'second' })).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect((await store.get('r1'))?.correction).toBe('first');
  });
});
