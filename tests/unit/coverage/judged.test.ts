import { describe, expect, it } from 'vitest';
import { figures, judge, loadJudgedPages } from '../../../utils/coverage/eval/judged';

const DIR = new URL('../../fixtures/coverage-judged/', import.meta.url);

describe('query builder on hand-judged real pages', () => {
  const judged = loadJudgedPages(DIR).map(({ page, query }) => judge(page, query));
  const f = figures(judged);

  it('covers at least 25 pages in at least 12 languages', () => {
    expect(f.pages).toBeGreaterThanOrEqual(25);
    expect(f.languages).toBeGreaterThanOrEqual(12);
  });

  it("puts the story's most specific name or term in the first query for ≥ 90% of pages", () => {
    expect(f.term, JSON.stringify(judged.filter((j) => !j.hasTerm).map((j) => [j.file, j.firstQuery]))).toBeGreaterThanOrEqual(0.9);
  });

  it('lets no page chrome into any query', () => {
    expect(judged.filter((j) => j.chromeFound.length).map((j) => [j.file, j.chromeFound])).toEqual([]);
  });

  it('picks the right Google News edition for ≥ 90% of pages', () => {
    expect(f.edition, JSON.stringify(judged.filter((j) => !j.rightEdition).map((j) => [j.file, j.edition]))).toBeGreaterThanOrEqual(0.9);
  });

  it('opens, where the date is known, a first window holding it and spanning ≤ 14 days (≥ 90%)', () => {
    expect(f.dated).toBeGreaterThanOrEqual(20);
    expect(f.windowHoldsDate).toBeGreaterThanOrEqual(0.9);
    expect(f.windowWithin14Days).toBeGreaterThanOrEqual(0.9);
    for (const j of judged) if (j.windowHoldsDate) expect(j.windowDays, j.file).toBeLessThanOrEqual(33);
  });
});
