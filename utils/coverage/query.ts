/**
 * From an article to a coverage query: key terms, phrases and named entities, a date window, and
 * plain keyword queries. Salience is YAKE-flavoured (position, frequency, casing) but kept small: the
 * query only needs the handful of words another newsroom's headline about the same story would use.
 */
import type { CoverageInput, CoverageQuery, DateWindow } from './types';
import { hasCjk, isUnspaced, primaryLang, termKey, tokenize, type Token } from './text';
import { siteHost } from '../hosts';
import { rarity } from './df';
import { articleDate } from './article-date';
import { stripChrome } from './chrome';
import { countryFromHost, pickEdition } from './editions';
import { matchOutlet, SHIPPED_OUTLETS } from './outlets';

/** AI sites often republish months-old news under a new date, so the window reaches far back;
 * relevance, not recency, orders the results. */
export const WINDOW_DAYS_BEFORE = 90;
export const WINDOW_DAYS_AFTER = 7;
/** The first search looks this many days either side of a known date: coverage of one event clusters within days. */
export const FIRST_WINDOW_DAYS = 3;

const DAY = 86_400_000;
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'des', 'du', 'di', 'da', 'der', 'van', 'von', 'für', 'la', 'le']);

interface Stat {
  score: number;
  count: number;
  surfaces: Map<string, number>;
  inHeadline: boolean;
}

function bump(map: Map<string, Stat>, key: string, surface: string, w: number, inHeadline: boolean): void {
  let s = map.get(key);
  if (!s) {
    s = { score: 0, count: 0, surfaces: new Map(), inHeadline: false };
    map.set(key, s);
  }
  s.score += w;
  s.count += 1;
  s.inHeadline ||= inHeadline;
  s.surfaces.set(surface, (s.surfaces.get(surface) ?? 0) + 1);
}

function bestSurface(s: Stat): string {
  let best = '';
  let n = -1;
  for (const [surface, c] of s.surfaces) if (c > n) [best, n] = [surface, c];
  // A word written with a capital mid-sentence anywhere is a name: show it that way.
  for (const surface of s.surfaces.keys()) {
    if (surface !== surface.toLowerCase() && surface.toLowerCase() === best.toLowerCase()) return surface;
  }
  return best;
}

/** `U.S` (the segmenter drops the final dot) reads better as `U.S.`. */
function display(surface: string): string {
  return surface.replace(/(?:^|\s)((?:\p{Lu}\.)+\p{Lu})(?=\s|$)/gu, (m) => m + '.');
}

function ranked(map: Map<string, Stat>, minScore = 0): [string, Stat][] {
  return [...map.entries()].filter(([, s]) => s.score >= minScore).sort((a, b) => b[1].score - a[1].score);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function dateWindow(anchorMs: number, before = WINDOW_DAYS_BEFORE, after = WINDOW_DAYS_AFTER): DateWindow {
  return { from: isoDay(anchorMs - before * DAY), to: isoDay(anchorMs + after * DAY) };
}

export function hostOf(url: string | undefined): string | undefined {
  return siteHost(url) ?? undefined;
}

/** Capitalised runs that are not just sentence-initial words: "Ministry of Commerce", "Biden", "AI".
 * Titles are skipped: Title Case makes every word look like a name. */
function entityRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && CONNECTORS.has(run[run.length - 1]!.surface.toLowerCase())) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const t of tokens) {
    // A paragraph break ends a name: "… Voltar" + "Compartilhe Facebook …" are two things.
    const gapOk = /^[^\S\n]*$/.test(t.gapBefore);
    const isConnector = run.length > 0 && CONNECTORS.has(t.surface) && gapOk;
    const nameLike = (t.capitalised || t.acronym) && !(t.sentenceStart && t.stop);
    if (run.length && !gapOk) close();
    if (isConnector) {
      run.push(t);
      continue;
    }
    if (nameLike) {
      run.push(t);
      if (t.possessive) close();
    } else close();
  }
  close();
  // A lone sentence-initial capital ("Despite", "High-tech") is not a name unless it is an acronym.
  return runs.filter((r) => !(r.length === 1 && r[0]!.sentenceStart && !r[0]!.acronym));
}

/** Tokens of Title Case lines (a repeated headline, a list of related headlines): every word is
 * capitalised there, so capitals say nothing about names. */
function titleCaseTokens(text: string, toks: Token[]): Set<Token> {
  const out = new Set<Token>();
  let line: Token[] = [];
  const flush = () => {
    const words = line.filter((t) => t.surface.length > 3);
    if (words.length >= 3 && words.filter((t) => t.capitalised).length / words.length > 0.7) line.forEach((t) => out.add(t));
    line = [];
  };
  for (const t of toks) {
    if (t.gapBefore.includes('\n')) flush();
    line.push(t);
  }
  flush();
  void text;
  return out;
}

