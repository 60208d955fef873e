import { VERDICTS, type Verdict } from '../provenance/types';
import type { ProvenanceDb } from './db';
import type { ResearchRecord } from './record';
import { getAllRecords } from './store';
import { normaliseDomain } from './url';

export type SortKey = 'lastSeen' | 'firstSeen' | 'timesSeen' | 'confidence' | 'domain' | 'verdict' | 'title' | 'publishedAt';
export type SortDir = 'asc' | 'desc';

export interface RecordQuery {
  verdict?: Verdict | readonly Verdict[];
  /** Host suffix: `example.com` also matches `news.example.com`. */
  domain?: string;
  /** Inclusive bounds on `lastSeen`, ISO date (`2026-01-31`, whole day) or date-time. */
  from?: string;
  to?: string;
  /** Primary language subtag: `en` matches `en`, `en-GB`. */
  lang?: string;
  /** Case-insensitive; every whitespace-separated word must occur in title, URL, domain, site name or signal text. */
  text?: string;
  sort?: { key: SortKey; dir: SortDir };
  offset?: number;
  limit?: number;
}

export interface QueryResult {
  /** Records in the log. */
  total: number;
  /** Records matching the filter (the virtualised table's row count). */
  count: number;
  /** The requested window [offset, offset + limit) of the matches, sorted. */
  records: ResearchRecord[];
}

interface Row {
  r: ResearchRecord;
  /** Lower-cased searchable text, built once. */
  hay: string;
  lang: string;
  host: string | null;
}

const DEFAULT_SORT = { key: 'lastSeen', dir: 'desc' } as const;

/**
 * All records in memory with search strings built once, plus a sorted order per sort key
 * cached on first use. A query then is one linear pass in sort order: ~10 ms for 100k
 * records, where loading from IndexedDB for each query would cost a second or more.
 * Keep one per options page; call `upsert`/`remove` (or rebuild) when the log changes.
 */
export class RecordIndex {
  private rows: Row[] = [];
  private byId = new Map<string, number>();
  private orders = new Map<SortKey, Uint32Array>();
  private cols: Columns | null = null;

  constructor(records: Iterable<ResearchRecord> = []) {
    for (const r of records) this.upsert(r);
  }

  static async load(db: ProvenanceDb): Promise<RecordIndex> {
    return new RecordIndex(await getAllRecords(db));
  }

  get size(): number {
    return this.rows.length;
  }

  records(): ResearchRecord[] {
    return this.rows.map((row) => row.r);
  }

