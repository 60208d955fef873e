/**
 * The related-coverage pipeline: article → query → providers in parallel (each with its own timeout,
 * retries and rate limit) → outlet list and ranking → cache. One provider failing is reported next
 * to the others' results, never instead of them.
 */
import type { ProvenanceReport } from '../provenance/types';
import { hashKey } from './cache';
import { ProviderError, TimeoutSignal, toProviderError } from './errors';
import { DEFAULT_MAX_BYTES, abortableSleep } from './http';
import { mergeOutlets, SHIPPED_FEEDS, SHIPPED_OUTLETS } from './outlets';
import { PROVIDERS } from './providers';
import type { CoverageProvider } from './providers/provider';
import { buildCoverageQuery, inputFromReport } from './query';
import { createRateLimiter } from './rate-limit';
import { rankCandidates } from './rank';
import type {
  Candidate,
  CoverageCache,
  CoverageInput,
  CoverageOutput,
  CoverageQuery,
  CoverageSettings,
  FetchLike,
  OutletFeed,
  ProviderFailure,
  ProviderId,
  RateLimiter,
} from './types';

export const DEFAULT_TIMEOUTS_MS: Record<ProviderId, number> = {
  'google-news': 12_000,
  gdelt: 20_000,
  feeds: 15_000,
  guardian: 10_000,
};
/** Full results are good for half an hour; partial ones (a provider failed) only briefly. */
export const DEFAULT_CACHE_TTL_MS = 30 * 60_000;
export const PARTIAL_CACHE_TTL_MS = 2 * 60_000;
const CACHE_VERSION = 2;

export const DEFAULT_SETTINGS: CoverageSettings = {
  providers: ['google-news', 'gdelt'],
};

export interface FindRelatedDeps {
  fetch: FetchLike;
  now?: () => number;
  cache?: CoverageCache;
  rateLimiter?: RateLimiter;
  settings: CoverageSettings;
  /** Whether the extension holds these host permissions (the background asks `permissions.contains`). */
  hasPermission?: (origins: string[]) => Promise<boolean>;
  /** Backoff sleeper (tests pass a fast one). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Cancels everything (the tab closed). */
  signal?: AbortSignal;
  /** Providers to use instead of the built-in ones (tests, experiments). */
  providers?: Partial<Record<ProviderId, CoverageProvider>>;
  feeds?: readonly OutletFeed[];
  /** Ignore a cached answer and store a fresh one. */
  refresh?: boolean;
}

function isReport(x: ProvenanceReport | CoverageInput): x is ProvenanceReport {
  return typeof (x as ProvenanceReport).meta === 'object' && (x as ProvenanceReport).meta !== null;
}

/** What identifies an answer: the query as sent, the sources and the outlet list. Not the API key. */
export function coverageCacheKey(query: CoverageQuery, settings: CoverageSettings): Promise<string> {
  return hashKey({
    v: CACHE_VERSION,
    q: { k: query.keywordQueries, w: query.window, l: query.lang, x: query.excludeHosts, h: query.headline },
    p: [...settings.providers].sort(),
    e: settings.endpoints ?? {},
    g: !!settings.guardianKey,
    o: { a: (settings.extraOutlets ?? []).map((o) => o.hostSuffix).sort(), r: [...(settings.removedOutlets ?? [])].sort() },
    u: !!settings.includeUnlisted,
    m: settings.maxResults ?? 20,
    f: settings.feedHosts ?? null,
  });
}

const inflight = new Map<string, { promise: Promise<CoverageOutput>; signal?: AbortSignal }>();

