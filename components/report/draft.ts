/** Loading a report draft for the form: the one the reader left for this article, or a fresh one. */
import { t } from '@/utils/browser/i18n';
import type { ProvenanceReport } from '@/utils/provenance/types';
import { newReport, type InaccuracyReport, type ReportStore, type ValidationCode } from '@/utils/reports';

const CODES: ValidationCode[] = [
  'article-url-invalid',
  'quote-missing',
  'quote-too-long',
  'correction-missing',
  'source-url-invalid',
  'source-url-unsafe',
  'email-invalid',
];

/** Validation messages in the reader's language. */
export function validationMessages(): Partial<Record<ValidationCode, string>> {
  return Object.fromEntries(CODES.map((c) => [c, t(`report_error_${c.replace(/-/g, '_')}`)]));
}

/** The article URL a report is filed under (the same one `newReport` picks). */
export function articleUrlOf(p: ProvenanceReport): string {
  return p.meta.canonicalUrl ?? p.meta.url;
}

/** The newest unsent draft for this article, if the reader left one. */
export async function latestDraftFor(store: ReportStore, articleUrl: string): Promise<InaccuracyReport | undefined> {
  const drafts = (await store.list()).filter((r) => r.status === 'draft' && r.article.url === articleUrl);
  return drafts.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))[0];
}


export type Loaded = {
  draft: InaccuracyReport;
  restored: boolean;
  pendingQuote: string | null;
  notFound: boolean;
  /** The loaded draft differs from what is stored (a new selection filled its empty passage). */
  changed?: boolean;
};

export async function loadDraft(
  store: ReportStore | null,
  provenance: ProvenanceReport | undefined,
  initialQuote: string,
  reportId: string | null | undefined,
): Promise<Loaded> {
  const quote = initialQuote.trim();
  let found: InaccuracyReport | undefined;
  let notFound = false;
  if (store && reportId) {
    found = await store.get(reportId);
    notFound = !found;
  } else if (store && provenance) {
    found = await latestDraftFor(store, articleUrlOf(provenance));
  }
  if (!found) return { draft: newReport({ provenance, quote }), restored: false, pendingQuote: null, notFound };
  // A fresh selection must not overwrite a passage the reader already gave: offer it instead.
  if (quote && quote !== found.quote.trim()) {
    if (!found.quote.trim()) return { draft: { ...found, quote }, restored: true, pendingQuote: null, notFound, changed: true };
    return { draft: found, restored: true, pendingQuote: quote, notFound };
  }
  return { draft: found, restored: true, pendingQuote: null, notFound };
}

