/**
 * Reads the outlet list's source CSVs (data/outlets/) into checked rows, applies the one review rule,
 * counts the figures and renders utils/coverage/outlets-data.ts. Pure: the generator and the tests
 * both call it, so the shipped module can be checked against its CSVs.
 */
import { parse } from 'csv-parse/sync';
import type { Outlet, OutletFeed, OutletType } from '../../utils/coverage/types';

/** How far an outlet's newsroom is independent of the state (data/outlets/README.md). */
export type Control = 'independent' | 'public' | 'state' | 'captured';

export interface OutletRow extends Outlet {
  control: Control;
}

export interface ExcludedRow {
  hostSuffix: string;
  name: string;
  reason: string;
  source: string;
}

export interface OutletData {
  outlets: OutletRow[];
  feeds: OutletFeed[];
  excluded: ExcludedRow[];
}

const TYPES: readonly OutletType[] = ['agency', 'psb', 'intl_broadcaster', 'broadcaster', 'newspaper', 'regional', 'digital', 'magazine'];
const CONTROLS: readonly Control[] = ['independent', 'public', 'state', 'captured'];
const FEED_KINDS: readonly OutletFeed['kind'][] = ['rss', 'news-sitemap'];
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const LANG = /^[a-z]{2,3}$/;
const COUNTRY = /^(?:[A-Z]{2}|INT)$/;

/** The review rule, the only place it is written in code: review exactly when the state controls
 * the newsroom, directly or through a captured owner. */
export function reviewFor(control: Control): boolean {
  return control === 'state' || control === 'captured';
}

function records(text: string, file: string, columns: readonly string[]): Record<string, string>[] {
  const rows = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const header = Object.keys(rows[0] ?? {});
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
  return rows;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], where: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${where}: "${value}" is not one of ${allowed.join(', ')}`);
  return value as T;
}

function need(value: string | undefined, where: string): string {
  if (!value) throw new Error(`${where}: empty`);
  return value;
}

export function parseOutlets(text: string): OutletRow[] {
  return records(text, 'outlets.csv', ['host_suffix', 'name', 'country', 'langs', 'type', 'control', 'pc1', 'source']).map((r, i) => {
    const at = `outlets.csv row ${i + 2}`;
    const hostSuffix = need(r.host_suffix, `${at} host_suffix`);
    if (!HOST.test(hostSuffix) || hostSuffix.startsWith('www.')) throw new Error(`${at}: bad host suffix "${hostSuffix}"`);
    const country = need(r.country, `${at} country`);
    if (!COUNTRY.test(country)) throw new Error(`${at}: bad country "${country}"`);
    const langs = need(r.langs, `${at} langs`).split(/\s+/);
    for (const l of langs) if (!LANG.test(l)) throw new Error(`${at}: bad language "${l}"`);
    const control = oneOf(need(r.control, `${at} control`), CONTROLS, `${at} control`);
    const pc1 = r.pc1 ? Number(r.pc1) : null;
    if (pc1 !== null && !(pc1 >= 0 && pc1 <= 1)) throw new Error(`${at}: bad pc1 "${r.pc1}"`);
    return {
      hostSuffix,
      name: need(r.name, `${at} name`),
      country,
      langs,
      type: oneOf(need(r.type, `${at} type`), TYPES, `${at} type`),
      pc1,
      review: reviewFor(control),
      source: need(r.source, `${at} source`),
      control,
    };
  });
}

export function parseFeeds(text: string): OutletFeed[] {
  return records(text, 'feeds.csv', ['host_suffix', 'kind', 'url', 'lang', 'section', 'status', 'source']).map((r, i) => {
    const at = `feeds.csv row ${i + 2}`;
    const url = need(r.url, `${at} url`);
    if (!/^https?:\/\/[^\s]+$/.test(url)) throw new Error(`${at}: bad url "${url}"`);
    need(r.source, `${at} source`);
    const feed: OutletFeed = {
      hostSuffix: need(r.host_suffix, `${at} host_suffix`),
      kind: oneOf(need(r.kind, `${at} kind`), FEED_KINDS, `${at} kind`),
      url,
      status: need(r.status, `${at} status`),
    };
    if (r.lang) {
      if (!LANG.test(r.lang)) throw new Error(`${at}: bad language "${r.lang}"`);
      feed.lang = r.lang;
    }
    if (r.section) feed.section = r.section;
    return feed;
  });
}

export function parseExcluded(text: string): ExcludedRow[] {
  return records(text, 'excluded.csv', ['host_suffix', 'name', 'reason', 'source']).map((r, i) => {
    const at = `excluded.csv row ${i + 2}`;
    return {
      hostSuffix: need(r.host_suffix, `${at} host_suffix`),
      name: need(r.name, `${at} name`),
      reason: need(r.reason, `${at} reason`),
      source: need(r.source, `${at} source`),
    };
  });
}

export function parseOutletData(files: { outlets: string; feeds: string; excluded: string }): OutletData {
  return { outlets: parseOutlets(files.outlets), feeds: parseFeeds(files.feeds), excluded: parseExcluded(files.excluded) };
}

export interface OutletFigures {
  outlets: number;
  countries: number;
  review: number;
  feeds: number;
  perLanguage: Record<string, number>;
  perType: Record<string, number>;
  perCountry: Record<string, number>;
}

function tally(keys: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

export function outletFigures(data: OutletData): OutletFigures {
  const perCountry = tally(data.outlets.map((o) => o.country).filter((c) => c !== 'INT'));
  return {
    outlets: data.outlets.length,
    countries: Object.keys(perCountry).length,
    review: data.outlets.filter((o) => o.review).length,
    feeds: data.feeds.length,
    perLanguage: tally(data.outlets.flatMap((o) => o.langs)),
    perType: tally(data.outlets.map((o) => o.type)),
    perCountry,
  };
}

const HEADER = `/**
 * The shipped outlet allow-list. GENERATED by \`npm run gen:outlets\` from data/outlets/*.csv — edit the
 * CSVs, not this file (a unit test checks the two agree). Criteria, the review rule and the exclusion
 * lists: data/outlets/README.md; where each row was checked: its \`source\`, and data/outlets/SOURCES.md.
 * \`pc1\` (Lin et al. 2023) is a tie-breaker only.
 */
