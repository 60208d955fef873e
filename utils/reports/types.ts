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
  /** The publisher's answer as the reader recorded it; absent on a delivered report means `sent`. */
  outcome?: ReportOutcome;
  /** Correction watch: the article re-read after delivery. */
  watch?: PassageWatch;
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

/** What the reader knows of the publisher's answer; set by the reader in "My reports". */
export type ReportOutcome = 'sent' | 'answered' | 'corrected' | 'no-reply';
export const REPORT_OUTCOMES: readonly ReportOutcome[] = ['sent', 'answered', 'corrected', 'no-reply'];

/**
 * The last look at the article since the report went out. `unreachable`: the page could not be
 * read (offline, an error status, not HTML); `quote` is the passage as reported, kept so a later
 * edit of the report does not change what was compared.
 */
export interface PassageWatch {
  checkedAt: string;
  state: 'unchanged' | 'changed' | 'removed' | 'unreachable';
  quote: string;
  newText?: string;
  /** When the page first showed the change (kept across later checks that find the same). */
  changedAt?: string;
  error?: string;
}
