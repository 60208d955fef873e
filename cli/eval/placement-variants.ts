import { parseDocument } from '../../utils/provenance/parse-html';
import { FILLER } from './sentence-page';

/**
 * Ways a publisher's note can sit at the end of an article besides a plain paragraph: what the detector should read
 * the same whatever the markup around the words. Phrasing is held fixed, only the markup moves, so a loss here is the
 * detector's reading of structure, not of language. Each variant wraps the sentence's element(s) under the article.
 */
export const PLACEMENT_VARIANTS = {
  paragraph: [['p']],
  italic: [['p'], ['em']],
  small: [['p'], ['small']],
  'note div': [['div', 'article-note']],
  'disclaimer div': [['div', 'disclaimer']],
  'aside box': [['aside', 'ai-disclosure'], ['p']],
  'article footer': [['footer', 'article-footer'], ['p']],
  'role=note': [['div', '', 'note']],
  'list item': [['ul', 'notes'], ['li']],
  'whole link to a policy': [['p'], ['a']],
} as const satisfies Record<string, ReadonlyArray<readonly [string, string?, string?]>>;

export type PlacementVariant = keyof typeof PLACEMENT_VARIANTS;

/**
 * An article page with `text` at its end inside the variant's elements, as a document the detector reads directly; the text
 * is set as text, never parsed as markup.
 */
export function variantDocument(text: string, lang: string, variant: PlacementVariant): Document {
  const doc = parseDocument(`<!doctype html><html><head><title>Council weighs budget</title></head><body><article><h1>Council weighs budget</h1></article></body></html>`);
  doc.documentElement.setAttribute('lang', lang);
  const article = doc.querySelector('article')!;
  for (const f of FILLER) {
    const p = doc.createElement('p');
    p.textContent = f;
    article.appendChild(p);
  }
  let parent: Element = article;
  for (const [tag, cls, role] of PLACEMENT_VARIANTS[variant] as ReadonlyArray<readonly [string, string?, string?]>) {
    const el = doc.createElement(tag);
    if (cls) el.setAttribute('class', cls);
    if (role) el.setAttribute('role', role);
    if (tag === 'a') el.setAttribute('href', '/ai-policy');
    parent.appendChild(el);
    parent = el;
  }
  parent.textContent = text;
  return doc;
}
