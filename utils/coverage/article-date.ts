/**
 * The article's date for the search window. The page's metadata (JSON-LD, meta tags, <time>, a date
 * near the headline) is read by the detector; when it has none, the address often carries one
 * (`/2021/03/04/`, `/20220503/`, `/2022-05-04/`, `/2022/05/`), and failing that the first date written
 * near the top of the text.
 */
import { dateInText, normalizeDate } from '../provenance/dates';

export type DateSource = 'page' | 'url' | 'text' | 'none';

function valid(y: number, m: number, d: number): string | undefined {
  if (y < 1995 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A date in a URL's path: full dates only, or year/month (the 15th: the window then covers the month's middle). */
export function dateInUrl(url: string | undefined): { date: string; precision: 'day' | 'month' } | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  const full = /(?:^|[/_-])((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-]|\D)/.exec(path);
  if (full) {
    const d = valid(+full[1]!, +full[2]!, +full[3]!);
    if (d) return { date: d, precision: 'day' };
  }
  // CNN's `/2013/middle_east/8/3/`: year, a section, month and day without zeros.
  const sectioned = /\/((?:19|20)\d{2})\/[a-z_-]+\/(\d{1,2})\/(\d{1,2})\//i.exec(path);
  if (sectioned) {
    const d = valid(+sectioned[1]!, +sectioned[2]!, +sectioned[3]!);
    if (d) return { date: d, precision: 'day' };
  }
  const month = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//.exec(path);
  if (month) {
    const d = valid(+month[1]!, +month[2]!, 15);
    if (d) return { date: d, precision: 'month' };
  }
  return undefined;
}

export function articleDate(input: { publishedAt?: string; url?: string; canonicalUrl?: string; text?: string }): { ms: number; source: DateSource; precision: 'day' | 'month' } | undefined {
  const fromPage = input.publishedAt ? Date.parse(normalizeDate(input.publishedAt) ?? input.publishedAt) : NaN;
  if (Number.isFinite(fromPage)) return { ms: fromPage, source: 'page', precision: 'day' };
  const inText = input.text ? dateInText(input.text.slice(0, 1500)) : undefined;
  const textMs = inText ? Date.parse(inText.length === 10 ? inText + 'T12:00:00Z' : inText) : NaN;
  for (const u of [input.canonicalUrl, input.url]) {
    const hit = dateInUrl(u);
    if (!hit) continue;
    // `/2019/01/` says the month; a date in the text within that month says the day.
    if (hit.precision === 'month' && Number.isFinite(textMs) && inText!.slice(0, 7) === hit.date.slice(0, 7)) return { ms: textMs, source: 'text', precision: 'day' };
    return { ms: Date.parse(hit.date + 'T12:00:00Z'), source: 'url', precision: hit.precision };
  }
  if (Number.isFinite(textMs)) return { ms: textMs, source: 'text', precision: 'day' };
  return undefined;
}
