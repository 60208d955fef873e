/** Related coverage: the same story at traditional, professionally staffed outlets. */
export * from './types';
export { buildCoverageQuery, inputFromReport, dateWindow, hostOf, WINDOW_DAYS_BEFORE, WINDOW_DAYS_AFTER } from './query';
export { tokenize, termKey, primaryLang } from './text';
export {
  SHIPPED_OUTLETS,
  SHIPPED_FEEDS,
  matchOutlet,
  hostMatchesSuffix,
  isSameSite,
  mergeOutlets,
  addOutlet,
  removeOutlet,
  userOutlet,
  cleanHostSuffix,
  outletTier,
} from './outlets';
export { rankCandidates, scoreCandidates, collapseDuplicates, diversify, jaccard, type RankOptions } from './rank';
export { MemoryCoverageCache, IdbCoverageCache, COVERAGE_DB_NAME, hashKey } from './cache';
export { createRateLimiter, noRateLimit, DEFAULT_INTERVALS_MS } from './rate-limit';
export { getText, readCapped, parseRetryAfter, DEFAULT_MAX_BYTES } from './http';
export { ProviderError } from './errors';
export { parseFeed, plainText, type FeedItem } from './feed-parse';
export { shouldFetchAutomatically, describeWhatIsSent, DEFAULT_PRIVACY_SETTING } from './privacy';
export { PROVIDERS, type CoverageProvider, type ProviderContext } from './providers';
export { buildGoogleNewsUrl, decodeGoogleNewsLink, googleEdition, GOOGLE_NEWS_ENDPOINT } from './providers/google-news';
export { buildGdeltUrl, parseGdeltResponse, gdeltKeywords, GDELT_ENDPOINT } from './providers/gdelt';
export { buildGuardianUrl, parseGuardianResponse, GUARDIAN_ENDPOINT } from './providers/guardian';
export { selectFeeds, feedUrl, ANCHOR_FEED_HOSTS } from './providers/feeds';
export {
  findRelated,
  coverageCacheKey,
  DEFAULT_SETTINGS,
  DEFAULT_TIMEOUTS_MS,
  DEFAULT_CACHE_TTL_MS,
  type FindRelatedDeps,
} from './find-related';

import { PROVIDERS } from './providers';
import type { CoverageSettings, ProviderId } from './types';

/**
 * The origins the enabled providers need: for an article in `lang`, what that search will reach;
 * without a language, everything any article may need (what the options page asks for).
 */
export function permissionOriginsFor(settings: CoverageSettings, lang?: string): string[] {
  return [...new Set(settings.providers.flatMap((id: ProviderId) => PROVIDERS[id].permissionOrigins(settings, lang)))];
}

/**
 * Sources that send keywords from the article (Firefox's `websiteContent` data type). The feeds
 * source sends nothing about the article, so it needs no data-collection consent.
 */
export const SENDS_WEBSITE_CONTENT: readonly ProviderId[] = ['google-news', 'gdelt', 'guardian'];

export interface PermissionAsk {
  origins: string[];
  /** Firefox only: the data types the user consents to with the source (`data_collection_permissions.optional`). */
  data_collection?: string[];
}

/** What turning source `id` on asks the browser for: its hosts and, in Firefox, consent to send page content. */
export function permissionAskFor(settings: CoverageSettings, id: ProviderId, firefox: boolean): PermissionAsk {
  const origins = permissionOriginsFor({ ...settings, providers: [id] });
  return firefox && SENDS_WEBSITE_CONTENT.includes(id) ? { origins, data_collection: ['websiteContent'] } : { origins };
}
