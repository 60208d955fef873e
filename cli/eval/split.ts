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
 * "held") whatever its publisher's side, so no rule writer's loop (`npm run eval -- --quick`, `--context`) and no
 * training ever reads them. Each session moves the previous one here and releases the one before.
 */
export const HELD_OUT_BATCHES: readonly string[] = ['h13', 'h14', 'h15', 'h16', 'h17', 'h18'];

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
