import { describe, expect, it } from 'vitest';
import { bestStrict, operatingPoints, richTokens, type ScoredRow } from '../../../cli/train/text-head';

describe('richTokens', () => {
  it('reads Latin words, word pairs, character trigrams and the words around the actor', () => {
    const s = 'Dieser Text wurde mit KI erstellt.';
    const t = richTokens(s, s.indexOf('KI'), s.indexOf('KI') + 2);
    expect(t).toEqual(expect.arrayContaining(['w:dieser', 'b:mit_ki', 'g:<er', 'g:llt', 'L1:mit', 'R1:erstellt']));
    expect(t).not.toContain('w:Dieser');
  });

  it('reads CJK and Hangul runs as character pairs and triples, and marks a sentence edge', () => {
    const t = richTokens('本文由AI生成', 0, 2);
    expect(t).toEqual(expect.arrayContaining(['c2:本文', 'c3:本文由', 'L1:^']));
    expect(richTokens('이 기사는 AI', 9, 11)).toEqual(expect.arrayContaining(['c2:기사', 'R1:$']));
  });
});

describe('operatingPoints / bestStrict', () => {
  const rows: ScoredRow[] = [
    { label: 'ai_generated', verdict: 'none', scores: [{ p: 0.9, category: 'ai-generated' }] },
    { label: 'ai_assisted', verdict: 'none', scores: [{ p: 0.8, category: 'ai-generated' }] },
    { label: 'negative', verdict: 'none', scores: [{ p: 0.7, category: 'ai-generated' }] },
    // Already found by the grammar: a head cannot change it.
    { label: 'ai_summary', verdict: 'ai-summary', scores: [{ p: 0.95, category: 'ai-generated' }] },
  ];

  it('counts what a head adds at each θ, strictest first', () => {
    const points = operatingPoints(rows, [0.85]);
    expect(points.map((p) => p.theta)).toEqual([0.95, 0.9, 0.8, 0.7]);
    expect(points[1]).toEqual({ theta: 0.9, found: 1, exact: 1, fire: 0, corpus: 0 });
    expect(points[2]).toEqual({ theta: 0.8, found: 2, exact: 1, fire: 0, corpus: 1 });
    expect(points[3]).toEqual({ theta: 0.7, found: 2, exact: 1, fire: 1, corpus: 1 });
  });

  it('picks the best θ with no negative and no corpus page firing more, or none', () => {
    expect(bestStrict(operatingPoints(rows, [0.85]))?.theta).toBe(0.9);
    expect(bestStrict(operatingPoints(rows, []))?.theta).toBe(0.8);
    expect(bestStrict(operatingPoints(rows, [0.99]))).toBeNull();
  });
});
