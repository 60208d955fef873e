import { DEFAULT_LISTED_SITES, type ListedSite } from '../provenance/sites';
import type { Settings } from '../settings';
import { hostMatchesSuffix } from '../hosts';

/** The shipped list of AI-news domains with the user's additions and removals applied. */
export function listedSitesFor(settings: Pick<Settings, 'extraListedSites' | 'removedListedSites'>): ListedSite[] {
  const removed = settings.removedListedSites;
  const shipped = DEFAULT_LISTED_SITES.filter((s) => !removed.some((r) => hostMatchesSuffix(s.host, r) && s.host.length >= r.length));
  const added = settings.extraListedSites
    .filter((host) => !shipped.some((s) => s.host === host))
    .map((host): ListedSite => ({ host }));
  return [...shipped, ...added];
}
