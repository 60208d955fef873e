/**
 * npm run train [-- --quick: one configuration, no corpus guard, model not written] [-- --data DIR: more collected rows] — trains the
 * learned second opinion on the grammar's frame candidates (utils/provenance/learned, README there)
 * from the train split of data/disclosures and the dev set in ../shared/eval (override with
 * PL_SHARED), chooses its configuration and thresholds by publisher-grouped cross-validation on those
 * rows only, raises θ above every candidate on the corpus pages (which must never fire), and writes
 * utils/provenance/learned/model.ts. No test-split row is ever read. Same data ⇒ same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectProvenance } from '../utils/provenance/index';
import { parseDocument } from '../utils/provenance/parse-html';
import { withModel } from '../utils/provenance/learned/decide';
import { train, type LearnedModel, type TrainOptions } from '../utils/provenance/learned/logistic';
import { REPO_ROOT, sharedDir } from './shared/paths';
import { examplesOf, figures, foldOf, run, target, trainRows, type Figures, type Outcome } from './train/data';

const FOLDS = 5;
/** `pooled`: each head learns from every frame candidate (kept and rejected), not only from those it judges. */
type Config = TrainOptions & { pooled: boolean };
const CONFIGS: Config[] = [
  { nBuckets: 0, l2: 0.01, epochs: 400, rate: 0.5, pooled: false },
  { nBuckets: 0, l2: 0.01, epochs: 400, rate: 0.5, pooled: true },
  { nBuckets: 0, l2: 0.001, epochs: 400, rate: 0.5, pooled: false },
  { nBuckets: 128, l2: 0.01, epochs: 400, rate: 0.5, pooled: false },
  { nBuckets: 128, l2: 0.01, epochs: 400, rate: 0.5, pooled: true },
  { nBuckets: 128, l2: 0.001, epochs: 400, rate: 0.5, pooled: false },
];
const OFF = 2;

const add = (a: Figures, b: Figures): Figures => ({
  declared: a.declared + b.declared,
  anyAi: a.anyAi + b.anyAi,
  positives: a.positives + b.positives,
  exact: a.exact + b.exact,
  negatives: a.negatives + b.negatives,
  negFires: a.negFires + b.negFires,
});
const ZERO: Figures = { declared: 0, anyAi: 0, positives: 0, exact: 0, negatives: 0, negFires: 0 };
const show = (f: Figures): string =>
  `any-AI recall ${(f.anyAi / f.declared).toFixed(3)} (${f.anyAi}/${f.declared}), exact ${(f.exact / f.positives).toFixed(3)} (${f.exact}/${f.positives}), negatives firing ${f.negFires} of ${f.negatives}`;

/**
 * Cross-validated figures for one configuration: each fold's heads are trained on the other folds'
 * publishers; the thresholds tried are the held-out scores where a decision can change (θ at a
 * rescued positive's score, φ at a kept negative's), each head alone.
 */
function crossValidate(baseline: readonly Outcome[], cfg: Config): { theta: Map<number, Figures>; phi: Map<number, Figures> } {
  const folds = Array.from({ length: FOLDS }, (_, k) => {
    const inFold = (o: Outcome): boolean => foldOf(o.row.publisher, FOLDS) === k;
    const rest = baseline.filter((o) => !inFold(o));
    const held = baseline.filter(inFold);
    return {
      rescue: train(examplesOf(rest, cfg.pooled ? null : false), cfg),
      veto: train(examplesOf(rest, cfg.pooled ? null : true), cfg),
      // Rows without a frame candidate keep their verdict whatever the model says: only the others are re-run.
      fixed: held.filter((o) => o.observations.length === 0),
      live: held.filter((o) => o.observations.length > 0),
    };
  });
  const thetas = new Set<number>();
  const phis = new Set<number>();
  for (const f of folds) {
    for (const o of f.live) {
      const y = target(o.row.label);
      run(o.row, { version: 1, rescue: { ...f.rescue, theta: OFF }, veto: { ...f.veto, phi: -1 } }).observations.forEach((ob) => {
        if (!ob.candidate.accepted && y === 1) thetas.add(Math.floor(ob.score * 1000) / 1000);
        if (ob.candidate.accepted && y === 0) phis.add(Math.ceil(ob.score * 1000) / 1000);
      });
    }
  }
  const sweep = (values: Set<number>, model: (f: (typeof folds)[number], v: number) => LearnedModel): Map<number, Figures> =>
    new Map(
      [...values]
        .sort((x, y) => x - y)
        .map((v) => [v, folds.reduce((acc, f) => add(acc, figures([...f.fixed, ...f.live.map((o) => run(o.row, model(f, v)))])), ZERO)]),
    );
  return {
    theta: sweep(thetas, (f, t) => ({ version: 1, rescue: { ...f.rescue, theta: t }, veto: null })),
    phi: sweep(phis, (f, p) => ({ version: 1, rescue: null, veto: { ...f.veto, phi: p } })),
  };
}

interface Choice {
  cfg: Config;
  at: number;
  gain: number;
}

/** θ: the most right answers (recall + exact) with no more negatives firing than the grammar alone. Ties go to the stricter θ. */
function chooseTheta(base: Figures, cv: Map<number, Figures>, cfg: Config): Choice {
  let best: Choice = { cfg, at: OFF, gain: 0 };
  for (const [t, f] of [...cv].reverse()) {
    const gain = f.anyAi - base.anyAi + (f.exact - base.exact);
    if (f.negFires <= base.negFires && gain > best.gain) best = { cfg, at: t, gain };
  }
  return best;
}

