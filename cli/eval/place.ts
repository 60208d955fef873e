import { parseDocument } from '../../utils/provenance/parse-html';
import type { Placement } from './collected';

/**
 * Places a collected sentence into a real page the way publishers place such text: inside the
 * article's body, as a note above or below it, as a label under the headline, in the byline, an
 * image caption, a summary box, the site footer, or as a paragraph of an about page. The sentence is
 * set as text (never parsed as markup).
 */
export function placeSentence(html: string, text: string, placement: Placement): string {
  const doc = parseDocument(html);
  const body = doc.body ?? doc.documentElement;
  const container = mainContainer(doc) ?? body;
  const paras = [...container.children].filter((c) => c.tagName === 'P');
  const make = (tag: string, cls?: string): HTMLElement => {
    const el = doc.createElement(tag);
    if (cls) el.setAttribute('class', cls);
    return el;
  };
  const withText = (el: HTMLElement, t: string): HTMLElement => {
    el.textContent = t;
    return el;
  };
  const para = (): HTMLElement => withText(make('p'), text);
  const first = paras[0] ?? null;
  const last = paras[paras.length - 1] ?? null;
  const insertBefore = (node: Node, ref: Element | null): void => void (ref ? ref.parentNode!.insertBefore(node, ref) : container.appendChild(node));
  const insertAfter = (node: Node, ref: Element | null): void => void (ref ? ref.parentNode!.insertBefore(node, ref.nextSibling) : container.appendChild(node));
  switch (placement) {
    case 'body': {
      insertAfter(para(), paras[Math.floor(paras.length / 2)] ?? null);
      break;
    }
    case 'about-page': {
      insertBefore(para(), paras[1] ?? null);
      break;
    }
    case 'note-end': {
      insertAfter(para(), last);
      break;
    }
    case 'note-top': {
      insertBefore(para(), first);
      break;
    }
    case 'label': {
      const h1 = doc.querySelector('h1');
      const wrap = make('div', 'article-tags');
      wrap.appendChild(withText(make('span', 'tag'), text));
      if (h1) h1.parentNode!.insertBefore(wrap, h1.nextSibling);
      else insertBefore(wrap, first);
      break;
    }
    case 'byline': {
      insertBefore(withText(make('p', 'byline'), text), first);
      break;
    }
    case 'caption': {
      const fig = make('figure');
      const img = make('img');
      img.setAttribute('src', 'photo.jpg');
      img.setAttribute('alt', '');
      fig.append(img, withText(make('figcaption'), text));
      insertAfter(fig, first);
      break;
    }
    case 'summary-box': {
      const box = make('aside', 'article-summary');
      const ul = make('ul');
      for (const p of paras.slice(0, 2)) ul.appendChild(withText(make('li'), (p.textContent ?? '').slice(0, 160)));
      box.append(ul, para());
      insertBefore(box, first);
      break;
    }
    case 'footer': {
      const footer = make('footer');
      footer.appendChild(para());
      body.appendChild(footer);
      break;
    }
  }
  // Serialising the eval's own assembled page (reading markup, never writing page text into it).
  // eslint-disable-next-line no-restricted-properties
  return '<!doctype html>\n' + doc.documentElement.outerHTML;
}

/** The element holding most of the page's paragraphs: where a publisher's article text lives. */
function mainContainer(doc: Document): Element | null {
  const score = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + Math.min(400, (p.textContent ?? '').length));
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) if (s > bestScore) [best, bestScore] = [el, s];
  return best;
}
