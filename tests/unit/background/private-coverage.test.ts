import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initialCoverage, runCoverage } from '@/entrypoints/background/coverage';
import { saveSettings } from '@/utils/browser/settings-store';
import { loadTabState, saveTabState } from '@/utils/browser/tab-state';
import { COVERAGE_DB_NAME, IdbCoverageCache } from '@/utils/coverage/cache';
import type { TabState } from '@/utils/messages';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { send, serve, type TestServer } from '../coverage/server';
import { stubBrowser } from '../components/helpers';
import { flaggedArticleTab } from './helpers';

const GOOGLE_FR = readFileSync(new URL('../../fixtures/coverage/google_news_rss_topstories_fr-BE_2020.xml', import.meta.url), 'utf8');

let server: TestServer;
beforeEach(async () => {
  fakeBrowser.reset();
  server = await serve({ '/rss/search': send(GOOGLE_FR, 'application/rss+xml') });
  stubBrowser(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
  await saveSettings({
    ...DEFAULT_SETTINGS,
    coverageMode: 'always',
    coverage: { ...DEFAULT_SETTINGS.coverage, providers: ['google-news'], endpoints: { 'google-news': `${server.base}/rss/search` } },
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await server.close();
});

function tab(tabId: number, path: string, incognito: boolean): TabState {
  const url = `https://ai-actu.example/2020/03/09/${path}/`;
  return flaggedArticleTab(tabId, url, {
    headline: `Coronavirus : la Belgique compte désormais 200 cas (${path})`,
    lang: 'fr',
    text: 'Trente et une nouvelles infections au coronavirus ont été détectées en Belgique, dont sept en Wallonie, portant le total à 200 cas.',
  }, { incognito });
}

async function cachedEntries(): Promise<number> {
  const db = await openDB(COVERAGE_DB_NAME);
  const n = db.objectStoreNames.contains('entries') ? await db.count('entries') : 0;
  db.close();
  return n;
}

describe('private windows never reach the disk (issue 14, finding 6)', () => {
  it('no automatic coverage for a private tab, even in "every article" mode', async () => {
    const settings = { ...DEFAULT_SETTINGS, coverageMode: 'always' as const };
    expect(await initialCoverage(tab(1, 'a', false), settings)).toBe('fetch');
    expect(await initialCoverage(tab(2, 'b', true), settings)).toEqual({ status: 'idle', reason: 'private' });
  });

  it('a search the reader starts in a private tab is answered from memory and written to no IndexedDB', async () => {
    await saveTabState(tab(1, 'normal', false));
    await runCoverage(1);
    expect((await loadTabState(1))?.coverage?.status).toBe('done');
    const before = await cachedEntries();
    expect(before).toBe(1);

    await saveTabState(tab(2, 'private', true));
    await runCoverage(2);
    const state = await loadTabState(2);
    expect(state?.coverage?.status).toBe('done');
    expect(state?.coverage?.status === 'done' && state.coverage.results.length).toBeGreaterThan(0);
    expect(await cachedEntries()).toBe(before);
    // Asked again: served from the memory cache, no second request.
    const hits = server.hits.length;
    await runCoverage(2);
    expect(server.hits.length).toBe(hits);
  });

  it('expired entries are pruned without waiting for a next write', async () => {
    let t = 1_000;
    const name = 'pl-prune-test';
    const first = new IdbCoverageCache({ dbName: name, now: () => t });
    await first.set('old', { q: 'headline words' }, 500);
    await first.set('fresh', { q: 'other' }, 60_000);
    first.close();
    t = 10_000;
    const restarted = new IdbCoverageCache({ dbName: name, now: () => t });
    expect(await restarted.prune()).toBe(1);
    const db = await openDB(name);
    expect(await db.getAllKeys('entries')).toEqual(['fresh']);
    db.close();
    restarted.close();
  });
});
