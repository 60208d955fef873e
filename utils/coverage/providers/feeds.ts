/**
 * Outlets' own RSS/Atom feeds, fetched whole and matched on this device: the private option. The
 * requests are the same for every article, so nothing about what the user reads leaves the browser.
 * Feeds only list recent items, so this finds coverage of fresh stories only.
 */
import { ProviderError } from '../errors';
import { parseFeed, type FeedItem } from '../feed-parse';
import { getText } from '../http';
import { hostMatchesSuffix, usableFeeds } from '../outlets';
import type { Candidate, CoverageQuery, CoverageSettings, Outlet, OutletFeed } from '../types';
import { SHIPPED_FEEDS, SHIPPED_OUTLETS } from '../outlets-data';
import { hostnameOf, originPattern, type CoverageProvider, type ProviderContext } from './provider';
import { feedForLanguage, outletsForLanguage } from '../outlet-select';

/** Outlets whose feeds are broad, reliable and fast (research §0.3). */
export const ANCHOR_FEED_HOSTS = ['bbc.co.uk', 'npr.org', 'theguardian.com', 'dw.com', 'france24.com', 'cbc.ca', 'abc.net.au', 'nytimes.com'];
export const DEFAULT_MAX_FEEDS = 6;
export const FEED_CACHE_TTL_MS = 20 * 60_000;

/** One feed per outlet, in the article's language where the outlet has several: the user's choice,
 * else anchors publishing in that language, then that language's outlets (the article's country
 * first), and only then the English anchors. */
export function selectFeeds(
  feeds: readonly OutletFeed[],
  outlets: readonly Outlet[],
  lang: string,
  settings: Pick<CoverageSettings, 'feedHosts' | 'maxFeeds'> = {},
  country?: string,
): OutletFeed[] {
  const usable = usableFeeds(feeds, outlets);
  const max = settings.maxFeeds ?? DEFAULT_MAX_FEEDS;
  let hosts: string[];
  if (settings.feedHosts?.length) hosts = settings.feedHosts;
  else {
    const sameLang = outletsForLanguage(outlets, lang, country).map((o) => o.hostSuffix);
    const anchors = ANCHOR_FEED_HOSTS.filter((h) => sameLang.includes(h));
    hosts = [...anchors, ...sameLang, ...ANCHOR_FEED_HOSTS];
  }
  const out: OutletFeed[] = [];
  for (const h of new Set(hosts)) {
    const f = feedForLanguage(usable, h, lang) ?? (settings.feedHosts?.length ? usable.find((x) => x.hostSuffix === h) : undefined);
    // Some listed feed URLs are http://; the outlets serve them over TLS too, and plain HTTP would
    // show every network on the way which outlets the user reads.
    if (f) out.push({ ...f, url: f.url.replace(/^http:\/\//i, 'https://') });
    if (out.length >= max) break;
  }
  return out;
}

/** The origin of every shipped feed the provider may read (over TLS, as selectFeeds asks for them), sorted. */
export function allFeedOrigins(): string[] {
  const https = usableFeeds(SHIPPED_FEEDS, SHIPPED_OUTLETS).map((f) => originPattern(f.url.replace(/^http:\/\//i, 'https://')));
  return [...new Set(https)].sort();
}

/** Under an endpoint override the feed's origin is replaced: `https://a.com/x.xml` → `<base>/a.com/x.xml`. */
export function feedUrl(url: string, base?: string): string {
  if (!base) return url;
  const u = new URL(url);
  return `${base.replace(/\/+$/, '')}/${u.hostname}${u.pathname}${u.search}`;
}

async function loadFeed(feed: OutletFeed, ctx: ProviderContext): Promise<FeedItem[]> {
  const url = feedUrl(feed.url, ctx.settings.endpoints?.feeds);
  const key = `feed:v1:${url}`;
  const hit = await ctx.cache?.get<FeedItem[]>(key).catch(() => undefined);
  if (hit) return hit.value;
  await ctx.rateLimiter.acquire('feeds', ctx.signal);
  const res = await getText(url, { ...ctx.http, fetch: ctx.fetch, signal: ctx.signal, accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml' });
  const items = parseFeed(res.text);
  await ctx.cache?.set(key, items, FEED_CACHE_TTL_MS).catch(() => undefined);
  return items;
}

export const feedsProvider: CoverageProvider = {
  id: 'feeds',
  label: "Outlets' own feeds (matched on your device)",
  defaultEndpoint: '',
  requiresKey: false,
  /** For one article's language, the feeds it will read; without a language, every feed any language may read (what turning the source on asks for). */
  permissionOrigins(settings, lang) {
    const base = settings?.endpoints?.feeds;
    if (base) return [originPattern(base)];
    if (lang === undefined) return allFeedOrigins();
    const picked = selectFeeds(SHIPPED_FEEDS, SHIPPED_OUTLETS, lang, settings);
    return [...new Set(picked.map((f) => originPattern(f.url)))];
  },
  async search(_query: CoverageQuery, ctx: ProviderContext): Promise<Candidate[]> {
    const picked = selectFeeds(ctx.feeds, ctx.outlets, _query.lang, ctx.settings, _query.siteCountry);
    if (!picked.length) throw new ProviderError('bad-response', 'no usable feeds for the selected outlets');
    const settled = await Promise.allSettled(picked.map((f) => loadFeed(f, ctx)));
    const out: Candidate[] = [];
    let firstError: unknown;
    settled.forEach((s, i) => {
      const feed = picked[i]!;
      if (s.status === 'rejected') {
        firstError ??= s.reason;
        return;
      }
      for (const item of s.value) {
        const linkHost = hostnameOf(item.link);
        out.push({
          title: item.title,
          url: item.link,
          // Feed links sometimes go through tracking hosts; the feed itself vouches for the outlet.
          host: linkHost && hostMatchesSuffix(linkHost, feed.hostSuffix) ? linkHost : feed.hostSuffix,
          sourceName: item.sourceName,
          publishedAt: item.publishedAt,
          snippet: item.description?.slice(0, 400),
          provider: 'feeds',
        });
      }
    });
    // Some feeds failing is normal (feeds die); all failing is a provider failure.
    if (!out.length && firstError !== undefined && settled.every((s) => s.status === 'rejected')) throw firstError;
    return out;
  },
};
