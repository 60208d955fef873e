import { HINT_PATTERN } from './hint-pattern';

let cached: RegExp | null = null;

/**
 * One cheap test every text that any rule could match passes, without loading the rules: every
 * rule keyword in one alternation grouped by first letter (see grouped-alternation.ts).
 * No 'u' flag: the keywords are all in the Basic Multilingual Plane, and Unicode mode would make
 * V8 canonicalise the whole alternation for case folding on every page load.
 */
export function hintPrefilter(): RegExp {
  // The shipped pattern writes each "one or more whitespace" as a space (grouped-alternation.ts: compactHintPattern).
  return (cached ??= new RegExp(HINT_PATTERN.replace(/ /g, '\\s+'), 'i'));
}
