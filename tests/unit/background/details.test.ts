import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { completeDetails, completeDetailsIfNeeded, needsDetailsNow } from '@/entrypoints/background/details';
import { loadTabState, saveTabState } from '@/utils/browser/tab-state';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import type { TabState } from '@/utils/messages';
import type { ProvenanceReport } from '@/utils/provenance/types';
import { fixture } from '../provenance/helpers';

const URL = 'https://beijing-post.example/2025/03/china-ai';

/** What the content script's quick pass sends for an unflagged page. */
function partialState(overrides: Partial<ProvenanceReport> = {}): TabState {
  return {
    tabId: 7,
    url: URL,
    title: 'China Denounces',
    updatedAt: '2025-03-27T00:00:00Z',
    report: { detector: 'provenance-lens-detector/1.0.0', isArticle: true, meta: { url: URL, contacts: [] }, verdict: 'none', confidence: 0, signals: [], partial: true, ...overrides },
  };
}

const sendMessage = () => vi.spyOn(fakeBrowser.tabs as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>, 'sendMessage');

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('page details read in the background', () => {
  it("reads the metadata and main text from the tab's serialised page, once, and keeps them", async () => {
    await saveTabState(partialState());
    const send = sendMessage().mockResolvedValue({ url: URL, html: fixture('seed-beijing-post.html') });
    const done = await completeDetails(7);
    expect(send).toHaveBeenCalledWith(7, { type: 'get-page-html' });
    expect(done?.report.partial).toBeUndefined();
    expect(done?.report.meta.headline).toMatch(/China/);
    expect(done?.report.meta.contacts.some((c) => c.label.includes('Contact Us'))).toBe(true);
    expect(done?.report.text?.length).toBeGreaterThan(200);
    expect(await loadTabState(7)).toEqual(done);
    await completeDetails(7);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps the partial report when the tab cannot answer, answers for another page, or sends junk', async () => {
    await saveTabState(partialState());
    sendMessage().mockRejectedValueOnce(new Error('Could not establish connection'));
    expect((await completeDetails(7))?.report.partial).toBe(true);
    sendMessage().mockResolvedValueOnce({ url: 'https://elsewhere.example/', html: '<title>x</title>' });
    expect((await completeDetails(7))?.report.partial).toBe(true);
    sendMessage().mockResolvedValueOnce({ url: URL, html: { toString: () => '<b>' } });
    expect((await completeDetails(7))?.report.partial).toBe(true);
    expect((await loadTabState(7))?.report.meta).toEqual({ url: URL, contacts: [] });
  });

  it('is asked for at once only for flagged pages, research mode, or coverage for every article', async () => {
    const none = partialState().report;
    expect(needsDetailsNow(none, DEFAULT_SETTINGS)).toBe(false);
    expect(needsDetailsNow({ ...none, verdict: 'ai-generated' }, DEFAULT_SETTINGS)).toBe(true);
    expect(needsDetailsNow(none, { ...DEFAULT_SETTINGS, research: { ...DEFAULT_SETTINGS.research, enabled: true } })).toBe(true);
    expect(needsDetailsNow(none, { ...DEFAULT_SETTINGS, coverageMode: 'always' })).toBe(true);
    expect(needsDetailsNow({ ...none, isArticle: false }, { ...DEFAULT_SETTINGS, coverageMode: 'always' })).toBe(false);
    // Research mode reads articles only (issue 14, finding 12): a non-article page is not serialised for it.
    const researching = { ...DEFAULT_SETTINGS, research: { ...DEFAULT_SETTINGS.research, enabled: true } };
    expect(needsDetailsNow({ ...none, isArticle: false }, researching)).toBe(false);
    const nonArticle = partialState({ isArticle: false });
    await saveTabState(nonArticle);
    const asked = sendMessage().mockResolvedValue({ url: URL, html: fixture('seed-beijing-post.html') });
    expect(await completeDetailsIfNeeded(nonArticle, researching)).toBe(nonArticle);
    expect(asked).not.toHaveBeenCalled();
    asked.mockRestore();

    const state = partialState();
    await saveTabState(state);
    const send = sendMessage().mockResolvedValue({ url: URL, html: fixture('seed-beijing-post.html') });
    expect(await completeDetailsIfNeeded(state, DEFAULT_SETTINGS)).toBe(state);
    expect(send).not.toHaveBeenCalled();
    const research = { ...DEFAULT_SETTINGS, research: { ...DEFAULT_SETTINGS.research, enabled: true } };
    expect((await completeDetailsIfNeeded(state, research)).report.meta.headline).toMatch(/China/);
  });
});
