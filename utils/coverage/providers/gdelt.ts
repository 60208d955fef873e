/**
 * GDELT DOC 2.0 ArtList (keyless). Real publisher URLs, no snippets. GDELT answers errors as text or
 * HTML (sometimes with status 200) and allows one request per 5 s per IP; after a 429 we cool down
 * for a minute instead of retrying (research §1.2).
 */
import { ProviderError } from '../errors';
import { getText } from '../http';
import { GDELT_COUNTRY, GDELT_LANG, outletsForLanguage } from '../outlet-select';
import type { Candidate, CoverageQuery, DateWindow, Outlet } from '../types';
import { endpointFor, hostnameOf, originPattern, type CoverageProvider, type ProviderContext } from './provider';

export const GDELT_ENDPOINT = 'https://api.gdeltproject.org/api/v2/doc/doc';
/** GDELT's query parser limits are undocumented; keep the query short and the domain list ≤ 20. */
export const GDELT_MAX_QUERY_CHARS = 900;
export const GDELT_MAX_DOMAINS = 20;
export const GDELT_COOL_DOWN_MS = 60_000;
/** The DOC 2.0 API searches a rolling three months. */
export const GDELT_SPAN_DAYS = 90;
/** Below this many articles from the narrow window, the wide one is searched too. */
export const GDELT_ENOUGH = 5;

const REGISTRABLE_2ND = new Set(['co', 'com', 'org', 'net', 'or', 'ac', 'gov', 'ne', 'go']);

/** `domainis:` wants the domain GDELT records (registrable): skip suffixes like `news.sky.com`. */
function gdeltDomain(suffix: string): boolean {
  const labels = suffix.split('.');
  return labels.length === 2 || (labels.length === 3 && REGISTRABLE_2ND.has(labels[1]!) && labels[2]!.length === 2);
}

/** Outlets in the article's language only (its country's first, then agencies and public
 * broadcasters): another language's outlets cannot be told apart by GDELT's English keywords. */
export function gdeltDomains(outlets: readonly Outlet[], lang: string, max = GDELT_MAX_DOMAINS, country?: string): string[] {
  const pick = outletsForLanguage(outlets, lang, country)
    .filter((o) => gdeltDomain(o.hostSuffix))
    .map((o) => o.hostSuffix);
  return [...new Set(pick)].slice(0, max);
}

