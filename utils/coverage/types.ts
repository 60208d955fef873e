/**
 * Types for related coverage: finding the same story at traditional, professionally staffed outlets.
 * Everything here is plain data so it can cross the content-script / worker boundary and be cached.
 */
import type { Verdict } from '../provenance/types';

export type ProviderId = 'google-news' | 'gdelt' | 'feeds' | 'guardian';

export const PROVIDER_IDS: readonly ProviderId[] = ['google-news', 'gdelt', 'feeds', 'guardian'];

/** When related coverage is fetched without the user asking. */
export type PrivacySetting = 'flagged-only' | 'always' | 'on-click';

export type OutletType =
  | 'agency'
  | 'psb'
  | 'intl_broadcaster'
  | 'broadcaster'
  /** National newspaper (or a major paper read nationally). */
  | 'newspaper'
  /** Regional or metropolitan paper: strong on its area, ranked a little below national papers. */
  | 'regional'
  | 'digital'
  | 'magazine';

export interface Outlet {
  /** Host suffix matched on label boundaries: `bbc.co.uk` admits `www.bbc.co.uk`, not `notbbc.co.uk`. */
  hostSuffix: string;
  name: string;
  /** ISO 3166 alpha-2, or `INT` for international outlets. */
  country: string;
  /** BCP-47 primary subtags the outlet publishes in. */
  langs: string[];
  type: OutletType;
  /** Lin et al. 2023 quality score (0..1) where one exists; a tie-breaker only. */
  pc1: number | null;
  /** Editorial independence from the state is limited (state-owned or state-controlled, or captured by
   * the state): the one rule in data/outlets/README.md, so a reader or ranker can weigh such outlets. */
  review: boolean;
  /** Where the entry was checked (a list, page or public repository file). */
  source?: string;
}

export interface OutletFeed {
  hostSuffix: string;
  kind: 'rss' | 'news-sitemap';
  url: string;
  /** Validation status from the source list (`valid`, `in use by fundus`, `bot-protected`, `invalid`). */
  status: string;
  /** BCP-47 primary subtag of the feed's content (a multilingual outlet has one feed per language). */
  lang?: string;
  /** What the feed carries: `top`, `latest`, `world`, `national`, `politics`, `business`, `sport`… */
  section?: string;
}

/** The user's edits to the shipped outlet list. */
export interface OutletEdits {
  add?: Outlet[];
  /** Host suffixes to remove (exact suffix as shipped or added). */
  remove?: string[];
}

/** What related coverage needs from the article; a `ProvenanceReport` has all of it. */
export interface CoverageInput {
  url: string;
  canonicalUrl?: string;
  headline?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
  lang?: string;
  description?: string;
  text?: string;
  /** The site's name, to take it off the end of a headline ("… - La Stampa"). */
  siteName?: string;
}

export interface DateWindow {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, inclusive. */
  to: string;
}

export interface CoverageQuery {
  headline: string;
  /** Primary language subtag (`en`, `zh`…), `und` when unknown. */
  lang: string;
  /** Single-word key terms, most salient first (surface form, as shown to the user). */
  terms: string[];
  /** Multi-word key phrases (`export controls`), most salient first. */
  phrases: string[];
  /** Named entities and acronyms (`Ministry of Commerce`, `AI`), most salient first. */
  entities: string[];
  /** Match key (see `termKey`) → weight, for ranking. Derived from terms, phrases and entities. */
  weights: Record<string, number>;
  /** The article's publication date (ISO) or, when missing, the time the query was built. */
  anchorDate: string;
  /** Where the date came from: the page's metadata, its address, its text, or nowhere (then: today). */
  dateSource?: 'page' | 'url' | 'text' | 'none';
  /** The wide window: months back (AI sites republish old news) to a week after. Results outside it are dropped. */
  window: DateWindow;
  /** The first search's window: a few days around a known date. Providers widen to `window` only when it finds little. */
  firstWindow?: DateWindow;
  /** Plain keyword queries, strict to loose; each provider adds its own operators. */
  keywordQueries: string[];
  /** Hosts of the page being read: never a result. */
  excludeHosts: string[];
  /** The page's language tag as written (`en-GB`), for the edition and routing. */
  langTag?: string;
  /** The site's country (outlet list, else its country domain), ISO 3166 alpha-2, when known. */
  siteCountry?: string;
  /** The Google News edition for this article (language, region, script). */
  edition?: { hl: string; gl: string; ceid: string; note?: string };
}

