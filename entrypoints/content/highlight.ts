import { attachHost, el } from './dom';
import CSS from './highlight.css?inline';

export interface Mark {
  range: Range;
  label: string;
  /** The quote, for assistive technology. */
  quote: string;
}

export interface HighlightLayer {
  /** Draws `marks` in the verdict's colour. */
  show(marks: Mark[], color?: string): void;
  /** Scrolls mark i into view and flashes it; false when it is not on the page. */
  reveal(index: number): boolean;
  clear(): void;
  reposition(): void;
  readonly count: number;
}

const MAX_RECTS_PER_MARK = 40;

/**
 * Marks evidence in the page without touching the page's own nodes: outline boxes and a small
 * label are drawn in our own shadow root, positioned over the text's client rects. The page's
 * layout and text stay exactly as they were.
 */
export function createHighlightLayer(doc: Document): HighlightLayer {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let marks: Mark[] = [];
  let boxes: HTMLElement[][] = [];
  let accent = '';

  const ensureHost = () => {
    if (host?.isConnected && root) return root;
    ({ host, root } = attachHost(doc, 'provenance-lens-marks', CSS));
    host.style.setProperty('--pl-accent', accent);
    return root;
  };

  const draw = () => {
    const r = ensureHost();
    for (const group of boxes) for (const box of group) box.remove();
    const view = doc.defaultView;
    const sx = view?.scrollX ?? 0;
    const sy = view?.scrollY ?? 0;
    boxes = marks.map((mark, i) => {
      const rects = Array.from(mark.range.getClientRects()).filter((rect) => rect.width > 0 && rect.height > 0).slice(0, MAX_RECTS_PER_MARK);
      const group = rects.map((rect) => {
        const box = el(doc, 'div', { class: 'mark', 'data-mark': String(i) });
        box.style.cssText = `left:${rect.left + sx - 2}px;top:${rect.top + sy - 1}px;width:${rect.width + 4}px;height:${rect.height + 2}px`;
        r.append(box);
        return box;
      });
      const first = rects[0];
      if (first) {
        const label = el(doc, 'div', { class: 'label', role: 'note', 'aria-label': `${mark.label}: ${mark.quote}` }, [mark.label]);
        r.append(label);
        // In the margin beside the marked text, never over a line of it or of its neighbours; with no
        // margin wide enough, the outline alone marks it (the note still names it to assistive technology).
        const w = label.offsetWidth + 6;
        // The block the text sits in, so the label clears the rest of its first line too.
        let b = mark.range.startContainer.parentElement;
        while (b?.parentElement && getComputedStyle(b).display.startsWith('inline')) b = b.parentElement;
        const { left, right } = b ? b.getBoundingClientRect() : first;
        const x = left - w >= 0 ? left - w : right + w <= innerWidth ? right + 6 : -1;
        label.style.cssText = x < 0 ? 'opacity:0' : `left:${x + sx}px;top:${first.top + sy}px`;
        group.push(label);
      }
      return group;
    });
  };

  return {
    show(next, color = '') {
      marks = next;
      if (color !== accent) host?.remove();
      accent = color;
      if (marks.length === 0) return this.clear();
      draw();
    },
    reveal(index) {
      const mark = marks[index];
      if (!mark) return false;
      const target = mark.range.startContainer.parentElement ?? (mark.range.startContainer as Element);
      // Smooth scrolling does not run in a hidden tab (the popup opened as a tab in front of it).
      const behavior = doc.visibilityState === 'visible' ? 'smooth' : 'instant';
      target.scrollIntoView?.({ block: 'center', behavior });
      // Scrolling may reflow lazy content: draw again once it settles, then flash.
      setTimeout(() => {
        draw();
        for (const box of boxes[index] ?? []) if (box.classList.contains('mark')) box.classList.add('flash');
      }, 350);
      return true;
    },
    clear() {
      marks = [];
      boxes = [];
      host?.remove();
      host = null;
      root = null;
    },
    reposition() {
      if (marks.length) draw();
    },
    get count() {
      return marks.length;
    },
  };
}
