/** Small DOM helpers that work the same in browsers, linkedom and happy-dom. */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function tagOf(el: Element): string {
  return (el.localName || el.tagName || '').toLowerCase();
}

/** Class and id joined, lower-cased; used for cheap "what kind of box is this" tests. */
export function classIdOf(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  if (!cls && !id) return '';
  return `${cls} ${id}`.toLowerCase().slice(0, 300);
}

const SIMPLE_ID = /^[A-Za-z][\w-]{0,80}$/;

/**
 * A selector path from the document root (or the nearest ancestor that `#id` finds),
 * built with :nth-of-type so the content script can find the element again.
 */
export function cssPath(el: Element, maxDepth = 200): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  let depth = 0;
  while (cur && depth < maxDepth) {
    const tag = tagOf(cur);
    if (!tag) break;
    const id = cur.getAttribute('id');
    // `#id` finds the first element with that id, which is what getElementById answers (a lookup, not a traversal).
    if (id && SIMPLE_ID.test(id) && cur.ownerDocument?.getElementById(id) === cur) {
      parts.unshift(`#${id}`);
      return parts.join(' > ');
    }
    if (tag === 'html') {
      parts.unshift('html');
      return parts.join(' > ');
    }
    const parent: Element | null = cur.parentElement;
    // The position among same-tag siblings needs only the siblings before; whether there is any
    // other one at all, only the siblings after up to the first same-tag one. In a content script
    // each sibling read costs a binding, and article bodies hold dozens of <p> siblings.
    let index = 1;
    let others = false;
    if (parent) {
      for (let sib = cur.previousElementSibling; sib; sib = sib.previousElementSibling) if (tagOf(sib) === tag) index++;
      others = index > 1;
      for (let sib = cur.nextElementSibling; sib && !others; sib = sib.nextElementSibling) others = tagOf(sib) === tag;
    }
    parts.unshift(others ? `${tag}:nth-of-type(${index})` : tag);
    cur = parent;
    depth++;
  }
  return parts.join(' > ');
}

export function resolveUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  const h = href.trim();
  if (!h || h.length > 2048) return undefined;
  try {
    const u = new URL(h, base || undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** The base for relative URLs: the page's first <base href> resolved against the page URL, else the page URL. */
export function baseUrlOf(base: Element | null, pageUrl: string): string {
  const baseHref = base?.getAttribute('href');
  if (baseHref) {
    try {
      return new URL(baseHref, pageUrl || undefined).href;
    } catch {
      /* fall through */
    }
  }
  return pageUrl;
}