function runKey(run: Token[]): string {
  return run.map((t) => t.key).join(' ');
}

function runSurface(run: Token[]): string {
  return run.map((t) => t.surface).join(' ');
}

export function inputFromReport(report: {
  meta: { url: string; canonicalUrl?: string; headline?: string; publishedAt?: string; lang?: string; description?: string; siteName?: string };
  text?: string;
  signals?: { kind: string; text: string }[];
}): CoverageInput {
  const m = report.meta;
  // The AI disclaimer itself is about the site, not the story: keep its words out of the query.
  let text = report.text;
  for (const sig of report.signals ?? []) {
    if (text && sig.text.length > 20 && (sig.kind === 'disclosure-text' || sig.kind === 'chatbot-leak')) text = text.split(sig.text).join(' ');
  }
  return {
    url: m.url,
    canonicalUrl: m.canonicalUrl,
    headline: m.headline,
    publishedAt: m.publishedAt,
    lang: m.lang,
    description: m.description,
    text,
    siteName: m.siteName,
  };
}

/** "Headline - La Stampa", "Headline | Aktuálně.cz", "見出し ：日本経済新聞": the site's name is not the story. */
export function stripSiteSuffix(headline: string, siteName?: string, url?: string): string {
  const host = (hostOf(url) ?? '').replace(/^www\./, '');
  const label = host.split('.').slice(-2, -1)[0] ?? '';
  const site = (siteName ?? '').toLowerCase();
  let h = headline.trim();
  for (let i = 0; i < 3; i++) {
    const m = /^(.{12,}?)\s*(?:\s[|\-–—·»]\s|[：|]\s*)([^|\-–—·»：]{2,40})$/u.exec(h);
    if (!m) break;
    const tail = m[2]!.trim().toLowerCase();
    const isSite = (site && (tail.includes(site) || site.includes(tail))) || (label.length >= 3 && tail.replace(/[^\p{L}\p{N}]/gu, '').includes(label.replace(/-/g, ''))) || /\.(?:[a-z]{2,3})$|网$|新聞$|新闻$|ニュース$|news$/iu.test(tail);
    if (!isSite) break;
    h = m[1]!.trim();
  }
  // A photo credit left in the title: "（写真＝ロイター）".
  return h.replace(/\s*[（(](?:写真|photo|foto)[^）)]{0,30}[）)]\s*$/iu, '').trim();
}

export interface BuildQueryOptions {
  /** Clock used when the article carries no usable date. */
  now?: () => number;
  daysBefore?: number;
  daysAfter?: number;
  /** How far a word's rarity in its language's news (0..1) scales its salience: 0 = not at all. */
  rarityWeight?: number;
}

/** Fitted with the ranker by `npm run rank-eval` (fit half). */
export const DEFAULT_RARITY_WEIGHT = 1;