import type { Outlet, OutletFeed } from './types';
`;

/** The generated TypeScript module. Tuples keep the background bundle small. */
export function renderOutletModule(data: OutletData): string {
  const j = (v: unknown) => JSON.stringify(v);
  const outletRows = data.outlets.map(
    (o) => `  [${j(o.hostSuffix)}, ${j(o.name)}, ${j(o.country)}, ${j(o.langs.join(','))}, ${j(o.type)}, ${j(o.pc1)}, ${j(o.review)}, ${j(o.source)}],`,
  );
  const feedRows = data.feeds.map(
    (f) => `  [${j(f.hostSuffix)}, ${j(f.kind)}, ${j(f.url)}, ${j(f.status)}, ${j(f.lang ?? '')}, ${j(f.section ?? '')}],`,
  );
  return `${HEADER}
// host_suffix, name, country, langs, type, pc1 (or null), review flag, source
type Row = [string, string, string, string, Outlet['type'], number | null, boolean, string];

const ROWS: Row[] = [
${outletRows.join('\n')}
];

export const SHIPPED_OUTLETS: readonly Outlet[] = ROWS.map(([hostSuffix, name, country, langs, type, pc1, review, source]) => ({
  hostSuffix,
  name,
  country,
  langs: langs.split(','),
  type,
  pc1,
  review,
  source,
}));

// host_suffix, kind, url, status, lang ('' = unknown), section ('' = unknown)
type FeedRow = [string, OutletFeed['kind'], string, string, string, string];

const FEED_ROWS: FeedRow[] = [
${feedRows.join('\n')}
];

export const SHIPPED_FEEDS: readonly OutletFeed[] = FEED_ROWS.map(([hostSuffix, kind, url, status, lang, section]) => ({
  hostSuffix,
  kind,
  url,
  status,
  ...(lang ? { lang } : {}),
  ...(section ? { section } : {}),
}));

/** Hosts deliberately left off (state propaganda, content farms, press-release wires, aggregators):
 * never to be added back by a data refresh. */
export const EXCLUDED_HOSTS: readonly string[] = ${j(data.excluded.map((e) => e.hostSuffix))};
`;
}
