/**
 * The elements page details read (meta.ts, contacts.ts, dom.ts), found in one walk over the document. Each was a selector
 * query of its own, and in linkedom (the background worker and the command line) every query walks the whole document
 * whenever the page lacks what it asks for: up to ten walks per page became one. Each field answers exactly as the
 * selector in its comment did in linkedom (css-select): the class attribute as written, its tokens and substrings
 * compared with case, `rel` without it; a template's contents are not searched. The unit tests compare every field with
 * its selector on the corpus.
 */
export interface PageElements {
  /** `meta`, in document order. */
  metas: Element[];
  /** The first `title` (an SVG one too, as the selector found it). */
  title: Element | null;
  /** The first `h1`. */
  h1: Element | null;
  /** The first `.site-name, .site-title, .logo, [class*="site-name"]`. */
  siteName: Element | null;
  /** The first `[rel="author"], [itemprop="author"], .byline, .author, .author-name, [class*="byline"]`. */
  byline: Element | null;
  /** The first `time[datetime]`. */
  time: Element | null;
  /** The first MAX_DATE_TEXTS of `.dateline, .date, .published, .post-date, .entry-date, [class*="date"], time, header p, article p`. */
  dateTexts: Element[];
  /** The first `link[rel="canonical"]`. */
  canonical: Element | null;
  /** The first `base[href]`. */
  base: Element | null;
  /** The first MAX_LINKS of `a[href]`. */
  links: Element[];
}

/** How many date-bearing elements the metadata reads for a date written in the text. */
export const MAX_DATE_TEXTS = 40;
/** How many links the contact finder reads. */
export const MAX_LINKS = 4000;

// css-select's class token test: whitespace as JavaScript's \s, compared with case.
const SITE_TOKEN = /(?:^|\s)(?:site-title|logo)(?:$|\s)/;
const AUTHOR_TOKEN = /(?:^|\s)(?:author|author-name)(?:$|\s)/;
const PUBLISHED_TOKEN = /(?:^|\s)published(?:$|\s)/;

/** `rel` is one of the attributes HTML selectors compare without case. */
function relIs(el: Element, value: string): boolean {
  const rel = el.getAttribute('rel');
  return rel !== null && rel.length === value.length && rel.toLowerCase() === value;
}

/** `header p, article p`: a paragraph with either among its ancestors. */
function inHeaderOrArticle(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.localName === 'header' || p.localName === 'article') return true;
  return false;
}

/** The next element in document order after `el`, not entering a template's contents; null after the last. */
function nextElement(el: Element): Element | null {
  const child = el.localName === 'template' ? null : el.firstElementChild;
  if (child) return child;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const sib = cur.nextElementSibling;
    if (sib) return sib;
  }
  return null;
}

export function pageElements(doc: Document): PageElements {
  const out: PageElements = { metas: [], title: null, h1: null, siteName: null, byline: null, time: null, dateTexts: [], canonical: null, base: null, links: [] };
  for (let el = doc.firstElementChild; el; el = nextElement(el)) {
    const tag = el.localName;
    if (tag === 'meta') out.metas.push(el);
    else if (tag === 'a') {
      if (out.links.length < MAX_LINKS && el.hasAttribute('href')) out.links.push(el);
    } else if (tag === 'title') out.title ??= el;
    else if (tag === 'h1') out.h1 ??= el;
    else if (tag === 'link') {
      if (!out.canonical && relIs(el, 'canonical')) out.canonical = el;
    } else if (tag === 'base') {
      if (!out.base && el.hasAttribute('href')) out.base = el;
    } else if (tag === 'time') {
      if (!out.time && el.hasAttribute('datetime')) out.time = el;
    }
    // The attribute as written, as the selectors read it (linkedom's getAttribute('class') returns the class list rejoined).
    const attributed = el.hasAttributes();
    const cls = attributed ? (el.getAttributeNode('class')?.value ?? null) : null;
    if (!out.siteName && cls !== null && (cls.includes('site-name') || SITE_TOKEN.test(cls))) out.siteName = el;
    if (!out.byline && attributed && (relIs(el, 'author') || el.getAttribute('itemprop') === 'author' || (cls !== null && (cls.includes('byline') || AUTHOR_TOKEN.test(cls))))) out.byline = el;
    if (
      out.dateTexts.length < MAX_DATE_TEXTS &&
      ((cls !== null && (cls.includes('date') || PUBLISHED_TOKEN.test(cls))) || tag === 'time' || (tag === 'p' && inHeaderOrArticle(el)))
    )
      out.dateTexts.push(el);
  }
  return out;
}
