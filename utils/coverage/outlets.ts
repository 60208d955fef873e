/**
 * The outlet allow-list: matching hosts on label boundaries and merging the user's edits with the
 * shipped list. Pure functions; the data lives in outlets-data.ts.
 */
import { EXCLUDED_HOSTS, SHIPPED_FEEDS, SHIPPED_OUTLETS } from './outlets-data';
import type { Outlet, OutletEdits, OutletFeed } from './types';
import { hostMatchesSuffix, normaliseHost } from '../hosts';

export { EXCLUDED_HOSTS, SHIPPED_FEEDS, SHIPPED_OUTLETS };

// One host matcher for the whole extension (outlets, listed AI sites, the per-site switch).
export { hostMatchesSuffix, normaliseHost } from '../hosts';

const indexes = new WeakMap<readonly Outlet[], Map<string, Outlet>>();

function indexOf(outlets: readonly Outlet[]): Map<string, Outlet> {
  let idx = indexes.get(outlets);
  if (!idx) {
    idx = new Map();
    for (const o of outlets) {
      const s = normaliseHost(o.hostSuffix).replace(/^\*\./, '');
      if (s && !idx.has(s)) idx.set(s, o);
    }
    indexes.set(outlets, idx);
  }
  return idx;
}

/** The most specific listed outlet for a host (longest suffix wins: `g1.globo.com` over a `globo.com`).
 * Walks the host's label suffixes against an index, so it costs a few map lookups per host. */
export function matchOutlet(host: string, outlets: readonly Outlet[]): Outlet | undefined {
  const idx = indexOf(outlets);
  const labels = normaliseHost(host).split('.');
  for (let i = 0; i < labels.length; i++) {
    const o = idx.get(labels.slice(i).join('.'));
    if (o) return o;
  }
  return undefined;
}

/** Whether a result's host belongs to the page being read (either way round: `www.x.com` vs `x.com`). */
export function isSameSite(host: string, excludeHosts: readonly string[]): boolean {
  const h = normaliseHost(host).replace(/^www\./, '');
  return excludeHosts.some((e) => {
    const x = normaliseHost(e).replace(/^www\./, '');
    return !!x && (hostMatchesSuffix(h, x) || hostMatchesSuffix(x, h));
  });
}

/** A host suffix a user typed: bare host, lower-case, no scheme, path or `www.`. Undefined if unusable. */
export function cleanHostSuffix(input: string): string | undefined {
  let s = input.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/^www\./, '').replace(/\.$/, '');
  return /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/.test(s) ? s : undefined;
}

/** The effective list: shipped outlets minus removals, plus additions (an addition replaces a shipped
 * entry with the same suffix). Never mutates its inputs. */
export function mergeOutlets(shipped: readonly Outlet[], edits: OutletEdits = {}): Outlet[] {
  const removed = new Set((edits.remove ?? []).map((r) => cleanHostSuffix(r) ?? r.toLowerCase()));
  const byHost = new Map<string, Outlet>();
  for (const o of shipped) if (!removed.has(o.hostSuffix)) byHost.set(o.hostSuffix, o);
  for (const a of edits.add ?? []) {
    const suffix = cleanHostSuffix(a.hostSuffix);
    if (!suffix || removed.has(suffix)) continue;
    byHost.set(suffix, { ...a, hostSuffix: suffix, langs: [...a.langs] });
  }
  return [...byHost.values()];
}

/** A user-added outlet from just a host, with neutral defaults. */
export function userOutlet(host: string, name?: string, extra: Partial<Outlet> = {}): Outlet | undefined {
  const hostSuffix = cleanHostSuffix(host);
  if (!hostSuffix) return undefined;
  return { hostSuffix, name: name?.trim() || hostSuffix, country: '', langs: [], type: 'newspaper', pc1: null, review: false, ...extra };
}

/** Edits after the user adds an outlet (undoing an earlier removal of it). */
export function addOutlet(edits: OutletEdits, outlet: Outlet): OutletEdits {
  const s = cleanHostSuffix(outlet.hostSuffix);
  if (!s) return edits;
  return {
    add: [...(edits.add ?? []).filter((o) => o.hostSuffix !== s), { ...outlet, hostSuffix: s }],
    remove: (edits.remove ?? []).filter((r) => r !== s),
  };
}

/** Edits after the user removes an outlet (shipped or added). */
export function removeOutlet(edits: OutletEdits, host: string): OutletEdits {
  const s = cleanHostSuffix(host);
  if (!s) return edits;
  return {
    add: (edits.add ?? []).filter((o) => o.hostSuffix !== s),
    remove: [...new Set([...(edits.remove ?? []), s])],
  };
}

/** Ranking prior: agencies and public broadcasters first, regional papers between national papers and
 * the rest (strong on their area, thinner elsewhere). Small on purpose; relevance decides. */
export function outletTier(o: Outlet | undefined): number {
  if (!o) return 0;
  if (o.type === 'agency' || o.type === 'psb') return 1;
  if (o.type === 'intl_broadcaster' || o.type === 'newspaper' || o.type === 'broadcaster') return 0.7;
  if (o.type === 'regional') return 0.6;
  return 0.5;
}

/** Feeds usable for local matching: RSS/Atom only (sitemaps carry no snippet and are large), and not
 * those known to be bot-protected or dead. */
export function usableFeeds(feeds: readonly OutletFeed[], outlets: readonly Outlet[]): OutletFeed[] {
  return feeds.filter(
    (f) => f.kind === 'rss' && !/bot-protected|invalid/.test(f.status) && outlets.some((o) => o.hostSuffix === f.hostSuffix),
  );
}
