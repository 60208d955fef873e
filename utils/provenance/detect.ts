import type { ProvenanceReport, Signal } from './types';
import { DETECTOR_VERSION } from './version';
import { baseUrlOf } from './dom';
import { readJsonLd } from './jsonld';
import { articleEvidence } from './article';
import { extractMeta } from './meta';
import { findMarkers } from './markers';
import { findDisclosures } from './disclosures';
import { findLeaks } from './leaks';
import { findListedSite, type ListedSite, DEFAULT_LISTED_SITES } from './sites';
import { decideVerdict } from './verdict';
import { mainText } from './maintext';
import { compiledRules } from './rules/compile';
import { DEFAULT_LIMITS, walkText, Zone, type TextBlock } from './walk';

function countLongParagraphs(blocks: TextBlock[]): number {
  let n = 0;
  for (const b of blocks) if (!(b.zones & (Zone.Aside | Zone.Footer)) && b.text.length >= 200 && b.text.trim().length >= 200) n++;
  return n;
}

export interface DetectOptions {
  /** The page URL (resolves relative links, matches listed sites). */
  url: string;
  listedSites?: ListedSite[];
  /** Cap on DOM nodes visited in the text pass (default 60,000). */
  maxNodes?: number;
  /** Clock for elapsedMs; defaults to performance.now / Date.now. */
  now?: () => number;
}

const MAX_SIGNALS = 40;

function defaultNow(): number {
  return typeof performance !== 'undefined' && typeof performance.now === 'function' ? performance.now() : Date.now();
}

function emptyReport(url: string, elapsedMs: number): ProvenanceReport {
  return { detector: DETECTOR_VERSION, isArticle: false, meta: { url, contacts: [] }, verdict: 'none', confidence: 0, signals: [], elapsedMs };
}

/** The full pass: article check, metadata, markers, disclosures, leaks, listed site, verdict. Never throws. */
export function detectProvenance(doc: Document, opts: DetectOptions): ProvenanceReport {
  const now = opts.now ?? defaultNow;
  const t0 = now();
  const url = opts.url ?? '';
  try {
    const rules = compiledRules();
    const base = baseUrlOf(doc, url);
    const jsonld = readJsonLd(doc);
    const walk = walkText(doc, { ...DEFAULT_LIMITS, maxNodes: opts.maxNodes ?? DEFAULT_LIMITS.maxNodes });
    const evidence = articleEvidence(doc, url, jsonld, countLongParagraphs(walk.blocks));
    const meta = extractMeta(doc, url, base, jsonld);

    const signals: Signal[] = findMarkers(doc, jsonld);
    for (const block of walk.blocks) {
      if (signals.length >= MAX_SIGNALS) break;
      signals.push(...findDisclosures(block, rules));
      signals.push(...findLeaks(block, rules));
    }
    const listed = findListedSite(url, opts.listedSites ?? DEFAULT_LISTED_SITES);
    if (listed) signals.push(listed);
    const { verdict, confidence } = decideVerdict(signals);
    const text = mainText(walk.blocks);
    return {
      detector: DETECTOR_VERSION,
      isArticle: evidence.isArticle,
      meta,
      verdict,
      confidence,
      signals: signals.slice(0, MAX_SIGNALS),
      ...(text ? { text } : {}),
      elapsedMs: Math.round((now() - t0) * 1000) / 1000,
    };
  } catch {
    // Hostile or broken DOMs must never break the page or the batch; report nothing rather than throw.
    return emptyReport(url, Math.round((now() - t0) * 1000) / 1000);
  }
}
