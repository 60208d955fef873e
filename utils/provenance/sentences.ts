/** Sentence splitting and quotation tracking, tuned for short disclosure notes. */

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

/** True when position `at` lies inside a quotation that opened earlier in `s`. */
export function insideQuotes(s: string, at: number): boolean {
  const stack: string[] = [];
  let straight = false;
  for (let i = 0; i < at && i < s.length; i++) {
    const c = s[i]!;
    const top = stack[stack.length - 1];
    if (top !== undefined && c === top) {
      stack.pop();
      continue;
    }
    const close = OPENERS[c];
    if (close) {
      stack.push(close);
      continue;
    }
    if (c === '"') {
      straight = !straight;
      continue;
    }
    if (c === '‘') {
      const prev = i > 0 ? s[i - 1]! : ' ';
      if (!/[\p{L}\p{N}]/u.test(prev)) stack.push('’');
    }
  }
  return straight || stack.length > 0;
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