export function buildCoverageQuery(input: CoverageInput, opts: BuildQueryOptions = {}): CoverageQuery {
  const rawText = stripChrome((input.text ?? '').slice(0, 8000));
  const headline = stripSiteSuffix((input.headline ?? '').trim() || (rawText.split(/(?<=[.!?。！？])\s+|\n/)[0] ?? '').trim().slice(0, 200), input.siteName, input.canonicalUrl ?? input.url);
  // The main text usually repeats the headline; counting it twice would only echo the headline.
  const text = headline && rawText.includes(headline) ? rawText.replace(headline, ' ') : rawText;
  let lang = primaryLang(input.lang);
  if (lang === 'und') lang = hasCjk(headline + text.slice(0, 200)) ? 'zh' : 'en';
  const unspaced = isUnspaced(lang);

  const terms = new Map<string, Stat>();
  const phrases = new Map<string, Stat>();
  const entities = new Map<string, Stat>();

  const fields: { text: string; weight: number; headline: boolean }[] = [
    { text: headline, weight: 3, headline: true },
    { text: stripChrome(input.description ?? ''), weight: 2, headline: false },
    { text: text.slice(0, 600), weight: 1.5, headline: false },
    { text: text.slice(600), weight: 1, headline: false },
  ];

  for (const f of fields) {
    if (!f.text) continue;
    const toks = tokenize(f.text, lang);
    const titleLine = titleCaseTokens(f.text, toks);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (t.stop) continue;
      const surface = t.acronym || (t.capitalised && !t.sentenceStart && !f.headline) ? t.surface : t.surface.toLowerCase();
      bump(terms, t.key, surface, f.weight * (t.acronym ? 1.3 : 1), f.headline);
      const next = toks[i + 1];
      if (next && !next.stop && (unspaced ? next.gapBefore === '' : /^[\s-]*$/.test(next.gapBefore) && next.gapBefore !== '')) {
        const key = `${t.key} ${next.key}`;
        const surface = unspaced ? t.surface + next.surface : `${t.surface} ${next.surface}`;
        const keepCase = (t.acronym || (t.capitalised && !t.sentenceStart)) && !f.headline;
        bump(phrases, key, keepCase ? surface : surface.toLowerCase(), f.weight, f.headline);
      }
    }
    if (!f.headline && !unspaced) {
      for (const run of entityRuns(toks.filter((t) => !titleLine.has(t)))) {
        const content = run.filter((t) => !CONNECTORS.has(t.surface.toLowerCase()));
        if (!content.length || content.every((t) => t.stop)) continue;
        bump(entities, runKey(run), runSurface(run), f.weight, false);
        // "Chinese Ministry of Commerce" also counts for "Ministry of Commerce".
        for (let s = 1; s < run.length - 1; s++) {
          const sub = run.slice(s);
          if (CONNECTORS.has(sub[0]!.surface.toLowerCase())) continue;
          bump(entities, runKey(sub), runSurface(sub), f.weight * 0.75, false);
        }
      }
    }
  }
  // Words common in this language's news ("fears", "world") say little about which story this is.
  const rw = opts.rarityWeight ?? DEFAULT_RARITY_WEIGHT;
  if (rw > 0) {
    const rare = (key: string) => Math.max(...key.split(' ').filter((p) => !CONNECTORS.has(p)).map((p) => rarity(p, lang)), 0);
    for (const map of [terms, phrases, entities]) for (const [k, s] of map) s.score *= 1 - rw + rw * rare(k);
  }
  // Entities named in the headline (in any casing) are the story's protagonists.
  const headKeys = new Set(tokenize(headline, lang).map((t) => t.key));
  for (const [key, s] of entities) {
    const parts = key.split(' ');
    if (parts.every((p) => headKeys.has(p) || CONNECTORS.has(p))) {
      s.score *= 1.5;
      s.inHeadline = true;
    }
  }

  // Terms: frequency with diminishing returns, headline presence doubled.
  const termRank = ranked(terms).map(([k, s]) => [k, { ...s, score: Math.log1p(s.score) * (s.inHeadline ? 2 : 1) }] as const);
  termRank.sort((a, b) => b[1].score - a[1].score);
  // Phrases that carry a headline word are about this story's core ("export controls").
  for (const [k, s] of phrases) if (k.split(' ').some((p) => headKeys.has(p))) s.score *= 1.5;
  const phraseRank = ranked(phrases).filter(([, s]) => s.count >= 2);
  // Longer names are more specific: "Ministry of Commerce" says more than "China".
  for (const [k, s] of entities) s.score *= 1 + 0.25 * (k.split(' ').filter((p) => !CONNECTORS.has(p)).length - 1);
  const entityRank = ranked(entities).filter(([, s]) => s.count >= 2 || s.inHeadline || s.score >= 3);

  const topTerms = termRank.slice(0, 16);
  const topPhrases = phraseRank.slice(0, 8);
  const topEntities = entityRank.slice(0, 8);

  const weights: Record<string, number> = {};
  const maxTerm = topTerms[0]?.[1].score ?? 1;
  for (const [k, s] of topTerms) weights[k] = Math.max(weights[k] ?? 0, s.score / maxTerm);
  const maxPhrase = topPhrases[0]?.[1].score ?? 1;
  for (const [k, s] of topPhrases) weights[k] = Math.max(weights[k] ?? 0, 0.5 + (0.5 * s.score) / maxPhrase);
  const maxEnt = topEntities[0]?.[1].score ?? 1;
  for (const [k, s] of topEntities) {
    weights[k] = Math.max(weights[k] ?? 0, 0.5 + (0.5 * s.score) / maxEnt);
    // The words of a name are good match keys on their own (a headline says "Commerce Ministry").
    for (const part of k.split(' ')) {
      if (CONNECTORS.has(part)) continue;
      weights[part] = Math.max(weights[part] ?? 0, 0.4);
    }
  }

  const termList = topTerms.map(([, s]) => display(bestSurface(s)));
  const phraseList = topPhrases.map(([, s]) => display(bestSurface(s)));
  const entityList = topEntities.map(([, s]) => display(bestSurface(s)));

  const pageHost = hostOf(input.canonicalUrl) ?? hostOf(input.url);
  const listed = pageHost ? matchOutlet(pageHost, SHIPPED_OUTLETS) : undefined;
  const siteCountry = (listed && listed.country !== 'INT' ? listed.country : undefined) ?? countryFromHost(pageHost);
  const now = opts.now ?? Date.now;
  const dated = articleDate({ publishedAt: input.publishedAt, url: input.url, canonicalUrl: input.canonicalUrl, text: input.text });
  const anchor = dated?.ms ?? now();
  const wide = dateWindow(anchor, opts.daysBefore, opts.daysAfter);
  // Without a date the story could be from any time in the wide window: search it whole at once.
  const firstWindow = !dated ? wide : dated.precision === 'month' ? dateWindow(anchor, 16, 16) : dateWindow(anchor, FIRST_WINDOW_DAYS, FIRST_WINDOW_DAYS);

  return {
    headline,
    lang,
    terms: termList,
    phrases: phraseList,
    entities: entityList,
    weights,
    anchorDate: new Date(anchor).toISOString(),
    dateSource: dated?.source ?? 'none',
    window: wide,
    firstWindow,
    keywordQueries: keywordQueries(headline, lang, topEntities, topPhrases, topTerms, unspaced),
    excludeHosts: [...new Set([hostOf(input.url), hostOf(input.canonicalUrl)].filter((h): h is string => !!h))],
    ...(input.lang ? { langTag: input.lang } : {}),
    ...(siteCountry ? { siteCountry } : {}),
    edition: pickEdition({ langTag: input.lang, lang, siteCountry, host: pageHost, sample: headline + ' ' + text.slice(0, 400) }),
  };
}

