/**
 * Minimum spacing between requests per key (provider), serialised so parallel callers queue up.
 * In-memory on purpose: after a worker restart the worst case is one early request that the server
 * answers with 429, which is reported, not retried.
 */
import { abortableSleep } from './http';
import type { ProviderId, RateLimiter } from './types';

/** GDELT asks for one request per 5 s per IP; the others publish nothing, so stay polite. */
export const DEFAULT_INTERVALS_MS: Record<ProviderId, number> = {
  gdelt: 5_000,
  'google-news': 1_000,
  feeds: 0,
  guardian: 100,
};

export interface RateLimiterOptions {
  intervalsMs?: Partial<Record<string, number>>;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export function createRateLimiter(opts: RateLimiterOptions = {}): RateLimiter {
  const intervals: Partial<Record<string, number>> = { ...DEFAULT_INTERVALS_MS, ...opts.intervalsMs };
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? abortableSleep;
  /** Earliest time the next request for a key may start (reserved on acquire). */
  const next = new Map<string, number>();

  return {
    async acquire(key, signal) {
      const t = now();
      const slot = Math.max(t, next.get(key) ?? 0);
      next.set(key, slot + (intervals[key] ?? 0));
      if (slot > t) await sleep(slot - t, signal);
    },
    coolDown(key, ms) {
      next.set(key, Math.max(next.get(key) ?? 0, now() + ms));
    },
  };
}

/** For the CLI and tests that must not wait. */
export const noRateLimit: RateLimiter = {
  async acquire() {},
  coolDown() {},
};
