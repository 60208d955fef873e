import type { BlockData } from './blocks';
import type { Placer } from './candidates';
import { cssPath } from './dom';
import { readsLooseText } from './walk';
import type { HintTest } from './rules/prefilter';

/** Longer alternative text is a description, not a label. */
const LABEL_CHARS = 160;
const MAX_ICONS = 400;

/**
 * Labels drawn as images: the EU's AI Act icons ("AI", "AI-generated", "AI-modified" in every EU
 * language), China's "AI生成" marks and publishers' badges are images or inline SVG whose text is
 * their alt text, aria-label or <title>. Each such text that holds a rule keyword becomes a block
 * of its own, located by its element (no text offsets).
 */
export function iconLabelBlocks(doc: Document, place: Placer, hints: HintTest, room: number): BlockData[] {
  const out: BlockData[] = [];
  // Tag lookups, not an attribute selector: much cheaper on a page of hundreds of images (and in linkedom).
  const lists = [doc.getElementsByTagName('img'), doc.getElementsByTagName('svg')];
  // Icons drawn as inline SVG mostly carry no label at all: one native probe spares reading each
  // of them (a binding per element in a content script) when none has a label or a <title>.
  const svgLabels = lists[1]!.length > 0 && !!doc.querySelector('svg[aria-label], svg title');
  let seen = 0;
  for (const list of lists) {
    const svg = list === lists[1];
    if (svg && !svgLabels) break;
    for (let i = 0; i < list.length && seen < MAX_ICONS && out.length < room; i++, seen++) {
      const el = list[i]!;
      const text = ((svg ? el.getAttribute('aria-label') ?? el.getElementsByTagName('title')[0]?.textContent : el.getAttribute('alt')) ?? '').trim();
      if (!text || text.length > LABEL_CHARS || !hints(text)) continue;
      // The walker never enters an <svg>: an inline icon sits where its parent sits.
      const at = place(svg ? (el.parentElement ?? el) : el);
      if (!at || !readsLooseText(at.zones)) continue;
      out.push({ text, zones: at.zones, css: cssPath(el), linkText: !!el.closest('a'), hidden: true });
    }
  }
  return out;
}
