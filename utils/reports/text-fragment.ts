/**
 * Links that scroll to and highlight a passage: `https://site/page#:~:text=…`
 * (WICG Text Fragments, https://wicg.github.io/scroll-to-text-fragment/). Chrome, Edge,
 * Safari and Firefox ≥ 131 follow them; older browsers just open the page.
 */

/** Above this many characters a quote is linked by its first and last words (`textStart,textEnd`). */
export const LONG_QUOTE_CHARS = 100;
/** Words kept at each end of a long quote. */
export const EDGE_WORDS = 5;
/** For scripts written without spaces (Chinese, Japanese…): characters kept at each end. */
export const EDGE_CHARS = 16;

/**
 * Percent-encodes one text-directive term. Beyond encodeURIComponent the spec needs `-`
 * encoded (it marks prefix/suffix); `&` and `,` are already encoded by it.
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term.toWellFormed()).replace(/-/g, '%2D');
}

/** Collapses runs of white space (the page's line breaks rarely survive copy and paste the same way). */
export function normaliseQuote(quote: string): string {
  return quote.replace(/[\s\u00A0\u200B]+/gu, ' ').trim();
}

/** The terms of the text directive: one term, or start and end of a long quote. */
export function textDirectiveTerms(quote: string): [string] | [string, string] | [] {
  const q = normaliseQuote(quote);
  if (!q) return [];
  if ([...q].length <= LONG_QUOTE_CHARS) return [q];
  const words = q.split(' ');
  if (words.length > EDGE_WORDS * 2) {
    return [words.slice(0, EDGE_WORDS).join(' '), words.slice(-EDGE_WORDS).join(' ')];
  }
  const chars = [...q];
  if (words.length <= 2 && chars.length > EDGE_CHARS * 2) {
    return [chars.slice(0, EDGE_CHARS).join(''), chars.slice(-EDGE_CHARS).join('')];
  }
  return [q];
}

/**
 * `pageUrl` with any fragment (including an existing `:~:` directive) replaced by a text
 * directive for `quote`. Returns the bare URL when the quote is empty, and `pageUrl`
 * unchanged when it cannot be parsed.
 */
export function textFragmentUrl(pageUrl: string, quote: string): string {
  let u: URL;
  try {
    u = new URL(pageUrl);
  } catch {
    return pageUrl;
  }
  u.hash = '';
  const base = u.toString().replace(/#$/, '');
  const terms = textDirectiveTerms(quote);
  if (terms.length === 0) return base;
  return `${base}#:~:text=${terms.map(encodeTextDirectiveTerm).join(',')}`;
}
