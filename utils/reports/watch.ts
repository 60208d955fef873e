import { articleBlocks } from './article-text';
import { findPassage } from './passage';
import type { InaccuracyReport, PassageWatch } from './types';

/** Side effects of a watch run, passed in so the logic runs in Node. */
export interface WatchDeps {
  /** The extension may already read this origin (`https://example.com`); never asks for more. */
  hasAccess: (origin: string) => Promise<boolean>;
  /** The article's HTML; throws with a short reason when it cannot be read. */
  fetchHtml: (url: string) => Promise<string>;
  parse: (html: string) => Document;
  now?: () => Date;
}

/** A report the reader sent, about a passage on a web page, not yet marked corrected. */
export function isWatchable(r: InaccuracyReport): boolean {
  return r.status !== 'draft' && r.outcome !== 'corrected' && !!r.quote.trim() && webOrigin(r.article.url) !== null;
}

export function webOrigin(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** The article's own address, without the fragment (which never reaches the server anyway). */
export function articleFetchUrl(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/** The next record: a change seen again keeps the date it was first seen. */
export function nextWatch(
  previous: PassageWatch | undefined,
  quote: string,
  result: Pick<PassageWatch, 'state' | 'newText' | 'error'>,
  now: Date,
): PassageWatch {
  const checkedAt = now.toISOString();
  const sameChange =
    previous && previous.quote === quote && previous.state === result.state && previous.newText === result.newText && previous.changedAt;
  const changed = result.state === 'changed' || result.state === 'removed';
  // An unreachable page says nothing new about the passage: keep what was last seen.
  if (result.state === 'unreachable' && previous && previous.quote === quote && previous.state !== 'unreachable') {
    return { ...previous, checkedAt, error: result.error ?? 'unreachable' };
  }
  return {
    checkedAt,
    state: result.state,
    quote,
    ...(result.newText !== undefined ? { newText: result.newText } : {}),
    ...(changed ? { changedAt: sameChange ? previous.changedAt : checkedAt } : {}),
    ...(result.error ? { error: result.error } : {}),
  };
}

/** The passage as the article reads now (`unreachable` with a reason when it cannot be read). */
export async function checkArticle(url: string, quote: string, deps: Pick<WatchDeps, 'fetchHtml' | 'parse'>): Promise<Pick<PassageWatch, 'state' | 'newText' | 'error'>> {
  let blocks: string[];
  try {
    blocks = articleBlocks(deps.parse(await deps.fetchHtml(articleFetchUrl(url))));
  } catch (error) {
    return { state: 'unreachable', error: error instanceof Error ? error.message : String(error) };
  }
  const found = findPassage(quote, blocks);
  return { state: found.state, ...(found.newText !== undefined ? { newText: found.newText } : {}) };
}

export interface WatchRunResult {
  /** Reports checked, with their new record. */
  checked: { id: string; watch: PassageWatch }[];
  /** Origins of watchable reports the extension may not read (the reader can allow them). */
  noAccess: string[];
}

export interface WatchOptions {
  /** Skip reports checked more recently than this (opening My reports twice fetches nothing twice). */
  minIntervalMs?: number;
  /** Most articles fetched in one run. */
  maxArticles?: number;
}

/**
 * Re-reads the article of each watchable report, once per article, from its own site only, and
 * only where the extension already has access. `save` stores each new record.
 */
export async function runWatch(
  reports: readonly InaccuracyReport[],
  deps: WatchDeps,
  save: (id: string, watch: PassageWatch) => Promise<unknown>,
  opts: WatchOptions = {},
): Promise<WatchRunResult> {
  const now = deps.now ?? (() => new Date());
  const minInterval = opts.minIntervalMs ?? 10 * 60_000;
  const maxArticles = opts.maxArticles ?? 30;
  const byUrl = new Map<string, InaccuracyReport[]>();
  for (const r of reports) {
    if (!isWatchable(r)) continue;
    const last = r.watch && r.watch.quote === r.quote.trim() ? Date.parse(r.watch.checkedAt) : NaN;
    if (now().getTime() - last < minInterval) continue;
    const key = articleFetchUrl(r.article.url);
    byUrl.set(key, [...(byUrl.get(key) ?? []), r]);
  }
  const access = new Map<string, boolean>();
  const result: WatchRunResult = { checked: [], noAccess: [] };
  let fetched = 0;
  for (const [url, group] of byUrl) {
    const origin = webOrigin(url)!;
    if (!access.has(origin)) access.set(origin, await deps.hasAccess(origin).catch(() => false));
    if (!access.get(origin)) {
      if (!result.noAccess.includes(origin)) result.noAccess.push(origin);
      continue;
    }
    if (fetched++ >= maxArticles) break;
    let html: string | Error;
    try {
      html = await deps.fetchHtml(url);
    } catch (error) {
      html = error instanceof Error ? error : new Error(String(error));
    }
    for (const r of group) {
      const quote = r.quote.trim();
      const found =
        html instanceof Error
          ? { state: 'unreachable' as const, error: html.message }
          : await checkArticle(url, quote, { fetchHtml: async () => html as string, parse: deps.parse });
      const watch = nextWatch(r.watch, quote, found, now());
      await save(r.id, watch);
      result.checked.push({ id: r.id, watch });
    }
  }
  return result;
}
