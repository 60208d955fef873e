import type { Signal } from './types';
import { readJsonLd, type JsonLdNode } from './jsonld';
import { articleEvidence } from './article';
import { findMarkers } from './markers';
import { findListedSite, type ListedSite, DEFAULT_LISTED_SITES } from './sites';
import { toBlockData, type BlockData } from './blocks';
import { hintPrefilter } from './rules/prefilter';
import { DEFAULT_LIMITS } from './walk';
import { MAX_CANDIDATE_CHARS, MAX_CANDIDATES } from './limits';
import { countLongParagraphs, createPlacer, findCandidateBlocks } from './candidates';
import { iconLabelBlocks } from './icons';
import { metaTags } from './meta-tags';

/**
 * What the quick pass over the DOM finds, before any text rule runs: enough to decide the verdict.
 * The metadata and main text are pageDetails()'s (page-details.ts).
 */
export interface PageScan {
  url: string;
  isArticle: boolean;
  /** Machine-readable markers and the listed-site signal. */
  signals: Signal[];
  /** Blocks holding a keyword some text rule needs: the only text the rules have to read. */
  candidates: BlockData[];
  /** The page's JSON-LD, parsed once (page details read it too). */
  jsonld: JsonLdNode[];
}

export interface ScanOptions {
  url: string;
  listedSites?: ListedSite[];
  /** Cap on DOM nodes visited in the text pass (default 60,000). */
  maxNodes?: number;
  /** Filled with milliseconds per phase when given (for the benchmark). */
  phases?: Record<string, number>;
}

/**
 * The DOM half of detection, as the content script runs it on every page: article check,
 * markers, listed site, candidate text. Throws on a broken DOM.
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
  const jsonld = readJsonLd(doc);
  lap('jsonld');
  const place = createPlacer(doc.documentElement);
  const found = findCandidateBlocks(doc, place, { ...DEFAULT_LIMITS, maxNodes }, MAX_CANDIDATES * 4);
  lap('text-search');
  const metas = metaTags(doc);
  const evidence = articleEvidence(doc, url, jsonld, () => countLongParagraphs(doc, place), metas);
  lap('article');
  const signals: Signal[] = findMarkers(doc, jsonld, metas);
  const listed = findListedSite(url, opts.listedSites ?? DEFAULT_LISTED_SITES);
  if (listed) signals.push(listed);
  lap('markers');
  const prefilter = hintPrefilter();
  const candidates: BlockData[] = [];
  let chars = 0;
  for (const block of found.blocks) {
    if (candidates.length >= MAX_CANDIDATES) break;
    if (!prefilter(block.text)) continue;
    const data = toBlockData(block);
    if ((chars += data.text.length + (data.elText?.length ?? 0)) > MAX_CANDIDATE_CHARS) break;
    candidates.push(data);
  }
  lap('candidates');
  candidates.push(...iconLabelBlocks(doc, place, prefilter, MAX_CANDIDATES - candidates.length));
  lap('icons');
  return { url, isArticle: evidence.isArticle, signals, candidates, jsonld };
}
