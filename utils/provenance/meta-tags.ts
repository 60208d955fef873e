/** A <meta> element with the two attributes the article cues and the markers select it by. */
export interface MetaTag {
  el: Element;
  name: string | null;
  property: string | null;
}

/** Beyond any real page's count; a page of thousands of <meta> tags is not read past it. */
const MAX_META_TAGS = 2000;

/**
 * Every <meta> in document order, read once for both the article cues and the markers: one
 * traversal matched by tag, where the two attribute-selector lists each cost a traversal that
 * Chrome matches element by element, selector by selector.
 */
export function metaTags(doc: Document): MetaTag[] {
  const list = doc.querySelectorAll('meta');
  const out: MetaTag[] = [];
  for (let i = 0; i < list.length && i < MAX_META_TAGS; i++) {
    const el = list[i]!;
    out.push({ el, name: el.getAttribute('name'), property: el.getAttribute('property') });
  }
  return out;
}
