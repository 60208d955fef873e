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

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

/**
 * One queue per key, served in order by a single timer: a caller that gives up leaves the queue
 * and takes no slot with it, so cancelled waits (a closed tab, a new search) never push later
 * requests back. Slots are counted from when each was due, so a queue drains at the interval.
 */
export function createRateLimiter(opts: RateLimiterOptions = {}): RateLimiter {
  const intervals: Partial<Record<string, number>> = { ...DEFAULT_INTERVALS_MS, ...opts.intervalsMs };
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? abortableSleep;
  /** Earliest time the next request for a key may start. */
  const next = new Map<string, number>();
  const queues = new Map<string, Waiter[]>();
  const pumping = new Set<string>();

  const pump = async (key: string) => {
    pumping.add(key);
    const queue = queues.get(key)!;
    try {
      while (queue.length > 0) {
        const due = Math.max(now(), next.get(key) ?? 0);
        if (due > now()) {
          await sleep(due - now());
          // A cool-down arrived meanwhile: wait for it too.
          if ((next.get(key) ?? 0) > due) continue;
        }
        const waiter = queue.shift();
        if (!waiter) break;
        next.set(key, due + (intervals[key] ?? 0));
        if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
        waiter.resolve();
      }
    } finally {
      pumping.delete(key);
    }
  };

  return {
    acquire(key, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<void>((resolve, reject) => {
        let queue = queues.get(key);
        if (!queue) queues.set(key, (queue = []));
        const waiter: Waiter = { resolve, reject, signal };
        if (signal) {
          waiter.onAbort = () => {
            const i = queue.indexOf(waiter);
            if (i >= 0) queue.splice(i, 1);
            reject(signal.reason);
          };
          signal.addEventListener('abort', waiter.onAbort, { once: true });
        }
        queue.push(waiter);
        if (!pumping.has(key)) void pump(key);
      });
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
