import { diffWords, diffWordsWithSpace, type ChangeObject } from 'diff';

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
 * too). Each side rebuilt from its parts reads exactly as given. Null when the texts are too long
 * to compare usefully.
 */
export function passageDiff(before: string, after: string): DiffPart[] | null {
  if (before.length + after.length > MAX_CHARS) return null;
  let segmenter: Intl.Segmenter | undefined;
  try {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  } catch {
    segmenter = undefined;
  }
  // diffWords may move a space into a change at its edges; each side must read exactly as written,
  // so a diff that does not rebuild both texts gives way to one that counts spaces as words.
  const candidates = [
    () => diffWords(before, after, { maxEditLength: 2000, ...(segmenter ? { intlSegmenter: segmenter } : {}) }),
    () => diffWordsWithSpace(before, after, { maxEditLength: 2000 }),
  ];
  for (const run of candidates) {
    const parts = toParts(run());
    if (parts && rebuild(parts, 'removed') === before && rebuild(parts, 'added') === after) return parts;
  }
  return null;
}

function toParts(changes: ChangeObject<string>[] | undefined): DiffPart[] | null {
  return changes ? changes.map((c) => ({ text: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' })) : null;
}

function rebuild(parts: DiffPart[], side: 'removed' | 'added'): string {
  return parts
    .filter((p) => p.kind === 'same' || p.kind === side)
    .map((p) => p.text)
    .join('');
}
