import { HINT_PATTERN, HINT_WIDE } from './hint-pattern';
import { WIDE_GATE } from './wide-gate';

/** A keyword test: true when the text holds a keyword somewhere. */
export type HintTest = (text: string) => boolean;

let cached: HintTest | null = null;

/**
 * One cheap test every text that any rule could match passes, without loading the rules: every
 * rule keyword in two alternations grouped by first letter (see grouped-alternation.ts), the
 * second tried only on text WIDE_GATE passes, so Latin text never pays for (nor compiles) it.
 * No 'u' flag: the keywords are all in the Basic Multilingual Plane, and Unicode mode would make
 * V8 canonicalise the whole alternation for case folding on every page load.
 */
export function hintPrefilter(): HintTest {
  if (!cached) {
    // The shipped patterns write each "one or more whitespace" as a space (grouped-alternation.ts: compactHintPattern).
    const [latin, wide] = [HINT_PATTERN, HINT_WIDE].map((p) => new RegExp(p.replace(/ /g, '\\s+'), 'i'));
    cached = (text) => latin!.test(text) || (WIDE_GATE.test(text) && wide!.test(text));
  }
  return cached;
}
