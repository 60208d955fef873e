import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearTabState, forgetTab, loadTabState, saveTabState } from '@/utils/browser/tab-state';
import type { TabState } from '@/utils/messages';

const state = (tabId: number, url: string): TabState => ({
  tabId,
  url,
  title: 'A page',
  updatedAt: '2026-12-02T00:00:00Z',
  report: { detector: 'provenance-lens-detector/1.23.0', isArticle: true, meta: { url, contacts: [] }, verdict: 'none', confidence: 0, signals: [] },
});

beforeEach(() => fakeBrowser.reset());

describe("a tab's state in session storage", () => {
  it('a save still on its way when the tab closes does not bring the closed tab back', async () => {
    await saveTabState(state(4242, 'https://news.example/a'));
    await forgetTab(4242);
    expect(await loadTabState(4242)).toBeNull();
    // The report handler's save, after the awaits it was in when the tab closed.
    await saveTabState(state(4242, 'https://news.example/a'));
    expect(await loadTabState(4242)).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('a new page in an open tab clears its state, and the next report saves again', async () => {
    await saveTabState(state(4343, 'https://news.example/a'));
    await clearTabState(4343);
    expect(await loadTabState(4343)).toBeNull();
    await saveTabState(state(4343, 'https://news.example/b'));
    expect((await loadTabState(4343))?.url).toBe('https://news.example/b');
  });
});
