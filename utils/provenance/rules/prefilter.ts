import { ALL_HINTS } from './hints';

let cached: RegExp | null = null;

/**
 * The keywords as one alternation grouped by first letter (`a(?:rtificial|utomat|…)|l(?:…)`):
 * the same strings match, but the regex engine tries one group per position instead of every
 * keyword, which halves the cost of testing a page's text (the content script's largest cost).
 * Keywords starting with \b keep it in front of their group; any keyword whose first character
 * is syntax or quantified stays whole.
 */
export function groupedAlternation(keywords: readonly string[]): string {
  const groups = new Map<string, string[]>();
  const whole: string[] = [];
  for (const keyword of keywords) {
    const boundary = keyword.startsWith('\\b');
    const rest = boundary ? keyword.slice(2) : keyword;
    const first = rest[0] ?? '';
    if (!first || /[\\[(.^$|)?*+{]/.test(first) || /^[?*+{]/.test(rest.slice(1))) {
      whole.push(keyword);
      continue;
    }
    const key = (boundary ? '\\b' : '') + first.toLowerCase();
    const tails = groups.get(key) ?? [];
    tails.push(rest.slice(1));
    groups.set(key, tails);
  }
  const parts = [...groups].map(([key, tails]) => (tails.length === 1 ? key + tails[0] : `${key}(?:${tails.join('|')})`));
  return [...parts, ...whole].join('|');
}

/**
 * One cheap test every text that any rule could match passes; built without loading the rules.
 * No 'u' flag: the keywords are all in the Basic Multilingual Plane, and Unicode mode would make
 * V8 canonicalise the whole alternation for case folding on every page load.
 */
export function hintPrefilter(): RegExp {
  return (cached ??= new RegExp(groupedAlternation(ALL_HINTS), 'i'));
}
