import type { InaccuracyReport } from './types';

export type ReportField = 'article.url' | 'quote' | 'problem' | 'correction' | 'sources' | 'reporter.email';

export type ValidationCode =
  | 'article-url-invalid'
  | 'quote-missing'
  | 'quote-too-long'
  | 'correction-missing'
  | 'source-url-invalid'
  | 'source-url-unsafe'
  | 'email-invalid';

export interface FieldError {
  field: ReportField;
  /** Index in `sources` for source errors. */
  index?: number;
  code: ValidationCode;
  message: string;
}

export const EN_VALIDATION_MESSAGES: Record<ValidationCode, string> = {
  'article-url-invalid': 'The article address is not a web address.',
  'quote-missing': 'Paste the passage that is wrong, exactly as it appears on the page.',
  'quote-too-long': 'The passage is very long; quote only the sentences that are wrong.',
  'correction-missing': 'Say what the correct information is.',
  'source-url-invalid': 'This source is not a valid web address.',
  'source-url-unsafe': 'Only http:// and https:// addresses can be given as sources.',
  'email-invalid': 'This e-mail address does not look right.',
};

export const MAX_QUOTE_CHARS = 2000;

/** Practical check (not RFC 5322): one `@`, no spaces or brackets, a dot in the domain, no empty labels. */
export function isEmail(text: string): boolean {
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/.test(text) && /^[^@]+@(?!-)([^.@]+\.)+[^.@]{2,}$/.test(text) && !text.includes('..');
}

/** `ok` for an absolute http(s) URL with a host; `unsafe` for other schemes (`javascript:`, `data:`, `file:`…). */
export function checkWebUrl(text: string): 'ok' | 'invalid' | 'unsafe' {
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    return 'invalid';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'unsafe';
  return u.hostname ? 'ok' : 'invalid';
}

type Draft = Pick<InaccuracyReport, 'article' | 'quote' | 'problem' | 'correction' | 'sources' | 'reporter'>;

/** Every problem that stops the report being sent, in form order; empty when it is ready. */
export function validateReport(draft: Draft, messages: Partial<Record<ValidationCode, string>> = {}): FieldError[] {
  const m = { ...EN_VALIDATION_MESSAGES, ...messages };
  const errors: FieldError[] = [];
  const add = (field: ReportField, code: ValidationCode, index?: number) =>
    errors.push({ field, code, message: m[code], ...(index === undefined ? {} : { index }) });

  if (checkWebUrl(draft.article.url) !== 'ok') add('article.url', 'article-url-invalid');
  const quote = draft.quote.trim();
  if (!quote) add('quote', 'quote-missing');
  else if ([...quote].length > MAX_QUOTE_CHARS) add('quote', 'quote-too-long');
  if (!draft.correction.trim()) add('correction', 'correction-missing');
  draft.sources.forEach((src, i) => {
    const check = checkWebUrl(src.url);
    if (check === 'unsafe') add('sources', 'source-url-unsafe', i);
    else if (check === 'invalid') add('sources', 'source-url-invalid', i);
  });
  const email = draft.reporter?.email?.trim();
  if (email && !isEmail(email)) add('reporter.email', 'email-invalid');
  return errors;
}
