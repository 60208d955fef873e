import type { Settings } from './settings';
import type { TabState } from './messages';
import { createTokenBuckets, type BucketPolicy, type TokenBuckets } from './token-bucket';

/** Verdicts loud enough for an in-page notice; the rest live in the badge and popup only. */
export const NOTICE_VERDICTS: ReadonlySet<string> = new Set(['ai-generated', 'suspected-ai']);

/**
 * How much one tab may make the worker do. A page cannot send these messages itself, but it
 * decides what its content script sees and when, so each tab gets its own budget: a burst for
 * ordinary page loads and late content, then a trickle, so that no tab keeps the worker from the
 * others. classify-blocks is counted in characters (the text rules' time follows them; a message
 * costs at least 2,000), so moving quickly from page to page stays well inside it.
 * page-details is the serialisation and parse of a whole page (up to 8 MB) that a page report
 * may start; open-details opens a window, so at most one every few seconds.
 */
export const TAB_LIMITS = {
  'classify-blocks': { capacity: 6_000_000, refillPerSecond: 1_000_000 },
  'page-report': { capacity: 20, refillPerSecond: 4 },
  'page-details': { capacity: 4, refillPerSecond: 1 / 5 },
  'open-details': { capacity: 1, refillPerSecond: 1 / 5 },
} satisfies Record<string, BucketPolicy>;

export type LimitedMessage = keyof typeof TAB_LIMITS;

export const isLimited = (type: string): type is LimitedMessage => Object.hasOwn(TAB_LIMITS, type);

export interface TabLimits {
  /** Spends `cost` of the tab's tokens for `type`; false when the tab is over its budget. */
  admit(type: LimitedMessage, tabId: number, cost?: number): boolean;
  forget(tabId: number): void;
}

export function createTabLimits(now: () => number = Date.now): TabLimits {
  const buckets = Object.fromEntries(
    Object.entries(TAB_LIMITS).map(([type, policy]) => [type, createTokenBuckets(policy, now)]),
  ) as Record<LimitedMessage, TokenBuckets>;
  return {
    admit: (type, tabId, cost) => buckets[type].take(tabId, cost),
    forget(tabId) {
      for (const b of Object.values(buckets)) b.forget(tabId);
    },
  };
}

/** Whether the tab's recorded verdict shows the in-page notice, whose button asks for details. */
export function showsNotice(state: TabState | null, settings: Pick<Settings, 'showNotice'>, dismissed: readonly string[]): boolean {
  if (!state || !settings.showNotice || !NOTICE_VERDICTS.has(state.report.verdict)) return false;
  let site: string;
  try {
    site = new URL(state.url).hostname.replace(/^www\./, '');
  } catch {
    return false;
  }
  return !dismissed.includes(site);
}
