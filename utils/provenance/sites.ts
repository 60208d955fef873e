import type { Signal } from './types';
import { hostMatchesSuffix, hostOf } from '../hosts';

export interface ListedSite {
  /** Registrable host or host suffix, lower-case, without "www.". */
  host: string;
  name: string;
  /** Where the listing comes from (citation URL). */
  source: string;
}

const NEWSGUARD_2023 = 'https://www.newsguardtech.com/special-reports/newsbots-ai-generated-news-websites-proliferating/';

/**
 * A deliberately small list: sites named as AI-generated news operations in the sources gathered in
 * research/ai-disclosure-signals.md (§2.1, §4.2). Larger lists (NewsGuard's) are licensed; users can add their own.
 */
export const DEFAULT_LISTED_SITES: ListedSite[] = [
  { host: 'celebritiesdeaths.com', name: 'CelebritiesDeaths.com', source: NEWSGUARD_2023 },
  { host: 'bestbudgetusa.com', name: 'BestBudgetUSA.com', source: NEWSGUARD_2023 },
  { host: 'countylocalnews.com', name: 'CountyLocalNews.com', source: NEWSGUARD_2023 },
  { host: 'famadillo.com', name: 'Famadillo.com', source: NEWSGUARD_2023 },
  { host: 'getintoknowledge.com', name: 'GetIntoKnowledge.com', source: NEWSGUARD_2023 },
  { host: 'theworldcanvas.com', name: 'The World Canvas (declares all content AI-generated)', source: 'https://theworldcanvas.com/ai-disclosure' },
  { host: 'tanuki-news.com', name: 'Tanuki News (declares AI-generated articles)', source: 'https://tanuki-news.com/about-ai-generation' },
  { host: 'ainyheterna.se', name: 'AI|Nyheterna (AI journalist bylines)', source: 'https://ainyheterna.se/' },
  { host: 'nyhetsveckan.se', name: 'Nyhetsveckan.se (fictional news site with 100% AI-generated content)', source: 'https://www.nyhetsveckan.se/om-pa-riktigt' },
  { host: 'sain-et-naturel.ouest-france.fr', name: 'Sain et Naturel (GenAI site found by Next)', source: 'https://www.arretsurimages.net/articles/sur-le-site-de-ouest-france-des-contenus-ecrits-en-partie-par-lia' },
];

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
    explanation: `${hit.name} is listed as publishing AI-generated news (${hit.source}).`,
    weight: 0.7,
  };
}
