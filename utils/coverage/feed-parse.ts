/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom into one item shape, with fast-xml-parser because a Chrome
 * service worker has no DOMParser. Feed text is data: HTML in descriptions is reduced to plain text
 * here and never rendered.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ProviderError } from './errors';

export interface FeedItem {
  title: string;
  link: string;
  /** Plain text. */
  description?: string;
  /** ISO 8601. */
  publishedAt?: string;
  /** Google News `<source url>` / Bing `News:Source`. */
  sourceName?: string;
  sourceUrl?: string;
  /** Google News top-stories items list related articles from other outlets in the description. */
  related?: { title: string; link: string; sourceName?: string }[];
}

/**
 * `<a href="…">Title</a>&nbsp;&nbsp;<font …>Source</font>` entries of a Google News description.
 * Feed text is hostile: these are forward scans with indexOf, because a backtracking pattern over
 * unclosed tags costs time quadratic in their number (minutes for a 5 MB feed).
 */
export function relatedLinks(html: string): FeedItem['related'] {
  const lower = html.toLowerCase();
  const out: NonNullable<FeedItem['related']> = [];
  const font = /(?:\s|&nbsp;|\u00a0)*<font\b[^>]*>/y;
  for (let i = 0; out.length < 10; ) {
    const open = lower.indexOf('<a', i);
    const gt = open < 0 ? -1 : lower.indexOf('>', open);
    if (gt < 0) break;
    i = gt + 1;
    if (!/\s/.test(lower[open + 2] ?? '')) continue;
    const close = lower.indexOf('</a>', gt);
    if (close < 0) break;
    i = close + 4;
    const href = attrValue(html.slice(open, gt), lower.slice(open, gt), 'href');
    let sourceName: string | undefined;
    font.lastIndex = i;
    if (font.test(html)) {
      const end = lower.indexOf('</font>', font.lastIndex);
      if (end >= 0) {
        sourceName = plainText(html.slice(font.lastIndex, end)) || undefined;
        i = end + 7;
      }
    }
    const title = plainText(html.slice(gt + 1, close));
    if (title && href) out.push({ title, link: decodeEntities(href), sourceName });
  }
  return out.length ? out : undefined;
}

/** The double-quoted value of `name` in one tag's text (found with indexOf, not a pattern). */
function attrValue(tag: string, lowerTag: string, name: string): string | undefined {
  for (let at = lowerTag.indexOf(`${name}="`); at >= 0; at = lowerTag.indexOf(`${name}="`, at + 1)) {
    if (!/\s/.test(lowerTag[at - 1] ?? '')) continue;
    const from = at + name.length + 2;
    const to = tag.indexOf('"', from);
    return to > from ? tag.slice(from, to) : undefined;
  }
  return undefined;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link' || name === 'atom:link',
});

type Node = Record<string, unknown>;

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function text(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return '';
}

function attr(v: unknown, name: string): string {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const a = (v as Node)[`@_${name}`];
    return typeof a === 'string' ? a : '';
  }
  return '';
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/**
 * Markup to plain text without a DOM: tags (and script/style blocks) out, entities decoded,
 * whitespace collapsed. One forward scan, linear in the text however many tags are left open.
 */
export function plainText(s: string): string {
  const lower = s.toLowerCase();
  let out = '';
  /** Blocks found to have no closing tag: never searched for again. */
  const unclosed = new Set<string>();
  for (let i = 0; i < s.length; ) {
    const lt = s.indexOf('<', i);
    const gt = lt < 0 ? -1 : s.indexOf('>', lt + 1);
    if (gt < 0) {
      out += s.slice(i);
      break;
    }
    out += `${s.slice(i, lt)} `;
    i = gt + 1;
    const block = /^<(script|style)\b/.exec(lower.slice(lt, lt + 8))?.[1];
    if (block && !unclosed.has(block)) {
      const end = lower.indexOf(`</${block}`, i);
      const endGt = end < 0 ? -1 : lower.indexOf('>', end);
      if (endGt < 0) unclosed.add(block);
      else i = endGt + 1;
    }
  }
  return decodeEntities(out).replace(/\s+/g, ' ').trim();
}

function isoDate(s: string): string | undefined {
  if (!s) return undefined;
  const t = Date.parse(s.trim());
  return Number.isFinite(t) ? new Date(t).toISOString() : undefined;
}

function atomLink(links: unknown): string {
  const arr = asArray(links);
  const alt = arr.find((l) => !attr(l, 'rel') || attr(l, 'rel') === 'alternate') ?? arr[0];
  return attr(alt, 'href') || text(alt);
}

function rssItem(n: Node): FeedItem | undefined {
  const title = plainText(text(n.title));
  const linkNode = asArray(n.link).find((l) => typeof l === 'string' || text(l)) ?? asArray(n.link)[0];
  let link = text(linkNode) || attr(linkNode, 'href');
  const guid = n.guid;
  if (!link && attr(guid, 'isPermaLink') !== 'false') link = text(guid);
  if (!title || !link) return undefined;
  const source = n.source ?? n['News:Source'];
  const rawDescription = text(n.description);
  return {
    title,
    link: link.trim(),
    description: plainText(rawDescription || text(n['content:encoded'])) || undefined,
    publishedAt: isoDate(text(n.pubDate) || text(n['dc:date']) || text(n.published)),
    sourceName: plainText(text(source)) || undefined,
    sourceUrl: attr(source, 'url') || undefined,
    related: /<ol>|<li>/i.test(rawDescription) ? relatedLinks(rawDescription) : undefined,
  };
}

function atomEntry(n: Node): FeedItem | undefined {
  const title = plainText(text(n.title));
  const link = atomLink(n.link);
  if (!title || !link) return undefined;
  return {
    title,
    link: link.trim(),
    description: plainText(text(n.summary) || text(n.content)) || undefined,
    publishedAt: isoDate(text(n.published) || text(n.updated)),
  };
}

/** Parses a feed or throws `bad-response` (not XML, not a feed). An empty feed is `[]`. */
export function parseFeed(xml: string): FeedItem[] {
  // DOCTYPEs only serve entity tricks in feeds; drop them before parsing.
  const body = xml.replace(/^\uFEFF/, '').replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, '');
  if (!/^\s*</.test(body)) throw new ProviderError('bad-response', 'not XML: ' + body.slice(0, 80).replace(/\s+/g, ' '));
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new ProviderError('bad-response', `malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  let doc: Node;
  try {
    doc = parser.parse(body) as Node;
  } catch (err) {
    throw new ProviderError('bad-response', `malformed XML: ${(err as Error).message}`);
  }
  const rss = doc.rss as Node | undefined;
  if (rss && typeof rss === 'object') {
    const channel = (asArray(rss.channel)[0] ?? {}) as Node;
    return asArray(channel.item).map((i) => rssItem(i as Node)).filter((i): i is FeedItem => !!i);
  }
  const feed = doc.feed as Node | undefined;
  if (feed && typeof feed === 'object') {
    return asArray(feed.entry).map((e) => atomEntry(e as Node)).filter((i): i is FeedItem => !!i);
  }
  const rdf = (doc['rdf:RDF'] ?? doc.RDF) as Node | undefined;
  if (rdf && typeof rdf === 'object') {
    return asArray(rdf.item).map((i) => rssItem(i as Node)).filter((i): i is FeedItem => !!i);
  }
  if (/^\s*<(!doctype\s+)?html/i.test(body)) throw new ProviderError('bad-response', 'got an HTML page, not a feed');
  throw new ProviderError('bad-response', 'XML but not RSS or Atom');
}
