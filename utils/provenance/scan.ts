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
import { DEFAULT_LIMITS, walkText } from './walk';
import { countLongParagraphs, createPlacer, findCandidateBlocks } from './candidates';

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
  /** The metadata and the main text were not read (see pageDetails). */
  partial?: true;
}

export interface ScanOptions {
  url: string;
  listedSites?: ListedSite[];
  /** Cap on DOM nodes visited in the text pass (default 60,000). */
  maxNodes?: number;
  /** Filled with milliseconds per phase when given (for the benchmark). */
  phases?: Record<string, number>;
  /** Read the metadata and the main text too (default true). */
  details?: boolean;
}

/** Bounds what a hostile page can make the rules read (a page of "AI AI AI…" blocks). */
export const MAX_CANDIDATES = 300;

/**
 * The DOM half of detection: article check, metadata, markers, listed site, candidate text.
 * With `details: false` (the content script's first pass) it leaves out what only the popup, the
 * report form, research and related coverage need — the metadata (headline, dates, contact links…)
 * and the main text — and says so with `partial`; pageDetails() reads them when asked.
 * Throws on a broken DOM.
 */
export function scanPage(doc: Document, opts: ScanOptions): PageScan {
  const url = opts.url ?? '';
  const phases = opts.phases;
  let last = phases ? performance.now() : 0;
  const lap = phases
    ? (name: string) => {
        const now = performance.now();
        phases[name] = (phases[name] ?? 0) + now - last;
        last = now;
      }
    : () => {};
  const maxNodes = opts.maxNodes ?? DEFAULT_LIMITS.maxNodes;
  const base = baseUrlOf(doc, url);
  const jsonld = readJsonLd(doc);
  lap('jsonld');
  const root = doc.documentElement;
  const place = root ? createPlacer(root) : () => null;
  const found = findCandidateBlocks(doc, place, { ...DEFAULT_LIMITS, maxNodes }, MAX_CANDIDATES * 4);
  lap('text-search');
  const evidence = articleEvidence(doc, url, jsonld, () => countLongParagraphs(doc, place));
  lap('article');
  const details = opts.details !== false;
  // The quick pass needs no metadata to decide: whoever shows or uses it asks pageDetails().
  const meta: ArticleMeta = details ? extractMeta(doc, url, base, jsonld) : { url, contacts: [] };
  lap('meta');
  const signals: Signal[] = findMarkers(doc, jsonld);
  const listed = findListedSite(url, opts.listedSites ?? DEFAULT_LISTED_SITES);
  if (listed) signals.push(listed);
  lap('markers');
  const prefilter = hintPrefilter();
  const candidates: BlockData[] = [];
  for (const block of found.blocks) {
    if (candidates.length >= MAX_CANDIDATES) break;
    if (prefilter.test(block.text)) candidates.push(toBlockData(block));
  }
  lap('candidates');
  if (!details) return { url, isArticle: evidence.isArticle, meta, signals, candidates, partial: true };
  const text = mainText(walkText(doc, { ...DEFAULT_LIMITS, maxNodes }).blocks);
  lap('text');
  return { url, isArticle: evidence.isArticle, meta, signals, candidates, ...(text ? { text } : {}) };
}

/** What scanPage({ details: false }) left out: the metadata and the main text. */
export function pageDetails(doc: Document, url: string, maxNodes = DEFAULT_LIMITS.maxNodes): { meta: ArticleMeta; text?: string } {
  const meta = extractMeta(doc, url, baseUrlOf(doc, url), readJsonLd(doc));
  const text = mainText(walkText(doc, { ...DEFAULT_LIMITS, maxNodes }).blocks);
  return text ? { meta, text } : { meta };
}
