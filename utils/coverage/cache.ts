/**
 * Coverage cache with TTL. Entries are written once, complete, after every provider has answered:
 * a worker stopped mid-request leaves nothing behind, and the restarted worker simply runs the
 * request again (or finds the finished entry). Readers validate the shape, so a damaged record is a
 * miss, never a crash.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { CacheEntry, CoverageCache } from './types';

export const COVERAGE_DB_NAME = 'provenance-lens-coverage';
const STORE = 'entries';
const DB_VERSION = 1;

function isEntry(v: unknown): v is CacheEntry<unknown> & { key: string } {
  if (!v || typeof v !== 'object') return false;
  const e = v as Record<string, unknown>;
  return typeof e.storedAt === 'number' && typeof e.expiresAt === 'number' && 'value' in e;
}

export class MemoryCoverageCache implements CoverageCache {
  private readonly map = new Map<string, CacheEntry<unknown>>();
  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxEntries = 200,
  ) {}

  async get<T>(key: string): Promise<CacheEntry<T> | undefined> {
    const e = this.map.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= this.now()) {
      this.map.delete(key);
      return undefined;
    }
    return e as CacheEntry<T>;
  }

  async set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    const t = this.now();
    this.map.delete(key);
    this.map.set(key, { value: structuredClone(value), storedAt: t, expiresAt: t + ttlMs });
    // Oldest insertion first: a small LRU-ish bound for long-running workers.
    while (this.map.size > this.maxEntries) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
  }

  async delete(key: string): Promise<void> {
    this.map.delete(key);
  }
}

export interface IdbCacheOptions {
  now?: () => number;
  dbName?: string;
  /** Entries kept; older ones are pruned on write. */
  maxEntries?: number;
}

export class IdbCoverageCache implements CoverageCache {
  private dbp: Promise<IDBPDatabase> | undefined;
  private readonly now: () => number;
  private readonly dbName: string;
  private readonly maxEntries: number;

  constructor(opts: IdbCacheOptions = {}) {
    this.now = opts.now ?? Date.now;
    this.dbName = opts.dbName ?? COVERAGE_DB_NAME;
    this.maxEntries = opts.maxEntries ?? 500;
  }

  private db(): Promise<IDBPDatabase> {
    this.dbp ??= openDB(this.dbName, DB_VERSION, {
      upgrade(db) {
        const store = db.createObjectStore(STORE, { keyPath: 'key' });
        store.createIndex('expiresAt', 'expiresAt');
      },
    });
    return this.dbp;
  }

  async get<T>(key: string): Promise<CacheEntry<T> | undefined> {
    const db = await this.db();
    const e: unknown = await db.get(STORE, key);
    if (!isEntry(e)) {
      if (e !== undefined) await db.delete(STORE, key);
      return undefined;
    }
    if (e.expiresAt <= this.now()) {
      await db.delete(STORE, key);
      return undefined;
    }
    return { value: e.value as T, storedAt: e.storedAt, expiresAt: e.expiresAt };
  }

  async set<T>(key: string, value: T, ttlMs: number): Promise<void> {
    const db = await this.db();
    const t = this.now();
    // One transaction: the put and the pruning commit together or not at all.
    const tx = db.transaction(STORE, 'readwrite');
    await tx.store.put({ key, value, storedAt: t, expiresAt: t + ttlMs });
    let cursor = await tx.store.index('expiresAt').openCursor(IDBKeyRange.upperBound(t));
    while (cursor) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
    const count = await tx.store.count();
    if (count > this.maxEntries) {
      let c = await tx.store.index('expiresAt').openCursor();
      for (let n = count - this.maxEntries; c && n > 0; n--) {
        await c.delete();
        c = await c.continue();
      }
    }
    await tx.done;
  }

  async delete(key: string): Promise<void> {
    const db = await this.db();
    await db.delete(STORE, key);
  }

  /** Deletes every expired entry (called at start-up, so old searches do not wait for a next write). */
  async prune(): Promise<number> {
    const db = await this.db();
    const tx = db.transaction(STORE, 'readwrite');
    let removed = 0;
    let cursor = await tx.store.index('expiresAt').openCursor(IDBKeyRange.upperBound(this.now()));
    while (cursor) {
      await cursor.delete();
      removed++;
      cursor = await cursor.continue();
    }
    await tx.done;
    return removed;
  }

  close(): void {
    void this.dbp?.then((db) => db.close());
    this.dbp = undefined;
  }
}

/** Stable JSON (sorted keys) so equal inputs hash equally. */
export function stableStringify(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableStringify(o[k])}`)
    .join(',')}}`;
}

/** SHA-256 hex of the stable JSON of `parts` (Web Crypto: in workers, pages and Node). */
export async function hashKey(parts: unknown): Promise<string> {
  const data = new TextEncoder().encode(stableStringify(parts));
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
