import type { Signal } from './types';
import type { BlockData } from './blocks';
import { compiledRules } from './rules/compile';
import { findDisclosures } from './disclosures';
import { findLeaks } from './leaks';

import { MAX_SIGNALS } from './report';

/**
 * The text half of detection: written disclosures and leaked chatbot text in candidate blocks.
 * Pure data in, data out, so it runs where the compiled rules stay warm (the background worker)
 * as well as in Node.
 */
export function classifyBlocks(blocks: readonly BlockData[]): Signal[] {
  const rules = compiledRules();
  const out: Signal[] = [];
  for (const block of blocks) {
    if (out.length >= MAX_SIGNALS) break;
    out.push(...findDisclosures(block, rules), ...findLeaks(block, rules));
  }
  return out.slice(0, MAX_SIGNALS);
}
