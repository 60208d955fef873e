import type { ArticleMeta, Signal } from './types';
import { baseUrlOf } from './dom';
import { readJsonLd } from './jsonld';
import { articleEvidence } from './article';
import { extractMeta } from './meta';
import { findMarkers } from './markers';
import { findListedSite, type ListedSite, DEFAULT_LISTED_SITES } from './sites';
import { mainText } from './maintext';
import { toBlockData, type BlockData } from './blocks';
import { hintPrefilter } from './rules/prefilter';
import { DEFAULT_LIMITS, walkText, Zone, type TextBlock } from './walk';

/** What one pass over the DOM finds, before any text rule runs: everything the page itself says. */
export interface PageScan {
  url: string;
  isArticle: boolean;
  meta: ArticleMeta;
  /** Machine-readable markers and the listed-site signal. */
  signals: Signal[];
  /** Blocks holding a keyword some text rule needs: the only text the rules have to read. */
  candidates: BlockData[];
  text?: string;
}

export interface ScanOptions {
  url: string;
  listedSites?: ListedSite[];
  /** Cap on DOM nodes visited in the text pass (default 60,000). */
  maxNodes?: number;
}

/** Bounds what a hostile page can make the rules read (a page of "AI AI AI…" blocks). */
export const MAX_CANDIDATES = 300;

function countLongParagraphs(blocks: TextBlock[]): number {
  let n = 0;
  for (const b of blocks) if (!(b.zones & (Zone.Aside | Zone.Footer)) && b.text.length >= 200 && b.text.trim().length >= 200) n++;
  return n;
}

/** The DOM half of detection: article check, metadata, markers, listed site, candidate text. Throws on a broken DOM. */
export function scanPage(doc: Document, opts: ScanOptions): PageScan {
  const url = opts.url ?? '';
  const base = baseUrlOf(doc, url);
  const jsonld = readJsonLd(doc);
  const walk = walkText(doc, { ...DEFAULT_LIMITS, maxNodes: opts.maxNodes ?? DEFAULT_LIMITS.maxNodes });
  const evidence = articleEvidence(doc, url, jsonld, countLongParagraphs(walk.blocks));
  const meta = extractMeta(doc, url, base, jsonld);
  const signals: Signal[] = findMarkers(doc, jsonld);
  const listed = findListedSite(url, opts.listedSites ?? DEFAULT_LISTED_SITES);
  if (listed) signals.push(listed);
  const prefilter = hintPrefilter();
  const candidates: BlockData[] = [];
  for (const block of walk.blocks) {
    if (candidates.length >= MAX_CANDIDATES) break;
    if (prefilter.test(block.text)) candidates.push(toBlockData(block));
  }
  const text = mainText(walk.blocks);
  return { url, isArticle: evidence.isArticle, meta, signals, candidates, ...(text ? { text } : {}) };
}
