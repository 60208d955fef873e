import { describe, expect, it } from 'vitest';
import { compiledRules } from '../../../utils/provenance/rules/compile';
import { framesFor } from '../../../utils/provenance/rules/frames/match';
import { featuresOf, tokens } from '../../../utils/provenance/learned/features';
import { averageOf, score, train, type Example, type LearnedModel } from '../../../utils/provenance/learned/logistic';
import { withModel, type Observation } from '../../../utils/provenance/learned/decide';
import { MODEL, TRAINED_WITH } from '../../../utils/provenance/learned/model';
import { detect, sentencePage } from './helpers';
import { foldWeights, run, trainRows } from '../../../cli/train/data';
import { sharedDir } from '../../../cli/shared/paths';

const OPTIONS = { nBuckets: 16, l2: 0.01, epochs: 200, rate: 0.5 };

/** Toy examples: the feature 'a' marks disclosures, 'b' the others; tokens vary. */
function toy(): Example[] {
  return Array.from({ length: 40 }, (_, i) => ({
    x: new Map([[i % 2 ? 'a' : 'b', 1], ['len', (i % 7) / 7]]),
    tokens: [`w${i % 5}`, `v${i % 3}`],
    y: (i % 2) as 0 | 1,
  }));
}

describe('learned: logistic regression', () => {
  it('gives the same weights, bit for bit, for the same examples', () => {
    expect(JSON.stringify(train(toy(), OPTIONS))).toBe(JSON.stringify(train(toy(), OPTIONS)));
  });

  it('learns which feature marks a disclosure', () => {
    const w = train(toy(), OPTIONS);
    expect(score(w, new Map([['a', 1]]), [])).toBeGreaterThan(0.5);
    expect(score(w, new Map([['b', 1]]), [])).toBeLessThan(0.5);
  });

  it('averages models weight by weight (a weight missing from one counts as zero)', () => {
    const avg = averageOf([
      { bias: 1, weights: { a: 2, b: 1 }, buckets: [1, 0] },
      { bias: 0, weights: { a: 1 }, buckets: [0, 1] },
    ]);
    expect(avg).toEqual({ bias: 0.5, weights: { a: 1.5, b: 0.5 }, buckets: [0.5, 0.5] });
  });

  it('hashes tokens into the configured number of buckets', () => {
    expect(train(toy(), OPTIONS).buckets).toHaveLength(16);
    expect(train(toy(), { ...OPTIONS, nBuckets: 0 }).buckets).toHaveLength(0);
  });
});

describe('learned: features', () => {
  const en = framesFor('en')!;
  const pack = compiledRules().packs.find((p) => p.lang === 'en')!;
  const ctx = { shortNote: true, noteZone: false, negation: pack.negation, byline: false };
  const of = (sentence: string): Map<string, number> => featuresOf({ sentence, match: { start: 0, end: 5, category: 'ai-generated', act: 'generate' }, accepted: false }, en, pack, ctx);

  it('reads person and deixis, with case where a word is ambiguous', () => {
    expect(of('I wrote this with ChatGPT.').get('firstSingular')).toBe(1);
    expect(of('Testi scritti con i modelli di AI.').has('firstSingular')).toBe(false);
    expect(of('Dieser Text wurde mit KI erstellt.').get('demonstrative')).toBe(1);
    expect(of('We used AI to draft the summary below.').get('firstPlural')).toBe(1);
    expect(of('We used AI to draft the summary below.').get('here')).toBe(1);
  });

  it('reads reporting, years and names', () => {
    const f = of('In 2023 the Los Angeles Times said robots wrote its quake reports.');
    expect(f.get('year')).toBe(1);
    expect(f.get('reporting')).toBe(1);
    expect(f.get('names')).toBeGreaterThan(0);
  });

  it('cuts text without spaces into character pairs', () => {
    expect(tokens('本文はAI生成です', true)).toEqual(['本文', '文は', 'はa', 'ai', 'i生', '生成', '成で', 'です']);
    expect(tokens('Written by AI.', false)).toEqual(['written', 'by', 'ai']);
  });
});

