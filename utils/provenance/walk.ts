import { classIdOf, ELEMENT_NODE, tagOf, TEXT_NODE } from './dom';

/** Where a block of text sits; a bit set so nested boxes combine cheaply. */
export const enum Zone {
  Quote = 1,
  Caption = 2,
  Aside = 4,
  Byline = 8,
  Footer = 16,
  Header = 32,
  Article = 64,
  SummaryBox = 128,
  Disclaimer = 256,
  Heading = 512,
  /** A comment area: only a publisher's note directly inside it is read. */
  CommentArea = 1024,
}

/** A run of text owned by one block-level element (its inline descendants included). */
export interface TextBlock {
  el: Element;
  zones: number;
  text: string;
  /** The <template> whose (unrendered) content holds this block; the page shows it only after a script clones it. */
  hiddenIn?: Element;
}

export interface WalkResult {
  blocks: TextBlock[];
  nodesVisited: number;
  chars: number;
  /** True when a node or character cap stopped the walk early. */
  truncated: boolean;
}

export interface WalkLimits {
  maxNodes: number;
  maxChars: number;
  maxBlockChars: number;
}

export const DEFAULT_LIMITS: WalkLimits = { maxNodes: 60_000, maxChars: 1_500_000, maxBlockChars: 20_000 };

export const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label', 'img', 'abbr',
]);

/** Never hold article text, or hold text that is not the publisher's (widgets, comments, menus). */
export const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'select',
  'textarea', 'input', 'button', 'nav', 'menu', 'dialog', 'head', 'video', 'audio', 'form',
]);
const SKIP_ROLES = new Set(['navigation', 'dialog', 'search']);

// Class and id tokens are matched whole (with at most a short prefix/suffix), because layout
// wrappers such as "content-sidebar-wrap" or "field-type-text-with-summary" name what they contain.
const SHORT_PREFIX = '(?:[a-z0-9]+[-_])?';

interface TokenPattern {
  /** The whole token, as a class or id. */
  token: RegExp;
  /** How such a token ends: what the pretest over the whole class string looks for. */
  tail: string;
}

function tokenPattern(names: string, prefix = SHORT_PREFIX, suffix = ''): TokenPattern {
  return { token: new RegExp(`^${prefix}(?:${names})${suffix}$`), tail: `(?:${names})${suffix}` };
}

const COMMENTS = tokenPattern('comment|comment-?(?:body|content|text|thread)|respond|replies|forum-?(?:message|post|texte?)', `(?!no[-_])${SHORT_PREFIX}`);
// A comment *area* holds the readers' comments and, now and then, the publisher's own note placed
// after them; only such explicitly named notes directly inside the area are read.
const COMMENT_AREA = tokenPattern('comments|comment-?(?:list|area|section|wrapper|container)|commentlist|disqus(?:_thread)?|reader-?comments|user-?comments|discussion|forum', `(?!no[-_])${SHORT_PREFIX}`);
const WIDGET = tokenPattern('chat|chatbot|chat-?widget|assistant(?:-widget)?|ask-?the-?\\w+|ai-?answer|ai-?chat|copilot|cookie(?:-banner|-notice|-consent)?|consent|gdpr|newsletter|subscribe|paywall|modal|popup|advert\\w*|ads?|ad-?slot|sponsor(?:ed)?|promo|share|sharing|social(?:-share)?|related(?:-\\w+)?|recommend\\w*|outbrain|taboola|menu|navbar|breadcrumbs?');
const BYLINE = tokenPattern('author|authors|author-?name|byline|by-?line|writer|contributor|autor|auteur|autore|firma|signature');
const CAPTION = tokenPattern('caption|figcaption|credit|credits|photo-?credit|image-?credit|bildunterschrift|legende|légende|didascalia');
const SUMMARY = tokenPattern('summary|summaries|key-?points|takeaways|tl-?dr|highlights|insights|zusammenfassung|resumen|riassunto');
const DISCLAIMER = tokenPattern('disclaimer|disclosure|ai-?note|ai-?notice|transparen\\w*|hinweis|note|notice|label|badge');
const FOOTER = tokenPattern('footer|site-?info|colophon');
const SIDEBAR = tokenPattern('sidebar|side-bar|rail|widget-area', '(?:(?:left|right|primary|secondary|main)[-_])?', '(?:[-_](?:left|right|primary|secondary|\\d))?');

