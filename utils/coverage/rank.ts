/**
 * Ranking: relevance to this story (BM25 over title + snippet against the article's weighted key
 * terms, plus entity overlap), time distance as a mild factor, a small outlet-type prior; then wire
 * copies collapsed (word-shingle Jaccard on normalised titles) and outlets diversified (MMR with a
 * per-outlet cap) so the first screen shows different newsrooms.
 */
import { hostMatchesSuffix, isSameSite, matchOutlet, outletTier } from './outlets';
import { isUnspaced, termKey, tokenize, type Token } from './text';
import type { Candidate, CoverageQuery, Outlet, RankedResult } from './types';

export interface RankOptions {
  outlets: readonly Outlet[];
  /** Keep results from outside the outlet list, marked `listed: false`. */
  includeUnlisted?: boolean;
  maxResults?: number;
  perOutletCap?: number;
  /** MMR trade-off: 1 = score only, 0 = novelty only. */
  lambda?: number;
  /** Title shingle Jaccard at or above which two results are one (syndicated) story. */
  duplicateThreshold?: number;
  /** Drop candidates sharing too little with the article (feeds list everything). Default true. */
  requireMatch?: boolean;
  /** Drop candidates dated outside the query window. Default true. */
  enforceWindow?: boolean;
  /** Score weights; the defaults were fitted by `npm run rank-eval` on its fit half. */
  tuning?: Partial<RankTuning>;
}

export interface RankTuning {
  /** Weights of the score's parts (they need not sum to 1). */
  relevance: number;
  entity: number;
  time: number;
  tier: number;
  /** Share of BM25 (vs weighted coverage of the query's keys) inside relevance. */
  bm25Share: number;
  /** Weight of a match on the headline's adjacent word pairs ("export controls"), relative to a word. */
  pair: number;
  /** Weight of a match on a long word's first letters only ("Gesetz" ~ "Gesetzes", "Erdoğan'ın"), relative to the word. */
  prefix: number;
  /** 1: a key's share of the coverage part is scaled by its rarity in the pool (as BM25 does), 0: not. */
  coverageIdf: number;
}

/** Fitted on the SemEval-2022 Task 8 fit half (see cli/rank-eval.ts); the held-out half is reported beside it. */
export const DEFAULT_TUNING: RankTuning = {
  relevance: 0.55,
  entity: 0.25,
  time: 0.1,
  tier: 0.1,
  bm25Share: 0.7,
  pair: 0.5,
  prefix: 1,
  coverageIdf: 0,
};

/** Letters a word must share at its start to count as the same word inflected (Latin, Cyrillic… only). */
const PREFIX_LEN = 5;

function prefixKey(key: string): string | undefined {
  if (key.includes(' ') || [...key].length <= PREFIX_LEN + 1 || !/^[\p{L}]+$/u.test(key) || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(key)) return undefined;
  return `~${[...key].slice(0, PREFIX_LEN).join('')}`;
}

const DAY = 86_400_000;
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'des', 'du', 'di', 'da', 'der', 'van', 'von', 'für', 'la', 'le']);
const BM25_K1 = 1.2;
const BM25_B = 0.4;
const TIME_TAU_DAYS = 30;
/** Title shingle overlap at which one outlet's two items (Google's and another source's) are one article. */
const SAME_ARTICLE_JACCARD = 0.5;

interface Doc {
  c: Candidate;
  outlet?: Outlet;
  keys: Map<string, number>;
  len: number;
  titleKeys: Set<string>;
  shingles: Set<string>;
}

interface Scored extends Doc {
  score: number;
  matched: string[];
  deltaDays?: number;
  dups: Doc[];
}

/** Content keys of token lists plus 2- and 3-word n-grams within each (multi-word entities and phrases). */
function docKeys(lists: Token[][]): { keys: Map<string, number>; len: number } {
  const keys = new Map<string, number>();
  const add = (k: string) => keys.set(k, (keys.get(k) ?? 0) + 1);
  let len = 0;
  for (const list of lists) {
    const toks = list.filter((t) => !t.stop);
    len += toks.length;
    toks.forEach((t, i) => {
      add(t.key);
      const p = prefixKey(t.key);
      if (p) add(p);
      const n1 = toks[i + 1];
      const n2 = toks[i + 2];
      if (n1) add(`${t.key} ${n1.key}`);
      if (n1 && n2) add(`${t.key} ${n1.key} ${n2.key}`);
    });
  }
  return { keys, len: Math.max(1, len) };
}

