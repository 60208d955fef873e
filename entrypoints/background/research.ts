import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/settings';
import type { ProvenanceReport } from '@/utils/provenance/types';
import { openProvenanceDb, recordStory, recordVisit, StorageFullError, type ProvenanceDb } from '@/utils/research';
import type { StoryRecord } from '@/utils/story/story';
import {
  RESEARCH_ERROR_KEY,
  RESEARCH_VERSION_KEY,
  readResearchError,
  type ResearchError,
  type ResearchVersion,
} from '@/utils/research/keys';

/** One connection per worker life; dropped when it turns out closed (a newer version elsewhere closes it). */
let dbPromise: Promise<ProvenanceDb> | null = null;
let bumps = 0;

function db(): Promise<ProvenanceDb> {
  if (!dbPromise) {
    const opening = openProvenanceDb(undefined, {
      // Another page holds an older version open: stop waiting on this attempt, the next visit retries.
      onBlocked: () => {
        if (dbPromise === opening) dbPromise = null;
      },
    });
    dbPromise = opening;
    opening.then(
      (conn) => {
        // Closed by the browser (storage cleared, disk trouble): reopen next time.
        conn.addEventListener('close', () => {
          if (dbPromise === opening) dbPromise = null;
        });
      },
      () => {
        if (dbPromise === opening) dbPromise = null;
      },
    );
  }
  return dbPromise;
}

/** A transaction on a connection that was closed under us (versionchange, storage cleared). */
function isClosedConnection(e: unknown): boolean {
  return e instanceof Error && (e.name === 'InvalidStateError' || /closing|closed/i.test(e.message));
}

async function flagStorageFull(): Promise<void> {
  const got = await browser.storage.local.get(RESEARCH_ERROR_KEY);
  const prior = readResearchError(got[RESEARCH_ERROR_KEY]);
  const flag: ResearchError = { kind: 'storage-full', at: new Date().toISOString(), missed: (prior?.missed ?? 0) + 1 };
  await browser.storage.local.set({ [RESEARCH_ERROR_KEY]: flag });
}

async function bumpVersion(id: string): Promise<void> {
  const version: ResearchVersion = { n: ++bumps, at: new Date().toISOString(), id };
  await browser.storage.local.set({ [RESEARCH_VERSION_KEY]: version });
}

/**
 * Logs the page for research when the user turned research mode on (off by default).
 * Never throws: the background fires and forgets it. A full disk is stored as a flag the
 * Research tab shows; the failed write is rolled back, so earlier records are intact.
 */
export async function recordForResearch(
  report: ProvenanceReport,
  url: string,
  incognito: boolean,
  sameVisit: boolean,
  settings: Settings,
): Promise<void> {
  // Checked before anything else so a private window never even touches the database.
  if (incognito) return;
  try {
    const { research } = settings;
    if (!research.enabled) return;
    const ctx = { url, incognito, sameVisit, recordNone: research.recordNone, excludedDomains: research.excludedDomains };
    let result;
    try {
      result = await recordVisit(await db(), report, ctx);
    } catch (e) {
      if (!isClosedConnection(e)) throw e;
      dbPromise = null;
      result = await recordVisit(await db(), report, ctx);
    }
    if (result.status !== 'skipped') await bumpVersion(result.record.id);
  } catch (e) {
    if (e instanceof StorageFullError) {
      await flagStorageFull().catch((flagError: unknown) => console.error('[provenance-lens] research: could not flag full storage', flagError));
      return;
    }
    console.error('[provenance-lens] research log write failed:', e);
  }
}

/**
 * Adds a page's story record to its research record once coverage ran (same rules: research on,
 * never a private window, only a page the log already holds). Never throws.
 */
export async function recordStoryForResearch(report: ProvenanceReport, url: string, incognito: boolean, story: StoryRecord, settings: Settings): Promise<void> {
  if (incognito || !settings.research.enabled) return;
  try {
    const id = await recordStory(await db(), report, url, story);
    if (id) await bumpVersion(id);
  } catch (e) {
    if (e instanceof StorageFullError) {
      await flagStorageFull().catch(() => undefined);
      return;
    }
    console.error('[provenance-lens] research log: story not recorded:', e);
  }
}

/** Tests only: forget the cached connection (each test uses a fresh IndexedDB). */
export function resetResearchDbForTests(): void {
  dbPromise = null;
  bumps = 0;
}
