import type { Locator } from '../provenance/types';

// Bounds the walk over a hostile element with millions of text nodes.
const MAX_TEXT_NODES = 20_000;

/**
 * The DOM Range a detector locator points at: the element found by `css`, narrowed to the
 * characters `start`..`end` of its textContent when given. Null when the page has changed
 * so that the locator no longer fits (the evidence is still quoted in the popup).
 */
export function rangeForLocator(doc: Document, locator: Locator): Range | null {
  let element: Element | null;
  try {
    element = doc.querySelector(locator.css);
  } catch {
    return null;
  }
  if (!element) return null;
  const range = doc.createRange();
  if (locator.start === undefined || locator.end === undefined || locator.end <= locator.start) {
    range.selectNodeContents(element);
    return range;
  }
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let offset = 0;
  let startSet = false;
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_TEXT_NODES; node = walker.nextNode(), seen++) {
    const length = node.nodeValue?.length ?? 0;
    if (!startSet && locator.start < offset + length) {
      range.setStart(node, locator.start - offset);
      startSet = true;
    }
    if (startSet && locator.end <= offset + length) {
      range.setEnd(node, locator.end - offset);
      return range;
    }
    offset += length;
  }
  return null;
}
