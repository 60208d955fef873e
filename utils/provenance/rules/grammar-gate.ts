import { groupedAlternation, ruleHints } from './grouped-alternation';
import { RULES_ONLY_CHATBOT_HINTS } from './chatbot';
import { RULES_ONLY_JA_HINTS } from './disclosures/ja';

/**
 * Keywords added since 1.17.0 that only hand and chatbot rules need (a chatbot's closing, a translation handed over, a site
 * "run" by AI). The content script ships them, so the blocks that hold them reach the rules; the grammar's per-sentence
 * gate leaves them out, because its learned heads (learned/) were fitted on what that gate let through, and a sentence the
 * gate newly admits would be a candidate they never saw (until a retrain reads it).
 */
export const RULES_ONLY_HINTS: ReadonlySet<string> = new Set([...RULES_ONLY_CHATBOT_HINTS, ...RULES_ONLY_JA_HINTS]);

let cached: RegExp | null = null;

/** The keyword test a sentence passes before the grammar reads it: every rule keyword but RULES_ONLY_HINTS (as hintPrefilter). */
export function grammarPrefilter(): RegExp {
  return (cached ??= new RegExp(groupedAlternation(ruleHints(RULES_ONLY_HINTS)), 'i'));
}
