import type { ProvenanceReport, Verdict } from './provenance/types';

export interface BadgeLook {
  text: string;
  color: string;
  /** i18n message key for the verdict's name. */
  labelKey: string;
}

/**
 * Each verdict's colour, on its own: the content script (whose size counts) needs only this and
 * verdictLabelKey, not the badge texts.
 */
export const VERDICT_COLORS: Record<Verdict | 'not-article', string> = {
  'ai-generated': '#b71c1c',
  'ai-assisted': '#8a4b00',
  automated: '#8a4b00',
  'ai-summary': '#0d47a1',
  'suspected-ai': '#6a1b9a',
  none: '#546e7a',
  'not-article': '#546e7a',
};

/** The i18n key of a verdict's name: `ai-generated` → `verdict_ai_generated`. */
export const verdictLabelKey = (v: Verdict | 'not-article') => `verdict_${v.replace(/-/g, '_')}`;

const look = (v: Verdict | 'not-article', text: string): BadgeLook => ({ text, color: VERDICT_COLORS[v], labelKey: verdictLabelKey(v) });

/** One look per verdict; 'not-article' shows no badge at all because nothing is claimed. */
export const BADGES: Record<Verdict | 'not-article', BadgeLook> = {
  'ai-generated': /* @__PURE__ */ look('ai-generated', 'AI'),
  'ai-assisted': /* @__PURE__ */ look('ai-assisted', 'AI±'),
  automated: /* @__PURE__ */ look('automated', 'AUTO'),
  'ai-summary': /* @__PURE__ */ look('ai-summary', 'SUM'),
  'suspected-ai': /* @__PURE__ */ look('suspected-ai', 'AI?'),
  none: /* @__PURE__ */ look('none', '–'),
  'not-article': /* @__PURE__ */ look('not-article', ''),
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
