import { validatePageHtml, type TabState } from '@/utils/messages';
import { loadTabState, saveTabState } from '@/utils/browser/tab-state';
import { sendToTab } from '@/utils/browser/send';
import { parseDocument } from '@/utils/provenance/parse-html';
import { pageDetails, type PageDetails } from '@/utils/provenance/page-details';
import { withDetails } from '@/utils/provenance/report';
import type { ProvenanceReport } from '@/utils/provenance/types';
import type { Settings } from '@/utils/settings';

/**
 * The content script's quick pass decides the verdict and leaves the metadata (headline, dates,
 * contact links…) and the main text out. They are read here, from the page as the browser holds
 * it, with the same detector code the CLI runs on saved pages, when something needs them:
 * a flagged page, research mode, coverage for every article, the popup, an on-click search.
 */
export function needsDetailsNow(report: ProvenanceReport, settings: Settings): boolean {
  // Research and "every article" coverage want articles only: serialising every other page for them
  // would cost the page (up to 8 MB of markup) and the worker for nothing.
  return !!report.partial && (report.verdict !== 'none' || (report.isArticle && (settings.research.enabled || settings.coverageMode === 'always')));
}

/**
 * Completes the tab's report once; the answer is kept with the tab's state. A tab that cannot
 * answer (navigated, discarded, script gone) keeps its partial report: the popup still shows
 * the verdict and evidence.
 */
export async function completeDetails(tabId: number): Promise<TabState | null> {
  const state = await loadTabState(tabId);
  if (!state?.report.partial) return state;
  let raw: unknown;
  try {
    raw = await sendToTab(tabId, { type: 'get-page-html' });
  } catch (error) {
    console.warn('[provenance-lens] page details unavailable:', String(error));
    return state;
  }
  const checked = validatePageHtml(raw);
  if (!checked.ok) {
    console.warn('[provenance-lens] rejected page html:', checked.reason);
    return state;
  }
  let details: PageDetails;
  try {
    details = pageDetails(parseDocument(checked.message.html), state.url);
  } catch (error) {
    console.warn('[provenance-lens] page details failed:', String(error));
    return state;
  }
  // The tab moved on while we asked: these details belong to another page.
  const now = await loadTabState(tabId);
  if (!now || now.url !== state.url || checked.message.url !== state.url || !now.report.partial) return now;
  const next: TabState = { ...now, report: withDetails(now.report, details) };
  await saveTabState(next);
  return next;
}

/** `allowed` is asked last, only when the work would be done (it spends the tab's budget). */
export async function completeDetailsIfNeeded(state: TabState, settings: Settings, allowed: () => boolean = () => true): Promise<TabState> {
  if (!state.report.partial || !needsDetailsNow(state.report, settings) || !allowed()) return state;
  return (await completeDetails(state.tabId)) ?? state;
}
