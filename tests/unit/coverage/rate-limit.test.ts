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
});
