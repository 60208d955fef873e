import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/provenance/sentences';
import { classifyBlocks } from '../../../utils/provenance/classify';

/**
 * A page can send any text to the worker, which splits every block into sentences. The time must
 * grow with the text's length, not its square: a quadratic splitter let one 20,000-character block
 * of dots hold the worker (and every other tab's verdict) for seconds.
 */

/** The fastest of a few runs, in ms: the least disturbed by whatever else the machine is doing. */
function fastest(f: () => void, runs = 5): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Runs f enough times that one measurement lasts a few milliseconds (timer resolution, JIT warm-up). */
function perCall(f: () => void): number {
  let reps = 1;
  while (fastest(() => { for (let i = 0; i < reps; i++) f(); }, 1) < 5 && reps < 1 << 16) reps *= 2;
  return fastest(() => { for (let i = 0; i < reps; i++) f(); }) / reps;
}

const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const WORST: Record<string, (n: number) => string> = {
  'dots': (n) => fill('.', n),
  '!?': (n) => fill('!?', n),
  'ellipses': (n) => fill('…', n),
  'mixed marks and closers': (n) => fill('.!?…")]’»', n),
  'marks then closers, no space': (n) => `${fill('.', n / 2)}${fill(')', n / 2)}`,
  'a mark then spaces then lower case': (n) => `x.${fill(' ', n - 3)}y`,
  'CJK marks': (n) => fill('。！？', n),
  'blank-line runs': (n) => `\n${fill(' \t', n - 1)}`,
  'words and dots without spaces': (n) => fill('a.', n),
};

describe('splitSentences on hostile text', () => {
  it.each(Object.entries(WORST))('%s: four times the text costs about four times the time', (_name, make) => {
    const small = make(6_000);
    const large = make(24_000);
    splitSentences(large); // warm up
    const ratio = perCall(() => splitSentences(large)) / perCall(() => splitSentences(small));
    // Linear is ~4; quadratic is ~16. The margin absorbs a busy machine.
    expect(ratio).toBeLessThan(9);
  }, 30_000);

  it.each(Object.entries(WORST))('%s: the whole text pass (rules included) stays linear too', (_name, make) => {
    const block = (n: number) => [{ text: make(n), zones: 0, css: 'p', linkText: false }];
    const small = block(6_000);
    const large = block(24_000);
    classifyBlocks(large);
    expect(perCall(() => classifyBlocks(large)) / perCall(() => classifyBlocks(small))).toBeLessThan(9);
  }, 30_000);

  it('still splits ordinary text where it did', () => {
    const text = 'Dr. Smith wrote it... Then AI helped! Was it U.S. made? Yes.\n\nNew part。次の文。';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['Dr. Smith wrote it... ', 'Then AI helped! ', 'Was it U.S. made? ', 'Yes.\n\n', 'New part。', '次の文。']);
  });
});
