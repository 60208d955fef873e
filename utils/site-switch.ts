import { hostOf, siteListMatches } from './hosts';

/** The entry the per-site switch writes for a page: its host without `www.` (null for non-web pages). */
export function siteEntryFor(url: string | null | undefined): string | null {
  const host = url ? hostOf(url) : null;
  return host ? host.replace(/^www\./, '') : null;
}

/**
 * The disabled-sites list with the page's site turned on or off. Turning a site on removes every
 * entry that covers it (an `example.com` entry would otherwise keep `news.example.com` off);
 * turning it off adds its host once.
 */
export function withSiteSwitched(list: readonly string[], url: string, on: boolean): string[] {
  const entry = siteEntryFor(url);
  if (!entry) return [...list];
  if (on) return list.filter((s) => !siteListMatches(url, [s]));
  return siteListMatches(url, list) ? [...list] : [...list, entry];
}