function stripConnectors(key: string): string {
  return key
    .split(' ')
    .filter((p) => !CONNECTORS.has(p))
    .join(' ');
}

/** Normalised title words for near-duplicate detection: every word counts (wire copies differ by little). */
function titleShingles(titleToks: Token[]): Set<string> {
  const words = titleToks.map((t) => t.key);
  const out = new Set<string>();
  if (words.length < 3) words.forEach((w) => out.add(w));
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (!a.size && !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function displayMap(query: CoverageQuery): Map<string, string> {
  const m = new Map<string, string>();
  const put = (surface: string) => {
    const key = stripConnectors(
      tokenize(surface, query.lang)
        .map((t) => t.key)
        .join(' '),
    );
    if (key && !m.has(key)) m.set(key, surface);
  };
  query.entities.forEach(put);
  query.phrases.forEach(put);
  query.terms.forEach(put);
  return m;
}

function normaliseForKey(title: string): string {
  return title.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function isGoogleLink(url: string): boolean {
  return hostMatchesSuffix(url, 'news.google.com');
}

function daysPhrase(delta: number): string {
  const d = Math.round(Math.abs(delta));
  if (d === 0) return 'published the same day as the article';
  return `published ${d} day${d === 1 ? '' : 's'} ${delta < 0 ? 'before' : 'after'} the article`;
}

/** Scores candidates against the query (no collapsing or diversity): for evaluation and reuse. */
export function scoreCandidates(query: CoverageQuery, candidates: readonly Candidate[], opts: RankOptions): Scored[] {
  const lang = query.lang;
  const unspaced = isUnspaced(lang);
  const from = Date.parse(query.window.from + 'T00:00:00Z');
  const to = Date.parse(query.window.to + 'T23:59:59Z');
  const anchor = Date.parse(query.anchorDate);

  // Filter: real links, not the page's own site, listed outlets (unless asked), inside the window.
  const docs: Doc[] = [];
  const seen = new Map<string, Doc>();
  for (const c of candidates) {
    if (!/^https?:\/\//i.test(c.url) || !c.title.trim() || !c.host) continue;
    if (isSameSite(c.host, query.excludeHosts)) continue;
    const outlet = matchOutlet(c.host, opts.outlets);
    if (!outlet && !opts.includeUnlisted) continue;
    const t = c.publishedAt ? Date.parse(c.publishedAt) : NaN;
    if (opts.enforceWindow !== false && Number.isFinite(t) && (t < from || t > to)) continue;
    // The same article from two providers: keep the real publisher URL and the snippet.
    const key = `${outlet?.hostSuffix ?? c.host}|${normaliseForKey(c.title)}`;
    const titleToks = tokenize(c.title, lang);
    const { keys, len } = docKeys(c.snippet ? [titleToks, tokenize(c.snippet, lang)] : [titleToks]);
    const doc: Doc = { c, outlet, keys, len, titleKeys: new Set(docKeys([titleToks]).keys.keys()), shingles: titleShingles(titleToks) };
    // Google's copy of an article another source also found (same outlet, nearly the same title):
    // one result, with the publisher's own address.
    const twin = seen.get(key) ?? docs.find((d) => (d.outlet?.hostSuffix ?? d.c.host) === (outlet?.hostSuffix ?? c.host) && isGoogleLink(d.c.url) !== isGoogleLink(c.url) && jaccard(d.shingles, doc.shingles) >= SAME_ARTICLE_JACCARD);
    const prev = twin;
    if (prev) {
      const prevGoogle = isGoogleLink(prev.c.url);
      if ((prevGoogle && !isGoogleLink(c.url)) || (!prev.c.snippet && c.snippet)) {
        docs[docs.indexOf(prev)] = doc;
        seen.set(`${prev.outlet?.hostSuffix ?? prev.c.host}|${normaliseForKey(prev.c.title)}`, doc);
        seen.set(key, doc);
      }
      continue;
    }
    seen.set(key, doc);
    docs.push(doc);
  }

  // Query keys with weights; multi-word keys without connector words so they match doc n-grams.
  const tune = { ...DEFAULT_TUNING, ...opts.tuning };
  const qw = new Map<string, number>();
  const put = (key: string, w: number) => {
    if (key && w > 0) qw.set(key, Math.max(qw.get(key) ?? 0, w));
  };
  for (const [k, w] of Object.entries(query.weights)) put(stripConnectors(k), w);
  // Pairs of adjacent headline words: two headlines sharing "export controls" share more than the two words.
  if (tune.pair > 0) {
    const head = tokenize(query.headline, lang).filter((t) => !t.stop);
    for (let i = 0; i + 1 < head.length; i++) {
      const a = qw.get(head[i]!.key) ?? 0;
      const b = qw.get(head[i + 1]!.key) ?? 0;
      put(`${head[i]!.key} ${head[i + 1]!.key}`, tune.pair * Math.min(a, b));
    }
  }
  if (tune.prefix > 0) {
    for (const [k, w] of [...qw]) {
      const p = prefixKey(k);
      if (p) put(p, tune.prefix * w);
    }
  }
  const entityKeys = query.entities.slice(0, 5).map((e) =>
    stripConnectors(
      tokenize(e, lang)
        .map((t) => t.key)
        .join(' '),
    ),
  );
  const topWeightSum = [...qw].filter(([k]) => !k.startsWith('~')).map(([, w]) => w).sort((a, b) => b - a).slice(0, 8).reduce((a, b) => a + b, 0) || 1;
  const display = displayMap(query);

  const n = docs.length;
  const df = new Map<string, number>();
  for (const d of docs) for (const k of qw.keys()) if (d.keys.has(k)) df.set(k, (df.get(k) ?? 0) + 1);
  const avgdl = docs.reduce((a, d) => a + d.len, 0) / Math.max(1, n);
  const maxIdf = Math.log(1 + (n - 1 + 0.5) / 1.5) || 1;

  const raw = docs.map((d) => {
    let bm25 = 0;
    let covered = 0;
    const matched: [string, number][] = [];
    for (const [k, w] of qw) {
      const tf = d.keys.get(k);
      if (!tf) continue;
      const dfk = df.get(k) ?? 0;
      const idf = Math.log(1 + (n - dfk + 0.5) / (dfk + 0.5));
      bm25 += w * idf * ((tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (1 - BM25_B + (BM25_B * d.len) / avgdl)));
      if (k.startsWith('~')) continue;
      covered += w * (tune.coverageIdf ? Math.min(1, idf / maxIdf) : 1);
      matched.push([k, w * (k.includes(' ') ? 1.5 : 1)]);
    }
    // A name matches in any word order: "Commerce Ministry" is "Ministry of Commerce".
    const ents = entityKeys.filter((e) => e && e.split(' ').every((p) => d.keys.has(p))).length;
    const entityOverlap = entityKeys.length ? ents / entityKeys.length : 0;
    return { d, bm25, coverage: Math.min(1, covered / topWeightSum), entityOverlap, matched };
  });
  const maxBm25 = Math.max(1e-9, ...raw.map((r) => r.bm25));

  const out: Scored[] = [];
  for (const r of raw) {
    const multi = r.matched.some(([k]) => k.includes(' '));
    const singles = r.matched.filter(([k, w]) => !k.includes(' ') && w >= 0.25).length;
    if (opts.requireMatch !== false && !multi && singles < 2 && !(unspaced && singles >= 1 && r.coverage > 0.3)) continue;
    const t = r.d.c.publishedAt ? Date.parse(r.d.c.publishedAt) : NaN;
    const deltaDays = Number.isFinite(t) && Number.isFinite(anchor) ? (t - anchor) / DAY : undefined;
    const time = deltaDays === undefined ? 0.5 : Math.exp(-Math.abs(deltaDays) / TIME_TAU_DAYS);
    const relevance = tune.bm25Share * (r.bm25 / maxBm25) + (1 - tune.bm25Share) * r.coverage;
    const score = tune.relevance * relevance + tune.entity * r.entityOverlap + tune.time * time + tune.tier * outletTier(r.d.outlet);
    // Name the matches by the article's own wording, longest first, without repeating a word.
    const names: string[] = [];
    const usedWords = new Set<string>();
    for (const [k] of r.matched.sort((a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1])) {
      const parts = k.split(' ');
      if (parts.every((p) => usedWords.has(p))) continue;
      parts.forEach((p) => usedWords.add(p));
      names.push(display.get(k) ?? k);
      if (names.length >= 4) break;
    }
    out.push({ ...r.d, score, matched: names, deltaDays, dups: [] });
  }
  return out.sort((a, b) => b.score - a.score);
}

function outletName(d: Doc): string {
  return d.outlet?.name ?? d.c.sourceName ?? d.c.host;
}

function toResult(s: Scored): RankedResult {
  const why: string[] = [];
  if (s.matched.length) why.push(`shares: ${s.matched.join(', ')}`);
  if (s.deltaDays !== undefined) why.push(daysPhrase(s.deltaDays));
  if (s.dups.length) why.push(`same story also at: ${[...new Set(s.dups.map(outletName))].slice(0, 5).join(', ')}`);
  if (!s.outlet) why.push('not on your outlet list');
  const via = { 'google-news': 'via Google News', gdelt: 'via GDELT', feeds: "from the outlet's own feed", guardian: 'via the Guardian Open Platform' }[s.c.provider];
  why.push(via);
  const redirect = isGoogleLink(s.c.url);
  if (redirect) why.push("Google News link: it opens news.google.com, which forwards to the publisher; the publisher's own address is not known");
  return {
    title: s.c.title,
    url: s.c.url,
    outlet: outletName(s),
    host: s.c.host.replace(/^www\./, ''),
    country: s.outlet?.country ?? '',
    publishedAt: s.c.publishedAt,
    provider: s.c.provider,
    score: Math.round(s.score * 1000) / 1000,
    why,
    listed: !!s.outlet,
    ...(s.dups.length ? { duplicates: s.dups.map((d) => ({ url: d.c.url, outlet: outletName(d), host: d.c.host })) } : {}),
    ...(redirect ? { redirect: 'google-news' as const } : {}),
  };
}

/** Collapses near-duplicates into the best-scored copy. Input sorted by score. */
export function collapseDuplicates(scored: Scored[], threshold = 0.6): Scored[] {
  const reps: Scored[] = [];
  for (const s of scored) {
    const rep = reps.find((r) => jaccard(r.shingles, s.shingles) >= threshold);
    if (rep) rep.dups.push(s);
    else reps.push(s);
  }
  return reps;
}

/** Greedy MMR over title similarity with a hard per-outlet cap. */
export function diversify(reps: Scored[], max: number, lambda = 0.7, perOutletCap = 2): Scored[] {
  const picked: Scored[] = [];
  const perOutlet = new Map<string, number>();
  const pool = [...reps];
  while (picked.length < max && pool.length) {
    let best = -1;
    let bestVal = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const c = pool[i]!;
      const o = c.outlet?.hostSuffix ?? c.c.host;
      const count = perOutlet.get(o) ?? 0;
      if (count >= perOutletCap) continue;
      const sim = picked.reduce((m, p) => Math.max(m, jaccard(p.titleKeys, c.titleKeys)), 0);
      const val = lambda * c.score - (1 - lambda) * sim - 0.05 * count;
      if (val > bestVal) [best, bestVal] = [i, val];
    }
    if (best < 0) break;
    const [c] = pool.splice(best, 1);
    picked.push(c!);
    const o = c!.outlet?.hostSuffix ?? c!.c.host;
    perOutlet.set(o, (perOutlet.get(o) ?? 0) + 1);
  }
  return picked;
}

export function rankCandidates(query: CoverageQuery, candidates: readonly Candidate[], opts: RankOptions): RankedResult[] {
  const scored = scoreCandidates(query, candidates, opts);
  const reps = collapseDuplicates(scored, opts.duplicateThreshold);
  return diversify(reps, opts.maxResults ?? 20, opts.lambda, opts.perOutletCap).map(toResult);
}

export { termKey };
