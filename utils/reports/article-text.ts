/** Elements whose text a reader reads as one block (a paragraph, a list item, a heading…). */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dd, dt, td, th, pre';
const HIDDEN = 'script, style, noscript, template, svg, iframe, object';

/** Most of an article's text is in its first few hundred blocks; a hostile page may have millions. */
const MAX_BLOCKS = 5000;

/**
 * The text blocks of a parsed page (linkedom in the worker, DOMParser in tests), in order. Nested
 * blocks (a paragraph in a list item) are read once, from the outermost. Falls back to the body's
 * text when the page uses no block elements.
 */
export function articleBlocks(doc: Document): string[] {
  for (const el of [...doc.querySelectorAll(HIDDEN)]) el.remove();
  const out: string[] = [];
  // Some sites set their paragraphs in bare <div>s: a div without block children counts as one.
  for (const el of doc.querySelectorAll(`${BLOCKS}, div`)) {
    if (out.length >= MAX_BLOCKS) break;
    if (el.parentElement?.closest(BLOCKS)) continue;
    if (el.localName === 'div' && el.querySelector(`${BLOCKS}, div`)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  if (out.length === 0) {
    const text = (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out;
}
