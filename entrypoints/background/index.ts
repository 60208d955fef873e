import { browser } from 'wxt/browser';
import { validateIncoming, type ContentMessage, type PageMessage, type SenderLike } from '@/utils/messages';
import { clearTabState, forgetTab, loadTabState, saveTabState } from '@/utils/browser/tab-state';
import type { ProvenanceReport } from '@/utils/provenance/types';
import { classifyBlocks } from '@/utils/provenance/classify';
import { explainSignals } from '@/utils/provenance/explain';
import { candidateChars } from '@/utils/provenance/limits';
import { showBadge } from './badge';
import { cancelCoverage, initialCoverage, isOrphaned, pruneCoverageCache, runCoverage } from './coverage';
import { registerContextMenu } from './context-menu';
import { registerCorrectionWatch } from './correction-watch';
import { recordForResearch } from './research';
import { completeDetails, completeDetailsIfNeeded } from './details';
import { loadDismissed, loadSettings, moveLocalOnlySettings } from '@/utils/browser/settings-store';
import { createTabLimits, isLimited, showsNotice } from '@/utils/tab-limits';
import { openDetails } from './open-details';
import { sendStoryNote } from './story';
import { registerWelcome } from './welcome';

const limits = createTabLimits();

type Sender = SenderLike & { tab?: { id?: number; incognito?: boolean; windowId?: number } };

async function handle(message: ContentMessage | PageMessage, sender: Sender): Promise<unknown> {
  // Content scripts speak for pages: each tab gets its own budget for what makes the worker work.
  const cost = message.type === 'classify-blocks' ? 2000 + candidateChars(message.blocks) : 1;
  if (isLimited(message.type) && !limits.admit(message.type, sender.tab!.id!, cost)) {
    throw new Error(`${message.type}: tab ${sender.tab!.id} is over its rate`);
  }
  switch (message.type) {
    case 'page-report': {
      const tabId = sender.tab!.id!;
      // Marker explanations arrive as keys (the content script does not ship the sentences).
      const report = { ...message.report, signals: explainSignals(message.report.signals) } as ProvenanceReport;
      const previous = await loadTabState(tabId);
      const state = {
        tabId,
        url: message.url,
        title: message.title,
        report,
        timing: message.timing,
        updatedAt: new Date().toISOString(),
        incognito: !!sender.tab?.incognito,
        // A re-run on the same article keeps what was already found.
        coverage: previous?.url === message.url ? previous.coverage : undefined,
      };
      await saveTabState(state);
      await showBadge(tabId, report);
      const settings = await loadSettings();
      // Research and coverage read the metadata and main text, which the quick pass left out.
      const full = await completeDetailsIfNeeded(state, settings, () => limits.admit('page-details', tabId));
      // A re-run on the same page load (late content) updates the record; it is not another visit.
      void recordForResearch(full.report, message.url, !!sender.tab?.incognito, previous?.url === message.url, settings);
      if (!full.coverage || (full.coverage.status === 'idle' && report.verdict !== previous?.report.verdict)) {
        const next = await initialCoverage(full, settings);
        if (next === 'fetch') void runCoverage(tabId);
        else await saveTabState({ ...full, coverage: next });
      } else void sendStoryNote(full); // A reloaded page's new notice gets the line its kept coverage gives.
      return { ok: true };
    }
    case 'classify-blocks':
      return { signals: classifyBlocks(message.blocks) };
    case 'open-details': {
      // Only the notice asks for this, and only a tab whose verdict shows one may.
      const tabId = sender.tab!.id!;
      const [state, settings, dismissed] = await Promise.all([loadTabState(tabId), loadSettings(), loadDismissed()]);
      if (!showsNotice(state, settings, dismissed)) throw new Error(`open-details: tab ${tabId} shows no notice`);
      await openDetails(tabId, sender.tab?.windowId);
      return { ok: true };
    }
    case 'get-tab-state': {
      const state = await completeDetails(message.tabId);
      // The worker was stopped mid-request: pick the work up again (the cache makes this cheap).
      if (state && isOrphaned(state)) void runCoverage(state.tabId);
      return state;
    }
    case 'find-related':
      void completeDetails(message.tabId).then(() => runCoverage(message.tabId, { refresh: message.force }));
      return { ok: true };
  }
}

export default defineBackground(() => {
  // Listeners are registered synchronously at start-up so a worker woken by an event gets it.
  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const checked = validateIncoming(raw, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!checked.ok) {
      console.warn('[provenance-lens] rejected message:', checked.reason);
      return undefined;
    }
    return handle(checked.message, sender).catch((error: unknown) => {
      console.error('[provenance-lens] handling', checked.message.type, 'failed:', error);
      return { ok: false, error: String(error) };
    });
  });

  registerContextMenu();
  void registerCorrectionWatch();
  registerWelcome();
  // Expired searches leave the disk now, not on the next search (which may never come).
  pruneCoverageCache().catch((e: unknown) => console.warn('[provenance-lens] coverage cache not pruned:', String(e)));
  // Lists and the Guardian key an older version kept in storage.sync move to storage.local.
  moveLocalOnlySettings().catch((e: unknown) => console.warn('[provenance-lens] settings not moved:', String(e)));

  browser.tabs.onRemoved.addListener((tabId) => {
    limits.forget(tabId);
    cancelCoverage(tabId);
    void forgetTab(tabId);
  });

  // A new document in the tab (a reload too, which Chrome reports without a url): the old verdict
  // no longer applies until its content script reports. Same-document URL changes re-report as well.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      cancelCoverage(tabId);
      void clearTabState(tabId).then(() => showBadge(tabId, null));
    }
  });

  // Coverage requests cut off by a worker restart resume now rather than wait for the popup.
  void browser.storage.session.get(null).then((all) => {
    for (const state of Object.values(all) as ({ tabId?: number } & Parameters<typeof isOrphaned>[0])[]) {
      if (state && typeof state.tabId === 'number' && isOrphaned(state)) void runCoverage(state.tabId);
    }
  });
});
