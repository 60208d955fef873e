import type { ContactKind, SignalKind, Verdict } from '../provenance/types';
import type { LetterLanguage } from './letters';

export type ReportStatus = 'draft' | 'sent-email' | 'copied' | 'opened-contact-page' | 'opened-form' | 'downloaded';

export const REPORT_STATUSES: readonly ReportStatus[] = [
  'draft',
  'sent-email',
  'copied',
  'opened-contact-page',
  'opened-form',
  'downloaded',
];

export interface ReportSource {
  url: string;
  title?: string;
  outlet?: string;
}

export interface ReportEvidence {
  kind: SignalKind;
  text: string;
  rule: string;
}

/** A reader's report of an inaccuracy, addressed to the publisher. Stored in the `reports` store. */
export interface InaccuracyReport {
  id: string;
  /** ISO 8601 date-times. */
  createdAt: string;
  updatedAt: string;
  status: ReportStatus;
  /** `lang`: the page's BCP-47 language, which picks the letter's language. */
  article: { url: string; headline?: string; siteName?: string; publishedAt?: string; lang?: string };
  /** The letter language the reader chose; absent: the article's (see letterLanguageOf). */
  letterLang?: LetterLanguage;
  /** The exact passage that is wrong, as it appears on the page. */
  quote: string;
  /** What is wrong with it. */
  problem: string;
  /** What is right instead. */
  correction: string;
  sources: ReportSource[];
  reporter?: { name?: string; email?: string };
  verdict?: Verdict;
  evidence?: ReportEvidence[];
  /** The channel it was (last) delivered through. */
  channel?: DeliveryChannel;
}

/**
 * How a report can reach the publisher, best first (see chooseChannels).
 * - `form`: a corrections form or corrections/feedback policy page: open it and copy the report.
 * - `email`: open the mail client with `mailto` (subject and body pre-filled when composed).
 * - `contact-page`: open the generic contact page and copy the report.
 * - `none`: the page lists no way; the UI offers copy and download.
 */
export type DeliveryChannel =
  | { kind: 'form'; source: Extract<ContactKind, 'corrections-form' | 'corrections-policy' | 'feedback-policy'>; url: string; label: string; copyToClipboard: true }
  | { kind: 'email'; address: string; label: string; mailto: string; truncated: boolean; copyToClipboard: boolean }
  | { kind: 'contact-page'; url: string; label: string; copyToClipboard: true }
  | { kind: 'none' };

export interface ComposedReport {
  subject: string;
  body: string;
}
