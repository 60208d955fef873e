import { describe, expect, it } from 'vitest';
import { compiledRules } from '../../../utils/provenance/rules/compile';
import { collectedTexts } from './helpers';
import { gateOf, literalGate, requiredLiterals } from '../../../utils/provenance/rules/literal-gate';

/** The gate may only skip a pattern on texts the pattern cannot match (rules/literal-gate.ts). */
describe('literal gates in front of the text rules', () => {
  it('reads the literals every match must hold, and none where a branch or a quantifier makes one optional', () => {
    expect(requiredLiterals('foo|bar')?.sort()).toEqual(['bar', 'foo']);
    expect(requiredLiterals('(?:x)?yz')).toEqual(['yz']);
    expect(requiredLiterals('ab(?=c)c')).toEqual(['abc']);
    expect(requiredLiterals('(?:ab|)c')).toEqual(['c']);
    expect(requiredLiterals('(?:ab|cd)+')?.sort()).toEqual(['ab', 'cd']);
    expect(requiredLiterals('a*')).toBeNull();
    expect(requiredLiterals('(?:ab|\\d+)')).toBeNull();
    expect(requiredLiterals('(a)\\1')).toBeNull();
  });

  it('keeps the pattern\'s case folding', () => {
    const gate = literalGate(/\bI hope this helps\b/iu)!;
    expect(gate.test('i HOPE THIS HELPS')).toBe(true);
    expect(gate.test('I hope it helps')).toBe(false);
  });

  it('never skips a rule on a text the rule matches (every collected sentence)', () => {
    const texts = collectedTexts();
    expect(texts.length).toBeGreaterThan(5000);
    const rules = compiledRules();
    const all = [...rules.packs.flatMap((p) => p.rules), ...rules.chatbot];
    let gated = 0;
    let matched = 0;
    const violations: string[] = [];
    for (const rule of all) {
      const gate = gateOf(rule.re);
      if (!gate) continue;
      gated++;
      for (const t of texts) {
        rule.re.lastIndex = 0;
        if (!rule.re.test(t)) continue;
        matched++;
        if (!gate.test(t)) violations.push(`${rule.id}: ${t}`);
      }
    }
    expect(violations).toEqual([]);
    expect(gated).toBeGreaterThan(50);
    expect(matched).toBeGreaterThan(500);
  });
});
