// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RankedResult } from '@/utils/coverage/types';
import type { CoverageState } from '@/utils/messages';
import type { ProvenanceReport } from '@/utils/provenance/types';
import { StoryTimeline } from '@/components/popup/StoryTimeline';
import { $, $$, installI18n, mount, type Mounted } from '../components/helpers';
import { BELGIUM, SEED } from './recorded';

const NOW = Date.parse('2025-03-28T12:00:00Z');
let m: Mounted | undefined;
let seed: { report: ProvenanceReport; results: RankedResult[] };
beforeAll(async () => {
  seed = await SEED();
});
beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

const done = (results: RankedResult[]): CoverageState => ({ status: 'done', results, failures: [], fromCache: false, finishedAt: '2025-03-28T12:00:00Z' });

describe('StoryTimeline', () => {
  it('on the seed page: names the first report with its link and the gap, marks the dating discrepancy', () => {
    m = mount(<StoryTimeline report={seed.report} coverage={done(seed.results)} now={NOW} />);
    const first = $(m.container, 'story-first-report')!;
    expect(first.textContent).toMatch(/^This story was first reported on .*2025 by BBC.* — 73 days before this page's date\.$/);
    const link = first.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.bbc.com/news/articles/us-ai-diffusion-export-rule');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect($(m.container, 'story')!.dataset.staleness).toBe('recycled');
    const mark = $(m.container, 'story-staleness')!.textContent!;
    expect(mark).toMatch(/presents the story as recent \(“Monday” = .*2025\) although it was first reported 73 days before/);
    expect(mark).toContain('not a verdict on the facts');
  });

  it('draws an SVG with an accessible name and the same data as text', () => {
    m = mount(<StoryTimeline report={seed.report} coverage={done(seed.results)} now={NOW} />);
    const svg = $(m.container, 'story-chart')!;
    expect(svg.getAttribute('role')).toBe('img');
    const title = m.container.querySelector(`#${svg.getAttribute('aria-labelledby')}`)!;
    expect(title.textContent).toMatch(/^Reports of this story at listed outlets, by day, from .*2025 to .*2025$/);
    expect([...svg.querySelectorAll('rect')].map((r) => r.getAttribute('data-date'))).toEqual(['2025-01-13', '2025-01-14', '2025-01-15']);
    // The page's own date sits at the right end, after the reports.
    const page = $(m.container, 'story-chart-page')!;
    const bars = [...svg.querySelectorAll('rect')].map((r) => Number(r.getAttribute('x')));
    expect(Number(page.getAttribute('x1'))).toBeGreaterThan(Math.max(...bars));
    const days = $$(m.container, 'story-days')[0]!.querySelectorAll('li');
    expect([...days].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/2025: 1 \(BBC\)$/),
      expect.stringMatching(/2025: 1 \(Reuters\)$/),
      expect.stringMatching(/2025: 1 \(Associated Press\)$/),
      expect.stringMatching(/2025: this page$/),
    ]);
  });

  it('lists facts to check, as not found, never as false', () => {
    m = mount(<StoryTimeline report={seed.report} coverage={done(seed.results)} now={NOW} />);
    const facts = $$(m.container, 'story-fact').map((e) => e.textContent);
    expect(facts).toContain('United States');
    expect(m.container.textContent).toContain('Not found is not false');
    expect(m.container.textContent).not.toMatch(/\bis false\b|\bwrong\b/i);
  });

  it('a page dated with its coverage gets no staleness mark (real recording)', async () => {
    const { report, results } = await BELGIUM();
    m = mount(<StoryTimeline report={report} coverage={done(results)} now={Date.parse('2020-03-10T00:00:00Z')} />);
    expect($(m.container, 'story')!.dataset.staleness).toBe('none');
    expect($(m.container, 'story-staleness')).toBeNull();
    expect($(m.container, 'story-first-report')!.textContent).toMatch(/— 1 day before this page's date\.$/);
  });

  it('a late page without recent-sounding dates: the gap is stated, no mark', () => {
    const report = { ...seed.report, text: seed.report.text!.replace(/ on Monday/g, '') };
    m = mount(<StoryTimeline report={report} coverage={done(seed.results)} now={NOW} />);
    expect($(m.container, 'story')!.dataset.staleness).toBe('late');
    expect($(m.container, 'story-first-report')!.textContent).toMatch(/— 73 days before this page's date\.$/);
    expect($(m.container, 'story-staleness')).toBeNull();
  });

  it('states "unknown" with its reason, and names no first report, for a single result', () => {
    m = mount(<StoryTimeline report={seed.report} coverage={done(seed.results.slice(0, 1))} now={NOW} />);
    expect($(m.container, 'story')!.dataset.staleness).toBe('unknown');
    expect($(m.container, 'story-first-report')).toBeNull();
    expect($(m.container, 'story-unknown')!.textContent).toBe('Only one dated report of this story was found: when it was first reported is unknown.');
  });

  it('a page dated in the future: unknown, with the first report still named', () => {
    const report = { ...seed.report, meta: { ...seed.report.meta, publishedAt: '2026-01-01' } };
    m = mount(<StoryTimeline report={report} coverage={done(seed.results)} now={NOW} />);
    expect($(m.container, 'story-unknown')!.textContent).toMatch(/dated in the future/);
    expect($(m.container, 'story-first-report')!.textContent).toMatch(/^This story was first reported on .* by BBC \(opens in a new tab\)\.$/);
  });

  it('shows nothing before coverage is in', () => {
    for (const coverage of [undefined, { status: 'loading', startedAt: '' } as CoverageState, done([])]) {
      m = mount(<StoryTimeline report={seed.report} coverage={coverage} now={NOW} />);
      expect(m.container.textContent).toBe('');
      m.unmount();
      m = undefined;
    }
  });

  it('page text stays text', () => {
    const hostile = seed.results.map((r) => ({ ...r, outlet: '<img src=x onerror=alert(1)>' }));
    m = mount(<StoryTimeline report={seed.report} coverage={done(hostile)} now={NOW} />);
    expect(m.container.querySelector('img')).toBeNull();
    expect($(m.container, 'story-first-report')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
