import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../utils/coverage/rate-limit';

describe('createRateLimiter', () => {
  it('spaces GDELT requests 5 s apart, queueing parallel callers, and leaves other keys alone', async () => {
    let t = 0;
    const waits: [string, number][] = [];
    const limiter = createRateLimiter({
      now: () => t,
      sleep: async (ms) => {
        waits.push(['sleep', ms]);
      },
    });
    await Promise.all([limiter.acquire('gdelt'), limiter.acquire('gdelt'), limiter.acquire('gdelt')]);
    expect(waits.map(([, ms]) => ms)).toEqual([5000, 10000]);
    waits.length = 0;
    await limiter.acquire('guardian');
    expect(waits).toEqual([]);
    t = 60_000;
    await limiter.acquire('gdelt');
    expect(waits).toEqual([]);
  });

  it('holds a key back after a cool-down and rejects when the caller gives up', async () => {
    const t = 1_000;
    const limiter = createRateLimiter({ now: () => t });
    limiter.coolDown('gdelt', 60_000);
    const ac = new AbortController();
    const p = limiter.acquire('gdelt', ac.signal);
    ac.abort(new Error('closed'));
    await expect(p).rejects.toThrow('closed');
  });

  it('frees the slot of a caller that gives up: 60 cancelled GDELT waits do not delay the next request (issue 14, finding 8)', async () => {
    let t = 0;
    const waits: number[] = [];
    // A simulated clock: sleeping moves time on.
    const limiter = createRateLimiter({
      now: () => t,
      sleep: async (ms) => {
        waits.push(ms);
        t += ms;
      },
    });
    await limiter.acquire('gdelt');
    const cancelled = Array.from({ length: 60 }, () => {
      const ac = new AbortController();
      const p = limiter.acquire('gdelt', ac.signal);
      return { ac, p };
    });
    for (const { ac } of cancelled) ac.abort(new Error('tab closed'));
    for (const { p } of cancelled) await expect(p).rejects.toThrow('tab closed');
    await limiter.acquire('gdelt');
    expect(t).toBeLessThanOrEqual(5_000);
    expect(Math.max(0, ...waits)).toBeLessThanOrEqual(5_000);
  });

  it('serves waiters in order, one interval apart, and a cool-down that arrives while waiting holds them back', async () => {
    let t = 0;
    const limiter = createRateLimiter({
      now: () => t,
      sleep: async (ms) => {
        t += ms;
      },
    });
    const order: number[] = [];
    await Promise.all([0, 1, 2].map((i) => limiter.acquire('gdelt').then(() => void order.push(i))));
    expect(order).toEqual([0, 1, 2]);
    expect(t).toBe(10_000);
    limiter.coolDown('gdelt', 60_000);
    await limiter.acquire('gdelt');
    expect(t).toBe(70_000);
  });
});
