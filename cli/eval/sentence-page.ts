/** The eval's sentence-level page: one sentence in a plain article, as `npm run eval` and `npm run train` both place it. */
function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The body text every eval page carries around the sentence it measures. */
export const FILLER = [
  'The city council met on Tuesday evening to discuss the budget for the coming year, including road repairs.',
  'Several residents spoke during the public comment period, raising concerns about traffic near the school.',
  'The council is expected to vote on the final plan next month after a second public hearing.',
];

/** The sentences printed just before and after a collected sentence on its page. */
export interface Neighbours {
  before?: string;
  after?: string;
  /** One paragraph for the three (pages print a hand-over and the sentence naming the AI either way). */
  joined?: boolean;
}

/**
 * A minimal article page holding the sentence as its own paragraph after the body text; with neighbours, they are the
 * paragraphs right before and after it (the context eval: a hand-over line and the answer it introduces).
 */
export function sentencePage(text: string, lang: string, position: string, neighbours: Neighbours = {}): string {
  const body = FILLER.map((p) => `<p>${p}</p>`).join('');
  // Bylines and captions are placed where the dev set says they appeared; everything else is a paragraph.
  const t = escapeHtml(text);
  const placed = /byline/i.test(position) ? `<p class="byline">${t}</p>` : /caption/i.test(position) ? `<figure><img src="x.jpg" alt=""><figcaption>${t}</figcaption></figure>` : `<p>${t}</p>`;
  if (neighbours.joined && placed.startsWith('<p>')) {
    const one = [neighbours.before, text, neighbours.after].filter((x) => x?.trim()).map((x) => escapeHtml(x!.trim())).join(' ');
    return `<!doctype html><html lang="${lang}"><head><title>Council weighs budget</title></head><body><article><h1>Council weighs budget</h1>${body}<p>${one}</p></article></body></html>`;
  }
  const around = (n: string | undefined): string => (n?.trim() ? `<p>${escapeHtml(n.trim())}</p>` : '');
  return `<!doctype html><html lang="${lang}"><head><title>Council weighs budget</title></head><body><article><h1>Council weighs budget</h1>${body}${around(neighbours.before)}${placed}${around(neighbours.after)}</article></body></html>`;
}
