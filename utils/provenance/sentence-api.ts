import type { Signal } from './types';
import { compiledRules } from './rules/compile';
import { findDisclosures } from './disclosures';
import { findLeaks } from './leaks';
import { Zone } from './walk';
import { toBlockData } from './blocks';

export type SentenceZone = 'body' | 'byline' | 'caption' | 'aside' | 'quote' | 'footer';

const ZONES: Record<SentenceZone, number> = {
  body: Zone.Article,
  byline: Zone.Byline | Zone.Article,
  caption: Zone.Caption,
  aside: Zone.Aside,
  quote: Zone.Quote | Zone.Article,
  footer: Zone.Footer,
};

/**
 * The text rules alone, on one sentence or note, as if it sat in `zone` of an article.
 * For evaluation and tests; `el` is only used for the locator.
 */
export function scanSentence(text: string, el: Element, zone: SentenceZone = 'body'): Signal[] {
  const block = toBlockData({ el, zones: ZONES[zone], text });
  const rules = compiledRules();
  return [...findDisclosures(block, rules), ...findLeaks(block, rules)];
}
