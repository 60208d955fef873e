/**
 * npm run rank-eval [-- --distractors 49 --seed 1 --langs en,de --threshold 1.5]
 *
 * Scores the coverage ranker on human-labelled same-story pairs (SemEval-2022 Task 8, training batch
 * 2: `Overall` 1 = same story … 4 = unrelated). The CSV has URLs only, so URL slugs stand in for
 * headlines (as in the research note, §4).
 *
 * Protocol (retrieval, one pool per anchor):
 *  - A pair is "same story" when Overall ≤ threshold (1.5 by default). Each same-language pair whose
 *    two URLs both yield a slug headline of ≥ 3 words gives an anchor (link1) and a relevant item (link2);
 *    anchors with several relevant partners keep them all.
 *  - The anchor's pool = its relevant partners + N distractors: link2 headlines of other pairs in the
 *    same language, drawn with a seeded PRNG (the anchor's own labelled non-matches are included
 *    first, since they are the hard cases annotators saw).
 *  - The query is built from the anchor's slug headline (no date: time plays no part); the ranker
 *    scores the pool with the outlet list ignored (SemEval sites are mostly not on it), no date window,
 *    no minimum-match cut, no duplicate collapsing. Candidates it would drop count as unranked.
 *  - Reported: MRR of the first relevant item, precision@5 (relevant in the top 5 / 5; with one
 *    relevant item its ceiling is 0.2), hit@5, and the same for a random ranking as a floor.
 *  - `--hard` draws distractors that share at least one content word with the anchor (same topic,
 *    other story), which is closer to what a news search returns.
 * Env PL_SHARED overrides the shared folder (default ../shared relative to the repo).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCoverageQuery } from '../utils/coverage/query';
import { scoreCandidates } from '../utils/coverage/rank';
import { contentKeys } from '../utils/coverage/text';
import type { Candidate } from '../utils/coverage/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.PL_SHARED ?? resolve(ROOT, '../shared');

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The longest path segment that reads like words: `china-denounces-us-ai-export-rules` → a headline. */
export function slugTitle(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  let best: string[] = [];
  for (const seg of path.split('/')) {
    let s = seg;
    try {
      s = decodeURIComponent(seg);
    } catch {
      /* keep raw */
    }
    const words = s
      .replace(/\.(s?html?|php|aspx?|cms|ece)$/i, '')
      .split(/[-_+\s]+/)
      .filter((w) => w && !/^\d+$/.test(w) && !/^[0-9a-f]{8,}$/i.test(w) && !/^\d+[a-z]?\d*$/i.test(w));
    if (words.length > best.length) best = words;
  }
  return best.length >= 3 ? best.join(' ') : undefined;
}