  upsert(r: ResearchRecord): void {
    const row: Row = {
      r,
      hay: [r.title, r.url, r.canonicalUrl !== r.url ? r.canonicalUrl : null, r.siteName, r.verdict, ...r.signals.map((s) => s.text)]
        .filter(Boolean)
        .join('\n')
        .toLowerCase(),
      lang: (r.lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '',
      host: r.domain ? r.domain.toLowerCase() : null,
    };
    const at = this.byId.get(r.id);
    if (at === undefined) {
      this.byId.set(r.id, this.rows.length);
      this.rows.push(row);
    } else {
      this.rows[at] = row;
    }
    this.orders.clear();
    this.cols = null;
  }

  remove(id: string): void {
    const at = this.byId.get(id);
    if (at === undefined) return;
    const last = this.rows.pop()!;
    this.byId.delete(id);
    if (at < this.rows.length) {
      this.rows[at] = last;
      this.byId.set(last.r.id, at);
    }
    this.orders.clear();
    this.cols = null;
  }

  /** All matches in sort order (for exporting the filtered view). */
  filter(q: RecordQuery): ResearchRecord[] {
    return this.run(q, 0, Number.POSITIVE_INFINITY).all;
  }

  query(q: RecordQuery): QueryResult {
    const offset = Math.max(0, q.offset ?? 0);
    const limit = Math.max(0, q.limit ?? 100);
    const { count, all } = this.run(q, offset, limit);
    return { total: this.rows.length, count, records: all };
  }

  private run(q: RecordQuery, offset: number, limit: number): { count: number; all: ResearchRecord[] } {
    const mask = this.mask(q);
    const sort = q.sort ?? DEFAULT_SORT;
    const order = this.order(sort.key);
    const n = order.length;
    const out: ResearchRecord[] = [];
    let count = 0;
    const end = offset + limit;
    const asc = sort.dir === 'asc';
    for (let k = 0; k < n; k++) {
      const i = order[asc ? k : n - 1 - k]!;
      if (mask && mask[i] === 0) continue;
      if (count >= offset && count < end) out.push(this.rows[i]!.r);
      count++;
    }
    return { count, all: out };
  }

  /**
   * Matching rows as a 0/1 mask, or null when nothing filters. Each condition is one pass over
   * a flat column, cheapest first, and later passes only look at rows still in: scanning
   * columns in storage order is several times faster than visiting records in sort order.
   */
  private mask(q: RecordQuery): Uint8Array | null {
    const passes = compile(q);
    if (passes.length === 0) return null;
    const cols = this.columns();
    const n = this.rows.length;
    const mask = new Uint8Array(n).fill(1);
    for (const pass of passes) pass(cols, mask, n);
    return mask;
  }

  private columns(): Columns {
    if (!this.cols) {
      const n = this.rows.length;
      const cols: Columns = {
        verdict: new Uint8Array(n),
        lastSeen: new Array<string>(n),
        lang: new Array<string>(n),
        host: new Array<string | null>(n),
        hay: new Array<string>(n),
      };
      for (let i = 0; i < n; i++) {
        const row = this.rows[i]!;
        cols.verdict[i] = VERDICT_CODE.get(row.r.verdict) ?? 255;
        cols.lastSeen[i] = row.r.lastSeen;
        cols.lang[i] = row.lang;
        cols.host[i] = row.host;
        cols.hay[i] = row.hay;
      }
      this.cols = cols;
    }
    return this.cols;
  }

  private order(key: SortKey): Uint32Array {
    let order = this.orders.get(key);
    if (!order) {
      const keyOf = sortValue(key);
      const keys = this.rows.map((row) => keyOf(row.r));
      const ids = this.rows.map((row) => row.r.id);
      const indices = Array.from(this.rows.keys());
      const tie = (a: number, b: number) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
      if (keys.every((k) => typeof k === 'number')) {
        const nums = Float64Array.from(keys as number[]);
        indices.sort((a, b) => nums[a]! - nums[b]! || tie(a, b));
      } else {
        indices.sort((a, b) => {
          const x = keys[a]!;
          const y = keys[b]!;
          return x < y ? -1 : x > y ? 1 : tie(a, b);
        });
      }
      order = Uint32Array.from(indices);
      this.orders.set(key, order);
    }
    return order;
  }
}

function sortValue(key: SortKey): (r: ResearchRecord) => string | number {
  switch (key) {
    case 'timesSeen':
      return (r) => r.timesSeen;
    case 'confidence':
      return (r) => r.confidence;
    case 'title':
      return (r) => (r.title ?? '').toLowerCase();
    case 'domain':
      return (r) => r.domain ?? '';
    case 'publishedAt':
      return (r) => r.publishedAt ?? '';
    default:
      // Numbers compare several times faster than ISO strings when sorting 100k rows.
      return (r) => {
        const t = Date.parse(r[key]);
        return Number.isNaN(t) ? 0 : t;
      };
  }
}

interface Columns {
  verdict: Uint8Array;
  lastSeen: string[];
  lang: string[];
  host: (string | null)[];
  hay: string[];
}

type Pass = (cols: Columns, mask: Uint8Array, n: number) => void;

const VERDICT_CODE = new Map<string, number>(VERDICTS.map((v, i) => [v, i]));

function columnPass<K extends keyof Columns>(key: K, test: (value: Columns[K][number]) => boolean): Pass {
  return (cols, mask, n) => {
    const col = cols[key];
    for (let i = 0; i < n; i++) if (mask[i] === 1 && !test(col[i] as Columns[K][number])) mask[i] = 0;
  };
}

/** The query's conditions as column passes, cheapest first. */
function compile(q: RecordQuery): Pass[] {
  const passes: Pass[] = [];
  if (q.verdict !== undefined) {
    const wanted = new Uint8Array(256);
    for (const v of typeof q.verdict === 'string' ? [q.verdict] : q.verdict) wanted[VERDICT_CODE.get(v) ?? 255] = 1;
    passes.push((cols, mask, n) => {
      const col = cols.verdict;
      for (let i = 0; i < n; i++) mask[i]! &= wanted[col[i]!]!;
    });
  }
  if (q.lang) {
    const lang = q.lang.toLowerCase().split(/[-_]/)[0] ?? '';
    passes.push(columnPass('lang', (l) => l === lang));
  }
  if (q.domain) {
    const d = normaliseDomain(q.domain);
    const dotted = '.' + d;
    passes.push(columnPass('host', (h) => h !== null && (h === d || h.endsWith(dotted))));
  }
  if (q.from) {
    const from = q.from;
    passes.push(columnPass('lastSeen', (t) => t >= from));
  }
  // A bare date as upper bound means the whole day: every date-time of that day sorts below `date + '\uffff'`.
  if (q.to) {
    const to = /^\d{4}-\d{2}-\d{2}$/.test(q.to) ? q.to + '\uffff' : q.to;
    passes.push(columnPass('lastSeen', (t) => t <= to));
  }
  const words = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  for (const w of words) passes.push(columnPass('hay', (h) => h.includes(w)));
  return passes;
}

export type RecordSource = ProvenanceDb | RecordIndex | readonly ResearchRecord[];

export async function toIndex(source: RecordSource): Promise<RecordIndex> {
  if (source instanceof RecordIndex) return source;
  if (Array.isArray(source)) return new RecordIndex(source as readonly ResearchRecord[]);
  return RecordIndex.load(source as ProvenanceDb);
}

/**
 * One page of matching records. Pass a RecordIndex for repeated queries (the options
 * page's table); a database or an array works but builds the index each call.
 */
export async function queryRecords(source: RecordSource, q: RecordQuery): Promise<QueryResult> {
  return (await toIndex(source)).query(q);
}

/**
 * The newest records straight from the `lastSeen` index, without loading the log: lets the
 * options page paint its first rows at once while `RecordIndex.load` runs for filtering.
 */
export async function readNewestPage(db: ProvenanceDb, offset = 0, limit = 50): Promise<QueryResult> {
  const tx = db.transaction('research');
  const total = await tx.store.count();
  const records: ResearchRecord[] = [];
  let cursor = await tx.store.index('lastSeen').openCursor(null, 'prev');
  if (cursor && offset > 0) cursor = await cursor.advance(offset);
  while (cursor && records.length < limit) {
    records.push(cursor.value);
    cursor = await cursor.continue();
  }
  await tx.done;
  return { total, count: total, records };
}
