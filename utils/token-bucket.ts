/**
 * Token buckets, one per key (a tab): each holds up to `capacity` tokens and gains
 * `refillPerSecond` of them as time passes; an action spends one, or its cost (characters). A burst up to the capacity
 * goes through, and past it a key gets only the refill rate, whatever it sends. The clock is
 * injected so the arithmetic is tested without waiting.
 */
export interface BucketPolicy {
  capacity: number;
  refillPerSecond: number;
}

export interface TokenBuckets {
  /** Spends `cost` tokens (default 1) of `key`'s bucket; false, and nothing spent, when it holds fewer. */
  take(key: number | string, cost?: number): boolean;
  /** Drops `key`'s bucket (its tab closed). */
  forget(key: number | string): void;
  readonly size: number;
}

export function createTokenBuckets(policy: BucketPolicy, now: () => number = Date.now): TokenBuckets {
  const buckets = new Map<number | string, { tokens: number; at: number }>();
  return {
    take(key, cost = 1) {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: policy.capacity, at: t };
      // A clock that steps back (a changed system time) refills nothing rather than a negative amount.
      const gained = (Math.max(0, t - bucket.at) / 1000) * policy.refillPerSecond;
      bucket.tokens = Math.min(policy.capacity, bucket.tokens + gained);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens < cost) return false;
      bucket.tokens -= cost;
      return true;
    },
    forget(key) {
      buckets.delete(key);
    },
    get size() {
      return buckets.size;
    },
  };
}
