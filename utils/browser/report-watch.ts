import { browser } from 'wxt/browser';
import { fetchArticleHtml, ReportStore, runWatch, type WatchOptions, type WatchRunResult } from '@/utils/reports';

/**
 * The host pattern of an origin. Firefox's match patterns carry no port, and Chrome's without a
 * port match every port, so the pattern is scheme and host only.
 */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

/** Whether the extension may already read this origin: never asks, never prompts. */
export async function mayRead(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/**
 * Asks the reader for access to one reported site, from a click in My reports (browsers only show
 * the prompt for a user gesture). True when granted.
 */
export async function askToRead(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/**
 * One correction-watch pass over the stored reports. `parse` is DOMParser on extension pages and
 * linkedom in the background (a Chrome service worker has no DOMParser).
 */
export async function watchStoredReports(parse: (html: string) => Document, opts: WatchOptions = {}, store?: ReportStore): Promise<WatchRunResult> {
  const reports = store ?? (await ReportStore.open());
  return runWatch(
    await reports.list(),
    { hasAccess: mayRead, fetchHtml: (url) => fetchArticleHtml(url), parse },
    (id, watch) => reports.setWatch(id, watch),
    opts,
  );
}
