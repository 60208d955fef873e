import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendStoryNote } from '@/entrypoints/background/story';
import type { RankedResult } from '@/utils/coverage/types';
import { MAX_STORY_NOTE, validateToContent, type TabState } from '@/utils/messages';
import type { ProvenanceReport } from '@/utils/provenance/types';
import { installI18n } from '../components/helpers';
import { BELGIUM, SEED } from './recorded';

let seed: { report: ProvenanceReport; results: RankedResult[] };
beforeAll(async () => {
  seed = await SEED();
});
let sent: { tabId: number; message: unknown }[];
beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
  sent = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
    sent.push({ tabId, message });
    return { ok: true };
  }) as typeof fakeBrowser.tabs.sendMessage);
});
afterEach(() => vi.restoreAllMocks());

const state = (report: ProvenanceReport, results: RankedResult[]): TabState => ({
  tabId: 4,
  url: report.meta.url,
  title: 'x',
  report,
  updatedAt: '2026-11-30T00:00:00Z',
  coverage: { status: 'done', results, failures: [], fromCache: false, finishedAt: '2026-11-30T00:00:00Z' },
});

describe('the notice line', () => {
  it('a flagged, recycled page: the worker sends the first report, its date and the gap', async () => {
    expect(seed.report.verdict).toBe('ai-generated');
    await sendStoryNote(state(seed.report, seed.results));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.tabId).toBe(4);
    const message = sent[0]!.message as { type: string; text: string };
    expect(message.type).toBe('story-note');
    expect(message.text).toMatch(/^First reported on .*2025 by BBC — 73 days before this page's date\.$/);
    // It passes the content script's own check.
    expect(validateToContent(message, { id: fakeBrowser.runtime.id }, fakeBrowser.runtime.id).ok).toBe(true);
  });

  it('nothing for a page dated with its coverage, a merely late one, an unflagged one, or coverage not in yet', async () => {
    const { report, results } = await BELGIUM();
    await sendStoryNote(state(report, results));
    await sendStoryNote(state({ ...seed.report, verdict: 'none' }, seed.results));
    await sendStoryNote({ ...state(seed.report, seed.results), coverage: { status: 'loading', startedAt: '' } });
    await sendStoryNote(state({ ...seed.report, text: 'The ministry objects.' }, seed.results)); // late, not recycled
    expect(sent).toEqual([]);
  });

  it('a tab that cannot take it is no error', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    await expect(sendStoryNote(state(seed.report, seed.results))).resolves.toBeUndefined();
  });

  it('the content script takes only a short string from its own extension', () => {
    const id = 'ext-id';
    expect(validateToContent({ type: 'story-note', text: 'First reported…' }, { id }, id)).toEqual({ ok: true, message: { type: 'story-note', text: 'First reported…' } });
    expect(validateToContent({ type: 'story-note', text: 'x'.repeat(MAX_STORY_NOTE + 1) }, { id }, id).ok).toBe(false);
    expect(validateToContent({ type: 'story-note', text: { toString: () => 'x' } }, { id }, id).ok).toBe(false);
    expect(validateToContent({ type: 'story-note', text: 'x' }, { id: 'other' }, id).ok).toBe(false);
  });
});
