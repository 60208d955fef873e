/**
 * The one interface every related-coverage source implements. A provider turns a query into raw
 * candidates; the outlet list, exclusion and ranking happen after, the same way for all of them.
 */
import type { HttpOptions } from '../http';
import type { Candidate, CoverageCache, CoverageQuery, CoverageSettings, FetchLike, Outlet, OutletFeed, ProviderId, RateLimiter } from '../types';

export interface ProviderContext {
  fetch: FetchLike;
  /** Aborts when the provider's time is up. */
  signal: AbortSignal;
  settings: CoverageSettings;
  /** The effective outlet list (shipped + user edits). */
  outlets: readonly Outlet[];
  feeds: readonly OutletFeed[];
  rateLimiter: RateLimiter;
  /** Shared HTTP policy: retries, backoff, byte cap, clock. */
  http: Omit<HttpOptions, 'fetch' | 'signal'>;
  now: () => number;
  /** For providers that cache their own pieces (feeds). */
  cache?: CoverageCache;
}

export interface CoverageProvider {
  id: ProviderId;
  /** Shown to the user, with attribution ("via Google News"). */
  label: string;
  defaultEndpoint: string;
  /** Needs the user's own API key. */
  requiresKey: boolean;
  /** Match patterns for `optional_host_permissions` (the extension asks when the user turns it on). */
  permissionOrigins(settings?: Pick<CoverageSettings, 'endpoints' | 'feedHosts' | 'maxFeeds'>, lang?: string): string[];
  search(query: CoverageQuery, ctx: ProviderContext): Promise<Candidate[]>;
}

export function endpointFor(id: ProviderId, fallback: string, settings?: Pick<CoverageSettings, 'endpoints'>): string {
  return settings?.endpoints?.[id] || fallback;
}

/** `https://news.google.com/rss/search` → `https://news.google.com/*`. */
export function originPattern(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return url;
  }
}

export function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}
