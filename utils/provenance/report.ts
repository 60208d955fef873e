import type { ProvenanceReport, Signal } from './types';
import type { PageScan } from './scan';
import type { PageDetails } from './page-details';
import { DETECTOR_VERSION } from './version';
import { decideVerdict } from './verdict';

/** A report lists at most this many signals (a hostile page cannot flood the popup). */
export const MAX_SIGNALS = 40;

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

/**
 * The report from a page scan, the text rules' findings on its candidate blocks and, when read,
 * the page details. Without details the report is `partial`: its meta holds only the URL.
 */
export function assembleReport(scan: PageScan, textSignals: readonly Signal[], details?: PageDetails, elapsedMs?: number): ProvenanceReport {
  const signals = [...scan.signals.filter((s) => s.kind === 'meta-marker'), ...textSignals, ...scan.signals.filter((s) => s.kind !== 'meta-marker')].slice(
    0,
    MAX_SIGNALS,
  );
  const { verdict, confidence } = decideVerdict(signals);
  const partial: ProvenanceReport = {
    detector: DETECTOR_VERSION,
    isArticle: scan.isArticle,
    meta: { url: scan.url, contacts: [] },
    verdict,
    confidence,
    signals,
    partial: true,
    ...(elapsedMs === undefined ? {} : { elapsedMs }),
  };
  return details ? withDetails(partial, details) : partial;
}

/** A partial report completed with the page details read later (metadata, main text). */
export function withDetails(report: ProvenanceReport, details: PageDetails): ProvenanceReport {
  const { partial: _partial, ...rest } = report;
  return { ...rest, meta: details.meta, ...(details.text ? { text: details.text } : {}) };
}

