import type { Locator } from './types';
import { cssPath, tagOf } from './dom';
import type { TextBlock } from './walk';

/**
 * A text block as plain data: what the text rules need, with no DOM attached, so the rules can
 * run in the background worker on what the content script found (and in Node on saved pages).
 */
export interface BlockData {
  text: string;
  /** Zone bit flags from walk.ts. */
  zones: number;
  /** Selector path of the block's element. */
  css: string;
  /** The element's textContent when it differs from `text` (offsets in locators refer to it). */
  elText?: string;
  /** The whole block is a link (a teaser or menu item), so it cannot be a label. */
  linkText: boolean;
  /** The text sits in a <template> the page has not rendered: `css` names the template, no offsets. */
  hidden?: boolean;
}

/** A block whose whole text is a link: a teaser or menu item ("AI-generated content" → a section), not a label. */
function isLinkText(el: Element): boolean {
  if (el.closest('a')) return true;
  const only = el.firstElementChild;
  return !!only && !only.nextElementSibling && tagOf(only) === 'a' && (only.textContent ?? '').trim() === (el.textContent ?? '').trim();
}

const MAX_EL_TEXT = 200_000;

export function toBlockData(block: TextBlock): BlockData {
  if (block.hiddenIn) {
    return { text: block.text, zones: block.zones, css: cssPath(block.hiddenIn), linkText: isLinkText(block.el), hidden: true };
  }
  const content = block.el.textContent ?? '';
  return {
    text: block.text,
    zones: block.zones,
    css: cssPath(block.el),
    ...(content !== block.text && content.length <= MAX_EL_TEXT ? { elText: content } : {}),
    linkText: isLinkText(block.el),
  };
}

/** Locator for `quote` inside the block's element: its selector plus offsets into its textContent. */
export function locateIn(block: BlockData, quote: string): Locator {
  if (block.hidden) return { css: block.css };
  const content = block.elText ?? block.text;
  const start = content.indexOf(quote);
  return start >= 0 ? { css: block.css, start, end: start + quote.length } : { css: block.css };
}
