import { beforeAll, describe, expect, it } from 'vitest';
import type { RankedResult } from '../../../utils/coverage/types';
import type { ProvenanceReport } from '../../../utils/provenance/types';
import { showsDatingMark, storyRecord } from '../../../utils/story/story';
import { BELGIUM, SEED } from './recorded';

const NOW = Date.parse('2025-03-28T12:00:00Z');

let seed: { report: ProvenanceReport; results: RankedResult[] };
beforeAll(async () => {
  seed = await SEED();
});

const result = (over: Partial<RankedResult>): RankedResult => ({
  title: 'A report',
  url: 'https://www.reuters.com/x',
  outlet: 'Reuters',
  host: 'reuters.com',
  country: 'INT',
  provider: 'google-news',
  score: 0.7,
  why: [],
  listed: true,
  ...over,
});

describe('the seed page against its recorded coverage', () => {
  it('names the first report, the gap in days, and calls it recycled for its "on Monday"', () => {
    const story = storyRecord({ meta: seed.report.meta, text: seed.report.text, results: seed.results, now: NOW });
    expect(story.pageDate).toBe('2025-03-27');
    expect(story.firstReported).toEqual({
      outlet: 'BBC',
      host: 'bbc.com',
      url: 'https://www.bbc.com/news/articles/us-ai-diffusion-export-rule',
      publishedAt: '2025-01-13T16:00:00.000Z',
    });
    expect(story.daysAfterFirstReport).toBe(73);
    expect(story.staleness).toBe('recycled');
    expect(story.presentedAsCurrent).toEqual([{ text: 'Monday', date: '2025-03-24', kind: 'weekday' }]);
    // The AI site's own copy and the unlisted blog are not on the timeline.
    expect(story.timeline.map((d) => d.date)).toEqual(['2025-01-13', '2025-01-14', '2025-01-15']);
    expect(story.timeline.flatMap((d) => d.outlets)).not.toContain('Beijing Post');
    expect(story.timeline.flatMap((d) => d.outlets)).not.toContain('Random Tech Blog');
    expect(showsDatingMark(story)).toBe(true);
  });

  it('without a relative date framing it as current, the same gap is only late', () => {
    const text = seed.report.text!.replace(/ on Monday/g, '');
    const story = storyRecord({ meta: seed.report.meta, text, results: seed.results, now: NOW });
    expect(story.staleness).toBe('late');
    expect(story.daysAfterFirstReport).toBe(73);
    // Late is recorded and its gap stated, but not marked.
    expect(showsDatingMark(story)).toBe(false);
  });

  it('a page dated with its coverage gets no mark (real Google News recording, Belgium 2020)', async () => {
    const { report, results } = await BELGIUM();
    const story = storyRecord({ meta: report.meta, text: report.text, results, now: Date.parse('2020-03-10T00:00:00Z') });
    expect(story.staleness).toBe('none');
    expect(story.daysAfterFirstReport).toBe(1);
    expect(story.firstReported?.outlet).toMatch(/Le Soir|RTBF/);
    expect(showsDatingMark(story)).toBe(false);
  });

  it('a page dated the same week as its story is not late, even with "yesterday" in it', () => {
    const meta = { ...seed.report.meta, publishedAt: '2025-01-16' };
    const story = storyRecord({ meta, text: 'The ministry said yesterday it would respond.', results: seed.results, now: NOW });
    expect(story.staleness).toBe('none');
    expect(story.daysAfterFirstReport).toBe(3);
  });
});

