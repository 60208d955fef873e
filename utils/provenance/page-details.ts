import type { ArticleMeta } from './types';
import { baseUrlOf } from './dom';
import { readJsonLd, type JsonLdNode } from './jsonld';
import { extractMeta } from './meta';
import { mainText } from './maintext';
import { pageElements } from './page-elements';
import { DEFAULT_LIMITS, walkText } from './walk';

export interface PageDetails {
  meta: ArticleMeta;
  /** Up to ~4,000 characters of the article's main text. */
  text?: string;
}

/**
 * What a reader or researcher wants to know about the page beyond the verdict: headline, site,
 * byline, dates (also written in the text), language, canonical URL, contact channels, and the
 * main text for related coverage and hashing. Not needed to decide the verdict, so the browser
 * reads it in the background from the serialised page, only when something uses it.
 */
export function pageDetails(
  doc: Document,
  url: string,
  opts: { maxNodes?: number; /** Already parsed by scanPage (one process, as in the CLI). */ jsonld?: JsonLdNode[] } = {},
): PageDetails {
  const maxNodes = opts.maxNodes ?? DEFAULT_LIMITS.maxNodes;
  const els = pageElements(doc);
  const meta = extractMeta(doc, els, url, baseUrlOf(els.base, url), opts.jsonld ?? readJsonLd(doc));
  const text = mainText(walkText(doc, { ...DEFAULT_LIMITS, maxNodes }).blocks);
  return text ? { meta, text } : { meta };
}
