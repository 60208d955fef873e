import { ELEMENT_NODE, tagOf, TEXT_NODE } from './dom';
import { hintPrefilter } from './rules/prefilter';
import {
  DEFAULT_LIMITS,
  enteredZones,
  INLINE,
  readsLooseText,
  SKIP,
  startsBlock,
  templateContent,
  Zone,
  zonesOf,
  type TextBlock,
  type WalkLimits,
} from './walk';

/** Where an element sits, as walk.ts would see it: its zones and the block that owns its text. */
export interface Place {
  zones: number;
  blockEl: Element;
}

/** The walker's view of one element given its parent's place; null when the walker never enters it. */
function placeOf(el: Element, parent: Place, classCache: Map<string, number>): Place | null {
  const tag = tagOf(el);
  const own = enteredZones(el, tag, parent.zones, classCache);
  if (own === -1) return null;
  return { zones: parent.zones | own, blockEl: startsBlock(tag, own) ? el : parent.blockEl };
}

export interface Placer {
  (el: Element): Place | null;
  /** Places the root of a tree outside the document (a template's content) as if it were `place`. */
  seed(root: Node, place: Place): void;
}

/**
 * Places are memoised per element; ancestors are resolved top-down without recursion, so
 * 5,000-deep nesting costs one pass per new ancestor, not a stack frame.
 */
export function createPlacer(root: Element | null): Placer {
  const places = new Map<Node, Place | null>(root ? [[root, { zones: 0, blockEl: root }]] : []);
  const classCache = new Map<string, number>();
  const place = (el: Element): Place | null => {
    const chain: Element[] = [];
    let cur: Node | null = el;
    while (cur && !places.has(cur)) {
      if (cur.nodeType !== ELEMENT_NODE) return null;
      chain.push(cur as Element);
      cur = cur.parentNode;
    }
    // Detached from the root (cannot happen for nodes found under it, but stay safe).
    if (!cur) return null;
    let at: Place | null = places.get(cur) ?? null;
    for (let i = chain.length - 1; i >= 0; i--) {
      at = at ? placeOf(chain[i]!, at, classCache) : null;
      places.set(chain[i]!, at);
    }
    return at;
  };
  place.seed = (node: Node, at: Place) => void places.set(node, at);
  return place;
}

/** The text a block owns: its own and its inline descendants', not nested blocks' or skipped boxes'. */
function blockText(blockEl: Node, zones: number, maxChars: number, classCache: Map<string, number>): string {
  let text = '';
  const stack: Array<{ node: Node | null; zones: number }> = [{ node: blockEl.firstChild, zones }];
  while (stack.length > 0 && text.length < maxChars) {
    const top = stack[stack.length - 1]!;
    const node = top.node;
    if (!node) {
      stack.pop();
      continue;
    }
    top.node = node.nextSibling;
    if (node.nodeType === TEXT_NODE) {
      text += node.nodeValue ?? '';
    } else if (node.nodeType === ELEMENT_NODE) {
      const tag = tagOf(node as Element);
      // A line break ends a line as a blank line does ("Note<br>This article…"): the sentence splitter parts them.
      if (tag === 'br') text += '\n\n';
      // Nested blocks (an inline box with zones of its own too) own their text; skipped boxes hold none.
      else if (node.firstChild && !SKIP.has(tag) && INLINE.has(tag) && zonesOf(node as Element, tag, classCache) === 0) stack.push({ node: node.firstChild, zones: top.zones });
    }
  }
  return text.slice(0, maxChars);
}

const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'textarea']);
/** Longer than nearly any paragraph, as inline scripts and styles often are. */
const LONG_TEXT = 2000;
/**
 * From this length a text's parent is read before the keyword test: reading it costs about what
 * the test costs on a dozen characters, and the body's inline scripts and styles (most of the
 * characters the test would read on many pages) are all longer.
 */
const PARENT_CHECK = 200;

export interface CandidateResult {
  blocks: TextBlock[];
  /** Text nodes read. */
  nodesVisited: number;
  /** True when a node or character cap stopped the search early. */
  truncated: boolean;
}

/**
 * The blocks a text rule could fire on, without walking the page element by element: the
 * browser iterates the text nodes, and only a text node holding a rule keyword is placed
 * (its ancestors' zones, the block that owns it). Same blocks, zones and text as walkText's for
 * those nodes; the rest of the page is never looked at from script. The content of a <template>
 * inside the article (a "keep reading" body) is searched too, as hidden text.
 */
