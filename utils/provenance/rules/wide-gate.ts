/**
 * A kana, CJK or Hangul character (none has case): every match of the content script's second keyword
 * alternation (HINT_WIDE) holds one, so text without one never runs it (grouped-alternation.ts: needsWide).
 */
export const WIDE_GATE = /[぀-힣]/;
