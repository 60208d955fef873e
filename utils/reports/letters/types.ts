import type { SignalKind, Verdict } from '../../provenance/types';

/**
 * Every sentence of a report letter in one language. `{name}` marks a value filled in. The
 * letter never shows detector rule ids: evidence is named by what it is (`evidence`).
 */
export interface LetterStrings {
  /** BCP-47 locale its dates are written in. */
  locale: string;
  /** Quotation marks and the label separator as this language writes them. */
  open: string;
  close: string;
  colon: string;
  subject: string;
  subjectNoHeadline: string;
  greetingSite: string;
  greeting: string;
  intro: string;
  article: string;
  url: string;
  published: string;
  passageLink: string;
  quote: string;
  problem: string;
  correction: string;
  sources: string;
  provenance: string;
  provenanceNote: string;
  closing: string;
  signOff: string;
  footer: string;
  truncatedNote: string;
  verdicts: Record<Verdict, string>;
  evidence: Record<SignalKind, string>;
}
