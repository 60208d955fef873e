/**
 * Richer text features for a learned head, and how to judge one (session 21's experiment; learned/README.md). The shipped
 * heads read structure and 128 hashed word buckets; this reads what a text classifier would: words, word pairs, character
 * trigrams of Latin words (for compounds and endings across languages), character pairs and triples of CJK and Hangul runs,
 * and the words on either side of the AI actor. `npx tsx cli/train/text-head-cv.ts` cross-validates heads with them.
 */

const WIDE = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The tokens hashed into buckets for one candidate: `start`–`end` is the span the grammar matched (the actor, for an actor alone). */
export function richTokens(sentence: string, start: number, end: number): string[] {
  const out: string[] = [];
  const w = wordsOf(sentence);
  w.forEach((t, i) => {
    if (WIDE.test(t)) {
      for (let j = 0; j + 1 < t.length; j++) out.push(`c2:${t.slice(j, j + 2)}`);
      for (let j = 0; j + 2 < t.length; j++) out.push(`c3:${t.slice(j, j + 3)}`);
      return;
    }
    out.push(`w:${t}`);
    if (i + 1 < w.length) out.push(`b:${t}_${w[i + 1]}`);
    const padded = `<${t}>`;
    for (let j = 0; j + 3 <= padded.length; j++) out.push(`g:${padded.slice(j, j + 3)}`);
  });
  const before = wordsOf(sentence.slice(0, start));
  const after = wordsOf(sentence.slice(end));
  out.push(`L1:${before.at(-1) ?? '^'}`, `R1:${after[0] ?? '$'}`);
  return out;
}

/** One row as cross-validation sees it: its label, the grammar's verdict alone, and its candidates' held-out scores in order. */
export interface ScoredRow {
  label: string;
  verdict: string;
  scores: ReadonlyArray<{ p: number; category: string }>;
}

export interface Operating {
  theta: number;
  found: number;
  exact: number;
  fire: number;
  corpus: number;
}

/**
 * What a head at θ adds to the grammar alone: a row the grammar left without a verdict gets its first candidate scoring ≥ θ
 * (found, and exact when that candidate's category is the label's), a negative so kept fires, and a corpus page fires when
 * its best candidate scores ≥ θ. Every θ where a decision changes, strictest first.
 */
export function operatingPoints(rows: readonly ScoredRow[], corpusTop: readonly number[]): Operating[] {
  const thetas = [...new Set(rows.flatMap((r) => r.scores.map((s) => s.p)))].sort((a, b) => b - a);
  return thetas.map((theta) => {
    const o: Operating = { theta, found: 0, exact: 0, fire: 0, corpus: corpusTop.filter((p) => p >= theta).length };
    for (const r of rows) {
      if (r.verdict !== 'none') continue;
      const hit = r.scores.find((s) => s.p >= theta);
      if (!hit) continue;
      if (r.label === 'negative') o.fire++;
      else {
        o.found++;
        if (r.label.replace('_', '-') === hit.category) o.exact++;
      }
    }
    return o;
  });
}

/** The θ the shipped heads' rule would pick: the most found + exact with no negative and no corpus page firing more; null when none gains. */
export function bestStrict(points: readonly Operating[]): Operating | null {
  let best: Operating | null = null;
  for (const p of points) if (p.fire === 0 && p.corpus === 0 && p.found + p.exact > (best ? best.found + best.exact : 0)) best = p;
  return best;
}