describe('robustness: a stated "unknown", never a wrong claim', () => {
  it('no page date', () => {
    const story = storyRecord({ meta: { ...seed.report.meta, publishedAt: undefined }, text: seed.report.text, results: seed.results, now: NOW });
    expect(story.staleness).toBe('unknown');
    expect(story.reason).toBe('no-page-date');
    expect(story.pageDate).toBeNull();
    expect(story.daysAfterFirstReport).toBeNull();
    // The first report itself does not depend on the page's date.
    expect(story.firstReported?.outlet).toBe('BBC');
  });

  it('an unparseable or impossible page date', () => {
    for (const publishedAt of ['soon', '2025-02-30', '']) {
      const story = storyRecord({ meta: { publishedAt }, text: '', results: seed.results, now: NOW });
      expect(story.reason, publishedAt).toBe('no-page-date');
    }
  });

  it('a page dated in the future', () => {
    const story = storyRecord({ meta: { publishedAt: '2025-05-01' }, text: seed.report.text, results: seed.results, now: NOW });
    expect(story.staleness).toBe('unknown');
    expect(story.reason).toBe('page-date-in-future');
    expect(story.daysAfterFirstReport).toBeNull();
  });

  it('a page dated tomorrow somewhere east of the reader is not "in the future"', () => {
    const story = storyRecord({ meta: { publishedAt: '2025-03-29T06:00:00+14:00' }, text: '', results: seed.results, now: NOW });
    expect(story.staleness).toBe('late');
    expect(story.pageDate).toBe('2025-03-29');
  });

  it('conflicting dates: modified well before published', () => {
    const story = storyRecord({ meta: { publishedAt: '2025-03-27', modifiedAt: '2025-01-02' }, text: seed.report.text, results: seed.results, now: NOW });
    expect(story.staleness).toBe('unknown');
    expect(story.reason).toBe('conflicting-page-dates');
  });

  it('an ordinary update (modified after published) is no conflict', () => {
    const story = storyRecord({ meta: { publishedAt: '2025-03-27', modifiedAt: '2025-03-28T09:00:00Z' }, text: seed.report.text, results: seed.results, now: NOW });
    expect(story.staleness).toBe('recycled');
  });

  it('results without dates', () => {
    const undated = seed.results.map((r) => ({ ...r, publishedAt: undefined }));
    const story = storyRecord({ meta: seed.report.meta, text: seed.report.text, results: undated, now: NOW });
    expect(story.staleness).toBe('unknown');
    expect(story.reason).toBe('no-dated-coverage');
    expect(story.firstReported).toBeNull();
    expect(story.timeline).toEqual([]);
    expect(story.undated).toBe(undated.length);
  });

  it('a single dated result names no first report', () => {
    const story = storyRecord({ meta: seed.report.meta, text: seed.report.text, results: seed.results.slice(0, 1), now: NOW });
    expect(story.staleness).toBe('unknown');
    expect(story.reason).toBe('single-result');
    expect(story.firstReported).toBeNull();
    expect(story.daysAfterFirstReport).toBeNull();
    expect(story.timeline).toHaveLength(1);
  });

  it('no coverage at all', () => {
    const story = storyRecord({ meta: seed.report.meta, text: seed.report.text, results: [], now: NOW });
    expect(story).toMatchObject({ staleness: 'unknown', reason: 'no-dated-coverage', firstReported: null, timeline: [] });
  });

  it('a result dated after now carries a wrong date and is not the first report or on the timeline', () => {
    const results = [
      result({ publishedAt: '2025-03-20T10:00:00Z' }),
      result({ url: 'https://apnews.com/x', outlet: 'Associated Press', host: 'apnews.com', publishedAt: '2025-03-21T10:00:00Z' }),
      result({ url: 'https://bbc.com/x', outlet: 'BBC', host: 'bbc.com', publishedAt: '2031-01-01T00:00:00Z' }),
    ];
    const story = storyRecord({ meta: { publishedAt: '2025-03-27' }, text: '', results, now: NOW });
    expect(story.firstReported?.outlet).toBe('Reuters');
    expect(story.timeline.map((d) => d.date)).toEqual(['2025-03-20', '2025-03-21']);
    expect(story.undated).toBe(1);
    expect(story.staleness).toBe('late');
    expect(story.daysAfterFirstReport).toBe(7);
  });

  it('date-line crossing: a Kiribati page and UTC reports of the same day are not late', () => {
    const results = [
      result({ publishedAt: '2025-03-26T11:00:00Z' }),
      result({ url: 'https://apnews.com/x', outlet: 'Associated Press', host: 'apnews.com', publishedAt: '2025-03-26T12:00:00Z' }),
    ];
    const story = storyRecord({ meta: { publishedAt: '2025-03-27T01:30:00+14:00' }, text: 'It said on Monday that…', results, now: NOW });
    expect(story.staleness).toBe('none');
    expect(story.daysAfterFirstReport).toBe(1);
  });

  it('a page that came out before its coverage is not stale', () => {
    const story = storyRecord({ meta: { publishedAt: '2025-01-10' }, text: 'yesterday', results: seed.results, now: NOW });
    expect(story.staleness).toBe('none');
    expect(story.daysAfterFirstReport).toBe(-3);
  });

  it('an older, weakly matching result is not taken for the first report', () => {
    const results = [
      result({ publishedAt: '2025-03-20T10:00:00Z', score: 0.8 }),
      result({ url: 'https://apnews.com/x', outlet: 'Associated Press', host: 'apnews.com', publishedAt: '2025-03-21T10:00:00Z', score: 0.7 }),
      result({ url: 'https://bbc.com/old', outlet: 'BBC', host: 'bbc.com', publishedAt: '2024-12-01T00:00:00Z', score: 0.3 }),
      result({ url: 'https://blog.example/x', outlet: 'A blog', host: 'blog.example', publishedAt: '2024-11-01T00:00:00Z', score: 0.9, listed: false }),
    ];
    const story = storyRecord({ meta: { publishedAt: '2025-03-22' }, text: '', results, now: NOW });
    expect(story.firstReported?.outlet).toBe('Reuters');
    expect(story.staleness).toBe('none');
  });

  it('a record is plain JSON (it crosses storage, messages and the command line)', () => {
    const story = storyRecord({ meta: seed.report.meta, text: seed.report.text, results: seed.results, now: NOW });
    expect(JSON.parse(JSON.stringify(story))).toEqual(story);
  });
});

