import { ALL_HINTS } from './hints';
import { spacesToWhitespace } from './spaces';

let cached: RegExp | null = null;

/** One cheap test every text that any rule could match passes; built without loading the rules. */
export function hintPrefilter(): RegExp {
  return (cached ??= new RegExp(spacesToWhitespace(ALL_HINTS.join('|')), 'iu'));
}
