/** Sentence splitting and quotation tracking, tuned for short disclosure notes. */
import { lastRead } from './rules/last-read';

export interface Span {
  start: number;
  end: number;
}

const ABBREV = /(?:^|[\s.(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Prof|Inc|Ltd|Co|Jr|Sr|vs|etc|e\.g|i\.e|z\.B|bzw|ca|Nr|No)\.$/;

/**
 * Splits at . ! ? followed by space and an upper-case letter/quote/digit, at CJK full stops,
 * and at blank lines; leaves "A.I.", "U.S.", "Dr." alone.
 */
export function splitSentences(text: string, maxSentences = 400): Span[] {
  const out: Span[] = [];
  // A match starts only at the first mark of a run (the lookbehind): otherwise every mark of a
  // long run without a following space starts a scan to the run's end, quadratic in its length.
  const re = /(?<![.!?…])[.!?…]+["'”’»)\]]*\s+(?=["'“‘«([]?[\p{Lu}\p{N}¿¡])|[。！？]+|\n\s*\n/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && out.length < maxSentences) {
    const endOfMark = m.index + m[0].length;
    const before = text.slice(Math.max(0, m.index - 6), m.index + 1);
    if (m[0][0] === '.' && ABBREV.test(before)) continue;
    if (endOfMark > start) out.push({ start, end: endOfMark });
    start = endOfMark;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

const OPENERS: Record<string, string> = { '“': '”', '„': '“', '«': '»', '‹': '›', '「': '」', '『': '』', '‚': '‘' };

/** A quoted span this short is a name or a title ("「バクヤスAI」", "“AI Overviews”"), not someone's words. */
const NAME_QUOTE = 24;

/** The innermost quotation still open at position `at` of `s`: its closing mark and where it opened. */
function openQuoteAt(s: string, at: number): { close: string; from: number } | null {
  const stack: Array<{ close: string; from: number }> = [];
  let straight = -1;
  for (let i = 0; i < at && i < s.length; i++) {
    const c = s[i]!;
    const top = stack[stack.length - 1];
    if (top !== undefined && c === top.close) {
      stack.pop();
      continue;
    }
    const close = OPENERS[c];
    if (close) {
      stack.push({ close, from: i });
      continue;
    }
    if (c === '"') {
      straight = straight < 0 ? i : -1;
      continue;
    }
    if (c === '‘') {
      const prev = i > 0 ? s[i - 1]! : ' ';
      if (!/[\p{L}\p{N}]/u.test(prev)) stack.push({ close: '’', from: i });
    }
  }
  const open = stack[stack.length - 1];
  return open ? { close: open.close, from: open.from } : straight >= 0 ? { close: '"', from: straight } : null;
}

/**
 * True when position `at` lies inside a quotation that opened earlier in `s`. With `names`, a short quoted span
 * is a name ("「バクヤスAI」を活用して"), not quoted words, unless it holds the match up to `until`; a quoted chatbot
 * phrase is still a quotation.
 */
export function insideQuotes(s: string, at: number, names = false, until = at): boolean {
  const quote = openQuoteAt(s, at);
  if (!quote) return false;
  if (!names) return true;
  const end = s.indexOf(quote.close, Math.max(at, quote.from + 1));
  // A short quote that holds the whole match is quoted words ("需在文末添加 "本文由 AI 辅助生成" 声明"), not a name.
  return end < 0 || end - quote.from > NAME_QUOTE || (until > at && end >= until);
}

/**
 * True when position `at` of a block lies inside a quotation that opened in an earlier sentence (before `sentenceStart`)
 * and closes after `at`: someone's words quoted over several sentences ("Eine Computerstimme antwortet ihm: „Hallo! Als
 * künstliche Intelligenz habe ich …“"), which the sentence alone no longer shows. A mark that never closes is no quotation.
 */
export function quotedFromBefore(text: string, sentenceStart: number, at: number): boolean {
  const quote = openQuoteAt(text, at);
  if (!quote || quote.from >= sentenceStart || text.indexOf(quote.close, at) < 0) return false;
  // A straight mark right after a digit or a letter is a measure or a word's end ('15" screen'), not an opening: across
  // sentences it would pair with the next quoted name and hide everything between.
  return !(quote.close === '"' && /[\p{L}\p{N}]/u.test(text[quote.from - 1] ?? ' '));
}

/**
 * True when a match starts outside any quotation and ends inside a long one that opened after it ("…me deixou curioso:
 * “Esta reportagem foi produzida de modo automático…”"): the words before the quote are the writer's, those inside it
 * someone else's, so the two halves make no one statement.
 */
export function crossesIntoQuote(s: string, start: number, end: number): boolean {
  return end - 1 > start && !insideQuotes(s, start) && insideQuotes(s, end - 1, true);
}

/** "AI Disclaimer:", "Note:", "Hinweis:", "※" and brackets around a label. */
const LABEL_PREFIX =
  /^[\s\p{P}※*•·–—-]*(?:(?:AI|KI|IA)\s+)?(?:note|nota|notice|hinweis|disclaimer|disclosure|transparen\w*|aviso|avviso|remarque|opmerking|obs|merk|editor['’]s\s+note|nachtrag\s+der\s+redaktion)[^:：]{0,25}[:：]\s*/iu;

export function stripLabelPrefix(s: string): { text: string; offset: number } {
  let offset = 0;
  let t = s;
  const m = LABEL_PREFIX.exec(t);
  if (m) {
    offset += m[0].length;
    t = t.slice(m[0].length);
  }
  const lead = /^[\s([{※*•·–—-]+/u.exec(t);
  if (lead) {
    offset += lead[0].length;
    t = t.slice(lead[0].length);
  }
  t = t.replace(/[\s.)\]}!。]+$/u, '');
  return { text: t, offset };
}

/** The quote shown to the user: the sentence, without a short "Heading:" before the match. */
export function quoteOf(sentence: string, matchStart: number): { text: string; offset: number } {
  let offset = 0;
  const colon = /^[^:.!?]{1,40}:\s+/u.exec(sentence);
  if (colon && colon[0].length <= matchStart) offset = colon[0].length;
  let text = sentence.slice(offset);
  const lead = text.length - text.trimStart().length;
  offset += lead;
  text = text.trim();
  if (text.length > 500) text = text.slice(0, 500);
  return { text, offset };
}

/**
 * splitSentences(text), kept for the next call with the same text: the disclosures and the chatbot rules split the same block
 * one after the other. Callers only read the spans.
 */
export function sentencesOf(text: string): readonly Span[] {
  return lastSplit(text, false);
}
const lastSplit = lastRead((text) => splitSentences(text));
