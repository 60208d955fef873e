import { validateDetails, type TabState } from '@/utils/messages';
import { loadTabState, saveTabState } from '@/utils/browser/tab-state';
import { sendToTab } from '@/utils/browser/send';

/**
 * The content script's quick pass leaves contacts, dates written in the text and the main text
 * out of unflagged pages' reports. When the popup (or an on-click coverage search) needs them,
 * ask the tab once and keep the answer with the tab's state. A tab that cannot answer (navigated,
 * discarded, script gone) keeps its partial report: the popup still shows what is known.
 */
export async function completeDetails(tabId: number): Promise<TabState | null> {
  const state = await loadTabState(tabId);
  if (!state?.report.partial) return state;
  let raw: unknown;
  try {
    raw = await sendToTab(tabId, { type: 'get-details' });
  } catch (error) {
    console.warn('[provenance-lens] page details unavailable:', String(error));
    return state;
  }
  const checked = validateDetails(raw);
  if (!checked.ok) {
    console.warn('[provenance-lens] rejected page details:', checked.reason);
    return state;
  }
  // The tab moved on while we asked: these details belong to another page.
  const now = await loadTabState(tabId);
  if (!now || now.url !== state.url || checked.message.url !== state.url) return now;
  const { partial: _partial, ...report } = now.report;
  const next: TabState = {
    ...now,
    report: { ...report, meta: checked.message.meta, ...(checked.message.text ? { text: checked.message.text } : {}) },
  };
  await saveTabState(next);
  return next;
}
