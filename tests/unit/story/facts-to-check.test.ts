import { describe, expect, it } from 'vitest';
import type { RankedResult } from '../../../utils/coverage/types';
import { factsToCheck } from '../../../utils/story/facts-to-check';
import { BELGIUM, SEED } from './recorded';

const names = (out: ReturnType<typeof factsToCheck>) => out.flatMap((s) => s.facts.filter((f) => f.kind === 'name').map((f) => f.text));
const result = (title: string): RankedResult => ({ title, url: 'https://www.reuters.com/x', outlet: 'Reuters', host: 'reuters.com', country: 'INT', provider: 'google-news', score: 0.5, why: [], listed: true });

describe('facts to check', () => {
  it('the seed page: names its coverage never mentions are listed with their sentence; names it does are not', async () => {
    const { report, results } = await SEED();
    const out = factsToCheck(report.text, results, 'en');
    const listed = names(out);
    expect(listed).toContain('United States');
    expect(listed).toContain('Washington');
    // In the coverage's titles (in any word order, "US" for "U.S."): not a fact to check.
    for (const seen of ['Biden', 'AI', 'U.S.', 'China', 'Ministry of Commerce']) expect(listed).not.toContain(seen);
    // Every listed fact sits in the sentence shown with it.
    for (const s of out) for (const f of s.facts) expect(s.sentence).toContain(f.text);
    // Headlines and the site's own title-case lines are not sentences with facts.
    expect(out.some((s) => /^China Denounces/.test(s.sentence))).toBe(false);
  });

  it('numbers the coverage reports are not listed; others are (real recording, Belgium 2020)', async () => {
    const { report, results } = await BELGIUM();
    const text = `${report.text} Le gouvernement a débloqué 45 millions d'euros.`;
    const out = factsToCheck(text, results, 'fr');
    const numbers = out.flatMap((s) => s.facts.filter((f) => f.kind === 'number').map((f) => f.text));
    expect(numbers).not.toContain('200');
    expect(numbers).not.toContain('31');
    expect(numbers).toContain('45');
  });

  it('one number in several spellings is one number', () => {
    const out = factsToCheck('Exports fell by 12 percent to 1,200 tonnes on March 3.', [result('Exports down 12% to 1200 tonnes')], 'en');
    expect(out.flatMap((s) => s.facts)).toEqual([{ kind: 'date', text: 'March 3' }]);
  });

  it('is off without related coverage, and with no text', () => {
    expect(factsToCheck('The Ministry of Commerce said 45 things.', [], 'en')).toEqual([]);
    expect(factsToCheck(undefined, [result('x')], 'en')).toEqual([]);
  });

  it('caps the sentences it lists', () => {
    const text = Array.from({ length: 20 }, (_, i) => `The ministry cited ${100 + i} cases.`).join(' ');
    expect(factsToCheck(text, [result('Ministry cites cases')], 'en')).toHaveLength(6);
  });
});

describe('facts to check in unspaced scripts', () => {
  it('a Chinese page gives numbers and dates (names need capitals), checked against the coverage', () => {
    const text = '商务部发言人周一表示，美国的出口管制影响了120家中国企业。2025年1月13日美国公布了新规则。';
    const seen = factsToCheck(text, [result('美国公布新规则 限制120家企业')], 'zh').flatMap((s) => s.facts);
    expect(seen).toEqual([{ kind: 'date', text: '2025年1月13日' }]);
    const unseen = factsToCheck(text, [result('美国公布新规则 限制80家企业 2025年1月13日')], 'zh').flatMap((s) => s.facts);
    expect(unseen).toEqual([{ kind: 'number', text: '120' }]);
  });
});

describe('facts to check: what is not a fact', () => {
  it('clock times and player controls are left out', () => {
    const out = factsToCheck('0:00 / 0:00\n\nThe minister spoke at 10:30 to 45 reporters in the capital.', [result('Minister speaks')], 'en');
    expect(out.flatMap((s) => s.facts)).toEqual([{ kind: 'number', text: '45' }]);
  });
});

describe('facts to check: the page speaking about itself', () => {
  it("the page's own AI disclosure is no fact of the story", async () => {
    const { report, results } = await SEED();
    const quotes = report.signals.map((s) => s.text);
    expect(names(factsToCheck(report.text, results, 'en'))).toContain('AI Disclaimer');
    expect(names(factsToCheck(report.text, results, 'en', quotes))).not.toContain('AI Disclaimer');
  });
});
