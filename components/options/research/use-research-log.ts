import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  getRecord,
  openProvenanceDb,
  readNewestPage,
  RecordIndex,
  type ProvenanceDb,
  type ResearchRecord,
} from '@/utils/research';
import { RESEARCH_VERSION_KEY, readResearchVersion, type ResearchVersion } from '@/utils/research/keys';

/** Rows read straight from IndexedDB before the full index exists: enough for the first screens. */
export const FIRST_PAGE_SIZE = 60;

export interface ResearchLog {
  /** Records in the log (from the index once loaded, else from a count). */
  total: number;
  /** Newest records, painted before the index has loaded. */
  firstPage: ResearchRecord[];
  /** The whole log in memory, for filtering, sorting, stats and export; null while loading. */
  index: RecordIndex | null;
  /** Increments whenever `index` changed in place (upsert/remove/clear), so views recompute. */
  rev: number;
  failed: string | null;
  /** The open database (reopened if the browser closed it). */
  db(): Promise<ProvenanceDb>;
  /** Reload everything after a bulk change (import). */
  reload(): Promise<void>;
  /** The log was emptied. */
  cleared(): void;
  /** Tells other open options pages that this page changed the log (id null: reload everything). */
  announce(id: string | null): Promise<void>;
}

export type OpenDb = () => Promise<ProvenanceDb>;

/** Yields to the browser so the first page paints before the (longer) full load starts. */
const afterPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The research log for the options page: first the newest page straight from IndexedDB, then
 * the full RecordIndex in the background. Follows changes the background announces through
 * `researchVersion` in storage.local by re-reading just the changed record.
 */
export function useResearchLog(openDb: OpenDb = () => openProvenanceDb()): ResearchLog {
  const conn = useRef<Promise<ProvenanceDb> | null>(null);
  const indexRef = useRef<RecordIndex | null>(null);
  const alive = useRef(true);
  /** Bumps this page made itself: its own listener skips them (it already updated). */
  const own = useRef(new Set<number>());
  /** Records changed while a full load was running (it may or may not have seen them); null when idle. */
  const changedDuringLoad = useRef<Set<string> | 'all' | null>(null);
  const [total, setTotal] = useState(0);
  const [firstPage, setFirstPage] = useState<ResearchRecord[]>([]);
  const [index, setIndex] = useState<RecordIndex | null>(null);
  const [rev, setRev] = useState(0);
  const [failed, setFailed] = useState<string | null>(null);

  const db = async (): Promise<ProvenanceDb> => {
    if (!conn.current) {
      const opening = openDb();
      conn.current = opening;
      opening.catch(() => {
        if (conn.current === opening) conn.current = null;
      });
    }
    return conn.current;
  };

  /** Runs `fn` on the connection, reopening once if it was closed under us (upgrade elsewhere). */
  const withDb = async <T,>(fn: (d: ProvenanceDb) => Promise<T>): Promise<T> => {
    try {
      return await fn(await db());
    } catch (e) {
      if (!(e instanceof Error && e.name === 'InvalidStateError')) throw e;
      conn.current = null;
      return fn(await db());
    }
  };

  const loadAll = async (): Promise<void> => {
    if (changedDuringLoad.current !== null) {
      changedDuringLoad.current = 'all';
      return;
    }
    changedDuringLoad.current = new Set();
    try {
      const first = await withDb((d) => readNewestPage(d, 0, FIRST_PAGE_SIZE));
      if (!alive.current) return;
      setFirstPage(first.records);
      setTotal(first.total);
      await afterPaint();
      const full = await withDb((d) => RecordIndex.load(d));
      if (!alive.current) return;
      indexRef.current = full;
      setIndex(full);
      setTotal(full.size);
      setRev((r) => r + 1);
    } catch (e) {
      if (alive.current) setFailed(e instanceof Error ? e.message : String(e));
    } finally {
      const missed = changedDuringLoad.current as Set<string> | 'all' | null;
      changedDuringLoad.current = null;
      if (alive.current && missed === 'all') void loadAll();
      else if (alive.current && missed) for (const id of missed) void applyChange(id);
    }
  };

  const applyChange = async (id: string | null): Promise<void> => {
    const loading = changedDuringLoad.current;
    if (loading !== null) {
      if (id === null) changedDuringLoad.current = 'all';
      else if (loading !== 'all') loading.add(id);
      return;
    }
    const current = indexRef.current;
    if (!current || id === null) return loadAll();
    try {
      const record = await withDb((d) => getRecord(d, id));
      if (!alive.current || indexRef.current !== current) return;
      if (record) current.upsert(record);
      else current.remove(id);
      setTotal(current.size);
      setRev((r) => r + 1);
    } catch (e) {
      if (alive.current) setFailed(e instanceof Error ? e.message : String(e));
    }
  };

  useEffect(() => {
    alive.current = true;
    void loadAll();
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local' || !(RESEARCH_VERSION_KEY in changes)) return;
      const version = readResearchVersion(changes[RESEARCH_VERSION_KEY]?.newValue);
      if (version && own.current.delete(version.n)) return;
      void applyChange(version ? version.id : null);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      alive.current = false;
      browser.storage.onChanged.removeListener(listener);
    };
  }, []);

  return {
    total,
    firstPage,
    index,
    rev,
    failed,
    db,
    reload: loadAll,
    cleared: () => {
      const empty = new RecordIndex();
      indexRef.current = empty;
      setIndex(empty);
      setFirstPage([]);
      setTotal(0);
      setRev((r) => r + 1);
    },
    announce: async (id) => {
      // Random, so two pages (or a page and the worker) never take each other's bumps for their own.
      const version: ResearchVersion = { n: 1e9 + Math.floor(Math.random() * 1e9), at: new Date().toISOString(), id };
      own.current.add(version.n);
      await browser.storage.local.set({ [RESEARCH_VERSION_KEY]: version });
    },
  };
}