/** One item as a provider found it, before the outlet list and ranking see it. */
export interface Candidate {
  title: string;
  /** The link the user should open (a Google News redirect for Google News). */
  url: string;
  /** The publisher's host (for Google News, from `<source url>`). */
  host: string;
  /** The publisher's name as the provider gave it. */
  sourceName?: string;
  publishedAt?: string;
  snippet?: string;
  lang?: string;
  provider: ProviderId;
}

export interface RankedResult {
  title: string;
  url: string;
  outlet: string;
  host: string;
  country: string;
  publishedAt?: string;
  provider: ProviderId;
  /** 0..1 */
  score: number;
  /** Human reasons, e.g. `shares: export controls, Ministry of Commerce`. */
  why: string[];
  /** False only when the caller asked to keep results from outside the outlet list. */
  listed: boolean;
  /** Near-duplicates (syndicated copies) folded into this result. */
  duplicates?: { url: string; outlet: string; host: string }[];
  /** Set when `url` is not the publisher's address but a Google News redirect (its id is opaque and no
   * other source named the same article): show and cite it as a Google News link, never as the publisher's. */
  redirect?: 'google-news';
}

export type ProviderErrorKind =
  | 'timeout'
  | 'http'
  | 'rate-limited'
  | 'bad-response'
  | 'network'
  | 'permission';

export interface ProviderFailure {
  provider: ProviderId;
  error: { kind: ProviderErrorKind; message: string; status?: number };
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface RateLimiter {
  /** Resolves when a request to `key` may go out; rejects if `signal` aborts first. */
  acquire(key: string, signal?: AbortSignal): Promise<void>;
  /** Hold `key` back for `ms` (after a 429). */
  coolDown(key: string, ms: number): void;
}

export interface CacheEntry<T> {
  value: T;
  storedAt: number;
  expiresAt: number;
}

export interface CoverageCache {
  /** Undefined when missing or expired (expiry judged with the cache's clock). */
  get<T>(key: string): Promise<CacheEntry<T> | undefined>;
  /** Stores the complete value in one write; a reader never sees half of it. */
  set<T>(key: string, value: T, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface CoverageSettings {
  providers: ProviderId[];
  /** Base URL overrides per provider (tests, self-hosted mirrors). For `feeds`, the override's origin
   * replaces each feed's scheme+host: `https://feeds.bbci.co.uk/news/rss.xml` →
   * `<override>/feeds.bbci.co.uk/news/rss.xml`. */
  endpoints?: Partial<Record<ProviderId, string>>;
  guardianKey?: string;
  extraOutlets?: Outlet[];
  removedOutlets?: string[];
  /** Keep results from outside the outlet list, marked `listed: false`. Off by default. */
  includeUnlisted?: boolean;
  maxResults?: number;
  timeoutsMs?: Partial<Record<ProviderId, number>>;
  /** Cap on bytes read from any one response. */
  maxResponseBytes?: number;
  /** Host suffixes whose own feeds the `feeds` provider reads (default: anchors in the article's language). */
  feedHosts?: string[];
  maxFeeds?: number;
  /** Retries after the first attempt on 429/5xx/network errors. */
  retries?: number;
  cacheTtlMs?: number;
  /** Google News edition, e.g. `{ hl: 'en-US', gl: 'US', ceid: 'US:en' }`; derived from the language if absent. */
  googleEdition?: { hl: string; gl: string; ceid: string };
}

export interface CoverageOutput {
  results: RankedResult[];
  failures: ProviderFailure[];
  query: CoverageQuery;
  fromCache: boolean;
}

export type { Verdict };
