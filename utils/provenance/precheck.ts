import { hintPrefilter } from './rules/prefilter';
import { DEFAULT_LISTED_SITES, findListedSite, type ListedSite } from './sites';

export interface Precheck {
  maybeArticle: boolean;
  maybeSignals: boolean;
}

const ARTICLE_HINTS =
  'article, [itemprop="articleBody"], meta[property="og:type"][content^="article" i], meta[property="article:published_time"], script[type="application/ld+json" i]';
const MARKER_HINTS =
  'meta[name="ai-disclosure" i], meta[name="ai-generated" i], meta[name="ai_generated" i], meta[name="aigc" i], meta[name*="ai-content" i], meta[name*="digitalsourcetype" i], [ai-disclosure], [data-ai-disclosure], [aidisclosure], [itemprop="digitalSourceType"], link[rel~="c2pa-manifest" i], script[type="application/c2pa" i]';
const MAX_TEXT = 1_500_000;

/**
 * Cheap gate for the content script: run detectProvenance when either flag is true. It can only say
 * "maybe": every text rule needs one of the pre-filter keywords, and every marker matches MARKER_HINTS
 * or sits in a JSON-LD block (which sets maybeArticle).
 */
export function precheck(
  doc: Document,
  opts: {
    url?: string;
    listedSites?: ListedSite[];
    /** Skip the text test once the page looks like an article: a caller that scans either way needs no more. */
    eitherIsEnough?: boolean;
  } = {},
): Precheck {
  try {
    const maybeArticle = doc.querySelector(ARTICLE_HINTS) !== null || doc.getElementsByTagName('p').length >= 5;
    let maybeSignals = doc.querySelector(MARKER_HINTS) !== null;
    if (!maybeSignals && opts.url) maybeSignals = findListedSite(opts.url, opts.listedSites ?? DEFAULT_LISTED_SITES) !== null;
    if (!maybeSignals && !(opts.eitherIsEnough && maybeArticle)) {
      const text = doc.body?.textContent ?? '';
      maybeSignals = hintPrefilter().test(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
    }
    return { maybeArticle, maybeSignals };
  } catch {
    return { maybeArticle: true, maybeSignals: true };
  }
}