export function findCandidateBlocks(doc: Document, place: Placer, limits: WalkLimits = DEFAULT_LIMITS, maxBlocks = Infinity): CandidateResult {
  const out: CandidateResult = { blocks: [], nodesVisited: 0, truncated: false };
  const root = doc.documentElement;
  if (!root) return out;
  const hints = hintPrefilter();
  const seen = new Set<Element>();
  // One class cache for every block's text (each string's zones are the same wherever it is read).
  const classCache = new Map<string, number>();
  let chars = 0;
  // Plain locals: this loop runs once per text node of every page, mostly before V8 optimises it.
  const { maxNodes, maxChars, maxBlockChars } = limits;
  const search = (from: Node, hiddenIn?: Element) => {
    const walker = doc.createTreeWalker(from, 4 /* NodeFilter.SHOW_TEXT */);
    let visited = out.nodesVisited;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (++visited > maxNodes || chars >= maxChars) {
        out.truncated = true;
        break;
      }
      const data = node.nodeValue!;
      const length = data.length;
      if (length < 2) continue;
      // Inline scripts and styles hold most of a page's characters and none of its prose: one is
      // skipped before the keyword test, which is what costs on it (a skipped box's text never
      // becomes a block: closest() below turns it away). A short text's parent is not read: in a
      // content script every node script touches costs a binding. Only texts over LONG_TEXT
      // leave the character count, as they always have, so the cap stops the search where it did.
      if (length > PARENT_CHECK) {
        const tag = tagOf(node.parentNode as Element);
        if (length > LONG_TEXT && NOT_PROSE.has(tag)) continue;
        if (SKIP.has(tag)) {
          chars += length;
          continue;
        }
      }
      chars += length;
      // Half of a page's text nodes are the whitespace between tags: a trivial test turns them
      // away before the keyword alternation, which costs far more per character. A text that
      // starts with printable ASCII has a non-space; trim() strips what /\s/ matches, without a
      // regular-expression call per node.
      const first = data.charCodeAt(0);
      if ((first < 33 || first > 126) && !data.trim()) continue;
      if (!hints(length > maxBlockChars ? data.slice(0, maxBlockChars) : data)) continue;
      const parent = node.parentNode;
      if (!parent || parent.nodeType !== ELEMENT_NODE) continue;
      // A hit in a menu, form, button or script is not placed (enteredZones refuses the box): no
      // closest() first, which re-read every ancestor per hit where place() memoises them.
      const at = place(parent as Element);
      if (!at || seen.has(at.blockEl)) continue;
      if (!readsLooseText(at.zones)) continue;
      seen.add(at.blockEl);
      const zones = at.blockEl === parent ? at.zones : (place(at.blockEl)?.zones ?? at.zones);
      const textRoot = at.blockEl === hiddenIn ? from : at.blockEl;
      out.blocks.push({ el: at.blockEl, zones, text: blockText(textRoot, zones, maxBlockChars, classCache), ...(hiddenIn ? { hiddenIn } : {}) });
      if (out.blocks.length >= maxBlocks) break;
    }
    out.nodesVisited = visited;
  };
  // <head> holds scripts, styles and the title, none of which the walker reads.
  search(doc.body?.firstChild ? doc.body : root);
  const templates = doc.getElementsByTagName('template');
  for (let i = 0; i < templates.length && i < 50 && !out.truncated && out.blocks.length < maxBlocks; i++) {
    const tpl = templates[i]!;
    const parent = tpl.parentNode;
    const at = parent && parent.nodeType === ELEMENT_NODE ? place(parent as Element) : null;
    if (!at || !(at.zones & Zone.Article)) continue;
    const content = templateContent(tpl);
    if (!content.firstChild) continue;
    place.seed(content, { zones: at.zones, blockEl: tpl });
    search(content, tpl);
  }
  return out;
}

/** Paragraphs of 200+ characters that the walker reads outside asides and footers (three are enough): an article cue. */
export function countLongParagraphs(doc: Document, place: Placer): number {
  const paragraphs = doc.getElementsByTagName('p');
  let n = 0;
  for (let i = 0; i < paragraphs.length && i < 3000 && n < 3; i++) {
    const p = paragraphs[i]!;
    const text = p.textContent ?? '';
    if (text.length < 200 || text.trim().length < 200) continue;
    const at = place(p);
    if (at && !(at.zones & (Zone.Aside | Zone.Footer | Zone.CommentArea))) n++;
  }
  return n;
}
