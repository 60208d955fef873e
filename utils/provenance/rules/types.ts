import type { SignalCategory } from '../types';

/**
 * How a rule decides that a match speaks about *this* page:
 * - `self`: the pattern itself names this article/page/content ("This article was generated…").
 * - `label`: the whole (short) block is a label ("AI-generated", "Testo realizzato con AI").
 * - `byline`: only inside a byline/author element ("Dorian Lavol AI-Journalist").
 * - `self-or-short`: CJK notes, which name no subject: the sentence names this page or the block is short.
 */
export type RuleMode = 'self' | 'label' | 'byline' | 'self-or-short';

export interface DisclosureRuleSpec {
  /** Stable id suffix; the full id is `disclosure.<lang>.<id>`. */
  id: string;
  category: SignalCategory;
  mode: RuleMode;
  /** Regex source; `{NAME}` is replaced by the language's vocabulary entry NAME. */
  pattern: string;
  weight: number;
  /** Shown to the reader; defaults to a sentence per category (rules/explanations.ts). */
  explanation?: string;
  /** Keep the match even if a negation precedes it (e.g. "we cannot guarantee accuracy"). */
  ignoreNegation?: boolean;
  /** Also look for summary cues in the whole block, not just the sentence. */
  blockCues?: boolean;
  /** The block must also match this vocabulary entry (e.g. accuracy caveats). */
  requireInBlock?: string;
  /** When an automated-from-data rule also names AI in the sentence, it is AI generation. */
  upgradeOnAI?: boolean;
}

export interface LanguagePack {
  lang: string;
  /** Cheap keywords for the combined pre-filter (regex sources, case-insensitive). */
  hints: string[];
  /** Named regex fragments used by the patterns: AI, SELF, BE, GEN, ASSIST, BY… */
  vocab: Record<string, string>;
  /** Words that cancel a match when they precede it in the same sentence. */
  negation: string;
  /** Reported speech: a match in a sentence with one of these is someone else's claim. */
  attribution: string;
  /** Future, conditional or policy wording: not a statement about this page. */
  hypothetical: string;
  /** Partial or supporting AI use: turns "generated" into "assisted". */
  assistCues: string;
  /** The disclosed thing is a summary. */
  summaryCues: string;
  /** The disclosed thing is an image, video or illustration. */
  imageCues: string;
  /** A human editor reviewed it (turns "automated" into "assisted"). */
  humanReview?: string;
  rules: DisclosureRuleSpec[];
}

export interface ChatbotRuleSpec {
  id: string;
  lang: string;
  pattern: string;
  /** Only at the start of a paragraph ("Certainly! Here is…"). */
  paragraphStart?: boolean;
  /**
   * …or at a sentence start inside one, with an exclamation mark and not answering a question asked just before: a chatbot's
   * answer pasted after the writer's own words ("…the council met. Certainly! Below is the revised summary").
   */
  insideParagraph?: boolean;
  /** Case-sensitive (template slots). */
  caseSensitive?: boolean;
  weight: number;
  explanation: string;
}
