import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compiledRules } from '../../../utils/provenance/rules/compile';
import { hintPrefilter } from '../../../utils/provenance/rules/prefilter';

/**
 * The keyword tests are the gate in front of every rule: a text the gate turns away is never
 * read by the rules. So a rule that can match a text none of its keywords match is a rule that
 * never fires on it ("Auto-generated" never reached the label rule until this test found it).
 * Texts are generated from each rule's own pattern by fast-check, so the check follows the rules
 * as they change; fixed seed, so it fails the same way every time.
 */

/** Drops lookaround groups (the generator has none), so it samples a superset of the rule's matches. */
function withoutLookarounds(source: string): string {
  let out = '';
  let i = 0;
  const skipClass = (j: number): number => {
    j++;
    if (source[j] === '^') j++;
    if (source[j] === ']') j++;
    while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
    return j + 1;
  };
  while (i < source.length) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      const end = skipClass(i);
      out += source.slice(i, end);
      i = end;
    } else if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      let depth = 0;
      let j = i;
      while (j < source.length) {
        const d = source[j]!;
        if (d === '\\') j += 2;
        else if (d === '[') j = skipClass(j);
        else {
          if (d === '(') depth++;
          else if (d === ')' && --depth === 0) break;
          j++;
        }
      }
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/**
 * Strings nobody writes, which some rules accept only because they are lenient at the edges: an
 * acronym glued to a word ("parAI", "KI_95"), a doubled or detached contraction ("I'm am", "I 'm").
 */
const UNWRITTEN = /[\p{L}\d_](?:AI|KI|IA|LLM|A\.I)|(?:AI|KI|IA|LLM|A\.I\.?)[\p{L}\d_]|\bI(?:['’]m| am) (?:['’]m|am)\b|\bI ['’]m\b/iu;

interface Gated {
  id: string;
  re: RegExp;
  gate: RegExp;
}

function gatedRules(): Gated[] {
  const rules = compiledRules();
  return [
    ...rules.packs.flatMap((pack) => pack.rules.map((r) => ({ id: r.id, re: r.re, gate: pack.prefilter }))),
    ...rules.chatbot.map((r) => ({ id: r.id, re: r.re, gate: rules.chatbotPrefilter })),
  ];
}

describe('rule keywords', () => {
  it('drops lookarounds and nothing else from a pattern', () => {
    expect(withoutLookarounds('(?<![\\p{L}])AI(?![a-z(])|a[(?=]b\\(?=x\\)')).toBe('AI|a[(?=]b\\(?=x\\)');
  });

  it('let through every text a rule matches, in its language pack and in the content script', () => {
    const page = hintPrefilter();
    const gaps: string[] = [];
    let checked = 0;
    for (const rule of gatedRules()) {
      // Case-sensitive sampling: the rules and keyword tests are case-insensitive, so this loses nothing.
      const arb = fc.stringMatching(new RegExp(withoutLookarounds(rule.re.source), rule.re.flags.replace('i', '')));
      for (const raw of fc.sample(arb, { numRuns: 300, seed: 7 })) {
        const text = raw.replace(/\s+/g, ' ');
        if (UNWRITTEN.test(text) || !rule.re.test(text)) continue;
        checked++;
        if (!rule.gate.test(text) || !page(text)) {
          gaps.push(`${rule.id}: ${JSON.stringify(text.slice(0, 120))}`);
          break;
        }
      }
    }
    expect(gaps).toEqual([]);
    expect(checked).toBeGreaterThan(5000);
    // Tens of thousands of sampled strings: 22 s on a loaded 2-core machine, so a limit well above the global one.
  }, 240_000);
});
