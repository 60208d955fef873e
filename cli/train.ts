/**
 * npm run train [-- --quick: one configuration, no corpus guard, model not written] [-- --data DIR: more collected rows]
 * [-- --refit: keep each head's recorded configuration and threshold, refit its weights on today's candidates, guard and write:
 * for a grammar fix that changes a few candidates, without a new cross-validated choice] — trains the
 * learned second opinion on the grammar's frame candidates (utils/provenance/learned, README there)
 * from the train split of data/disclosures and the dev set in ../shared/eval (override with
 * PL_SHARED), chooses its configuration and thresholds by publisher-grouped cross-validation on those
 * rows only, raises θ above every candidate on the corpus pages (which must never fire), and writes
 * utils/provenance/learned/model.ts. No test-split row is ever read. Same data ⇒ same bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectProvenance } from '../utils/provenance/index';
import { parseDocument } from '../utils/provenance/parse-html';
import { withModel } from '../utils/provenance/learned/decide';
import { averageOf, type LearnedModel, type TrainOptions, type Weights } from '../utils/provenance/learned/logistic';
import { MODEL, TRAINED_WITH } from '../utils/provenance/learned/model';
import { REPO_ROOT, sharedDir } from './shared/paths';
import { FOLDS, figures, foldOf, foldWeights, headOf, run, target, trainRows, type Figures, type Head, type Outcome } from './train/data';
import { corpusPages } from './shared/corpus-pages';

/** `pooled`: each head learns from every frame candidate (kept and rejected), not only from those it judges. */
type Config = TrainOptions & { pooled: boolean };
const CONFIGS: Config[] = [
  { nBuckets: 0, l2: 0.01, epochs: 400, rate: 0.5, pooled: false },
  { nBuckets: 0, l2: 0.01, epochs: 400, rate: 0.5, pooled: true },
  { nBuckets: 128, l2: 0.01, epochs: 400, rate: 0.5, pooled: false },
  { nBuckets: 128, l2: 0.01, epochs: 400, rate: 0.5, pooled: true },
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

const HEADS: Head[] = ['rescue', 'veto', 'actorOnly'];

/** A model with one head on, at threshold `at` (θ for the keeping heads, φ for the veto). */
function modelWith(head: Head, w: Weights, at: number): LearnedModel {
  return {
    version: 1,
    rescue: head === 'rescue' ? { ...w, theta: at } : null,
    veto: head === 'veto' ? { ...w, phi: at } : null,
    actorOnly: head === 'actorOnly' ? { ...w, theta: at } : null,
  };
}

/**
 * Cross-validated figures for one configuration: each fold's heads are trained on the other folds'
 * publishers; the thresholds tried are the held-out scores where a decision can change (θ at a
 * positive's score, φ at a kept negative's), each head alone.
 */
function crossValidate(baseline: readonly Outcome[], cfg: Config): Record<Head, Map<number, Figures>> {
  const perHead = Object.fromEntries(HEADS.map((h) => [h, foldWeights(baseline, h, cfg)])) as Record<Head, Weights[]>;
  const folds = Array.from({ length: FOLDS }, (_, k) => {
    const inFold = (o: Outcome): boolean => foldOf(o.row.publisher, FOLDS) === k;
    const held = baseline.filter(inFold);
    return {
      w: Object.fromEntries(HEADS.map((h) => [h, perHead[h][k]!])) as Record<Head, Weights>,
      // Rows without a candidate keep their verdict whatever the model says: only the others are re-run.
      fixed: held.filter((o) => o.observations.length === 0),
      live: held.filter((o) => o.observations.length > 0),
    };
  });
  const at: Record<Head, Set<number>> = { rescue: new Set(), veto: new Set(), actorOnly: new Set() };
  for (const f of folds) {
    const probe: LearnedModel = { version: 1, rescue: { ...f.w.rescue, theta: OFF }, veto: { ...f.w.veto, phi: -1 }, actorOnly: { ...f.w.actorOnly, theta: OFF } };
    for (const o of f.live) {
      const y = target(o.row.label);
      for (const ob of run(o.row, probe).observations) {
        const h = headOf(ob.candidate);
        if (h === 'veto' && y === 0) at.veto.add(Math.ceil(ob.score * 1000) / 1000);
        if (h !== 'veto' && y === 1) at[h].add(Math.floor(ob.score * 1000) / 1000);
      }
    }
  }
  const sweep = (h: Head): Map<number, Figures> =>
    new Map(
      [...at[h]]
        .sort((x, y) => x - y)
        .map((v) => [v, folds.reduce((acc, f) => add(acc, figures([...f.fixed, ...f.live.map((o) => run(o.row, modelWith(h, f.w[h], v)))])), ZERO)]),
    );
  return { rescue: sweep('rescue'), veto: sweep('veto'), actorOnly: sweep('actorOnly') };
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

/** The highest score the final model's keeping heads give any candidate on the corpus pages (none of them is a disclosure). */
function corpusCeiling(shared: string, model: LearnedModel): Record<Head, number> {
  const top: Record<Head, number> = { rescue: 0, veto: 0, actorOnly: 0 };
  for (const { row, html } of corpusPages<{ file: string; url: string | null }>(shared)) {
    withModel(
      model,
      () => detectProvenance(parseDocument(html), { url: row.url ?? `https://corpus.invalid/${row.file}` }),
      (o) => {
        const h = headOf(o.candidate);
        top[h] = Math.max(top[h], o.score);
      },
      true,
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
  const count = (h: Head): number => obs.filter((o) => headOf(o.candidate) === h).length;
  console.log(`train rows ${rows.length} (publishers ${new Set(rows.map((r) => r.publisher)).size}); candidates: ${count('veto')} frames kept by the grammar, ${count('rescue')} rejected, ${count('actorOnly')} actors without a frame`);
  console.log(`grammar alone (sentence level): ${show(base)}`);

  const chosen: Record<Head, Choice> = {
    rescue: { cfg: CONFIGS[0]!, at: OFF, gain: 0 },
    veto: { cfg: CONFIGS[0]!, at: -1, gain: 0 },
    actorOnly: { cfg: CONFIGS[0]!, at: OFF, gain: 0 },
  };
  const refit = process.argv.includes('--refit');
  if (refit) {
    for (const h of HEADS) {
      const cfg = TRAINED_WITH[h];
      const head = MODEL?.[h];
      if (cfg && head) chosen[h] = { cfg, at: 'phi' in head ? head.phi : head.theta, gain: 1 };
    }
    console.log(`refit with the recorded configurations and thresholds: ${JSON.stringify(chosen)}`);
  }
  for (const cfg of quick ? CONFIGS.slice(0, 1) : refit ? [] : CONFIGS) {
    const cv = crossValidate(baseline, cfg);
    const c = { rescue: chooseTheta(base, cv.rescue, cfg), veto: choosePhi(base, cv.veto, cfg), actorOnly: chooseTheta(base, cv.actorOnly, cfg) };
    console.log(`\nconfig buckets=${cfg.nBuckets} l2=${cfg.l2} pooled=${cfg.pooled}, ${FOLDS}-fold by publisher: rescue θ=${c.rescue.at} (gain ${c.rescue.gain}), veto φ=${c.veto.at} (${c.veto.gain} fewer negatives), actor-only θ=${c.actorOnly.at} (gain ${c.actorOnly.gain})`);
    for (const h of HEADS) for (const [x, f] of cv[h]) console.log(`  ${h} ${h === 'veto' ? 'φ' : 'θ'}=${x}: ${show(f)}`);
    for (const h of HEADS) if (c[h].gain > chosen[h].gain) chosen[h] = c[h];
  }
  // The shipped head is the mean of its fold models, the models the thresholds were chosen on.
  const weights = (h: Head): Weights | null => (chosen[h].gain > 0 ? averageOf(foldWeights(baseline, h, chosen[h].cfg)) : null);
  const [rw, vw, aw] = [weights('rescue'), weights('veto'), weights('actorOnly')];
  let model: LearnedModel = {
    version: 1,
    rescue: rw && { ...rw, theta: chosen.rescue.at },
    veto: vw && { ...vw, phi: chosen.veto.at },
    actorOnly: aw && { ...aw, theta: chosen.actorOnly.at },
  };
  if ((model.rescue || model.actorOnly) && !quick) {
    const ceiling = corpusCeiling(shared, { ...model, veto: null, rescue: model.rescue && { ...model.rescue, theta: OFF }, actorOnly: model.actorOnly && { ...model.actorOnly, theta: OFF } });
    console.log(`\ncorpus: highest score of a rejected frame ${ceiling.rescue.toFixed(4)}, of an actor without a frame ${ceiling.actorOnly.toFixed(4)}`);
    const above = (t: number, c: number): number => (c >= t ? Math.ceil((c + 1e-4) * 1000) / 1000 : t);
    model = {
      ...model,
      rescue: model.rescue && { ...model.rescue, theta: above(model.rescue.theta, ceiling.rescue) },
      actorOnly: model.actorOnly && { ...model.actorOnly, theta: above(model.actorOnly.theta, ceiling.actorOnly) },
    };
  }
  const on = !!(model.rescue || model.veto || model.actorOnly);
  const fin = figures(baseline.map((o) => (o.observations.length && on ? run(o.row, model) : o)));
  const cfgOf = (h: Head): Config | null => (model[h] ? chosen[h].cfg : null);
  console.log(`\nfinal: rescue ${model.rescue ? `θ=${model.rescue.theta}` : 'off'}, veto ${model.veto ? `φ=${model.veto.phi}` : 'off'}, actor-only ${model.actorOnly ? `θ=${model.actorOnly.theta}` : 'off'}; ${JSON.stringify({ rescue: cfgOf('rescue'), veto: cfgOf('veto'), actorOnly: cfgOf('actorOnly') })}`);
  console.log(`  on its own training rows (not a held-out figure): ${show(fin)}`);
  if (quick) return;
  const path = join(REPO_ROOT, 'utils', 'provenance', 'learned', 'model.ts');
  writeFileSync(
    path,
    `// Generated by \`npm run train\` (cli/train.ts) from the train split of data/disclosures and the dev set. Do not edit.\n` +
      `import type { LearnedModel, TrainOptions } from './logistic';\n\n` +
      `type Config = (TrainOptions & { pooled: boolean }) | null;\n\n` +
      `/** The configuration cross-validation chose for each head (tests retrain with them and compare). */\n` +
      `export const TRAINED_WITH: { rescue: Config; veto: Config; actorOnly: Config } = ${JSON.stringify({ rescue: cfgOf('rescue'), veto: cfgOf('veto'), actorOnly: cfgOf('actorOnly') })};\n\n` +
      `export const MODEL: LearnedModel | null = ${on ? JSON.stringify(model) : 'null'};\n`,
  );
  console.log(`wrote ${path}`);
}

main();
