/**
 * Google News RSS search (keyless). Links are news.google.com redirects; the publisher is taken from
 * `<source url>` and the link is not decoded over the network (fragile and rate-limited; research
 * §1.1). Old-format ids that embed the publisher URL are decoded locally.
 * Terms: "personal, non-commercial feed reader" use; results are shown with "via Google News".
 */
import { ProviderError } from '../errors';
import { parseFeed } from '../feed-parse';
import { getText } from '../http';
import { matchOutlet } from '../outlets';
import type { Candidate, CoverageQuery } from '../types';
import { pickEdition, type GoogleEdition } from '../editions';
import { endpointFor, hostnameOf, originPattern, type CoverageProvider, type ProviderContext } from './provider';

export const GOOGLE_NEWS_ENDPOINT = 'https://news.google.com/rss/search';
/** Distinct listed outlets after which a wider or looser search adds nothing worth the request. */
export const GOOGLE_ENOUGH_OUTLETS = 5;

/** The edition for a bare language (no region, no site): `pickEdition` does the full choice. */
export function googleEdition(lang: string): GoogleEdition {
  return pickEdition({ lang });
}

/** `after:` and `before:` always together: a bare `before:` leaks newer items (research §1.1). */
export function buildGoogleNewsUrl(
  endpoint: string,
  keywords: string,
  window: { from: string; to: string },
  edition: { hl: string; gl: string; ceid: string },
): string {
  const u = new URL(endpoint);
  u.searchParams.set('q', `${keywords} after:${window.from} before:${window.to}`);
  u.searchParams.set('hl', edition.hl);
  u.searchParams.set('gl', edition.gl);
  u.searchParams.set('ceid', edition.ceid);
  return u.toString();
}

function base64UrlBytes(s: string): Uint8Array | undefined {
  try {
    const b64 = s.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function varint(bytes: Uint8Array, at: number): [number, number] | undefined {
  let v = 0;
  let shift = 0;
  for (let i = at; i < bytes.length && shift < 35; i++) {
    const b = bytes[i]!;
    v |= (b & 0x7f) << shift;
    if (!(b & 0x80)) return [v, i + 1];
    shift += 7;
  }
  return undefined;
}

/** Pre-2024 Google News ids are a protobuf whose field 4 is the publisher URL; newer ids are opaque. */
export function decodeGoogleNewsLink(link: string): string | undefined {
  const m = /\/articles\/([A-Za-z0-9_-]+)/.exec(link);
  const bytes = m?.[1] ? base64UrlBytes(m[1]) : undefined;
  if (!bytes || bytes[0] !== 0x08) return undefined;
  const first = varint(bytes, 1);
  if (!first || bytes[first[1]] !== 0x22) return undefined;
  const len = varint(bytes, first[1] + 1);
  if (!len) return undefined;
  const [n, start] = len;
  if (start + n > bytes.length) return undefined;
  const url = new TextDecoder().decode(bytes.subarray(start, start + n));
  return /^https?:\/\/[^\s]+$/.test(url) ? url : undefined;
}

function stripSourceSuffix(title: string, source?: string): string {
  if (source && title.endsWith(` - ${source}`)) return title.slice(0, -(source.length + 3)).trim();
  const i = title.lastIndexOf(' - ');
  return i > 20 ? title.slice(0, i).trim() : title;
}

async function runQuery(url: string, ctx: ProviderContext): Promise<Candidate[]> {
  await ctx.rateLimiter.acquire('google-news', ctx.signal);
  const res = await getText(url, { ...ctx.http, fetch: ctx.fetch, signal: ctx.signal, accept: 'application/rss+xml, application/xml, text/xml' });
  if (/\/rss\/unsupported/.test(res.url)) throw new ProviderError('bad-response', 'Google News does not support this edition (redirected to /rss/unsupported)');
  const out: Candidate[] = [];
  for (const item of parseFeed(res.text)) {
    const sourceHost = item.sourceUrl ? hostnameOf(item.sourceUrl) : '';
    const decoded = decodeGoogleNewsLink(item.link);
    const decodedHost = decoded ? hostnameOf(decoded) : '';
    // Trust a decoded URL only when it agrees with the <source> Google named.
    const realUrl = decoded && (!sourceHost || decodedHost.endsWith(sourceHost.replace(/^www\./, ''))) ? decoded : undefined;
    out.push({
      title: stripSourceSuffix(item.title, item.sourceName),
      url: realUrl ?? item.link,
      host: sourceHost || decodedHost || hostnameOf(item.link),
      sourceName: item.sourceName,
      publishedAt: item.publishedAt,
      provider: 'google-news',
    });
    // A story cluster names other outlets' articles; only links that decode to a publisher URL tell
    // us which outlet wrote them, so only those are kept.
    for (const r of item.related ?? []) {
      const url = decodeGoogleNewsLink(r.link);
      if (!url || url === realUrl) continue;
      out.push({ title: r.title, url, host: hostnameOf(url), sourceName: r.sourceName, publishedAt: item.publishedAt, provider: 'google-news' });
    }
  }
  return out;
}

export const googleNewsProvider: CoverageProvider = {
  id: 'google-news',
  label: 'Google News',
  defaultEndpoint: GOOGLE_NEWS_ENDPOINT,
  requiresKey: false,
  permissionOrigins(settings) {
    return [originPattern(endpointFor('google-news', GOOGLE_NEWS_ENDPOINT, settings))];
  },
  async search(query: CoverageQuery, ctx: ProviderContext): Promise<Candidate[]> {
    const endpoint = endpointFor('google-news', GOOGLE_NEWS_ENDPOINT, ctx.settings);
    const edition = ctx.settings.googleEdition ?? query.edition ?? googleEdition(query.lang);
    const out: Candidate[] = [];
    const listed = () => new Set(out.filter((c) => matchOutlet(c.host, ctx.outlets)).map((c) => c.host)).size;
    // Narrow to wide, strict to loose, stopping as soon as enough listed outlets answered:
    // (1) the strict query a few days around the date, (2) the strict query over the wide window
    // (AI sites republish old stories), (3) the headline's words over the wide window.
    const [strict, loose] = query.keywordQueries;
    const first = query.firstWindow ?? query.window;
    const sameWindow = first.from === query.window.from && first.to === query.window.to;
    const steps: { kw: string; window: { from: string; to: string } }[] = [];
    if (strict) steps.push({ kw: strict, window: first });
    if (strict && !sameWindow) steps.push({ kw: strict, window: query.window });
    if (loose) steps.push({ kw: loose, window: query.window });
    for (const [i, step] of steps.entries()) {
      try {
        out.push(...(await runQuery(buildGoogleNewsUrl(endpoint, step.kw, step.window, edition), ctx)));
      } catch (err) {
        // Later steps are a bonus: their failure must not discard what the first found.
        if (i === 0 || ctx.signal.aborted) throw err;
        break;
      }
      if (listed() >= GOOGLE_ENOUGH_OUTLETS) break;
    }
    return out;
  },
};
