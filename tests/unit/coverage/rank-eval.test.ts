import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPools, evaluatePools } from '../../../utils/coverage/eval/rank-eval';
import { halfOf, readPairs, slugTitle } from '../../../utils/coverage/eval/semeval';
import { idfFrom, tfidfScores } from '../../../utils/coverage/eval/tfidf';

const CSV = fileURLToPath(new URL('../../fixtures/coverage-eval/semeval-subset.csv', import.meta.url));
const pairs = readPairs(readFileSync(CSV, 'utf8'));
const opts = { distractors: 20, seed: 7, threshold: 1.5, half: 'all' as const };

describe('SemEval pairs', () => {
  it('reads same-language pairs with slug headlines', () => {
    expect(pairs.length).toBeGreaterThan(100);
    expect(new Set(pairs.map((p) => p.lang))).toEqual(new Set(['en', 'de', 'tr']));
    expect(slugTitle('https://x.example/world/2020/01/01/fire-kills-animals-at-zoo.html')).toBe('fire kills animals at zoo');
  });

  it('rejects a file without the SemEval columns', () => {
    expect(() => readPairs('a,b\n1,2\n')).toThrow(/SemEval/);
  });

  it('splits anchors by URL hash into two non-empty halves, the same every time', () => {
    const halves = pairs.map((p) => halfOf(p.link1));
    expect(halves).toContain('fit');
    expect(halves).toContain('held-out');
    expect(pairs.map((p) => halfOf(p.link1))).toEqual(halves);
    const fit = buildPools(pairs, { ...opts, half: 'fit' }).map((p) => p.anchor);
    const held = buildPools(pairs, { ...opts, half: 'held-out' }).map((p) => p.anchor);
    expect(fit.filter((a) => held.includes(a))).toEqual([]);
  });
});

describe('pools', () => {
  const pools = buildPools(pairs, opts);

  it('are shuffled: relevant items are not always first', () => {
    const firstIsRelevant = pools.filter((p) => p.items[0]!.rel).length;
    expect(pools.length).toBeGreaterThan(10);
    expect(firstIsRelevant / pools.length).toBeLessThan(0.5);
  });

  it('are reproducible for a seed and change with it', () => {
    const again = buildPools(pairs, opts);
    expect(again.map((p) => p.items.map((i) => i.url))).toEqual(pools.map((p) => p.items.map((i) => i.url)));
    const other = buildPools(pairs, { ...opts, seed: 8 });
    expect(other.map((p) => p.items.map((i) => i.url))).not.toEqual(pools.map((p) => p.items.map((i) => i.url)));
  });

  it('a ranker that ties everything scores like chance, not like the pool order', () => {
    const flat = evaluatePools(pools, { tuning: { relevance: 0, entity: 0, time: 0, tier: 0 } }).find((r) => r.lang === 'all')!;
    expect(flat.mrr).toBeLessThan(flat.random_mrr + 0.15);
    const real = evaluatePools(pools).find((r) => r.lang === 'all')!;
    expect(real.mrr).toBeGreaterThan(flat.mrr + 0.3);
    expect(real.baseline_tfidf_mrr).toBeGreaterThan(flat.mrr + 0.3);
  });
});

describe('TF-IDF baseline', () => {
  it('puts the headline sharing rare words first', () => {
    const docs = ['storm hits coast', 'storm hits city', 'parliament passes budget', 'budget talks fail'];
    const idf = idfFrom(docs, 'en');
    const s = tfidfScores('parliament budget vote', docs, 'en', idf);
    expect(s.indexOf(Math.max(...s))).toBe(2);
    expect(s[0]).toBe(0);
  });
});

describe('npm run rank-eval', () => {
  it('--json ends with one object holding held-out and fit-half figures', () => {
    const out = execFileSync('npx', ['tsx', 'cli/rank-eval.ts', '--pairs', CSV, '--json', '--distractors', '10', '--shipped'], { encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(out).toMatch(/HELD-OUT half/);
    expect(out).toMatch(/^tr\s/m);
    const last = JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
    for (const k of ['anchors', 'mrr', 'precision_at_5', 'baseline_tfidf_mrr', 'baseline_tfidf_precision_at_5', 'fit_mrr', 'fit_baseline_tfidf_mrr']) {
      expect(typeof last[k]).toBe('number');
    }
    expect(last.anchors).toBeGreaterThan(5);
  }, 60_000);

  it('fails with a clear message on a file that is not SemEval', () => {
    let err: { status?: number; stderr?: string } = {};
    try {
      execFileSync('npx', ['tsx', 'cli/rank-eval.ts', '--pairs', fileURLToPath(new URL('../../fixtures/coverage-eval/SOURCES.md', import.meta.url))], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      err = e as typeof err;
    }
    expect(err.status).toBe(2);
    expect(err.stderr).toMatch(/not a SemEval-2022 Task 8 file/);
  }, 60_000);
});