export async function findRelated(input: ProvenanceReport | CoverageInput, deps: FindRelatedDeps): Promise<CoverageOutput> {
  const now = deps.now ?? Date.now;
  const settings = deps.settings;
  const query = buildCoverageQuery(isReport(input) ? inputFromReport(input) : input, { now });
  const key = await coverageCacheKey(query, settings);

  if (deps.cache && !deps.refresh) {
    const hit = await deps.cache.get<Omit<CoverageOutput, 'fromCache'>>(key).catch(() => undefined);
    if (hit && Array.isArray(hit.value?.results)) return { ...hit.value, query, fromCache: true };
  }
  // Two tabs (or two popup opens) asking the same thing share one request.
  // A request whose caller gave up (tab navigated, re-run) is never shared: it ends in cancellation.
  const running = inflight.get(key);
  if (running && !deps.refresh && !running.signal?.aborted) return running.promise;
  const entry = { promise: run(query, key, deps), signal: deps.signal };
  inflight.set(key, entry);
  const clear = () => {
    if (inflight.get(key) === entry) inflight.delete(key);
  };
  deps.signal?.addEventListener('abort', clear, { once: true });
  entry.promise.then(clear, clear);
  return entry.promise;
}

async function run(query: CoverageQuery, key: string, deps: FindRelatedDeps): Promise<CoverageOutput> {
  const now = deps.now ?? Date.now;
  const settings = deps.settings;
  const outlets = mergeOutlets(SHIPPED_OUTLETS, { add: settings.extraOutlets, remove: settings.removedOutlets });
  const rateLimiter = deps.rateLimiter ?? createRateLimiter({ now });
  const providers = settings.providers.filter((id, i, a) => a.indexOf(id) === i);

  const outcomes = await Promise.all(
    providers.map(async (id): Promise<{ id: ProviderId; candidates?: Candidate[]; failure?: ProviderFailure }> => {
      const provider = deps.providers?.[id] ?? PROVIDERS[id];
      const controller = new AbortController();
      const timeoutMs = settings.timeoutsMs?.[id] ?? DEFAULT_TIMEOUTS_MS[id];
      const timer = setTimeout(() => controller.abort(new TimeoutSignal(timeoutMs)), timeoutMs);
      const onOuterAbort = () => controller.abort(deps.signal?.reason);
      if (deps.signal?.aborted) controller.abort(deps.signal.reason);
      else deps.signal?.addEventListener('abort', onOuterAbort, { once: true });
      try {
        if (deps.hasPermission) {
          const origins = provider.permissionOrigins(settings, query.lang);
          if (!(await deps.hasPermission(origins))) {
            throw new ProviderError('permission', `host permission not granted for ${origins.join(', ')}`);
          }
        }
        const candidates = await provider.search(query, {
          fetch: deps.fetch,
          signal: controller.signal,
          settings,
          outlets,
          feeds: deps.feeds ?? SHIPPED_FEEDS,
          rateLimiter,
          now,
          cache: deps.cache,
          http: {
            retries: settings.retries ?? 2,
            maxBytes: settings.maxResponseBytes ?? DEFAULT_MAX_BYTES,
            sleep: deps.sleep ?? abortableSleep,
            now,
          },
        });
        return { id, candidates };
      } catch (err) {
        const e = toProviderError(err, controller.signal);
        return { id, failure: { provider: id, error: { kind: e.kind, message: e.message, ...(e.status ? { status: e.status } : {}) } } };
      } finally {
        clearTimeout(timer);
        deps.signal?.removeEventListener('abort', onOuterAbort);
      }
    }),
  );

  const candidates = outcomes.flatMap((o) => o.candidates ?? []);
  const failures = outcomes.flatMap((o) => (o.failure ? [o.failure] : []));
  const results = rankCandidates(query, candidates, {
    outlets,
    includeUnlisted: settings.includeUnlisted,
    maxResults: settings.maxResults ?? 20,
  });

  const anySucceeded = outcomes.some((o) => o.candidates);
  if (deps.cache && anySucceeded && !deps.signal?.aborted) {
    const ttl = failures.length ? PARTIAL_CACHE_TTL_MS : (settings.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS);
    await deps.cache.set(key, { results, failures, query }, ttl).catch(() => undefined);
  }
  return { results, failures, query, fromCache: false };
}