/**
 * One test over the whole class string that every string with a zone token passes: a token
 * matching any pattern above ends with that pattern's tail. Most class strings on a page
 * ("container", "row col-md-8") name no zone and are turned away here instead of being split
 * and tested nine times.
 */
const ANY_ZONE_TOKEN = new RegExp(
  `(?:${[COMMENTS, COMMENT_AREA, WIDGET, BYLINE, CAPTION, SUMMARY, DISCLAIMER, FOOTER, SIDEBAR].map((p) => p.tail).join('|')})(?=\\s|$)`,
);

function anyToken(tokens: string[], pattern: TokenPattern): boolean {
  for (const t of tokens) if (pattern.token.test(t)) return true;
  return false;
}

export function zonesOf(el: Element, tag: string, cache: Map<string, number>): number | -1 {
  let z = 0;
  switch (tag) {
    case 'blockquote':
    case 'q':
      z |= Zone.Quote;
      break;
    case 'figcaption':
    case 'figure':
    case 'picture':
      z |= Zone.Caption;
      break;
    case 'aside':
      z |= Zone.Aside;
      break;
    case 'footer':
      z |= Zone.Footer;
      break;
    case 'header':
      z |= Zone.Header;
      break;
    case 'article':
    case 'main':
      z |= Zone.Article;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      z |= Zone.Heading;
      break;
    case 'address':
      z |= Zone.Byline;
      break;
  }
  // Most elements carry no attributes at all: one call instead of five getAttribute calls.
  if (!el.hasAttributes()) return z;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return -1;
  if (role === 'complementary') z |= Zone.Aside;
  else if (role === 'contentinfo') z |= Zone.Footer;
  else if (role === 'main') z |= Zone.Article;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop) {
    if (itemprop === 'articleBody') z |= Zone.Article;
    else if (itemprop === 'author') z |= Zone.Byline;
    else if (itemprop === 'comment') return -1;
  }
  if (el.getAttribute('rel') === 'author') z |= Zone.Byline;
  const ci = classIdOf(el);
  if (ci) {
    const fromClass = classZones(ci, cache);
    if (fromClass === -1) return -1;
    z |= fromClass;
  }
  return z;
}

/**
 * Zones named by a class/id string. Pages repeat the same few class strings on thousands of
 * elements, so each distinct string is classified once per walk.
 */
function classZones(ci: string, cache: Map<string, number>): number {
  const hit = cache.get(ci);
  if (hit !== undefined) return hit;
  let z = 0;
  if (!ANY_ZONE_TOKEN.test(ci)) {
    if (cache.size < 5000) cache.set(ci, z);
    return z;
  }
  const tokens = ci.split(/\s+/).filter((t) => t.length > 0 && t.length < 60).slice(0, 24);
  if (anyToken(tokens, COMMENTS) || anyToken(tokens, WIDGET)) z = -1;
  else if (anyToken(tokens, COMMENT_AREA)) z = Zone.CommentArea;
  else {
    if (anyToken(tokens, BYLINE)) z |= Zone.Byline;
    if (anyToken(tokens, CAPTION)) z |= Zone.Caption;
    if (anyToken(tokens, SUMMARY)) z |= Zone.SummaryBox;
    if (anyToken(tokens, DISCLAIMER)) z |= Zone.Disclaimer;
    if (anyToken(tokens, FOOTER)) z |= Zone.Footer;
    if (anyToken(tokens, SIDEBAR)) z |= Zone.Aside;
  }
  if (cache.size < 5000) cache.set(ci, z);
  return z;
}

interface Frame {
  /** The element, or the content fragment of a <template>. */
  el: Node;
  zones: number;
  block: TextBlock | null;
  blockEl: Element;
  /** Set on a template's content frame: the walk resumes after this element. */
  template?: Element;
}

/**
 * The zones of `el` inside a box with `parentZones`, or -1 when the walker does not enter it: a
 * tag that never holds the publisher's text, a widget or a comment, or — inside a comment area —
 * anything but a child named as a note or disclaimer. (Templates inside the article are read
 * apart: see templateContent.) The one rule for walkText and findCandidateBlocks.
 */
