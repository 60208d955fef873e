/**
 * Finding a reported passage again in the article as it reads now. Pure text logic: the caller
 * gives the article's text blocks (see articleBlocks).
 */

export type PassageState = 'unchanged' | 'changed' | 'removed';

export interface PassageFinding {
  state: PassageState;
  /** For `changed`: the sentences that now stand where the passage was, as the page writes them. */
  newText?: string;
  /** 0..1 word overlap (Dice) of `newText` with the passage. */
  similarity?: number;
}

/**
 * Below this overlap the closest sentences are taken to be other text, not an edited passage: an
 * unrelated sentence of the same article shares its topic words (measured 0.1–0.4 on the fixture
 * articles), an edited one keeps most of its words (0.6 and up).
 */
export const CHANGED_MIN_SIMILARITY = 0.5;

/** Longest passage compared, in words: a reader quotes sentences, not whole articles. */
const MAX_QUOTE_WORDS = 600;

/** Case, width, quotation marks, dashes and spacing differ between a selection and the markup. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u300c\u300d]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('und');
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Words, with each CJK character counted as one (those scripts write no spaces). */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const token of normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (CJK.test(token)) out.push(...token);
    else out.push(token);
  }
  return out;
}

function counts(tokens: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tokens) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Sentences of a block; Intl.Segmenter knows the full stops of every script we meet. */
export function sentences(block: string): string[] {
  const text = block.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  try {
    const seg = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    return [...seg.segment(text)].map((s) => s.segment.trim()).filter(Boolean);
  } catch {
    return text.split(/(?<=[.!?。！？])\s*/).filter(Boolean);
  }
}

interface Sentence {
  text: string;
  tokens: string[];
  block: number;
}

/**
 * Where the passage stands now: word for word (`unchanged`), edited (`changed`, with the
 * closest run of sentences), or gone (`removed`).
 */
export function findPassage(quote: string, blocks: readonly string[]): PassageFinding {
  const needle = normalizeText(quote);
  if (!needle) return { state: 'unchanged' };
  const flat = normalizeText(blocks.join(' '));
  if (flat.includes(needle)) return { state: 'unchanged' };

  const q = words(quote).slice(0, MAX_QUOTE_WORDS);
  if (q.length === 0) return { state: 'removed' };
  const qCounts = counts(q);
  const all: Sentence[] = [];
  blocks.forEach((b, block) => {
    for (const text of sentences(b)) all.push({ text, tokens: words(text), block });
  });

  // The run of consecutive sentences whose words overlap the passage's most (Dice coefficient).
  const maxWords = 2 * q.length + 10;
  let best: { from: number; to: number; score: number } | null = null;
  for (let from = 0; from < all.length; from++) {
    const seen = new Map<string, number>();
    let shared = 0;
    let size = 0;
    for (let to = from; to < all.length && (to === from || size < maxWords); to++) {
      for (const t of all[to]!.tokens) {
        const had = seen.get(t) ?? 0;
        if (had < (qCounts.get(t) ?? 0)) shared++;
        seen.set(t, had + 1);
      }
      size += all[to]!.tokens.length;
      if (size === 0) continue;
      const score = (2 * shared) / (q.length + size);
      if (!best || score > best.score) best = { from, to, score };
    }
  }
  if (!best || best.score < CHANGED_MIN_SIMILARITY) return { state: 'removed', ...(best ? { similarity: round(best.score) } : {}) };
  const run = all.slice(best.from, best.to + 1);
  const newText = run.map((s, i) => (i > 0 && s.block !== run[i - 1]!.block ? '\n' : i > 0 ? ' ' : '') + s.text).join('');
  return { state: 'changed', newText, similarity: round(best.score) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
