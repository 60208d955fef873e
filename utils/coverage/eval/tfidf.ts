/**
 * The baseline the ranker must beat: TF-IDF cosine between the anchor's headline and each
 * candidate's, over the same tokens (same tokenizer, stopwords and match keys) the ranker sees.
 */
import { tokenize } from '../text';

export type IdfTable = (key: string) => number;

function keys(text: string, lang: string): string[] {
  return tokenize(text, lang)
    .filter((t) => !t.stop)
    .map((t) => t.key);
}

/** Smoothed IDF over a document collection (here: every headline of the language in the evaluated half). */
export function idfFrom(docs: readonly string[], lang: string): IdfTable {
  const df = new Map<string, number>();
  for (const d of docs) for (const k of new Set(keys(d, lang))) df.set(k, (df.get(k) ?? 0) + 1);
  const n = docs.length;
  return (k) => Math.log((1 + n) / (1 + (df.get(k) ?? 0))) + 1;
}

function vector(text: string, lang: string, idf: IdfTable): Map<string, number> {
  const tf = new Map<string, number>();
  for (const k of keys(text, lang)) tf.set(k, (tf.get(k) ?? 0) + 1);
  for (const [k, v] of tf) tf.set(k, v * idf(k));
  return tf;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  for (const [k, v] of a) dot += v * (b.get(k) ?? 0);
  const na = Math.sqrt([...a.values()].reduce((s, v) => s + v * v, 0));
  const nb = Math.sqrt([...b.values()].reduce((s, v) => s + v * v, 0));
  return na && nb ? dot / (na * nb) : 0;
}

/** Scores in the order of `candidates`. */
export function tfidfScores(anchor: string, candidates: readonly string[], lang: string, idf: IdfTable): number[] {
  const q = vector(anchor, lang, idf);
  return candidates.map((c) => cosine(q, vector(c, lang, idf)));
}
