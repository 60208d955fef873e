import { CHATBOT_HINTS, LANGUAGE_PACKS } from './index';
import { FRAME_HINTS } from './frames/lexicons';
import { TOOL_AGENT_HINTS } from './frames/tool-agent';
import { spacesToWhitespace } from './spaces';
import { WIDE_GATE } from './wide-gate';

/**
 * Every keyword some text rule needs, spaces widened to \s+, each once, in pack order; a plain
 * keyword that another kept keyword already finds ("automatisch" beside "automat") is left out,
 * since the content script ships this list and pays for every byte of it.
 */
export function ruleHints(leaveOut: ReadonlySet<string> = new Set()): string[] {
  const all = [...new Set([...LANGUAGE_PACKS.flatMap((p) => p.hints), ...CHATBOT_HINTS, ...FRAME_HINTS, ...TOOL_AGENT_HINTS].filter((h) => !leaveOut.has(h)).map(spacesToWhitespace))];
  const literal = (h: string): string => h.replace(/\\s\+/g, ' ');
  // Only a keyword with no boundary or anchor finds h inside every text that holds h.
  const finders = all.filter((o) => !/\\b|\^|\$|\(\?[=!<]/.test(o)).map((o) => ({ o, re: new RegExp(o, 'i') }));
  const dropped = new Set<string>();
  // Longest first, so of two keywords that find each other the shorter one stays.
  for (const h of [...all].sort((a, b) => b.length - a.length)) {
    // A keyword with syntax is found through its literal start ("modell[oi] linguistic" by "modell"),
    // unless it has a top-level alternative or a boundary.
    const plain = literal(h);
    const text = /[\\[\](){}?*+|^$.]/.test(plain) ? literalStart(plain) : plain;
    if (!text) continue;
    if (finders.some(({ o, re }) => o !== h && !dropped.has(o) && re.test(text))) dropped.add(h);
  }
  return all.filter((h) => !dropped.has(h));
}

/** The plain text every match of `h` starts with, or '' when there is none to rely on. */
export function literalStart(h: string): string {
  if (/\\b|\\s|^\\|\|/.test(h)) return '';
  const at = h.search(/[\\[\](){}?*+|^$.]/);
  // A quantifier applies to the character before it: "models?" starts with "model".
  const end = /[?*{]/.test(h[at] ?? '') ? at - 1 : at;
  return end > 0 ? h.slice(0, end) : '';
}

/**
 * The keywords as one alternation grouped by first letter (`a(?:rtificial|utomat|…)|l(?:…)`):
 * the same strings match, but the regex engine tries one group per position instead of every
 * keyword, which halves the cost of testing a page's text (the content script's largest cost).
 * Keywords starting with \b keep it in front of their group; any keyword whose first character
 * is syntax or quantified stays whole.
 */
export function groupedAlternation(keywords: readonly string[]): string {
  const { parts, whole } = groupedParts(keywords);
  return [...parts, ...whole].join('|');
}

function groupedParts(keywords: readonly string[]): { parts: string[]; whole: string[] } {
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
  return { parts, whole };
}

/** From here on, characters are CJK or Hangul (no case): no Latin text holds one. */
const WIDE = 0x2e80;

/**
 * The content script's keyword pattern, as two alternations that together match what
 * groupedAlternation matches: [latin, wide]. `wide` holds the keywords every match of which holds
 * a kana, CJK or Hangul character WIDE_GATE finds (none of them has case), so the content script
 * runs it only on text with one: on other text these keywords cost a third of the test and can
 * never match. In `latin`, the groups led by a CJK or Hangul character that the gate does not
 * cover stay behind one lookahead for their range, so that on Latin text the engine tests one
 * class per position instead of each of them.
 */
export function hintAlternations(keywords: readonly string[]): [string, string] {
  const { parts, whole } = groupedParts(keywords);
  const wideParts = parts.filter((p) => p.charCodeAt(0) >= WIDE);
  const latin = parts.filter((p) => p.charCodeAt(0) < WIDE);
  const wide: string[] = [];
  if (wideParts.length > 0) {
    const firsts = wideParts.map((p) => String.fromCharCode(p.charCodeAt(0)));
    const [lo, hi] = [firsts.reduce((a, b) => (a < b ? a : b)), firsts.reduce((a, b) => (a > b ? a : b))];
    const group = wideParts.length < 2 ? wideParts[0]! : `(?=[${lo}-${hi}])(?:${wideParts.join('|')})`;
    // The gate is one range: both ends in it, every first character is.
    (WIDE_GATE.test(lo) && WIDE_GATE.test(hi) && firsts.every(caseless) ? wide : latin).push(group);
  }
  for (const h of whole) (needsWide(h) ? wide : latin).push(h);
  return [latin.join('|'), wide.join('|')];
}

/** A character only itself matches, case-insensitively (kana, CJK, Hangul). */
function caseless(c: string): boolean {
  return c.toUpperCase() === c && c.toLowerCase() === c;
}

/**
 * True when every match of keyword `h` holds a character WIDE_GATE finds: one that stands outside
 * any class or optional part, at its top level or in a group each alternative of which holds one.
 * Escapes and classes are set aside first; a keyword with a top-level alternative never qualifies.
 */
export function needsWide(h: string): boolean {
  // An optional character (or a group or class, by then one character) leaves; '가' stands for a group that needs one.
  const holds = (s: string) => [...s.replace(/.(?:[?*]|\{0(?:,\d*)?\})\??/g, '')].some((c) => WIDE_GATE.test(c) && caseless(c));
  let top = h.replace(/\\./g, '_').replace(/\[[^\]]*\]/g, '_');
  for (let before = ''; before !== top; ) {
    before = top;
    top = top.replace(/\(([^()]*)\)/g, (_, inner: string) =>
      !/^\?<?!/.test(inner) && inner.replace(/^\?(?:[:=]|<=)/, '').split('|').every(holds) ? '가' : '_',
    );
  }
  return !top.includes('|') && holds(top);
}

/**
 * The shipped form of a pattern, for the content script's size: each `\\s+` written as a plain space,
 * three bytes fewer each (prefilter.ts expands them again; a space inside a class then also admits `\\s`
 * and `+`, which a pre-filter may), and groups written capturing.
 */
export function compactHintPattern(pattern: string): string {
  // Groups are written capturing, two bytes fewer each: a pre-filter only tests, it never reads a group.
  return pattern.replace(/\\s\+/g, ' ').replace(/\\.|\(\?:/g, (m) => (m === '(?:' ? '(' : m));
}

/** The source of hint-pattern.ts, which the content script ships instead of the rules. */
export function hintPatternModule(): string {
  const [latin, wide] = hintAlternations(ruleHints()).map(compactHintPattern);
  return [
    '// Generated by `npm run gen:hints` from the language packs and chatbot rules; do not edit.',
    '// A unit test fails when this is stale. Built ahead of time so no page load pays for it.',
    '// HINT_WIDE: the keywords every match of which holds a kana, CJK or Hangul character (prefilter.ts).',
    `export const HINT_PATTERN = ${JSON.stringify(latin)};`,
    `export const HINT_WIDE = ${JSON.stringify(wide)};`,
    '',
  ].join('\n');
}
