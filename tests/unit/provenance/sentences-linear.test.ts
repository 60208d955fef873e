import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../utils/provenance/sentences';
import { classifyBlocks } from '../../../utils/provenance/classify';

/**
 * A page can send any text to the worker, which splits every block into sentences. The time must
 * grow with the text's length, not its square: a quadratic splitter let one 20,000-character block
 * of dots hold the worker (and every other tab's verdict) for seconds.
 */

/** Milliseconds per call of f, measured in batches of ~10 ms (timer resolution, JIT warm-up). */
function batch(f: () => void): () => number {
  let reps = 1;
  const time = () => {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) f();
    return performance.now() - t0;
  };
  while (time() < 10 && reps < 1 << 16) reps *= 2;
  return () => time() / reps;
}

/**
 * How much longer `large` takes than `small`: the fastest of several interleaved batches of each,
 * so a pause of the process (another job on the machine, a GC) cannot land on one side only.
 */
function costRatio(small: () => void, large: () => void): number {
  small();
  large();
  const [s, l] = [batch(small), batch(large)];
  let bestS = Infinity;
  let bestL = Infinity;
  for (let i = 0; i < 7; i++) {
    bestS = Math.min(bestS, s());
    bestL = Math.min(bestL, l());
  }
  return bestL / bestS;
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

/*
 * The same number of characters either way, as one long text or as 32 short ones: linear work
 * takes about as long both ways, quadratic work 32 times longer on the long text. Comparing equal
 * amounts of work measured side by side keeps a busy machine from tipping the result.
 */
const SHORT = 2_000;
const PIECES = 32;
const LINEAR_ENOUGH = 5;

describe('splitSentences on hostile text', () => {
  it.each(Object.entries(WORST))('%s: one long text costs about what its pieces cost', (_name, make) => {
    const short = make(SHORT);
    const long = make(SHORT * PIECES);
    const pieces = () => {
      for (let i = 0; i < PIECES; i++) splitSentences(short);
    };
    expect(costRatio(pieces, () => splitSentences(long))).toBeLessThan(LINEAR_ENOUGH);
  }, 30_000);

  it.each(Object.entries(WORST))('%s: the whole text pass (rules included) costs no more than ordinary prose', (_name, make) => {
    // Blocks as the content script sends them (at most 20,000 characters each), 128,000 characters in all.
    const blocks = (text: (n: number) => string) => Array.from({ length: 8 }, () => ({ text: text(16_000), zones: 0, css: 'p', linkText: false }));
    const prose = blocks((n) => fill('The ministry said on Monday that the new export rules would take effect next month. ', n));
    const hostile = blocks(make);
    // The old splitter spent ~1.3 s on one such block of dots, a thousand times the prose.
    expect(costRatio(() => classifyBlocks(prose), () => classifyBlocks(hostile))).toBeLessThan(LINEAR_ENOUGH);
  }, 30_000);

  it('still splits ordinary text where it did', () => {
    const text = 'Dr. Smith wrote it... Then AI helped! Was it U.S. made? Yes.\n\nNew part。次の文。';
    const parts = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(parts).toEqual(['Dr. Smith wrote it... ', 'Then AI helped! ', 'Was it U.S. made? ', 'Yes.\n\n', 'New part。', '次の文。']);
  });
});
