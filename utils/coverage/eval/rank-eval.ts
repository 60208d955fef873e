/**
 * Retrieval evaluation of the coverage ranker on same-story pairs, against a TF-IDF cosine baseline
 * scored on the very same shuffled pools. One pool per anchor article: its labelled partners (same
 * story or not) plus distractors (other headlines of the same language and half), shuffled with a
 * PRNG seeded by the run seed and the anchor, so equal scores land in a random order, never in the
 * order the pool was assembled, and a pool does not change with the rest of the run.
 */
import { buildCoverageQuery, DEFAULT_RARITY_WEIGHT } from '../query';
import { scoreCandidates, type RankTuning } from '../rank';
import { contentKeys } from '../text';
import type { Candidate } from '../types';
import { fnv1a, halfOf, prng, shuffle, type Half, type Pair } from './semeval';
import { idfFrom, tfidfScores } from './tfidf';

export interface EvalOptions {
  distractors: number;
  seed: number;
  /** A pair is "same story" when Overall ≤ threshold. */
  threshold: number;
  half: Half | 'all';
  /** Distractors share a content word with the anchor (same topic, other story). */
  hard?: boolean;
  tuning?: Partial<RankTuning>;
}

export interface LangFigures {
  lang: string;
  anchors: number;
  mrr: number;
  precision_at_5: number;
  hit_at_5: number;
  baseline_tfidf_mrr: number;
  baseline_tfidf_precision_at_5: number;
  random_mrr: number;
}

interface Pool {
  anchor: string;
  lang: string;
  headline: string;
  items: { url: string; title: string; rel: boolean }[];
}

/** The pools of one half. Built once and reused across every tuning tried. */
export function buildPools(pairs: readonly Pair[], opts: Omit<EvalOptions, 'tuning'>): Pool[] {
  const inHalf = pairs.filter((p) => opts.half === 'all' || halfOf(p.link1) === opts.half);
  const byAnchor = new Map<string, Pair[]>();
  for (const p of inHalf) byAnchor.set(p.link1, [...(byAnchor.get(p.link1) ?? []), p]);
  const byLang = new Map<string, Pair[]>();
  for (const p of inHalf) byLang.set(p.lang, [...(byLang.get(p.lang) ?? []), p]);
  const pools: Pool[] = [];
  for (const [anchor, ps] of byAnchor) {
    if (!ps.some((p) => p.overall <= opts.threshold)) continue;
    const lang = ps[0]!.lang;
    const rand = prng((opts.seed ^ fnv1a(anchor)) >>> 0);
    const items = ps.map((p) => ({ url: p.link2, title: p.t2, rel: p.overall <= opts.threshold }));
    let others = (byLang.get(lang) ?? []).filter((p) => p.link1 !== anchor && p.link2 !== anchor);
    if (opts.hard) {
      const keys = new Set(contentKeys(ps[0]!.t1, lang));
      const topical = others.filter((o) => contentKeys(o.t2, lang).some((k) => keys.has(k)));
      if (topical.length >= opts.distractors) others = topical;
    }
    const seen = new Set(items.map((p) => p.url));
    for (let tries = 0; items.length < ps.length + opts.distractors && tries < opts.distractors * 4 && others.length; tries++) {
      const o = others[Math.floor(rand() * others.length)]!;
      if (seen.has(o.link2)) continue;
      seen.add(o.link2);
      items.push({ url: o.link2, title: o.t2, rel: false });
    }
    pools.push({ anchor, lang, headline: ps[0]!.t1, items: shuffle(items, rand) });
  }
  return pools;
}

/** Expected reciprocal rank of the first of k relevant items among n in random order. */
function randomMrr(n: number, k: number): number {
  let out = 0;
  let pNone = 1;
  for (let r = 1; r <= n - k + 1; r++) {
    const pFirst = pNone * (k / (n - r + 1));
    out += pFirst / r;
    pNone *= 1 - k / (n - r + 1);
  }
  return out;
}

/** Ranks by score, ties kept in pool (shuffled) order. */
function order(scores: number[]): number[] {
  return scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).map(([, i]) => i);
}

function rr(ranked: number[], rel: boolean[]): [number, number] {
  const first = ranked.findIndex((i) => rel[i]);
  const top5 = ranked.slice(0, 5).filter((i) => rel[i]).length;
  return [first >= 0 ? 1 / (first + 1) : 0, top5 / 5];
}