/** φ: the fewest negatives firing with no recall or exact lost. Ties go to the more lenient φ. */
function choosePhi(base: Figures, cv: Map<number, Figures>, cfg: Config): Choice {
  let best: Choice = { cfg, at: -1, gain: 0 };
  for (const [p, f] of cv) {
    const gain = base.negFires - f.negFires;
    if (f.anyAi >= base.anyAi && f.exact >= base.exact && gain > best.gain) best = { cfg, at: p, gain };
  }
  return best;
}

/** The highest score the final model gives a rejected frame on any corpus page (none of them is a disclosure). */
function corpusCeiling(shared: string, model: LearnedModel): number {
  const index = readFileSync(join(shared, 'corpus', 'index.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { file: string; url: string | null });
  let top = 0;
  for (const row of index) {
    let html: string;
    try {
      html = readFileSync(join(shared, 'corpus', row.file), 'utf8');
    } catch {
      continue;
    }
    withModel(
      model,
      () => detectProvenance(parseDocument(html), { url: row.url ?? `https://corpus.invalid/${row.file}` }),
      (o) => {
        if (!o.candidate.accepted) top = Math.max(top, o.score);
      },
    );
  }
  return top;
}

function main(): void {
  const quick = process.argv.includes('--quick');
  const shared = sharedDir();
  const extra = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--data' ? [a] : []));
  const rows = trainRows(shared, extra);
  const baseline = rows.map((r) => run(r, null));
  const base = figures(baseline);
  const obs = baseline.flatMap((o) => o.observations);
  console.log(`train rows ${rows.length} (publishers ${new Set(rows.map((r) => r.publisher)).size}); frame candidates: ${obs.filter((o) => o.candidate.accepted).length} kept by the grammar, ${obs.filter((o) => !o.candidate.accepted).length} rejected`);
  console.log(`grammar alone (sentence level): ${show(base)}`);

  let theta: Choice = { cfg: CONFIGS[0]!, at: OFF, gain: 0 };
  let phi: Choice = { cfg: CONFIGS[0]!, at: -1, gain: 0 };
  for (const cfg of quick ? CONFIGS.slice(0, 1) : CONFIGS) {
    const cv = crossValidate(baseline, cfg);
    const t = chooseTheta(base, cv.theta, cfg);
    const p = choosePhi(base, cv.phi, cfg);
    console.log(`\nconfig buckets=${cfg.nBuckets} l2=${cfg.l2} pooled=${cfg.pooled}, ${FOLDS}-fold by publisher: θ=${t.at} (gain ${t.gain}), φ=${p.at} (${p.gain} fewer negatives)`);
    for (const [x, f] of cv.theta) console.log(`  rescue θ=${x}: ${show(f)}`);
    for (const [x, f] of cv.phi) console.log(`  veto   φ=${x}: ${show(f)}`);
    if (t.gain > theta.gain) theta = t;
    if (p.gain > phi.gain) phi = p;
  }
  let rescue = theta.at === OFF ? null : { ...train(examplesOf(baseline, theta.cfg.pooled ? null : false), theta.cfg), theta: theta.at };
  const veto = phi.at === -1 ? null : { ...train(examplesOf(baseline, phi.cfg.pooled ? null : true), phi.cfg), phi: phi.at };
  if (rescue && !quick) {
    const ceiling = corpusCeiling(shared, { version: 1, rescue: { ...rescue, theta: OFF }, veto: null });
    console.log(`\ncorpus: highest rescue score of a rejected frame ${ceiling.toFixed(4)}`);
    if (ceiling >= rescue.theta) rescue = { ...rescue, theta: Math.ceil((ceiling + 1e-4) * 1000) / 1000 };
  }
  const model: LearnedModel | null = rescue || veto ? { version: 1, rescue, veto } : null;
  const fin = figures(baseline.map((o) => (o.observations.length ? run(o.row, model) : o)));
  console.log(`\nfinal: rescue ${rescue ? `θ=${rescue.theta} (${JSON.stringify(theta.cfg)})` : 'off'}, veto ${veto ? `φ=${veto.phi} (${JSON.stringify(phi.cfg)})` : 'off'}`);
  console.log(`  on its own training rows (not a held-out figure): ${show(fin)}`);
  if (quick) return;
  const path = join(REPO_ROOT, 'utils', 'provenance', 'learned', 'model.ts');
  writeFileSync(
    path,
    `// Generated by \`npm run train\` (cli/train.ts) from the train split of data/disclosures and the dev set. Do not edit.\n` +
      `import type { LearnedModel, TrainOptions } from './logistic';\n\n` +
      `/** The configurations cross-validation chose for each head (tests retrain with them and compare). */\n` +
      `export const TRAINED_WITH: { rescue: (TrainOptions & { pooled: boolean }) | null; veto: (TrainOptions & { pooled: boolean }) | null } = ${JSON.stringify({ rescue: rescue ? theta.cfg : null, veto: veto ? phi.cfg : null })};\n\n` +
      `export const MODEL: LearnedModel | null = ${JSON.stringify(model)};\n`,
  );
  console.log(`wrote ${path}`);
}

main();
