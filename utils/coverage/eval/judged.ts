/**
 * The hand-judged page set for the query builder: each real page with the story's most specific
 * name or term, its right Google News edition(s), its date and the chrome strings seen on it. Scores
 * what the first query and its window get right. Node only (reads and parses the saved pages).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { checkHtml } from '../../../cli/shared/files';
import { detectProvenance } from '../../provenance';
import { buildCoverageQuery, inputFromReport } from '../query';
import type { CoverageQuery } from '../types';

export interface JudgedPage {
  file: string;
  url?: string;
  lang: string;
  /** Any of these (case-insensitive substring) in the first query counts. */
  term: string[];
  edition: string[];
  date: string | null;
  chrome: string[];
}

export interface Judgement {
  file: string;
  lang: string;
  firstQuery: string;
  edition: string;
  window: { from: string; to: string };
  hasTerm: boolean;
  chromeFound: string[];
  rightEdition: boolean;
  /** Undefined when the date is not known. */
  windowHoldsDate?: boolean;
  windowDays: number;
}

const DAY = 86_400_000;

export function judge(page: JudgedPage, query: CoverageQuery): Judgement {
  const first = query.keywordQueries[0] ?? '';
  const low = first.toLowerCase().normalize('NFC');
  const w = query.firstWindow ?? query.window;
  const days = Math.round((Date.parse(w.to) - Date.parse(w.from)) / DAY) + 1;
  const allQueries = query.keywordQueries.join(' \u0000 ').toLowerCase();
  return {
    file: page.file,
    lang: page.lang,
    firstQuery: first,
    edition: query.edition?.ceid ?? '',
    window: w,
    hasTerm: page.term.some((t) => low.includes(t.toLowerCase().normalize('NFC'))),
    chromeFound: page.chrome.filter((c) => allQueries.includes(c.toLowerCase())),
    rightEdition: page.edition.includes(query.edition?.ceid ?? ''),
    ...(page.date ? { windowHoldsDate: w.from <= page.date && page.date <= w.to } : {}),
    windowDays: days,
  };
}

export function loadJudgedPages(dir: URL): { page: JudgedPage; query: CoverageQuery }[] {
  const pages = JSON.parse(readFileSync(new URL('judged.json', dir), 'utf8')) as JudgedPage[];
  return pages.map((page) => {
    const html = checkHtml(gunzipSync(readFileSync(new URL(`pages/${page.file.replace(/\//g, '__')}.gz`, dir))));
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined;
    const url = page.url ?? (canonical && /^https?:\/\//.test(canonical) ? canonical : `https://judged.invalid/${page.file}`);
    const report = detectProvenance(doc, { url });
    // A fixed clock: an undated page's window must not depend on the day the test runs.
    return { page, query: buildCoverageQuery(inputFromReport(report), { now: () => Date.parse('2026-11-30T12:00:00Z') }) };
  });
}

export interface JudgedFigures {
  pages: number;
  languages: number;
  term: number;
  noChrome: number;
  edition: number;
  dated: number;
  windowHoldsDate: number;
  windowWithin14Days: number;
}

export function figures(js: readonly Judgement[]): JudgedFigures {
  const dated = js.filter((j) => j.windowHoldsDate !== undefined);
  const frac = (n: number, d: number) => (d ? n / d : 0);
  return {
    pages: js.length,
    languages: new Set(js.map((j) => j.lang)).size,
    term: frac(js.filter((j) => j.hasTerm).length, js.length),
    noChrome: frac(js.filter((j) => !j.chromeFound.length).length, js.length),
    edition: frac(js.filter((j) => j.rightEdition).length, js.length),
    dated: dated.length,
    windowHoldsDate: frac(dated.filter((j) => j.windowHoldsDate).length, dated.length),
    windowWithin14Days: frac(dated.filter((j) => j.windowDays <= 14).length, dated.length),
  };
}
