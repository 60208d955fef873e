import { diffWords } from 'diff';

export interface DiffPart {
  text: string;
  /** `removed`: only in the reported passage; `added`: only in the article's new text. */
  kind: 'same' | 'removed' | 'added';
}

/** Passages are sentences; past this the diff is not worth its cost and is not shown. */
const MAX_CHARS = 20_000;

/**
 * What changed between the passage as reported and as the article now writes it, word by word
 * (jsdiff's diffWords with the browser's word segmenter, so Chinese and Japanese split into words
 * too). Null when the texts are too long to compare usefully.
 */
export function passageDiff(before: string, after: string): DiffPart[] | null {
  if (before.length + after.length > MAX_CHARS) return null;
  let segmenter: Intl.Segmenter | undefined;
  try {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  } catch {
    segmenter = undefined;
  }
  const changes = diffWords(before, after, { maxEditLength: 2000, ...(segmenter ? { intlSegmenter: segmenter } : {}) });
  if (!changes) return null;
  return changes.map((c) => ({ text: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}
