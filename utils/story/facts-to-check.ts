/**
 * Facts to check: the numbers, names and dates in the page's sentences that appear in none of the
 * related coverage's titles and descriptions. "Not found in the coverage we saw" is all it says —
 * headlines are short, so most absent details are simply unreported there, never shown false.
 * Nothing is produced without related coverage: absence from nothing means nothing.
 */
import type { RankedResult } from '../coverage/types';
import { isUnspaced, primaryLang, tokenize, type Token } from '../coverage/text';
import { splitSentences } from '../provenance/sentences';

export type FactKind = 'number' | 'name' | 'date';

export interface FactToCheck {
  kind: FactKind;
  /** As the page wrote it. */
  text: string;
}

export interface SentenceFacts {
  sentence: string;
  facts: FactToCheck[];
}

export const MAX_FACT_SENTENCES = 6;

const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'des', 'du', 'di', 'da', 'der', 'van', 'von', 'für', 'la', 'le']);
/** Weekdays and months are dates' words, not names (the relative-date check reads them). */
const CALENDAR_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE_RE = new RegExp(`\\b(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\.?\\s+${MONTH}(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{4}年\\d{1,2}月\\d{1,2}日)`, 'gi');
// Latin letters glue to a number (`G7`, `COVID19`: names, not figures); CJK ones do not (`120家`).
const NUMBER_RE = /(?<![\p{Script=Latin}\p{N}])\d+(?:[.,]\d+)*(?:\s?(?:%|percent|per cent|million|billion|trillion))?(?![\p{Script=Latin}\p{N}])/giu;

/** Clock times are when, not what: never listed as numbers. */
const TIME_RE = /\b\d{1,2}:\d{2}(?::\d{2})?\b/g;

/** `1,200` and `1.200` and `1200` are one number; `5%` and `5 percent` too. */
function numberKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/\s?(?:percent|per cent)$/, '%')
    .replace(/\s+/g, '')
    .replace(/(?<=\d)[.,](?=\d{3}(?!\d))/g, '');
}

function nameRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && CONNECTORS.has(run[run.length - 1]!.surface.toLowerCase())) run.pop();
    // A lone capital at a sentence's start says nothing ("These", "Despite").
    if (run.length && !(run.length === 1 && run[0]!.sentenceStart && !run[0]!.acronym)) runs.push(run);
    run = [];
  };
  for (const t of tokens) {
    const joined = /^\s*$/.test(t.gapBefore);
    if (!joined) close();
    const isName = t.acronym || (t.capitalised && !t.stop && !CALENDAR_WORDS.test(t.surface));
    if (isName) run.push(t);
    else if (run.length && CONNECTORS.has(t.surface.toLowerCase()) && joined) run.push(t);
    else close();
    if (t.possessive) close();
  }
  close();
  return runs;
}

/** Title case ("China Denounces U.S. AI Export Restrictions"): a headline or a site's tagline, where capitals name nothing. */
function isHeadline(tokens: Token[]): boolean {
  const words = tokens.filter((t) => !t.stop || t.capitalised);
  return words.length > 0 && words.filter((t) => t.capitalised || t.acronym).length / words.length > 0.6;
}

/**
 * Sentences of `text` with the facts none of `results` mentions. `lang` is the page's language
 * (names are found by capitals, so unspaced scripts give numbers and dates only). Sentences that
 * overlap `aboutThePage` (the page's own AI disclosure, as the detector quoted it) are left out:
 * they speak about the page, not the story.
 */
export function factsToCheck(text: string | undefined, results: readonly RankedResult[], lang?: string, aboutThePage: readonly string[] = []): SentenceFacts[] {
  if (!text || results.length === 0) return [];
  const l = primaryLang(lang);
  const seen = results.map((r) => `${r.title} ${(r as { snippet?: string }).snippet ?? ''}`).join(' \n ');
  const seenKeys = new Set(tokenize(seen, l).map((t) => t.key));
  const seenNumbers = new Set([...seen.matchAll(NUMBER_RE)].map((m) => numberKey(m[0])));
  const seenLower = seen.toLowerCase();
  const out: SentenceFacts[] = [];
  const reported = new Set<string>();
  const add = (facts: FactToCheck[], kind: FactKind, s: string) => {
    const key = `${kind}:${s.toLowerCase()}`;
    if (reported.has(key)) return;
    reported.add(key);
    facts.push({ kind, text: s });
  };
  for (const span of splitSentences(text.slice(0, 20_000))) {
    const sentence = text.slice(span.start, span.end).trim();
    if (!sentence || aboutThePage.some((q) => q.includes(sentence) || sentence.includes(q))) continue;
    const tokens = tokenize(sentence, l);
    // Player controls ("0:00 / 0:00"), captions of a word or two: not sentences that state facts.
    if (isHeadline(tokens) || (!isUnspaced(l) && tokens.length < 4)) continue;
    const facts: FactToCheck[] = [];
    const dateSpans: [number, number][] = [];
    for (const m of sentence.matchAll(TIME_RE)) dateSpans.push([m.index, m.index + m[0].length]);
    for (const m of sentence.matchAll(DATE_RE)) {
      dateSpans.push([m.index, m.index + m[0].length]);
      if (!seenLower.includes(m[0].toLowerCase())) add(facts, 'date', m[0]);
    }
    for (const m of sentence.matchAll(NUMBER_RE)) {
      if (dateSpans.some(([a, b]) => m.index >= a && m.index < b)) continue;
      if (!seenNumbers.has(numberKey(m[0]))) add(facts, 'number', m[0]);
    }
    for (const run of nameRuns(tokens)) {
      const words = run.filter((t) => !CONNECTORS.has(t.surface.toLowerCase()));
      if (words.every((t) => seenKeys.has(t.key))) continue;
      add(facts, 'name', run.map((t, i) => (i ? t.gapBefore.replace(/\s+/g, ' ') : '') + t.surface).join(''));
    }
    if (facts.length) out.push({ sentence, facts });
    if (out.length >= MAX_FACT_SENTENCES) break;
  }
  return out;
}
