import { browser } from 'wxt/browser';
import {
  createRateLimiter,
  findRelated,
  IdbCoverageCache,
  MemoryCoverageCache,
  permissionOriginsFor,
  shouldFetchAutomatically,
  type CoverageCache,
} from '@/utils/coverage';
import { coverageSettingsFrom } from '@/utils/coverage-settings';
import type { CoverageState, TabState } from '@/utils/messages';
import type { ProviderFailure } from '@/utils/coverage/types';
import { loadSettings } from '@/utils/browser/settings-store';
import type { Settings } from '@/utils/settings';
import { loadTabState, saveTabState } from '@/utils/browser/tab-state';
import { afterCoverage } from './story';

// One limiter and cache for the worker's life; the cache (IndexedDB) outlives it. Private-window
// tabs get a cache in memory only: their searches (headline, keywords, the page's host) never reach the disk.
const rateLimiter = createRateLimiter();
let cache: IdbCoverageCache | null = null;
const privateCache: CoverageCache = new MemoryCoverageCache();

export async function pruneCoverageCache(): Promise<void> {
  cache ??= new IdbCoverageCache();
  await cache.prune();
}
const running = new Map<number, AbortController>();

/** Requests carry no cookies and no referrer: the provider learns only what the README says. */
const privateFetch = (input: string, init?: RequestInit) =>
  fetch(input, { ...init, credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });

async function updateCoverage(tabId: number, url: string, coverage: CoverageState): Promise<void> {
  // The tab may have moved on to another page while we worked: never write stale results.
  const state = await loadTabState(tabId);
  if (!state || state.url !== url) return;
  await saveTabState({ ...state, coverage });
  void afterCoverage({ ...state, coverage });
}

/** What the tab's coverage should be before anything is fetched. */
export async function initialCoverage(state: TabState, settings: Settings): Promise<CoverageState | 'fetch'> {
  if (!state.report.isArticle) return { status: 'idle', reason: 'not-article' };
  // A private window searches only when the reader asks, each time.
  if (state.incognito) return { status: 'idle', reason: 'private' };
  if (!shouldFetchAutomatically(settings.coverageMode, state.report.verdict)) {
    return { status: 'idle', reason: settings.coverageMode === 'on-click' ? 'on-click' : 'not-flagged' };
  }
  return 'fetch';
}

/**
 * Finds related coverage for the tab's article and keeps the tab state up to date. Safe to call
 * again after the worker was stopped mid-request: results come from the cache or are fetched anew.
 */
export async function runCoverage(tabId: number, opts: { refresh?: boolean } = {}): Promise<void> {
  const state = await loadTabState(tabId);
  if (!state) return;
  running.get(tabId)?.abort();
  const controller = new AbortController();
  running.set(tabId, controller);
  const settings = coverageSettingsFrom(await loadSettings());
  try {
    if (settings.providers.length === 0) {
      await updateCoverage(tabId, state.url, { status: 'no-providers' });
      return;
    }
    // Each source needs the hosts this article's search will reach (feeds differ by language). One
    // that lacks some is left out and named, never dropped in silence.
    const lang = state.report.meta.lang ?? 'en';
    const usable: typeof settings.providers = [];
    const missing: ProviderFailure[] = [];
    for (const id of settings.providers) {
      const origins = permissionOriginsFor({ ...settings, providers: [id] }, lang);
      if (await browser.permissions.contains({ origins }).catch(() => false)) usable.push(id);
      else missing.push({ provider: id, error: { kind: 'permission', message: `no host permission for ${origins.join(' ')}` } });
    }
    if (usable.length === 0) {
      await updateCoverage(tabId, state.url, { status: 'failed', failures: missing, offline: false, finishedAt: new Date().toISOString() });
      return;
    }
    const wanted = settings.providers.length;
    settings.providers = usable;
    await updateCoverage(tabId, state.url, { status: 'loading', startedAt: new Date().toISOString() });
    cache ??= new IdbCoverageCache();
    const out = await findRelated(state.report, {
      fetch: privateFetch,
      cache: state.incognito ? privateCache : cache,
      rateLimiter,
      settings,
      signal: controller.signal,
      refresh: opts.refresh,
    });
    const finishedAt = new Date().toISOString();
    const failures = [...missing, ...out.failures];
    const allFailed = failures.length >= wanted;
    await updateCoverage(
      tabId,
      state.url,
      allFailed
        ? { status: 'failed', failures, offline: !navigator.onLine, finishedAt }
        : { status: 'done', results: out.results, failures, fromCache: out.fromCache, finishedAt },
    );
  } catch (error) {
    if (controller.signal.aborted) return;
    await updateCoverage(tabId, state.url, {
      status: 'failed',
      failures: settings.providers.map((provider) => ({ provider, error: { kind: 'network', message: String(error) } })),
      offline: !navigator.onLine,
      finishedAt: new Date().toISOString(),
    });
  } finally {
    if (running.get(tabId) === controller) running.delete(tabId);
  }
}

export function cancelCoverage(tabId: number): void {
  running.get(tabId)?.abort();
  running.delete(tabId);
}

/** A tab whose state says "loading" but that no job in this worker serves was cut off by a restart. */
export function isOrphaned(state: TabState): boolean {
  return state.coverage?.status === 'loading' && !running.has(state.tabId);
}
