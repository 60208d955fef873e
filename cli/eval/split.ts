import { createHash } from 'node:crypto';

/**
 * The collected disclosures are split into train and test by publisher, fixed before any rule was
 * written against them: a publisher's whole output lands on one side, so the test figures measure
 * phrasings from publishers the rules never saw. Publishers of the older dev set (tuned on for
 * sessions) always count as train.
 */
export const TEST_SHARE = 0.35;

export type Split = 'train' | 'test' | 'held';

/**
 * Batches collected after the detector version they measure and not tuned on yet: every row is held out (split
 * "held") whatever its publisher's side, so no training ever reads them, and the rule writer's loop (`npm run eval --
 * --quick`) reads only the train sides named in READ_TRAIN_SIDES. A new batch joins here before anyone reads it.
 */
export const HELD_OUT_BATCHES: readonly string[] = ['h13', 'h14', 'h15', 'h16', 'h17', 'h18', 'h19', 'h20'];

/**
 * Held-out batches whose train side has been read (rules were written on it): h13's, h17's, h18's (from session 19),
 * h19's (from session 20) and h20's (from session 21) by plan, h14's, h15's and h16's by mistake in session 18 (a probe filtered by publisher side alone). Their test sides
 * stay never read; so does every side of a batch not named here.
 */
export const READ_TRAIN_SIDES: readonly string[] = ['h13', 'h14', 'h15', 'h16', 'h17', 'h18', 'h19', 'h20'];

/** Whether a rule writer may read a row: the train split, or the train side of a batch in READ_TRAIN_SIDES. */
export function readable(row: { id: string; split: Split; side: Split }): boolean {
  return row.split === 'train' || (row.split === 'held' && row.side === 'train' && READ_TRAIN_SIDES.includes(batchOf(row.id)));
}

/** The batch a collected row came from ("fr-012-h9" → "h9"). */
export function batchOf(id: string): string {
  return /-(h\d+)$/.exec(id)?.[1] ?? '?';
}

/** "Der Spiegel", "spiegel.de" and "www.spiegel.de" are one publisher. */
export function publisherKey(publisher: string): string {
  return publisher
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/^\s*(?:https?:\/\/)?(?:www\.)?/, '')
    .replace(/\.(?:com|org|net|de|fr|es|it|pt|br|nl|se|no|dk|jp|cn|kr|co\.uk|co\.jp|co\.kr|com\.br|com\.cn|uk|ch|at|be|ca|au|io|ai|news)(?:\/.*)?$/, '')
    .replace(/^(?:the|der|die|das|le|la|el|il|de|het)\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Position of a publisher in [0, 1), stable across machines and runs. */
export function publisherPoint(publisher: string): number {
  const digest = createHash('sha256').update(`provenance-lens-split-v1:${publisherKey(publisher)}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32;
}

export function splitOf(publisher: string, trainOnly: ReadonlySet<string>): Exclude<Split, 'held'> {
  if (trainOnly.has(publisherKey(publisher))) return 'train';
  return publisherPoint(publisher) < TEST_SHARE ? 'test' : 'train';
}