/** Mulberry32: a small seeded PRNG so runs are reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

interface Pair {
  lang: string;
  link1: string;
  link2: string;
  t1: string;
  t2: string;
  overall: number;
}

export function evaluate(opts: { csvPath: string; distractors: number; seed: number; threshold: number; langs?: string[]; hard?: boolean }) {
  const rows = parseCsv(readFileSync(opts.csvPath, 'utf8'));
  const header = rows.shift() ?? [];
  const col = (n: string) => header.indexOf(n);
  const [l1, l2, k1, k2, ov] = [col('url1_lang'), col('url2_lang'), col('link1'), col('link2'), col('Overall')];
  const pairs: Pair[] = [];
  for (const r of rows) {
    const lang = r[l1];
    if (!lang || lang !== r[l2]) continue;
    if (opts.langs && !opts.langs.includes(lang)) continue;
    const t1 = slugTitle(r[k1] ?? '');
    const t2 = slugTitle(r[k2] ?? '');
    const overall = parseFloat(r[ov] ?? '');
    if (!t1 || !t2 || !Number.isFinite(overall)) continue;
    pairs.push({ lang, link1: r[k1]!, link2: r[k2]!, t1, t2, overall });
  }
  const byAnchor = new Map<string, Pair[]>();
  for (const p of pairs) byAnchor.set(p.link1, [...(byAnchor.get(p.link1) ?? []), p]);
  const byLang = new Map<string, Pair[]>();
  for (const p of pairs) byLang.set(p.lang, [...(byLang.get(p.lang) ?? []), p]);

  const rand = prng(opts.seed);
  const stats = new Map<string, { n: number; mrr: number; p5: number; hit5: number; rmrr: number; rp5: number }>();
  for (const [anchor, ps] of byAnchor) {
    const relevant = ps.filter((p) => p.overall <= opts.threshold);
    if (!relevant.length) continue;
    const lang = ps[0]!.lang;
    const pool: { url: string; title: string; rel: boolean }[] = ps.map((p) => ({ url: p.link2, title: p.t2, rel: p.overall <= opts.threshold }));
    let others = (byLang.get(lang) ?? []).filter((p) => p.link1 !== anchor && p.link2 !== anchor);
    if (opts.hard) {
      // Hard mode: distractors share at least one content word with the anchor (same topic, other story).
      const keys = new Set(contentKeys(ps[0]!.t1, lang));
      const topical = others.filter((o) => contentKeys(o.t2, lang).some((k) => keys.has(k)));
      if (topical.length >= opts.distractors) others = topical;
    }
    const seen = new Set(pool.map((p) => p.url));
    for (let tries = 0; pool.length < ps.length + opts.distractors && tries < opts.distractors * 4 && others.length; tries++) {
      const o = others[Math.floor(rand() * others.length)]!;
      if (seen.has(o.link2)) continue;
      seen.add(o.link2);
      pool.push({ url: o.link2, title: o.t2, rel: false });
    }
    const query = { ...buildCoverageQuery({ url: anchor, headline: ps[0]!.t1, lang }, { now: () => 0 }), excludeHosts: [] };
    const candidates: Candidate[] = pool.map((p) => ({ title: p.title, url: p.url, host: new URL(p.url).hostname, provider: 'gdelt' }));
    const scored = scoreCandidates(query, candidates, { outlets: [], includeUnlisted: true, enforceWindow: false, requireMatch: false });
    const relUrls = new Set(pool.filter((p) => p.rel).map((p) => p.url));
    const ranked = scored.map((s) => s.c.url);
    const firstRel = ranked.findIndex((u) => relUrls.has(u));
    const top5 = ranked.slice(0, 5).filter((u) => relUrls.has(u)).length;
    // Random floor: expected reciprocal rank of the best of k relevant among n.
    const n = pool.length;
    const k = relUrls.size;
    let rmrr = 0;
    for (let r = 1; r <= n - k + 1; r++) {
      let pFirst = k / (n - r + 1);
      for (let j = 1; j < r; j++) pFirst *= 1 - k / (n - j + 1);
      rmrr += pFirst / r;
    }
    for (const key of [lang, 'all']) {
      const s = stats.get(key) ?? { n: 0, mrr: 0, p5: 0, hit5: 0, rmrr: 0, rp5: 0 };
      s.n++;
      s.mrr += firstRel >= 0 ? 1 / (firstRel + 1) : 0;
      s.p5 += top5 / 5;
      s.hit5 += top5 > 0 ? 1 : 0;
      s.rmrr += rmrr;
      s.rp5 += Math.min(5, n) * (k / n) / 5;
      stats.set(key, s);
    }
  }
  return [...stats.entries()]
    .map(([lang, s]) => ({
      lang,
      anchors: s.n,
      mrr: s.mrr / s.n,
      precision_at_5: s.p5 / s.n,
      hit_at_5: s.hit5 / s.n,
      random_mrr: s.rmrr / s.n,
      random_precision_at_5: s.rp5 / s.n,
    }))
    .sort((a, b) => (a.lang === 'all' ? 1 : b.lang === 'all' ? -1 : b.anchors - a.anchors));
}

const invoked = process.argv[1] ? resolve(process.argv[1]) === fileURLToPath(import.meta.url) : false;
if (invoked) {
  const csvPath = resolve(SHARED, 'coverage/semeval2022-task8-train-batch2.csv');
  const langs = arg('langs', '');
  const res = evaluate({
    csvPath,
    distractors: parseInt(arg('distractors', '49'), 10),
    seed: parseInt(arg('seed', '1'), 10),
    threshold: parseFloat(arg('threshold', '1.5')),
    langs: langs ? langs.split(',') : undefined,
    hard: process.argv.includes('--hard'),
  });
  const f = (x: number) => x.toFixed(3);
  console.log(`SemEval-2022 Task 8 (train batch 2), slug headlines, 1 anchor vs its same-story partners + ${arg('distractors', '49')} ${process.argv.includes('--hard') ? 'topical (sharing a word)' : 'random'} distractors`);
  console.log('lang   anchors   MRR    P@5    hit@5   | random MRR  random P@5');
  for (const r of res) console.log(`${r.lang.padEnd(6)} ${String(r.anchors).padStart(7)}   ${f(r.mrr)}  ${f(r.precision_at_5)}  ${f(r.hit_at_5)}   | ${f(r.random_mrr)}       ${f(r.random_precision_at_5)}`);
}
