import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';

const AXES = ['verdict', 'category', 'lang', 'domain', 'month', 'fetchedMonth', 'error'] as const;
export type Axis = (typeof AXES)[number];
export type Summary = { records: number; bad: number } & Record<Axis, Map<string, number>>;

function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

const month = (d: unknown): string => (typeof d === 'string' && /^\d{4}-\d{2}/.test(d) ? d.slice(0, 7) : '(none)');

/**
 * Streams an NDJSON output (plain or .gz) once and counts records by verdict, signal category, language,
 * domain, month published and month fetched (WARC-Date), and error; lines that are not records are
 * counted as bad, never fatal.
 */
export async function summarise(path: string): Promise<Summary> {
  const s = { records: 0, bad: 0, ...Object.fromEntries(AXES.map((a) => [a, new Map<string, number>()])) } as Summary;
  const raw = createReadStream(path);
  const lines = createInterface({ input: path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let r: Record<string, unknown>;
    try {
      r = JSON.parse(line) as Record<string, unknown>;
      if (!r || typeof r !== 'object' || typeof r['verdict'] !== 'string') throw new Error('not a record');
    } catch {
      s.bad++;
      continue;
    }
    s.records++;
    if (typeof r['error'] === 'string') {
      bump(s.error, r['error'].replace(/\d+/g, 'N'));
      continue;
    }
    bump(s.verdict, r['verdict'] as string);
    const cats = new Set(
      (Array.isArray(r['signals']) ? (r['signals'] as Array<Record<string, unknown>>) : [])
        .filter((x) => x && !x['informational'] && typeof x['category'] === 'string')
        .map((x) => x['category'] as string),
    );
    if (!cats.size) bump(s.category, '(none)');
    for (const c of cats) bump(s.category, c);
    bump(s.lang, typeof r['lang'] === 'string' && r['lang'] ? (r['lang'] as string).toLowerCase().split('-')[0]! : '(none)');
    bump(s.domain, typeof r['domain'] === 'string' && r['domain'] ? (r['domain'] as string) : '(none)');
    bump(s.month, month(r['publishedAt']));
    if (r['fetchedAt'] !== undefined) bump(s.fetchedMonth, month(r['fetchedAt']));
  }
  return s;
}

const TITLES: Record<Axis, string> = {
  verdict: 'verdict', category: 'category (records with a signal of it)', lang: 'language', domain: 'domain',
  month: 'month published', fetchedMonth: 'month fetched (WARC-Date)', error: 'errors',
};

/** Tables for reading, or one {"by","key","count"} line per count for tools. */
export function printSummary(s: Summary, format: 'table' | 'ndjson', top: number, log = (l: string) => console.log(l)): void {
  const sorted = (m: Map<string, number>, axis: Axis) =>
    [...m].sort((a, b) => (axis.endsWith('onth') ? a[0].localeCompare(b[0]) : b[1] - a[1] || a[0].localeCompare(b[0])));
  if (format === 'ndjson') {
    log(JSON.stringify({ by: 'total', key: 'records', count: s.records }));
    for (const axis of AXES) for (const [key, count] of sorted(s[axis], axis)) log(JSON.stringify({ by: axis, key, count }));
    return;
  }
  log(`${s.records} records${s.bad ? ` (${s.bad} lines were not records)` : ''}`);
  for (const axis of AXES) {
    const rows = sorted(s[axis], axis);
    if (!rows.length) continue;
    log(`\n${TITLES[axis]}${rows.length > top ? ` (top ${top} of ${rows.length})` : ''}`);
    const shown = axis.endsWith('onth') ? rows : rows.slice(0, top);
    const w = Math.max(...shown.map(([k]) => k.length));
    for (const [k, n] of shown) log(`  ${k.padEnd(w)}  ${String(n).padStart(8)}  ${((100 * n) / Math.max(1, s.records)).toFixed(1).padStart(5)}%`);
  }
}
