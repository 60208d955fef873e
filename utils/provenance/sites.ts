import type { Signal } from './types';
import { hostMatchesSuffix, hostOf } from '../hosts';

export interface ListedSite {
  /** Registrable host or host suffix, lower-case, without "www.". */
  host: string;
}

/**
 * A deliberately small list: sites named as AI-generated news operations in the sources gathered in
 * research/ai-disclosure-signals.md (§2.1, §4.2). Larger lists (NewsGuard's) are licensed; users can
 * add their own. Hosts only: names and citations are in listed-site-info.ts, which the content script
 * does not ship.
 */
export const DEFAULT_LISTED_SITES: ListedSite[] = [
  'celebritiesdeaths.com',
  'bestbudgetusa.com',
  'countylocalnews.com',
  'famadillo.com',
  'getintoknowledge.com',
  'theworldcanvas.com',
  'tanuki-news.com',
  'ainyheterna.se',
  'nyhetsveckan.se',
  'sain-et-naturel.ouest-france.fr',
].map((host) => ({ host }));

export { hostMatchesSuffix };

export function findListedSite(url: string, sites: readonly ListedSite[]): Signal | null {
  const host = hostOf(url);
  if (!host) return null;
  const hit = sites.find((s) => hostMatchesSuffix(host, s.host));
  if (!hit) return null;
  return {
    kind: 'listed-site',
    category: 'suspected-ai',
    scope: 'page',
    text: hit.host,
    lang: 'und',
    rule: 'site.listed',
    // Written out by explainSignals (explain.ts) from the listing's name and citation.
    explanation: '#site',
    weight: 0.7,
  };
}
