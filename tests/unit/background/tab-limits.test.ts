import { describe, expect, it } from 'vitest';
import { createTabLimits, isLimited, showsNotice } from '@/utils/tab-limits';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { TabState } from '@/utils/messages';
import type { Verdict } from '@/utils/provenance/types';

const state = (verdict: Verdict, url = 'https://www.news.example/a'): TabState => ({
  tabId: 4,
  url,
  title: 'A',
  updatedAt: '2026-01-01T00:00:00Z',
  report: { detector: 't/1', isArticle: true, meta: { url, contacts: [] }, verdict, confidence: 1, signals: [] },
});

describe('per-tab limits in the background', () => {
  it('open-details: once, then not again for five seconds, per tab', () => {
    let t = 0;
    const limits = createTabLimits(() => t);
    expect(limits.admit('open-details', 1)).toBe(true);
    expect(limits.admit('open-details', 1)).toBe(false);
    expect(limits.admit('open-details', 2)).toBe(true);
    t += 4_900;
    expect(limits.admit('open-details', 1)).toBe(false);
    t += 100;
    expect(limits.admit('open-details', 1)).toBe(true);
  });

  it('classify-blocks is counted in characters: quick page-to-page moves pass, a flood of big blocks does not', () => {
    let t = 0;
    const limits = createTabLimits(() => t);
    // A reader (or the benchmark) going through 200 ordinary pages, ten a second.
    for (let i = 0; i < 200; i++, t += 100) expect(limits.admit('classify-blocks', 1, 2_000 + 8_000)).toBe(true);
    // A page that makes its content script send 3 million characters at a time: two, then one every three seconds.
    const flood = [0, 1, 2, 3].map(() => limits.admit('classify-blocks', 2, 3_000_000));
    expect(flood).toEqual([true, true, false, false]);
    t += 3_000;
    expect(limits.admit('classify-blocks', 2, 3_000_000)).toBe(true);
    // The flooding tab leaves the others alone.
    expect(limits.admit('classify-blocks', 1, 10_000)).toBe(true);
  });

  it('page reports: a burst, then four a second; the page-details parse: four, then one per five seconds', () => {
    let t = 0;
    const limits = createTabLimits(() => t);
    const reports = Array.from({ length: 100 }, () => limits.admit('page-report', 9)).filter(Boolean).length;
    expect(reports).toBe(20);
    t += 1000;
    expect(Array.from({ length: 10 }, () => limits.admit('page-report', 9)).filter(Boolean).length).toBe(4);
    expect(Array.from({ length: 10 }, () => limits.admit('page-details', 9)).filter(Boolean).length).toBe(4);
    t += 5000;
    expect(Array.from({ length: 10 }, () => limits.admit('page-details', 9)).filter(Boolean).length).toBe(1);
  });

  it('a closed tab starts over', () => {
    const limits = createTabLimits(() => 0);
    limits.admit('open-details', 3);
    limits.forget(3);
    expect(limits.admit('open-details', 3)).toBe(true);
  });

  it('only content-script messages that make the worker work are limited', () => {
    expect(['classify-blocks', 'page-report', 'open-details'].every(isLimited)).toBe(true);
    expect(['get-tab-state', 'find-related', 'toString', '__proto__'].some(isLimited)).toBe(false);
  });

  it('open-details only for a tab whose verdict shows the notice', () => {
    expect(showsNotice(state('ai-generated'), DEFAULT_SETTINGS, [])).toBe(true);
    expect(showsNotice(state('suspected-ai'), DEFAULT_SETTINGS, [])).toBe(true);
    for (const v of ['none', 'ai-assisted', 'automated', 'ai-summary'] as Verdict[]) expect(showsNotice(state(v), DEFAULT_SETTINGS, [])).toBe(false);
    expect(showsNotice(null, DEFAULT_SETTINGS, [])).toBe(false);
    expect(showsNotice(state('ai-generated'), { ...DEFAULT_SETTINGS, showNotice: false }, [])).toBe(false);
    // Dismissed for the site (kept without www., as the content script keeps it).
    expect(showsNotice(state('ai-generated'), DEFAULT_SETTINGS, ['news.example'])).toBe(false);
  });
});