/** What is fitted: the ranker's tuning and how much the query builder weighs word rarity. */
export interface Fitted {
  tuning: Partial<RankTuning>;
  rarityWeight: number;
}

export function evaluatePools(pools: readonly Pool[], fitted: Partial<Fitted> = {}): LangFigures[] {
  const tuning = fitted.tuning;
  const rarityWeight = fitted.rarityWeight ?? DEFAULT_RARITY_WEIGHT;
  const idfs = new Map<string, ReturnType<typeof idfFrom>>();
  const idfFor = (lang: string) => {
    let t = idfs.get(lang);
    if (!t) {
      const docs = new Set<string>();
      for (const p of pools) if (p.lang === lang) [p.headline, ...p.items.map((i) => i.title)].forEach((d) => docs.add(d));
      t = idfFrom([...docs], lang);
      idfs.set(lang, t);
    }
    return t;
  };
  const acc = new Map<string, { n: number; mrr: number; p5: number; hit5: number; bmrr: number; bp5: number; rmrr: number }>();
  for (const pool of pools) {
    const rel = pool.items.map((i) => i.rel);
    const query = { ...buildCoverageQuery({ url: pool.anchor, headline: pool.headline, lang: pool.lang }, { now: () => 0, rarityWeight }), excludeHosts: [] };
    const candidates: Candidate[] = pool.items.map((p) => ({ title: p.title, url: p.url, host: new URL(p.url).hostname, provider: 'gdelt' }));
    const scored = scoreCandidates(query, candidates, { outlets: [], includeUnlisted: true, enforceWindow: false, requireMatch: false, tuning });
    const byUrl = new Map(scored.map((s) => [s.c.url, s.score]));
    // Two partners may share a URL (a pair listed twice): they share a score.
    const [mrr, p5] = rr(order(pool.items.map((i) => byUrl.get(i.url) ?? -1)), rel);
    const [bmrr, bp5] = rr(order(tfidfScores(pool.headline, pool.items.map((i) => i.title), pool.lang, idfFor(pool.lang))), rel);
    const k = rel.filter(Boolean).length;
    for (const key of [pool.lang, 'all']) {
      const s = acc.get(key) ?? { n: 0, mrr: 0, p5: 0, hit5: 0, bmrr: 0, bp5: 0, rmrr: 0 };
      s.n++;
      s.mrr += mrr;
      s.p5 += p5;
      s.hit5 += p5 > 0 ? 1 : 0;
      s.bmrr += bmrr;
      s.bp5 += bp5;
      s.rmrr += randomMrr(pool.items.length, k);
      acc.set(key, s);
    }
  }
  return [...acc.entries()]
    .map(([lang, s]) => ({
      lang,
      anchors: s.n,
      mrr: s.mrr / s.n,
      precision_at_5: s.p5 / s.n,
      hit_at_5: s.hit5 / s.n,
      baseline_tfidf_mrr: s.bmrr / s.n,
      baseline_tfidf_precision_at_5: s.bp5 / s.n,
      random_mrr: s.rmrr / s.n,
    }))
    .sort((a, b) => (a.lang === 'all' ? 1 : b.lang === 'all' ? -1 : b.anchors - a.anchors));
}

export const GRID: Fitted[] = (() => {
  const out: Fitted[] = [];
  for (const rarityWeight of [0, 0.5, 1])
    for (const bm25Share of [0.7, 0.9])
      for (const pair of [0, 0.5])
        for (const prefix of [0.5, 1])
          for (const coverageIdf of [0, 1]) out.push({ rarityWeight, tuning: { bm25Share, pair, prefix, coverageIdf } });
  return out;
})();

/** Grid search on the fit half's pools: the setting with the best overall MRR (ties: the earlier one). */
export function fit(pools: readonly Pool[], grid = GRID): Fitted & { mrr: number } {
  let best = { ...grid[0]!, mrr: -1 };
  for (const g of grid) {
    const all = evaluatePools(pools, g).find((r) => r.lang === 'all');
    if (all && all.mrr > best.mrr + 1e-9) best = { ...g, mrr: all.mrr };
  }
  return best;
}
