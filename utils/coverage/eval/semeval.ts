/**
 * Reading SemEval-2022 Task 8 pair files (multilingual news article similarity): the CSV parser, URL
 * slugs standing in for headlines (the CSV carries URLs only), and the fixed train/held-out split.
 */

export interface Pair {
  lang: string;
  link1: string;
  link2: string;
  t1: string;
  t2: string;
  /** 1 = same story … 4 = unrelated (mean of annotators). */
  overall: number;
}

export function parseCsv(text: string): string[][] {
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

/** Same-language pairs whose two URLs both give a slug headline; rows missing a column are skipped. */
export function readPairs(csv: string, langs?: readonly string[]): Pair[] {
  const rows = parseCsv(csv);
  const header = rows.shift() ?? [];
  const col = (n: string) => header.indexOf(n);
  const [l1, l2, k1, k2, ov] = [col('url1_lang'), col('url2_lang'), col('link1'), col('link2'), col('Overall')];
  if ([l1, l2, k1, k2, ov].some((i) => i < 0)) throw new Error('not a SemEval-2022 Task 8 file: needs url1_lang, url2_lang, link1, link2, Overall columns');
  const pairs: Pair[] = [];
  for (const r of rows) {
    const lang = r[l1];
    if (!lang || lang !== r[l2]) continue;
    if (langs && !langs.includes(lang)) continue;
    const t1 = slugTitle(r[k1] ?? '');
    const t2 = slugTitle(r[k2] ?? '');
    const overall = parseFloat(r[ov] ?? '');
    if (!t1 || !t2 || !Number.isFinite(overall)) continue;
    pairs.push({ lang, link1: r[k1]!, link2: r[k2]!, t1, t2, overall });
  }
  return pairs;
}

/** FNV-1a, 32 bit: a stable hash, so the split never depends on file order or on the fit. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export type Half = 'fit' | 'held-out';

/** Which half an anchor belongs to: decided by its URL's hash alone, before anything is fitted. */
export function halfOf(anchorUrl: string): Half {
  return fnv1a(anchorUrl) % 2 === 0 ? 'fit' : 'held-out';
}

/** Mulberry32: a small seeded PRNG so runs are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}
