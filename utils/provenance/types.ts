/**
 * The data the detector produces. One vocabulary everywhere: the content script,
 * the background, the popup, the research log and the command line all speak it.
 */

/** Exactly one per report. `none` means "no AI signal found", never "written by a human". */
export type Verdict =
  | 'ai-generated'
  | 'ai-assisted'
  | 'automated'
  | 'ai-summary'
  | 'suspected-ai'
  | 'none';

export const VERDICTS: readonly Verdict[] = [
  'ai-generated',
  'ai-assisted',
  'automated',
  'ai-summary',
  'suspected-ai',
  'none',
];

/** Where the evidence came from. */
export type SignalKind = 'disclosure-text' | 'meta-marker' | 'chatbot-leak' | 'listed-site';

/** Which verdict a signal supports (AI translation and editing count as assisted). */
export type SignalCategory = Exclude<Verdict, 'none'>;

/** What the signal speaks about: the whole page, one element (a box, a summary), or one image. */
export type SignalScope = 'page' | 'element' | 'image';

/**
 * Where the evidence sits in the page, so the content script can highlight it.
 * `css` is a selector path from the document root; `start`/`end` are offsets into that
 * element's `textContent` when the quote is only part of it.
 */
export interface Locator {
  css: string;
  start?: number;
  end?: number;
}

export interface Signal {
  kind: SignalKind;
  category: SignalCategory;
  scope: SignalScope;
  /** The exact quote (or, for markers, the attribute/meta value), trimmed, at most ~500 chars. */
  text: string;
  /** BCP-47 primary language of the rule that matched (`en`, `de`, `zh`…), or `und`. */
  lang: string;
  /** Stable rule id, e.g. `disclosure.en.generated-by-ai`; versioned with DETECTOR_VERSION. */
  rule: string;
  /** Short human explanation of why this counts. */
  explanation: string;
  locator?: Locator;
  /** 0..1: how strongly this one signal supports its category. */
  weight: number;
  /**
   * True when the signal is recorded for the reader and the research log but does not support a
   * verdict (e.g. a C2PA manifest whose contents the detector cannot read).
   */
  informational?: boolean;
}

export type ContactKind =
  | 'contact-page'
  | 'email'
  | 'corrections-policy'
  | 'feedback-policy'
  | 'corrections-form';

export interface ContactChannel {
  kind: ContactKind;
  /** Absolute http(s) or mailto: URL. */
  url: string;
  /** The link text or property name it was found under. */
  label: string;
}

export interface ArticleMeta {
  url: string;
  canonicalUrl?: string;
  headline?: string;
  siteName?: string;
  byline?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
  modifiedAt?: string;
  /** BCP-47 language of the page (`en`, `de-CH`…), or undefined. */
  lang?: string;
  description?: string;
  contacts: ContactChannel[];
}

export interface ProvenanceReport {
  /** Detector id and version, e.g. `provenance-lens-detector/1.0.0`. */
  detector: string;
  isArticle: boolean;
  meta: ArticleMeta;
  verdict: Verdict;
  /** 0..1 */
  confidence: number;
  signals: Signal[];
  /** Up to ~4,000 characters of the article's main text, for related coverage and hashing. */
  text?: string;
  /** Milliseconds the detection took (informational). */
  elapsedMs?: number;
  /**
   * The content script's quick pass: `meta` (beyond the URL) and `text` not read yet (the
   * background asks for them when the popup opens). Never set by the CLI.
   */
  partial?: true;
}
