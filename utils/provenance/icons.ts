import type { BlockData } from './blocks';
import type { Placer } from './candidates';
import { cssPath } from './dom';
import { readsLooseText } from './walk';

/** Longer alternative text is a description, not a label. */
const LABEL_CHARS = 160;
const MAX_ICONS = 400;

/**
 * Labels drawn as images: the EU's AI Act icons ("AI", "AI-generated", "AI-modified" in every EU
 * language), China's "AI生成" marks and publishers' badges are images or inline SVG whose text is
 * their alt text, aria-label or <title>. Each such text that holds a rule keyword becomes a block
 * of its own, located by its element (no text offsets).
 */
export function iconLabelBlocks(doc: Document, place: Placer, hints: RegExp, room: number): BlockData[] {
  const out: BlockData[] = [];
  const els = doc.querySelectorAll('img[alt],svg[aria-label],svg title,[role=img][aria-label]');
  for (let i = 0; i < els.length && i < MAX_ICONS && out.length < room; i++) {
    const el = els[i]!;
    const isTitle = el.localName === 'title';
    const text = ((isTitle ? el.textContent : el.getAttribute('alt') ?? el.getAttribute('aria-label')) ?? '').trim();
    if (!text || text.length > LABEL_CHARS || !hints.test(text)) continue;
    const target = isTitle ? (el.parentElement ?? el) : el;
    // The walker never enters an <svg>: an inline icon sits where its parent sits.
    const svg = target.closest('svg');
    const at = place(svg ? (svg.parentElement ?? svg) : target);
    if (!at || !readsLooseText(at.zones)) continue;
    out.push({ text, zones: at.zones, css: cssPath(svg ?? target), linkText: !!target.closest('a'), hidden: true });
  }
  return out;
}
