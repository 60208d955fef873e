/**
 * npm run rank-eval -- [--pairs FILE.csv] [--json] [--distractors 49] [--seed 1] [--threshold 1.5]
 *   [--langs en,de] [--hard] [--shipped]
 *
 * Scores the coverage ranker on human-labelled same-story pairs in the SemEval-2022 Task 8 CSV format
 * (default: training batch 2 in the shared folder). URL slugs stand in for headlines (the CSV has
 * URLs only). Anchors are split in two halves by a hash of their URL (fixed before anything is
 * fitted); the ranker's weights are fitted on the "fit" half by a small grid search and the figures
 * reported are those of the "held-out" half, beside a TF-IDF cosine baseline on the same shuffled
 * pools. `--shipped` skips the fit and scores the ranker's shipped defaults.
 * With `--json` the last line is one object: held-out figures plus `fit_*` figures for the fit half.
 * Env PL_SHARED overrides the shared folder (default ../shared, then ../../shared).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TUNING } from '../utils/coverage/rank';
import { buildPools, evaluatePools, fit as fitGrid, type Fitted, type LangFigures } from '../utils/coverage/eval/rank-eval';
import { DEFAULT_RARITY_WEIGHT } from '../utils/coverage/query';
import { readPairs } from '../utils/coverage/eval/semeval';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_CSV = 'coverage/semeval2022-task8-train-batch2.csv';

function sharedDir(): string {
  if (process.env.PL_SHARED) return process.env.PL_SHARED;
  // A git worktree sits one level deeper than the main checkout.
  return [resolve(ROOT, '../shared'), resolve(ROOT, '../../shared')].find((d) => existsSync(resolve(d, DEFAULT_CSV))) ?? resolve(ROOT, '../shared');
}

function arg(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
}

const f = (x: number) => x.toFixed(3);

function table(title: string, rows: LangFigures[]): string {
  const lines = [title, 'lang   anchors   MRR    P@5    hit@5  | TF-IDF MRR  TF-IDF P@5 | random MRR | MRR − TF-IDF'];
  for (const r of rows) {
    lines.push(
      `${r.lang.padEnd(6)} ${String(r.anchors).padStart(7)}   ${f(r.mrr)}  ${f(r.precision_at_5)}  ${f(r.hit_at_5)}  | ${f(r.baseline_tfidf_mrr)}       ${f(r.baseline_tfidf_precision_at_5)}      | ${f(r.random_mrr)}      | ${(r.mrr - r.baseline_tfidf_mrr >= 0 ? '+' : '') + f(r.mrr - r.baseline_tfidf_mrr)}`,
    );
  }
  return lines.join('\n');
}

export function main(argv: string[]): number {
  const csvPath = resolve(arg(argv, 'pairs', resolve(sharedDir(), DEFAULT_CSV)));
  const langs = arg(argv, 'langs', '');
  const json = argv.includes('--json');
  const base = {
    distractors: parseInt(arg(argv, 'distractors', '49'), 10),
    seed: parseInt(arg(argv, 'seed', '1'), 10),
    threshold: parseFloat(arg(argv, 'threshold', '1.5')),
    hard: argv.includes('--hard'),
  };
  const pairs = readPairs(readFileSync(csvPath, 'utf8'), langs ? langs.split(',') : undefined);
  const fitPools = buildPools(pairs, { ...base, half: 'fit' });
  const heldPools = buildPools(pairs, { ...base, half: 'held-out' });
  if (!heldPools.length) throw new Error(`no scorable anchors in ${csvPath}`);
  const shipped: Fitted = { tuning: DEFAULT_TUNING, rarityWeight: DEFAULT_RARITY_WEIGHT };
  const fitted: Fitted = argv.includes('--shipped') || !fitPools.length ? shipped : (({ tuning, rarityWeight }) => ({ tuning, rarityWeight }))(fitGrid(fitPools));
  const tuning = fitted;
  const held = evaluatePools(heldPools, fitted);
  const fit = fitPools.length ? evaluatePools(fitPools, fitted) : [];
  const all = (rows: LangFigures[]) => rows.find((r) => r.lang === 'all');

  const log = (s: string) => process.stdout.write(s + '\n');
  log(`pairs: ${csvPath} (${pairs.length} same-language pairs with slug headlines); pools: partners + ${base.distractors} ${base.hard ? 'topical' : 'random'} distractors, shuffled (seed ${base.seed})`);
  log(`tuning ${argv.includes('--shipped') ? '(shipped defaults)' : 'fitted on the fit half'}: ${JSON.stringify(tuning)}`);
  log(table('HELD-OUT half (not fitted on)', held));
  if (fit.length) log(table('FIT half (fitted on)', fit));
  const h = all(held)!;
  const target = h.mrr >= h.baseline_tfidf_mrr + 0.03;
  log(`target (held-out MRR ≥ TF-IDF + 0.03): ${target ? 'met' : 'NOT met'} (${f(h.mrr)} vs ${f(h.baseline_tfidf_mrr)})`);
  if (json) {
    const fa = all(fit);
    log(
      JSON.stringify({
        pairs_file: csvPath,
        half: 'held-out',
        anchors: h.anchors,
        mrr: h.mrr,
        precision_at_5: h.precision_at_5,
        baseline_tfidf_mrr: h.baseline_tfidf_mrr,
        baseline_tfidf_precision_at_5: h.baseline_tfidf_precision_at_5,
        random_mrr: h.random_mrr,
        target_met: target,
        tuning,
        ...(fa
          ? { fit_anchors: fa.anchors, fit_mrr: fa.mrr, fit_precision_at_5: fa.precision_at_5, fit_baseline_tfidf_mrr: fa.baseline_tfidf_mrr, fit_baseline_tfidf_precision_at_5: fa.baseline_tfidf_precision_at_5 }
          : {}),
        by_lang: Object.fromEntries(held.filter((r) => r.lang !== 'all').map((r) => [r.lang, { anchors: r.anchors, mrr: r.mrr, baseline_tfidf_mrr: r.baseline_tfidf_mrr }])),
      }),
    );
  }
  return 0;
}

const invoked = process.argv[1] ? resolve(process.argv[1]) === fileURLToPath(import.meta.url) : false;
if (invoked) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`rank-eval: ${(err as Error).message}\n`);
    process.exitCode = 2;
  }
}
