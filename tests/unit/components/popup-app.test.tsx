// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '@/utils/messages';
import { ReportStore } from '@/utils/reports';
import { PopupApp } from '@/components/popup/PopupApp';
import { $, $$, click, stubBrowser, fakeBackground, installI18n, mount, provenance, settle, tabState, waitFor, type Mounted } from './helpers';

let m: Mounted | undefined;
let messages: { type: string; tabId?: number; force?: boolean }[];
let state: TabState | null;

beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
  globalThis.indexedDB = new IDBFactory();
  messages = [];
  state = tabState();
  fakeBackground((msg) => {
    messages.push(msg);
    if (msg.type === 'get-tab-state') return msg.tabId === state?.tabId ? state : null;
    if (msg.type === 'find-related') return { ok: true };
    return undefined;
  });
});
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

const openStore = () => ReportStore.open('popup-test');
const popup = (search: string) => mount(<PopupApp search={search} openStore={openStore} checkUrl={async () => ({ status: 'invalid-url' })} />);

describe('PopupApp', () => {
  it('shows the tab given by ?tab=N: title, verdict, evidence, coverage, facts', async () => {
    m = popup('?tab=7');
    const title = await waitFor(() => $(m!.container, 'page-title'));
    expect(title.textContent).toBe(state!.title);
    expect($(m.container, 'verdict-label')!.textContent?.trim()).toBe('AI-generated');
    expect($$(m.container, 'evidence-row')).toHaveLength(2);
    expect($(m.container, 'coverage')!.getAttribute('data-status')).toBe('idle');
    expect($(m.container, 'fact-site')!.textContent).toContain('Beijing Post');
    expect(messages[0]).toEqual({ type: 'get-tab-state', tabId: 7 });
  });

  it('uses the active tab when no tab is given', async () => {
    const query = stubBrowser(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9 }]);
    state = tabState({ tabId: 9 });
    m = popup('');
    await waitFor(() => $(m!.container, 'page-title'));
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(messages[0]).toEqual({ type: 'get-tab-state', tabId: 9 });
  });

  it('says so plainly when there is no state for the tab', async () => {
    state = null;
    m = popup('?tab=7');
    const note = await waitFor(() => $(m!.container, 'no-state'));
    expect(note.textContent).toMatch(/Nothing analysed on this tab yet/);
  });

  it('a non-article page: no badge, no coverage, says nothing is claimed', async () => {
    state = tabState({ report: provenance({ isArticle: false, verdict: 'none', signals: [] }) });
    m = popup('?tab=7');
    await waitFor(() => $(m!.container, 'page-title'));
    expect($(m.container, 'verdict-label')!.textContent?.trim()).toBe('Not an article');
    expect($(m.container, 'coverage')).toBeNull();
  });

  it('"Show in page" asks the tab to show that signal', async () => {
    const send = stubBrowser(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true });
    m = popup('?tab=7');
    await waitFor(() => $(m!.container, 'show-in-page'));
    await click($(m.container, 'show-in-page'));
    expect(send).toHaveBeenCalledWith(7, { type: 'show-evidence', index: 0 });
    expect($(m.container, 'popup-note')).toBeNull();
  });

  it('tells the reader when the page cannot show the evidence', async () => {
    stubBrowser(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    m = popup('?tab=7');
    await waitFor(() => $(m!.container, 'show-in-page'));
    await click($(m.container, 'show-in-page'));
    const note = await waitFor(() => $(m!.container, 'popup-note'));
    expect(note.textContent).toMatch(/Could not show/);
  });

  it('"Find related coverage" asks the background, then follows the tab state live', async () => {
    m = popup('?tab=7');
    await waitFor(() => $(m!.container, 'find-related'));
    await click($(m.container, 'find-related'));
    expect(messages).toContainEqual({ type: 'find-related', tabId: 7 });

    state = tabState({ coverage: { status: 'loading', startedAt: '2026-11-28T09:00:00Z' } });
    await fakeBrowser.storage.session.set({ 'tab:7': state });
    await settle();
    expect($(m.container, 'coverage')!.getAttribute('data-status')).toBe('loading');

    state = tabState({
      coverage: {
        status: 'done',
        results: [{ title: 'Reuters story', url: 'https://www.reuters.com/x', outlet: 'Reuters', host: 'www.reuters.com', country: 'GB', provider: 'gdelt', score: 1, why: ['same event'], listed: true }],
        failures: [],
        fromCache: false,
        finishedAt: '2026-11-28T09:00:03Z',
      },
    });
    await fakeBrowser.storage.session.set({ 'tab:7': state });
    await settle();
    expect($$(m.container, 'coverage-result')).toHaveLength(1);
  });

  it('polls get-tab-state while coverage is loading (storage events can be missed)', async () => {
    state = tabState({ coverage: { status: 'loading', startedAt: '2026-11-28T09:00:00Z' } });
    m = popup('?tab=7');
    await waitFor(() => $(m!.container, 'coverage'));
    state = tabState({ coverage: { status: 'no-providers' } });
    const before = messages.filter((x) => x.type === 'get-tab-state').length;
    await waitFor(() => $(m!.container, 'coverage')!.getAttribute('data-status') === 'no-providers', 4000);
    expect(messages.filter((x) => x.type === 'get-tab-state').length).toBeGreaterThan(before);
  });

  it('"Report an inaccuracy" pre-fills the passage the reader selected', async () => {
    const send = stubBrowser(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ text: 'exports fell by 40 percent' });
    m = popup('?tab=7');
    await waitFor(() => $(m!.container, 'open-report'));
    await click($(m.container, 'open-report'));
    expect(send).toHaveBeenCalledWith(7, { type: 'get-selection' });
    const quote = await waitFor(() => m!.container.querySelector<HTMLTextAreaElement>('#report-quote'));
    expect(quote.value).toBe('exports fell by 40 percent');
  });

  it('opens the report form with an empty passage when the selection cannot be read', async () => {
    stubBrowser(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no content script'));
    m = popup('?tab=7');
    await waitFor(() => $(m!.container, 'open-report'));
    await click($(m.container, 'open-report'));
    const quote = await waitFor(() => m!.container.querySelector<HTMLTextAreaElement>('#report-quote'));
    expect(quote.value).toBe('');
  });

  it('opens the form from the context menu URL (report=1&quote=…)', async () => {
    m = popup(`?tab=7&report=1&quote=${encodeURIComponent('“40 percent” & more')}`);
    const quote = await waitFor(() => m!.container.querySelector<HTMLTextAreaElement>('#report-quote'));
    expect(quote.value).toBe('“40 percent” & more');
    expect($(m.container, 'page-title')!.textContent).toBe(state!.title);
  });

  it('reopens a stored report by id without any tab state (tab=0&reportId=…)', async () => {
    state = null;
    const store = await openStore();
    const { newReport } = await import('@/utils/reports');
    await store.saveDraft({ ...newReport({ id: 'stored-1', provenance: provenance(), quote: 'the stored passage' }), correction: 'fixed' });
    m = popup('?tab=0&reportId=stored-1');
    const correction = await waitFor(() => m!.container.querySelector<HTMLTextAreaElement>('#report-correction'));
    expect(correction.value).toBe('fixed');
    expect(m.container.querySelector<HTMLTextAreaElement>('#report-quote')!.value).toBe('the stored passage');
    expect(messages.filter((x) => x.type === 'get-tab-state')).toHaveLength(0);
  });
});
