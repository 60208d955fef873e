import { describe, expect, it, vi } from 'vitest';
import { createRerunScheduler, type Clock } from '@/utils/page/rerun';

function fakeClock() {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let id = 0;
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => {
      timers.set(++id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (t) => void timers.delete(t as number),
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [key, timer] of [...timers]) {
      if (timer.at > now) continue;
      timers.delete(key);
      timer.fn();
    }
  };
  return { clock, advance };
}

describe('rerun scheduler', () => {
  it('debounces a burst of changes into one run', () => {
    const { clock, advance } = fakeClock();
    const task = vi.fn();
    const s = createRerunScheduler(task, clock, { debounceMs: 500, maxRuns: 3, windowMs: 10_000, maxDocumentRuns: 100 });
    for (let i = 0; i < 100; i++) {
      s.poke();
      advance(10);
    }
    expect(task).not.toHaveBeenCalled();
    advance(500);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('stops after maxRuns even if the page never stops changing', () => {
    const { clock, advance } = fakeClock();
    const task = vi.fn();
    const s = createRerunScheduler(task, clock, { debounceMs: 100, maxRuns: 3, windowMs: 1e9, maxDocumentRuns: 100 });
    let accepted = 0;
    for (let i = 0; i < 50; i++) {
      if (s.poke()) accepted++;
      advance(150);
    }
    expect(task).toHaveBeenCalledTimes(3);
    expect(s.active).toBe(false);
    expect(accepted).toBe(3);
  });

  it('stops after its time window, and a reset (new article) gives a fresh budget', () => {
    const { clock, advance } = fakeClock();
    const task = vi.fn();
    const s = createRerunScheduler(task, clock, { debounceMs: 100, maxRuns: 5, windowMs: 1000, maxDocumentRuns: 100 });
    advance(1500);
    expect(s.poke()).toBe(false);
    s.reset();
    expect(s.poke()).toBe(true);
    advance(100);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('a document gets at most maxDocumentRuns in all: URL changes (resets) do not renew it', () => {
    const { clock, advance } = fakeClock();
    const task = vi.fn();
    const s = createRerunScheduler(task, clock, { debounceMs: 100, maxRuns: 4, windowMs: 1e9, maxDocumentRuns: 6 });
    // A page that pushes a new URL (and changes its DOM) every second, for a minute.
    for (let i = 0; i < 60; i++) {
      s.reset();
      s.poke();
      advance(1000);
    }
    expect(task).toHaveBeenCalledTimes(6);
    expect(s.active).toBe(false);
  });

  it('the default allows a long single-page session but not an endless one', () => {
    const { clock, advance } = fakeClock();
    const task = vi.fn();
    const s = createRerunScheduler(task, clock);
    for (let i = 0; i < 100; i++) {
      s.reset();
      s.poke();
      advance(5000);
    }
    expect(task).toHaveBeenCalledTimes(16);
  });

  it('never runs after dispose', () => {
    const { clock, advance } = fakeClock();
    const task = vi.fn();
    const s = createRerunScheduler(task, clock);
    s.poke();
    s.dispose();
    advance(10_000);
    expect(task).not.toHaveBeenCalled();
  });
});