describe('learned: the hook in the detector', () => {
  // Actor and act without a scope the grammar knows ("archive"; "this repository" became one in session 8): the grammar alone rejects it.
  const unscoped = 'The documentation in this archive is written with the help of AI and read by a person.';
  const news = 'Newsrooms across Europe now publish stories written by AI tools every week, the survey found.';
  const lenient: LearnedModel = {
    version: 1,
    rescue: { bias: -4, weights: { demonstrative: 8 }, buckets: [], theta: 0.5 },
    veto: null,
  };

  it('the grammar alone rejects the unscoped note (so a rescue is what would change it)', () => {
    expect(withModel(null, () => detect(sentencePage(unscoped))).verdict).toBe('none');
  });

  it('a rescue head keeps a rejected frame it scores ≥ θ, and only that one', () => {
    expect(withModel(lenient, () => detect(sentencePage(unscoped))).verdict).toBe('ai-assisted');
    expect(withModel(lenient, () => detect(sentencePage(news))).verdict).toBe('none');
  });

  it('a veto head drops a kept frame it scores ≤ φ', () => {
    const note = 'Content created with AI tools.'; // a frame (no hand rule matches it)
    expect(withModel(null, () => detect(sentencePage(note))).verdict).toBe('ai-generated');
    const veto: LearnedModel = { version: 1, rescue: null, veto: { bias: -5, weights: {}, buckets: [], phi: 0.5 } };
    expect(withModel(veto, () => detect(sentencePage(note))).verdict).toBe('none');
  });

  it('an actor-only head keeps a sentence that names an AI but pairs it with no act, only at ≥ θ', () => {
    const powered = 'Powered by artificial intelligence.';
    expect(withModel(null, () => detect(sentencePage(powered))).verdict).toBe('none');
    const head = (bias: number): LearnedModel => ({ version: 1, rescue: null, veto: null, actorOnly: { bias, weights: {}, buckets: [], theta: 0.5 } });
    expect(withModel(head(3), () => detect(sentencePage(powered))).verdict).toBe('ai-generated');
    expect(withModel(head(-3), () => detect(sentencePage(powered))).verdict).toBe('none');
  });

  it('reports every frame candidate to an observer, kept and rejected', () => {
    const seen: Observation[] = [];
    withModel(null, () => detect(sentencePage(unscoped)), (o) => seen.push(o));
    expect(seen.map((o) => o.candidate.accepted)).toEqual([false]);
    expect(seen[0]!.candidate.match.category).toBe('ai-assisted');
  });

  it('the detector runs without a model (none won on the test split): the grammar answers alone', () => {
    expect(detect(sentencePage(unscoped)).verdict).toBe('none');
    expect(detect(sentencePage('Content created with AI tools.')).verdict).toBe('ai-generated');
  });

  it('model.ts records the configuration of each head training kept', () => {
    expect(MODEL === null).toBe(!TRAINED_WITH.rescue && !TRAINED_WITH.veto && !TRAINED_WITH.actorOnly);
    for (const head of ['rescue', 'veto', 'actorOnly'] as const) if (MODEL) expect(!!MODEL[head], head).toBe(!!TRAINED_WITH[head]);
  });
});

describe('learned: the shipped model is what npm run train produces', () => {
  it('retraining each head with its recorded configuration on the train rows (mean of the fold models) gives the shipped weights', () => {
    const baseline = trainRows(sharedDir()).map((r) => run(r, null));
    for (const head of ['rescue', 'veto', 'actorOnly'] as const) {
      const cfg = TRAINED_WITH[head];
      const shipped = MODEL?.[head] ?? null;
      if (!cfg) {
        expect(shipped, head).toBeNull();
        continue;
      }
      const { theta: _t, phi: _p, ...weights } = { theta: 0, phi: 0, ...shipped };
      expect(averageOf(foldWeights(baseline, head, cfg)), head).toEqual(weights);
    }
  }, 60_000);
});
