import type { Locator } from './types';
import { cssPath } from './dom';

/** Locator for `quote` inside `el`: a selector path plus offsets into its textContent. */
export function locate(el: Element, quote: string): Locator {
  const css = cssPath(el);
  const content = el.textContent ?? '';
  const start = content.length <= 200_000 ? content.indexOf(quote) : -1;
  return start >= 0 ? { css, start, end: start + quote.length } : { css };
}
