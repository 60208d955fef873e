import { ALL_HINTS } from './hints';

let cached: RegExp | null = null;

/**
 * One cheap test every text that any rule could match passes; built without loading the rules.
 * No 'u' flag: the keywords are all in the Basic Multilingual Plane, and Unicode mode would make
 * V8 canonicalise the whole alternation for case folding on every page load.
 */
export function hintPrefilter(): RegExp {
  return (cached ??= new RegExp(ALL_HINTS.join('|'), 'i'));
}
