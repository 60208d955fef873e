import type { ProvenanceReport } from '../provenance/types';
import type { InaccuracyReport } from './types';

export interface NewReportInput {
  /** The detector's report for the page: fills the article and the AI-disclosure evidence. */
  provenance?: ProvenanceReport;
  article?: InaccuracyReport['article'];
  quote?: string;
  now?: Date | string | number;
  /** Defaults to crypto.randomUUID(). */
  id?: string;
}

/** The page's declared language, else the language of the disclosure the detector matched. */
function pageLanguage(p: ProvenanceReport | undefined): string | undefined {
  return p?.meta?.lang ?? p?.signals.find((s) => s.lang && s.lang !== 'und')?.lang;
}

/** A fresh draft, pre-filled from the page where possible. */
export function newReport(input: NewReportInput = {}): InaccuracyReport {
  const now = new Date(input.now ?? Date.now()).toISOString();
  const p = input.provenance;
  const meta = p?.meta;
  const article: InaccuracyReport['article'] = input.article ?? {
    url: meta?.canonicalUrl ?? meta?.url ?? '',
    ...(meta?.headline ? { headline: meta.headline } : {}),
    ...(meta?.siteName ? { siteName: meta.siteName } : {}),
    ...(meta?.publishedAt ? { publishedAt: meta.publishedAt } : {}),
    ...(pageLanguage(p) ? { lang: pageLanguage(p)! } : {}),
  };
  return {
    id: input.id ?? crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
    status: 'draft',
    article,
    quote: input.quote ?? '',
    problem: '',
    correction: '',
    sources: [],
    ...(p ? { verdict: p.verdict, evidence: p.signals.map((s) => ({ kind: s.kind, text: s.text, rule: s.rule })) } : {}),
  };
}
