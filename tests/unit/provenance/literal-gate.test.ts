import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledRules } from '../../../utils/provenance/rules/compile';
import { collectedTexts } from './helpers';
import { gateOf, literalGate, requiredLiterals, trackGatedPatterns } from '../../../utils/provenance/rules/literal-gate';
import { framePatterns } from '../../../utils/provenance/rules/frames/match';
import { classifyBlocks } from '../../../utils/provenance/classify';
import { Zone } from '../../../utils/provenance/walk';
import { sharedDir } from '../../../cli/shared/paths';

/** The eval set's sentences, where the shared data sits beside the repository (none elsewhere). */
function evalTexts(): string[] {
  const file = join(sharedDir(), 'eval', 'disclosures-dev.jsonl');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

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

  it('never skips a grammar pattern or a learned feature\'s test on a text it matches (every collected sentence)', () => {
    const texts = [...new Set([...collectedTexts(), ...evalTexts()])];
    expect(texts.length).toBeGreaterThan(5000);
    const rules = compiledRules();
    // Every gated pattern the text rules can reach: the frames of every language in both grammars, the packs' own words
    // (negation, attribution, hypothetical: read by the grammar and the learned features), the hand and chatbot rules.
    const patterns = new Set<RegExp>([
      ...framePatterns(),
      ...rules.packs.flatMap((p) => Object.values(p).filter((v): v is RegExp => v instanceof RegExp)),
      ...rules.packs.flatMap((p) => p.rules.map((r) => r.re)),
      ...rules.chatbot.map((r) => r.re),
    ]);
    // Whatever builds a gate while the rules read the texts must be among them: a pattern gated somewhere new is then checked too.
    const seen = trackGatedPatterns();
    const sample = texts.filter((_, i) => i % 7 === 0);
    for (const [i, t] of sample.entries()) {
      const zones = [0, Zone.Byline, Zone.Caption, Zone.SummaryBox][i % 4]!;
      classifyBlocks([{ text: t, zones, css: 'p', linkText: false }]);
    }
    expect(seen.size).toBeGreaterThan(100);
    expect([...seen].filter((re) => !patterns.has(re)).map((re) => re.source.slice(0, 80))).toEqual([]);
    let gated = 0;
    let matched = 0;
    const violations: string[] = [];
    for (const re of patterns) {
      const gate = gateOf(re);
      if (!gate) continue;
      gated++;
      for (const t of texts) {
        re.lastIndex = 0;
        const hit = re.test(t);
        re.lastIndex = 0;
        if (!hit) continue;
        matched++;
        if (!gate.test(t)) violations.push(`/${re.source.slice(0, 60)}…/${re.flags}: ${t}`);
      }
    }
    expect(violations).toEqual([]);
    expect(gated).toBeGreaterThan(300);
    expect(matched).toBeGreaterThan(5000);
  }, 120_000);
});
