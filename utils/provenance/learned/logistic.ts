import type { Features } from './features';

/** A binary logistic regression over named features plus hashed token buckets, as shipped data. */
export interface Weights {
  bias: number;
  weights: Record<string, number>;
  /** Weights of the hashed token buckets (length = number of buckets; 0 = no hashed features). */
  buckets: number[];
}

/**
 * Two regressions, each trained on the candidates it judges: `rescue` on frames the grammar rejected
 * (kept when it scores ≥ θ), `veto` on frames the grammar kept (dropped when it scores ≤ φ). Null: off.
 */
export interface LearnedModel {
  version: 1;
  rescue: (Weights & { theta: number }) | null;
  veto: (Weights & { phi: number }) | null;
  /** Experimental third head: a sentence with an AI actor but no act paired with it, kept at ≥ θ. */
  actorOnly?: (Weights & { theta: number }) | null;
}

/** FNV-1a: a stable 32-bit hash, the same in Node and every browser. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The hashed part of a candidate: each distinct token once, scaled so long sentences do not dominate. */
export function hashed(tokens: readonly string[], nBuckets: number): Map<number, number> {
  const out = new Map<number, number>();
  if (nBuckets === 0 || tokens.length === 0) return out;
  const distinct = [...new Set(tokens)];
  const v = 1 / Math.sqrt(distinct.length);
  for (const t of distinct) {
    const b = fnv1a(t) % nBuckets;
    out.set(b, (out.get(b) ?? 0) + v);
  }
  return out;
}

export function score(model: Weights, x: Features, tokens: readonly string[]): number {
  let z = model.bias;
  for (const [k, v] of x) z += (model.weights[k] ?? 0) * v;
  for (const [b, v] of hashed(tokens, model.buckets.length)) z += (model.buckets[b] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

export interface Example {
  x: Features;
  tokens: readonly string[];
  /** 1: a disclosure; 0: not one. */
  y: 0 | 1;
}

export interface TrainOptions {
  nBuckets: number;
  /** L2 penalty on every weight but the bias. */
  l2: number;
  epochs: number;
  rate: number;
}

/**
 * Full-batch gradient descent from zero weights: no sampling, so the same examples in the same order
 * give the same model, bit for bit. Weights are rounded so the shipped file is short and stable.
 */
export function train(examples: readonly Example[], o: TrainOptions): Weights {
  const names = [...new Set(examples.flatMap((e) => [...e.x.keys()]))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const dim = names.length + o.nBuckets;
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [k, v] of e.x) {
      idx.push(index.get(k)!);
      val.push(v);
    }
    for (const [b, v] of hashed(e.tokens, o.nBuckets)) {
      idx.push(names.length + b);
      val.push(v);
    }
    return { idx, val, y: e.y };
  });
  const w = new Float64Array(dim);
  let bias = 0;
  const n = Math.max(1, rows.length);
  const grad = new Float64Array(dim);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    grad.fill(0);
    let gb = 0;
    for (const r of rows) {
      let z = bias;
      for (let j = 0; j < r.idx.length; j++) z += w[r.idx[j]!]! * r.val[j]!;
      const err = 1 / (1 + Math.exp(-z)) - r.y;
      gb += err;
      for (let j = 0; j < r.idx.length; j++) grad[r.idx[j]!]! += err * r.val[j]!;
    }
    bias -= (o.rate * gb) / n;
    for (let i = 0; i < dim; i++) w[i]! -= o.rate * (grad[i]! / n + o.l2 * w[i]!);
  }
  const round = (v: number): number => Math.round(v * 1e4) / 1e4;
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const v = round(w[i]!);
    if (v !== 0) weights[name] = v;
  });
  return { bias: round(bias), weights, buckets: [...w.slice(names.length)].map(round) };
}

/**
 * The mean of several models' weights (the cross-validation folds' models): thresholds chosen on
 * the folds' held-out scores then mean the same on the shipped model, which one model trained on
 * every row would not guarantee (its scores sit on another scale).
 */
export function averageOf(models: readonly Weights[]): Weights {
  const n = Math.max(1, models.length);
  const round = (v: number): number => Math.round((v / n) * 1e4) / 1e4;
  const names = [...new Set(models.flatMap((m) => Object.keys(m.weights)))].sort();
  const weights: Record<string, number> = {};
  for (const name of names) {
    const v = round(models.reduce((acc, m) => acc + (m.weights[name] ?? 0), 0));
    if (v !== 0) weights[name] = v;
  }
  const nBuckets = Math.max(0, ...models.map((m) => m.buckets.length));
  return {
    bias: round(models.reduce((acc, m) => acc + m.bias, 0)),
    weights,
    buckets: Array.from({ length: nBuckets }, (_, i) => round(models.reduce((acc, m) => acc + (m.buckets[i] ?? 0), 0))),
  };
}
