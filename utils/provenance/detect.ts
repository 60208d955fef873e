import type { ProvenanceReport } from './types';
import type { ListedSite } from './sites';
import { scanPage } from './scan';
import { pageDetails } from './page-details';
import { classifyBlocks } from './classify';
import { assembleReport, emptyReport } from './report';
import { explainSignals } from './explain';

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

/** The full pass: article check, metadata, markers, disclosures, leaks, listed site, verdict. Never throws. */
export function detectProvenance(doc: Document, opts: DetectOptions): ProvenanceReport {
  const now = opts.now ?? defaultNow;
  const t0 = now();
  const url = opts.url ?? '';
  const elapsed = () => Math.round((now() - t0) * 1000) / 1000;
  try {
    const scan = scanPage(doc, opts);
    const details = pageDetails(doc, url, { maxNodes: opts.maxNodes, jsonld: scan.jsonld });
    const report = assembleReport(scan, classifyBlocks(scan.candidates), details, elapsed());
    return { ...report, signals: explainSignals(report.signals) };
  } catch {
    // Hostile or broken DOMs must never break the page or the batch; report nothing rather than throw.
    return emptyReport(url, elapsed());
  }
}