/** Latin-script words survive GDELT's English translation (names, acronyms); other scripts do not. */
const LATIN = /^[\p{Script=Latin}\d\s.'’&-]+$/u;

/** What GDELT can match in a non-English article: its names (in Latin script), longest first. */
function gdeltNames(query: CoverageQuery): string[] {
  return query.entities.filter((e) => LATIN.test(e) && e.replace(/[^\p{L}]/gu, '').length >= 3).slice(0, 3);
}

/** GDELT rejects very short words ("AI"), so: the strict keyword query's longer words, each
 * upgraded to a top phrase that contains it ("export" → "export controls"), topped up from the
 * phrases and terms only when fewer than two remain. At most three items, ANDed. */
export function gdeltKeywords(query: CoverageQuery): string {
  // GDELT searches English translations of the world's press: only names carry over from other languages.
  if (query.lang !== 'en') {
    const names = gdeltNames(query);
    const picked: string[] = [];
    for (const n of names) if (!picked.some((p) => p.toLowerCase().includes(n.toLowerCase()) || n.toLowerCase().includes(p.toLowerCase()))) picked.push(n);
    return picked.slice(0, 2).map((n) => (/\s/.test(n) ? `"${n.replace(/"/g, '')}"` : n)).join(' ');
  }
  const strict = query.keywordQueries[0] ?? '';
  const clean = (s: string) => s.replace(/["()]/g, '').trim();
  const long = (s: string) => s.replace(/\./g, '').length >= 3;
  const items = [...strict.matchAll(/"([^"]+)"|(\S+)/g)]
    .map((m) => clean(m[1] ?? m[2] ?? ''))
    .filter(long)
    .slice(0, 3);
  const words = (s: string) => s.toLowerCase().split(/\s+/);
  for (const p of query.phrases.slice(0, 3).map(clean)) {
    const i = items.findIndex((it) => !/\s/.test(it) && words(p).includes(it.toLowerCase()));
    const overlaps = items.some((it) => /\s/.test(it) && words(it).some((w) => words(p).includes(w)));
    if (i >= 0 && !overlaps) items[i] = p;
  }
  for (const s of [...query.phrases.slice(0, 2), ...query.terms].map(clean)) {
    if (items.length >= 2) break;
    const lower = s.toLowerCase();
    if (long(s) && !items.some((it) => it.toLowerCase().includes(lower) || lower.includes(it.toLowerCase()))) items.push(s);
  }
  return [...new Set(items.map((it) => it.toLowerCase()))].map((l) => items.find((it) => it.toLowerCase() === l)!).map((it) => (/\s/.test(it) ? `"${it}"` : it)).join(' ');
}

function gdeltTime(isoDay: string, endOfDay: boolean): string {
  return isoDay.replace(/-/g, '') + (endOfDay ? '235959' : '000000');
}

/** The part of `window` GDELT covers (the last three months up to today), or why there is none. */
export function gdeltWindow(window: DateWindow, nowMs: number): DateWindow | { skip: string } {
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const oldest = new Date(nowMs - (GDELT_SPAN_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const from = window.from > oldest ? window.from : oldest;
  const to = window.to < today ? window.to : today;
  if (from > to) return { skip: `GDELT covers only the last three months (since ${oldest}); this article's window is ${window.from} … ${window.to}` };
  return { from, to };
}

/** Why GDELT cannot search this article, or undefined when it can. */
export function gdeltSkipReason(query: CoverageQuery): string | undefined {
  if (!gdeltKeywords(query).trim()) {
    return `GDELT searches English translations; this ${query.lang} article has no name in Latin script for it to match`;
  }
  return undefined;
}

export function buildGdeltUrl(endpoint: string, query: CoverageQuery, outlets: readonly Outlet[], nowMs: number, maxRecords = 75, window: DateWindow = query.window): string {
  const keywords = gdeltKeywords(query);
  const domains = gdeltDomains(outlets, query.lang, GDELT_MAX_DOMAINS, query.siteCountry);
  let q = '';
  // A few outlets are no filter worth the name: then the article's language (and country) is.
  if (domains.length >= 3) {
    while (domains.length) {
      q = `${keywords} (${domains.map((d) => `domainis:${d}`).join(' OR ')})`;
      if (q.length <= GDELT_MAX_QUERY_CHARS) break;
      domains.pop();
    }
  }
  if (!q) {
    const lang = GDELT_LANG[query.lang];
    const country = query.siteCountry ? GDELT_COUNTRY[query.siteCountry] : undefined;
    q = [keywords, lang ? `sourcelang:${lang}` : '', country && query.lang !== 'en' ? `sourcecountry:${country}` : ''].filter(Boolean).join(' ');
  }
  const w = gdeltWindow(window, nowMs);
  const { from, to: end } = 'skip' in w ? window : w;
  const u = new URL(endpoint);
  u.searchParams.set('query', q);
  u.searchParams.set('mode', 'ArtList');
  u.searchParams.set('format', 'json');
  u.searchParams.set('maxrecords', String(maxRecords));
  u.searchParams.set('sort', 'HybridRel');
  u.searchParams.set('startdatetime', gdeltTime(from, false));
  u.searchParams.set('enddatetime', gdeltTime(end, true));
  return u.toString();
}

/** `20230918T031500Z` → ISO. */
export function parseSeenDate(s: unknown): string | undefined {
  const m = typeof s === 'string' ? /^(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})Z?$/.exec(s) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

/** Control characters other than tab, LF and CR, which JSON forbids raw inside strings. */
function stripControlChars(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) out += ch;
  }
  return out;
}

export function parseGdeltResponse(text: string): Candidate[] {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) return [];
  // Errors come as text or HTML, sometimes with status 200: only an object is an answer.
  if (!body.startsWith('{')) {
    throw new ProviderError('bad-response', `GDELT error: ${body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200)}`);
  }
  let data: unknown;
  try {
    // GDELT sometimes emits raw control characters inside strings.
    data = JSON.parse(stripControlChars(body));
  } catch (err) {
    throw new ProviderError('bad-response', `GDELT sent invalid JSON: ${(err as Error).message}`);
  }
  if (!data || typeof data !== 'object') throw new ProviderError('bad-response', 'GDELT sent no object');
  const articles = (data as { articles?: unknown }).articles;
  if (articles === undefined) return []; // no hits: GDELT leaves the key out
  if (!Array.isArray(articles)) throw new ProviderError('bad-response', 'GDELT `articles` is not a list');
  const out: Candidate[] = [];
  for (const a of articles) {
    if (!a || typeof a !== 'object') continue;
    const r = a as Record<string, unknown>;
    const url = typeof r.url === 'string' ? r.url : '';
    const title = typeof r.title === 'string' ? r.title.replace(/\s+([:,.;!?])/g, '$1').replace(/\s+/g, ' ').trim() : '';
    if (!/^https?:\/\//.test(url) || !title) continue;
    out.push({
      title,
      url,
      host: hostnameOf(url) || (typeof r.domain === 'string' ? r.domain : ''),
      sourceName: typeof r.domain === 'string' ? r.domain : undefined,
      publishedAt: parseSeenDate(r.seendate),
      lang: typeof r.language === 'string' ? r.language : undefined,
      provider: 'gdelt',
    });
  }
  return out;
}

export const gdeltProvider: CoverageProvider = {
  id: 'gdelt',
  label: 'GDELT Project',
  defaultEndpoint: GDELT_ENDPOINT,
  requiresKey: false,
  permissionOrigins(settings) {
    return [originPattern(endpointFor('gdelt', GDELT_ENDPOINT, settings))];
  },
  async search(query: CoverageQuery, ctx: ProviderContext): Promise<Candidate[]> {
    const endpoint = endpointFor('gdelt', GDELT_ENDPOINT, ctx.settings);
    const why = gdeltSkipReason(query);
    if (why) throw new ProviderError('bad-response', `skipped: ${why}`);
    const wide = gdeltWindow(query.window, ctx.now());
    if ('skip' in wide) throw new ProviderError('bad-response', `skipped: ${wide.skip}`);
    const narrow = query.firstWindow ? gdeltWindow(query.firstWindow, ctx.now()) : wide;
    const windows = 'skip' in narrow || (narrow.from === wide.from && narrow.to === wide.to) ? [wide] : [narrow, wide];
    const out: Candidate[] = [];
    for (const [i, w] of windows.entries()) {
      await ctx.rateLimiter.acquire('gdelt', ctx.signal);
      try {
        const res = await getText(buildGdeltUrl(endpoint, query, ctx.outlets, ctx.now(), 75, w), { ...ctx.http, fetch: ctx.fetch, signal: ctx.signal, retryOn429: false, accept: 'application/json' });
        out.push(...parseGdeltResponse(res.text));
      } catch (err) {
        if (err instanceof ProviderError && err.kind === 'rate-limited') ctx.rateLimiter.coolDown('gdelt', Math.max(GDELT_COOL_DOWN_MS, err.retryAfterMs ?? 0));
        // The wide search is a bonus once the narrow one answered.
        if (i === 0 || ctx.signal.aborted) throw err;
        break;
      }
      if (out.length >= GDELT_ENOUGH) break;
    }
    return out;
  },
};
