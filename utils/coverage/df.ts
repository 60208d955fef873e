/**
 * How common a word is in each language's news (document frequency, built offline by
 * `npm run build:df`; sources in data/df/SOURCES.md). Rare words — names, places, the story's own
 * terms — weigh more in the query than headline filler ("fears", "world", "former").
 */
import TABLES from '../../data/df/df-tables.json';

interface Table {
  n: number;
  df: Map<string, number>;
}

const cache = new Map<string, Table | null>();

function table(lang: string): Table | null {
  let t = cache.get(lang);
  if (t !== undefined) return t;
  const raw = (TABLES as Record<string, { n: number; df: Record<string, string> }>)[lang];
  t = null;
  if (raw && typeof raw.n === 'number') {
    const df = new Map<string, number>();
    for (const [n, words] of Object.entries(raw.df)) for (const w of words.split(' ')) if (w) df.set(w, Number(n));
    t = { n: raw.n, df };
  }
  cache.set(lang, t);
  return t;
}

export function hasDfTable(lang: string): boolean {
  return table(lang) !== null;
}

/** Inverse document frequency of a match key scaled to 0..1 (1 = never seen); 1 for languages without a table. */
export function rarity(key: string, lang: string): number {
  const t = table(lang);
  if (!t) return 1;
  const max = Math.log(t.n + 1);
  return Math.log((t.n + 1) / ((t.df.get(key) ?? 0) + 1)) / max;
}
