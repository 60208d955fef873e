import type { BlockData } from './blocks';

/** Bounds what a hostile page can make the rules read (a page of "AI AI AI…" blocks). */
export const MAX_CANDIDATES = 300;

/**
 * Characters (text and element text) of one page's candidates together. The text rules' time
 * follows it, and the worker refuses a classify-blocks message that carries more.
 */
export const MAX_CANDIDATE_CHARS = 3_000_000;

export const candidateChars = (blocks: readonly BlockData[]): number =>
  blocks.reduce((n, b) => n + b.text.length + (b.elText?.length ?? 0), 0);
