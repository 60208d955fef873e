import type { ProvenanceReport, Verdict } from './provenance/types';

export interface BadgeLook {
  text: string;
  color: string;
  /** i18n message key for the verdict's name. */
  labelKey: string;
}

/** One look per verdict; 'not-article' shows no badge at all because nothing is claimed. */
export const BADGES: Record<Verdict | 'not-article', BadgeLook> = {
  'ai-generated': { text: 'AI', color: '#b71c1c', labelKey: 'verdict_ai_generated' },
  'ai-assisted': { text: 'AI±', color: '#8a4b00', labelKey: 'verdict_ai_assisted' },
  automated: { text: 'AUTO', color: '#8a4b00', labelKey: 'verdict_automated' },
  'ai-summary': { text: 'SUM', color: '#0d47a1', labelKey: 'verdict_ai_summary' },
  'suspected-ai': { text: 'AI?', color: '#6a1b9a', labelKey: 'verdict_suspected_ai' },
  none: { text: '–', color: '#546e7a', labelKey: 'verdict_none' },
  'not-article': { text: '', color: '#546e7a', labelKey: 'verdict_not_article' },
};

export function badgeKey(report: ProvenanceReport): Verdict | 'not-article' {
  // A page that declares AI authorship is flagged even when it does not look like an article.
  if (!report.isArticle && report.verdict === 'none') return 'not-article';
  return report.verdict;
}

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/**
 * The toolbar tooltip: the verdict in words and the evidence in short, e.g.
 * "AI-generated — this page says: 'An advanced artificial intelligence (AI) system generated the content…'".
 */
export function badgeTitle(report: ProvenanceReport, t: (key: string) => string): string {
  const key = badgeKey(report);
  const name = t(BADGES[key].labelKey);
  const first = report.signals.find((s) => s.scope !== 'image') ?? report.signals[0];
  if (!first) return `${t('extName')}: ${name}`;
  const lead = first.kind === 'disclosure-text' ? t('tooltip_page_says') : t('tooltip_evidence');
  return `${name} — ${lead} '${shorten(first.text, 90)}'`;
}
