import { describe, expect, it } from 'vitest';
import { createTokenBuckets } from '../../../utils/token-bucket';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms), set: (ms: number) => void (t = ms) };
}

describe('token buckets', () => {
  it('lets a burst up to the capacity through, then only the refill rate', () => {
    const c = clock();
    const buckets = createTokenBuckets({ capacity: 3, refillPerSecond: 0.5 }, c.now);
    expect([1, 2, 3, 4].map(() => buckets.take(7))).toEqual([true, true, true, false]);
    c.advance(1999);
    expect(buckets.take(7)).toBe(false);
    c.advance(1);
    expect(buckets.take(7)).toBe(true);
    expect(buckets.take(7)).toBe(false);
  });

  it('a key that keeps asking gets no more than the rate over time', () => {
    const c = clock();
    const buckets = createTokenBuckets({ capacity: 5, refillPerSecond: 1 }, c.now);
    let granted = 0;
    for (let i = 0; i < 6000; i++) {
      if (buckets.take('t')) granted++;
      c.advance(10); // 100 asks a second for 60 s
    }
    expect(granted).toBeLessThanOrEqual(5 + 60);
    expect(granted).toBeGreaterThanOrEqual(60);
  });

  it('never holds more than the capacity, however long the key stays quiet', () => {
    const c = clock();
    const buckets = createTokenBuckets({ capacity: 2, refillPerSecond: 10 }, c.now);
    buckets.take(1);
    c.advance(3_600_000);
    expect([1, 2, 3].map(() => buckets.take(1))).toEqual([true, true, false]);
  });

  it('keys are independent: one tab spending its tokens leaves another untouched', () => {
    const c = clock();
    const buckets = createTokenBuckets({ capacity: 1, refillPerSecond: 0.2 }, c.now);
    expect(buckets.take(1)).toBe(true);
    expect(buckets.take(1)).toBe(false);
    expect(buckets.take(2)).toBe(true);
  });

  it('a clock stepping back refills nothing', () => {
    const c = clock();
    const buckets = createTokenBuckets({ capacity: 1, refillPerSecond: 1 }, c.now);
    expect(buckets.take(1)).toBe(true);
    c.set(0);
    expect(buckets.take(1)).toBe(false);
    c.advance(1000);
    expect(buckets.take(1)).toBe(true);
  });

  it('spends by cost: large messages drain the bucket sooner, and one over the capacity never passes', () => {
    const c = clock();
    const buckets = createTokenBuckets({ capacity: 1000, refillPerSecond: 100 }, c.now);
    expect(buckets.take(1, 600)).toBe(true);
    expect(buckets.take(1, 600)).toBe(false);
    expect(buckets.take(1, 400)).toBe(true);
    c.advance(5000);
    expect(buckets.take(1, 500)).toBe(true);
    expect(buckets.take(2, 1001)).toBe(false);
  });

  it('forget drops a key and starts it full again', () => {
    const c = clock();
    const buckets = createTokenBuckets({ capacity: 1, refillPerSecond: 0.001 }, c.now);
    buckets.take(3);
    expect(buckets.size).toBe(1);
    buckets.forget(3);
    expect(buckets.size).toBe(0);
    expect(buckets.take(3)).toBe(true);
  });
});