function quote(s: string): string {
  return /\s/.test(s) ? `"${s.replace(/"/g, '')}"` : s;
}

/** Strict to loose: (1) the most salient names and words, (2) the headline's content words. Search
 * engines AND their words, so four items is about as many as still finds other outlets' wording. */
function keywordQueries(
  headline: string,
  lang: string,
  entities: readonly (readonly [string, Stat])[],
  phrases: readonly (readonly [string, Stat])[],
  terms: readonly (readonly [string, Stat])[],
  unspaced: boolean,
): string[] {
  const picked: string[] = [];
  const covered = new Set<string>();
  // An inflected form of a word already searched ("Merkelin" after "Merkel", "Windowsa" after "Windows")
  // adds nothing: the search engine matches the name, and the extra word only narrows the search.
  const stemOf = (p: string) => (!unspaced && [...p].length > 5 && /^\p{L}+$/u.test(p) ? `~${[...p].slice(0, 5).join('')}` : p);
  const take = (key: string, surface: string) => {
    const parts = key.split(' ').filter((p) => !CONNECTORS.has(p));
    if (parts.every((p) => covered.has(p) || covered.has(stemOf(p)))) return;
    parts.forEach((p) => {
      covered.add(p);
      covered.add(stemOf(p));
    });
    picked.push(display(surface));
  };
  const pool: [string, string, number][] = [
    ...entities.slice(0, 3).map(([k, s]) => [k, bestSurface(s), s.score * 1.2] as [string, string, number]),
    // Without spaces a two-word phrase is one search word ("人工智能"), so phrases lead there.
    ...phrases.slice(0, unspaced ? 3 : 2).map(([k, s]) => [k, bestSurface(s), s.score * (unspaced ? 10 : 1)] as [string, string, number]),
    ...terms.slice(0, 6).map(([k, s]) => [k, bestSurface(s), s.score * 3] as [string, string, number]),
  ];
  pool.sort((a, b) => b[2] - a[2]);
  // A salient word inside a name or phrase is searched as the whole name: "Ana" → "Ana María".
  const names = new Set(entities.map(([k]) => k));
  const multi = pool.filter(([k]) => k.includes(' ') && names.has(k));
  for (const [k, surface] of pool) {
    if (picked.length >= 4) break;
    const upgrade = k.includes(' ') || unspaced ? undefined : multi.find(([mk]) => mk.split(' ').includes(k));
    if (upgrade) take(upgrade[0], upgrade[1]);
    take(k, surface);
  }
  const q1 = picked.map(quote).join(' ');
  const headWords = tokenize(headline, lang)
    .filter((t) => !t.stop)
    .map((t) => display(t.surface))
    .slice(0, 6);
  const q2 = headWords.join(' ');
  return [...new Set([q1, q2].filter((q) => q.trim().length > 0))];
}

export { termKey };
