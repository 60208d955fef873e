import { parseDocument } from '../../utils/provenance/parse-html';

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

const FILLER = [
  'The city council met on Tuesday to discuss the budget for next year, which includes new spending on roads and schools.',
  'Several members raised concerns about the cost of the plan and asked for more detail before the final vote next month.',
  'The mayor said the proposal balances the needs of residents with the limits of the city treasury.',
];

/** An article page with `text` at its end inside the variant's elements; the text is set as text, never parsed as markup. */
export function variantPage(text: string, lang: string, variant: PlacementVariant): string {
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
  // Serialising the eval's own assembled page (reading markup, never writing page text into it).
  // eslint-disable-next-line no-restricted-properties
  return '<!doctype html>\n' + doc.documentElement.outerHTML;
}
