import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compiledRules } from '../../../utils/provenance/rules/compile';
import { collectedTexts } from './helpers';
import { functionWordCounts } from '../../../utils/provenance/function-words';

/**
 * The grammar picks a Latin sentence's language by how many of each pack's function words it uses. The counts come from
 * one word lookup (function-words.ts) instead of one regular-expression scan per pack; they must be the scan's counts:
 * its pattern (the pack's `looksLike`, made global) on every collected sentence and on generated text.
 */
const rules = compiledRules();
const scans = rules.latinPacks.map((p) => new RegExp(p.looksLike!.source, 'giu'));
const scanCounts = (s: string): number[] => scans.map((re) => s.match(re)?.length ?? 0);

describe('function-word counts', () => {
  it('are the per-pack scans\' counts on every collected sentence', () => {
    const texts = collectedTexts();
    expect(texts.length).toBeGreaterThan(4000);
    const differ = texts.filter((t) => JSON.stringify(functionWordCounts(t, rules)) !== JSON.stringify(scanCounts(t)));
    expect(differ).toEqual([]);
  });

  it('are the per-pack scans\' counts on generated text (words of every pack, any case, punctuation, digits, accents)', () => {
    const words = ['the', 'Der', 'LA', 'è', 'été', 'à', 'På', 'ÄR', 'og', 'och', 'de', 'het', 'não', 'é', 'detta', 'x', 'ab', 'dell', 'à-la', 'l', 'n'];
    const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '  ', ',', '-', "'", '’', '2', '.', '(', 'é', 'e\u0301', '\u00a0'), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(functionWordCounts(s, rules)).toEqual(scanCounts(s));
      }),
      { seed: 16, numRuns: 2000 },
    );
  });
});
