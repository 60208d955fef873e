import { Zone, type TextBlock } from './walk';

const MAX_TEXT = 4000;
const NOT_MAIN = Zone.Aside | Zone.Footer | Zone.Caption | Zone.Byline | Zone.Header;

/**
 * The article's main text, cheaply: paragraphs inside <article>/<main>/articleBody when there are
 * enough of them, otherwise the longer paragraphs of the page. No Readability parse.
 */
export function mainText(blocks: TextBlock[]): string {
  const inArticle = blocks.filter((b) => b.zones & Zone.Article && !(b.zones & NOT_MAIN));
  const articleChars = inArticle.reduce((n, b) => n + b.text.length, 0);
  const chosen = articleChars >= 500 ? inArticle : blocks.filter((b) => !(b.zones & NOT_MAIN) && b.text.trim().length >= 80);
  let out = '';
  for (const b of chosen) {
    const t = b.text.replace(/\s+/g, ' ').trim();
    if (!t) continue;
    out += (out ? '\n\n' : '') + t;
    if (out.length >= MAX_TEXT) break;
  }
  return out.slice(0, MAX_TEXT);
}
