/**
 * GDELT DOC 2.0 ArtList (keyless). Real publisher URLs, no snippets. GDELT answers errors as text or
 * HTML (sometimes with status 200) and allows one request per 5 s per IP; after a 429 we cool down
 * for a minute instead of retrying (research §1.2).
 */
import { ProviderError } from '../errors';
import { getText } from '../http';
import { outletTier } from '../outlets';
import type { Candidate, CoverageQuery, Outlet } from '../types';
import { endpointFor, hostnameOf, originPattern, type CoverageProvider, type ProviderContext } from './provider';

export const GDELT_ENDPOINT = 'https://api.gdeltproject.org/api/v2/doc/doc';
/** GDELT's query parser limits are undocumented; keep the query short and the domain list ≤ 20. */
export const GDELT_MAX_QUERY_CHARS = 900;
export const GDELT_MAX_DOMAINS = 20;
export const GDELT_COOL_DOWN_MS = 60_000;

const REGISTRABLE_2ND = new Set(['co', 'com', 'org', 'net', 'or', 'ac', 'gov', 'ne', 'go']);

/** `domainis:` wants the domain GDELT records (registrable): skip suffixes like `news.sky.com`. */
function gdeltDomain(suffix: string): boolean {
  const labels = suffix.split('.');
  return labels.length === 2 || (labels.length === 3 && REGISTRABLE_2ND.has(labels[1]!) && labels[2]!.length === 2);
}

/** Outlets in the article's language first, agencies and public broadcasters before the rest. */
export function gdeltDomains(outlets: readonly Outlet[], lang: string, max = GDELT_MAX_DOMAINS): string[] {
  const pick = outlets
    .filter((o) => gdeltDomain(o.hostSuffix))
    .map((o, i) => ({ o, i, s: (o.langs.includes(lang) ? 2 : 0) + outletTier(o) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.o.hostSuffix);
  return [...new Set(pick)].slice(0, max);
}

/** GDELT rejects very short words ("AI"), so: the strict keyword query's longer words, each
 * upgraded to a top phrase that contains it ("export" → "export controls"), topped up from the
 * phrases and terms only when fewer than two remain. At most three items, ANDed. */
export function gdeltKeywords(query: CoverageQuery): string {
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

export function buildGdeltUrl(endpoint: string, query: CoverageQuery, outlets: readonly Outlet[], nowMs: number, maxRecords = 75): string {
  const keywords = gdeltKeywords(query);
  const domains = gdeltDomains(outlets, query.lang);
  let q = '';
  while (domains.length) {
    q = `${keywords} (${domains.map((d) => `domainis:${d}`).join(' OR ')})`;
    if (q.length <= GDELT_MAX_QUERY_CHARS) break;
    domains.pop();
  }
  if (!domains.length) q = keywords;
  const today = new Date(nowMs).toISOString().slice(0, 10);
  const end = query.window.to < today ? query.window.to : today;
  const u = new URL(endpoint);
  u.searchParams.set('query', q);
  u.searchParams.set('mode', 'ArtList');
  u.searchParams.set('format', 'json');
  u.searchParams.set('maxrecords', String(maxRecords));
  u.searchParams.set('sort', 'HybridRel');
  u.searchParams.set('startdatetime', gdeltTime(query.window.from, false));
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
    const url = buildGdeltUrl(endpointFor('gdelt', GDELT_ENDPOINT, ctx.settings), query, ctx.outlets, ctx.now());
    await ctx.rateLimiter.acquire('gdelt', ctx.signal);
    try {
      const res = await getText(url, { ...ctx.http, fetch: ctx.fetch, signal: ctx.signal, retryOn429: false, accept: 'application/json' });
      return parseGdeltResponse(res.text);
    } catch (err) {
      if (err instanceof ProviderError && err.kind === 'rate-limited') ctx.rateLimiter.coolDown('gdelt', Math.max(GDELT_COOL_DOWN_MS, err.retryAfterMs ?? 0));
      throw err;
    }
  },
};