export function enteredZones(el: Element, tag: string, parentZones: number, cache: Map<string, number>): number | -1 {
  if (SKIP.has(tag)) return -1;
  const own = zonesOf(el, tag, cache);
  if (own === -1 || (!readsLooseText(parentZones) && !(own & Zone.Disclaimer))) return -1;
  return own;
}

/** Text loose in a comment area is the readers'; only a named note inside it is read. */
export function readsLooseText(zones: number): boolean {
  return !(zones & Zone.CommentArea) || !!(zones & Zone.Disclaimer);
}

/** An element starts a block of its own unless it is inline and names no zone of its own. */
export function startsBlock(tag: string, own: number): boolean {
  return !INLINE.has(tag) || own !== 0;
}

/**
 * Where a <template>'s text lives: its content fragment (outside the document), or the element
 * itself in DOMs without template contents. Text of a template inside the article (a "keep
 * reading" body) is the publisher's, though not yet shown.
 */
export function templateContent(el: Element): Node {
  return ((el as HTMLTemplateElement).content as DocumentFragment | undefined) ?? el;
}

/**
 * One bounded, iterative pass over the body (no recursion, so 5,000-deep nesting is fine),
 * grouping text into blocks. Skips menus, forms, widgets and comment threads.
 */
export function walkText(doc: Document, limits: WalkLimits = DEFAULT_LIMITS): WalkResult {
  const blocks: TextBlock[] = [];
  const out: WalkResult = { blocks, nodesVisited: 0, chars: 0, truncated: false };
  // The root element, not <body>: broken markup can leave text outside an (empty) body.
  const root = doc.documentElement ?? doc.body;
  if (!root) return out;
  const stack: Frame[] = [{ el: root, zones: 0, block: null, blockEl: root }];
  let hiddenIn: Element | undefined;
  const classCache = new Map<string, number>();
  let node: Node | null = root.firstChild;
  while (node) {
    if (out.nodesVisited >= limits.maxNodes || out.chars >= limits.maxChars) {
      out.truncated = true;
      break;
    }
    out.nodesVisited++;
    const top = stack[stack.length - 1]!;
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const data = node.nodeValue ?? '';
      if (data.trim() && readsLooseText(top.zones)) {
        let block = top.block;
        if (!block) {
          block = { el: top.blockEl, zones: top.zones, text: '' };
          if (hiddenIn) block.hiddenIn = hiddenIn;
          blocks.push(block);
          top.block = block;
          // Inline frames above this one share the block; let them see it too.
          for (let i = stack.length - 2; i >= 0 && stack[i]!.blockEl === top.blockEl; i--) stack[i]!.block = block;
        }
        if (block.text.length < limits.maxBlockChars) {
          const piece = data.length > limits.maxBlockChars ? data.slice(0, limits.maxBlockChars) : data;
          block.text += piece;
          out.chars += piece.length;
        }
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      if (tag === 'template' && top.zones & Zone.Article && !hiddenIn) {
        const content = templateContent(el);
        if (content.firstChild) {
          hiddenIn = el;
          stack.push({ el: content, zones: top.zones, block: null, blockEl: el, template: el });
          node = content.firstChild;
          continue;
        }
      } else if (tag === 'br') {
        // A line break ends a line, as in candidates.ts's blockText.
        if (top.block) top.block.text += '\n\n';
      } else if (el.firstChild) {
        const own = enteredZones(el, tag, top.zones, classCache);
        if (own !== -1) {
          const zones = top.zones | own;
          stack.push(
            startsBlock(tag, own)
              ? { el, zones, block: null, blockEl: el }
              : { el, zones, block: top.block, blockEl: top.blockEl },
          );
          node = el.firstChild;
          descend = true;
        }
      }
    }
    if (descend) continue;
    // Climb until a sibling is found, popping frames as elements close.
    while (node && !node.nextSibling) {
      node = node.parentNode;
      const frame = stack[stack.length - 1];
      if (!node || node === root || !frame) {
        node = null;
        break;
      }
      if (frame.el === node) {
        stack.pop();
        if (frame.template) {
          node = frame.template;
          hiddenIn = undefined;
          continue;
        }
        // Text after an inline child continues the parent block; share it back.
        const parent = stack[stack.length - 1];
        if (parent && parent.blockEl === frame.blockEl && frame.block) parent.block = frame.block;
      }
    }
    if (node) node = node.nextSibling;
  }
  return out;
}
