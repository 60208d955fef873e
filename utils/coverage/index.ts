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

/** All origins the enabled providers need, for `permissions.request` when the user turns them on. */
export function permissionOriginsFor(settings: CoverageSettings, lang = 'en'): string[] {
  return [...new Set(settings.providers.flatMap((id: ProviderId) => PROVIDERS[id].permissionOrigins(settings, lang)))];
}
