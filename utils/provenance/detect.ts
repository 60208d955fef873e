import type { ProvenanceReport, Signal } from './types';
import { DETECTOR_VERSION } from './version';
import type { ListedSite } from './sites';
import { decideVerdict } from './verdict';
import { scanPage, type PageScan } from './scan';
import { classifyBlocks, MAX_SIGNALS } from './classify';

export interface DetectOptions {
  /** The page URL (resolves relative links, matches listed sites). */
  url: string;
  listedSites?: ListedSite[];
  /** Cap on DOM nodes visited in the text pass (default 60,000). */
  maxNodes?: number;
  /** Clock for elapsedMs; defaults to performance.now / Date.now. */
  now?: () => number;
}

function defaultNow(): number {
  return typeof performance !== 'undefined' && typeof performance.now === 'function' ? performance.now() : Date.now();
}

export function emptyReport(url: string, elapsedMs?: number): ProvenanceReport {
  return {
    detector: DETECTOR_VERSION,
    isArticle: false,
    meta: { url, contacts: [] },
    verdict: 'none',
    confidence: 0,
    signals: [],
    ...(elapsedMs === undefined ? {} : { elapsedMs }),
  };
}

/** The report from a page scan and the text rules' findings on its candidate blocks. */
export function assembleReport(scan: PageScan, textSignals: readonly Signal[], elapsedMs?: number): ProvenanceReport {
  const signals = [...scan.signals.filter((s) => s.kind === 'meta-marker'), ...textSignals, ...scan.signals.filter((s) => s.kind !== 'meta-marker')].slice(
    0,
    MAX_SIGNALS,
  );
  const { verdict, confidence } = decideVerdict(signals);
  return {
    detector: DETECTOR_VERSION,
    isArticle: scan.isArticle,
    meta: scan.meta,
    verdict,
    confidence,
    signals,
    ...(scan.text ? { text: scan.text } : {}),
    ...(scan.partial ? { partial: true as const } : {}),
    ...(elapsedMs === undefined ? {} : { elapsedMs }),
  };
}

/** The full pass: article check, metadata, markers, disclosures, leaks, listed site, verdict. Never throws. */
export function detectProvenance(doc: Document, opts: DetectOptions): ProvenanceReport {
  const now = opts.now ?? defaultNow;
  const t0 = now();
  const url = opts.url ?? '';
  const elapsed = () => Math.round((now() - t0) * 1000) / 1000;
  try {
    const scan = scanPage(doc, opts);
    return assembleReport(scan, classifyBlocks(scan.candidates), elapsed());
  } catch {
    // Hostile or broken DOMs must never break the page or the batch; report nothing rather than throw.
    return emptyReport(url, elapsed());
  }
}
