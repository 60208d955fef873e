// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RankedResult } from '@/utils/coverage/types';
import type { CoverageState } from '@/utils/messages';
import { CoveragePanel } from '@/components/popup/CoveragePanel';
import { ArticleFacts } from '@/components/popup/ArticleFacts';
import { $, $$, click, installI18n, mount, provenance, type Mounted } from './helpers';

let m: Mounted | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

const result = (over: Partial<RankedResult> = {}): RankedResult => ({
  title: 'US unveils AI chip export rule',
  url: 'https://www.reuters.com/technology/ai-export-rule/',
  outlet: 'Reuters',
  host: 'www.reuters.com',
  country: 'GB',
  publishedAt: '2025-03-11T10:00:00Z',
  provider: 'google-news',
  score: 0.8,
  why: ['shares: export controls, Commerce Department'],
  listed: true,
  ...over,
});

function panel(coverage: CoverageState | undefined) {
  const onFind = vi.fn();
  const onOpenOptions = vi.fn();
  m = mount(<CoveragePanel coverage={coverage} onFind={onFind} onOpenOptions={onOpenOptions} />);
  return { onFind, onOpenOptions, root: m.container };
}

describe('CoveragePanel', () => {
  it('shows the top three stories and folds the rest under "N more"', () => {
    const results = Array.from({ length: 5 }, (_, i) => result({ url: `https://www.reuters.com/${i}`, title: `Story ${i + 1}` }));
    const { root } = panel({ status: 'done', results, failures: [], fromCache: false, finishedAt: '2026-11-28T09:00:01Z' });
    expect([...$(root, 'coverage-results')!.querySelectorAll('li')].map((li) => li.querySelector('.pl-result-title')!.textContent)).toEqual([
      'Story 1 (opens in a new tab)',
      'Story 2 (opens in a new tab)',
      'Story 3 (opens in a new tab)',
    ]);
    const more = $(root, 'coverage-more') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')!.textContent).toBe('2 more');
    expect(more.querySelectorAll('[data-testid="coverage-result"]')).toHaveLength(2);
  });

  it('idle (on click): explains and offers the search', async () => {
    const { onFind, root } = panel({ status: 'idle', reason: 'on-click' });
    expect($(root, 'coverage-message')!.textContent).toMatch(/traditional news outlets/);
    await click($(root, 'find-related'));
    expect(onFind).toHaveBeenCalledWith(false);
  });

  it('idle with no state yet behaves like on-click; not-flagged says why', () => {
    let { root } = panel(undefined);
    expect($(root, 'find-related')).not.toBeNull();
    m!.unmount();
    ({ root } = panel({ status: 'idle', reason: 'not-flagged' }));
    expect($(root, 'coverage-message')!.textContent).toMatch(/no AI signal/);
    expect($(root, 'find-related')).not.toBeNull();
  });

  it('idle for a non-article offers no search', () => {
    const { root } = panel({ status: 'idle', reason: 'not-article' });
    expect($(root, 'find-related')).toBeNull();
    expect($(root, 'coverage-message')!.textContent).toMatch(/only looked up for news articles/);
  });

  it('loading is announced and busy', () => {
    const { root } = panel({ status: 'loading', startedAt: '2026-11-28T09:00:00Z' });
    expect($(root, 'coverage-message')!.textContent).toMatch(/Looking for related coverage/);
    expect(root.querySelector('[role="status"]')!.getAttribute('aria-busy')).toBe('true');
  });

  it('done: outlet, country, date, headline link in a new tab, why', () => {
    const { root } = panel({ status: 'done', results: [result(), result({ url: 'javascript:alert(1)', title: 'Bad link', country: 'INT' })], failures: [], fromCache: false, finishedAt: '2026-11-28T09:00:01Z' });
    const rows = $$(root, 'coverage-result');
    expect(rows).toHaveLength(2);
    const a = rows[0]!.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://www.reuters.com/technology/ai-export-rule/');
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.textContent).toContain('US unveils AI chip export rule');
    expect(rows[0]!.textContent).toContain('Reuters');
    expect(rows[0]!.textContent).toContain('GB');
    expect(rows[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2025-03-11T10:00:00Z');
    expect($(rows[0]!, 'coverage-why')!.textContent).toBe('Why: shares: export controls, Commerce Department');
    // A non-http(s) URL is never a link.
    expect(rows[1]!.querySelector('a')).toBeNull();
    expect(rows[1]!.textContent).toContain('International');
    expect($(root, 'coverage-partial')).toBeNull();
  });

  it('done but empty says so', () => {
    const { root } = panel({ status: 'done', results: [], failures: [], fromCache: false, finishedAt: '2026-11-28T09:00:01Z' });
    expect($(root, 'coverage-message')!.textContent).toMatch(/No related coverage found/);
  });

  it('done with some provider failures: results still shown, failures named', async () => {
    const { root, onFind } = panel({
      status: 'done',
      results: [result()],
      failures: [
        { provider: 'gdelt', error: { kind: 'timeout', message: 'no answer in 8 s' } },
        { provider: 'guardian', error: { kind: 'http', message: 'forbidden', status: 403 } },
      ],
      fromCache: true,
      finishedAt: '2026-11-28T09:00:01Z',
    });
    expect($$(root, 'coverage-result')).toHaveLength(1);
    expect($(root, 'coverage-partial')).not.toBeNull();
    const failures = $(root, 'coverage-failures')!.textContent!;
    expect(failures).toContain('GDELT: took too long to answer');
    expect(failures).toContain('The Guardian: answered with an error (HTTP 403)');
    expect(root.textContent).toMatch(/Saved results from/);
    await click($(root, 'refresh-related'));
    expect(onFind).toHaveBeenCalledWith(true);
  });

  it('offline', async () => {
    const { root, onFind } = panel({ status: 'failed', failures: [], offline: true, finishedAt: '2026-11-28T09:00:01Z' });
    expect($(root, 'coverage-message')!.textContent).toMatch(/offline/);
    await click($(root, 'retry-related'));
    expect(onFind).toHaveBeenCalledWith(true);
  });

  it('failed: every provider with its reason', () => {
    const { root } = panel({
      status: 'failed',
      offline: false,
      failures: [
        { provider: 'google-news', error: { kind: 'rate-limited', message: '429' } },
        { provider: 'feeds', error: { kind: 'network', message: 'dns' } },
      ],
      finishedAt: '2026-11-28T09:00:01Z',
    });
    expect($(root, 'coverage-message')!.textContent).toMatch(/Every search service failed/);
    expect($(root, 'coverage-failures')!.textContent).toContain('Google News: asked us to slow down');
    expect($(root, 'coverage-failures')!.textContent).toContain('Outlet feeds: could not be reached');
  });

  it('no providers points to the settings', async () => {
    const { root, onOpenOptions } = panel({ status: 'no-providers' });
    expect($(root, 'coverage-message')!.textContent).toMatch(/No search service/);
    await click($(root, 'open-options'));
    expect(onOpenOptions).toHaveBeenCalled();
  });
});

describe('ArticleFacts', () => {
  it('shows site, headline, date, language and contact channels', () => {
    const meta = {
      ...provenance().meta,
      contacts: [
        { kind: 'email' as const, url: 'mailto:corrections@beijing-post.example', label: 'corrections@beijing-post.example' },
        { kind: 'corrections-form' as const, url: 'https://beijing-post.example/corrections', label: 'Report an error' },
        { kind: 'contact-page' as const, url: 'javascript:alert(1)', label: 'Contact' },
      ],
    };
    m = mount(<ArticleFacts meta={meta} />);
    const root = m.container;
    expect($(root, 'fact-site')!.textContent).toContain('Beijing Post');
    expect($(root, 'fact-headline')!.textContent).toContain('China tightens AI chip export rules');
    expect($(root, 'fact-date')!.textContent).toMatch(/2025/);
    expect($(root, 'fact-language')!.textContent).toMatch(/English|en/);
    const links = [...$(root, 'fact-contacts')!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['mailto:corrections@beijing-post.example', 'https://beijing-post.example/corrections']);
    expect($(root, 'fact-contacts')!.textContent).toContain('Corrections form');
  });

  it('says when something is not stated or no contact was found', () => {
    m = mount(<ArticleFacts meta={{ url: 'https://www.example.org/x', contacts: [] }} />);
    expect($(m.container, 'fact-site')!.textContent).toContain('example.org');
    expect($(m.container, 'fact-headline')!.textContent).toContain('Not stated');
    expect($(m.container, 'fact-contacts')!.textContent).toContain('No contact or corrections channel');
  });
});