describe('what counts as presenting the story as current', () => {
  it('"today" (as often "nowadays") does not make a late page recycled; "yesterday" does', async () => {
    const s = await SEED();
    const base = { meta: s.report.meta, results: s.results, now: NOW };
    expect(storyRecord({ ...base, text: 'AI chips matter today.' }).staleness).toBe('late');
    expect(storyRecord({ ...base, text: 'The ministry said yesterday it objects.' }).staleness).toBe('recycled');
  });
});

describe('time zones, the other way', () => {
  it('a page written west of the date line, a day "before" UTC reports of the same hours, is not stale', () => {
    const results = [
      result({ publishedAt: '2025-03-27T05:00:00Z' }),
      result({ url: 'https://apnews.com/x', outlet: 'Associated Press', host: 'apnews.com', publishedAt: '2025-03-27T06:00:00Z' }),
    ];
    const story = storyRecord({ meta: { publishedAt: '2025-03-26T20:00:00-11:00' }, text: 'It said yesterday that…', results, now: NOW });
    expect(story.staleness).toBe('none');
    expect(story.daysAfterFirstReport).toBe(-1);
  });

  it('feed dates in RFC 2822 are read as their UTC day', () => {
    const results = [
      result({ publishedAt: 'Mon, 13 Jan 2025 16:00:00 GMT' }),
      result({ url: 'https://apnews.com/x', outlet: 'Associated Press', host: 'apnews.com', publishedAt: 'Tue, 14 Jan 2025 08:10:00 +0000' }),
    ];
    const story = storyRecord({ meta: { publishedAt: '2025-03-27' }, text: 'on Monday', results, now: NOW });
    expect(story.timeline.map((d) => d.date)).toEqual(['2025-01-13', '2025-01-14']);
    expect(story.daysAfterFirstReport).toBe(73);
    expect(story.staleness).toBe('recycled');
  });
});
