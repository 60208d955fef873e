import { browser } from 'wxt/browser';
import { scanPage, type PageScan } from '@/utils/provenance/scan';
import { assembleReport, emptyReport } from '@/utils/provenance/report';
import { textNodeFloorMs } from './floor';
import type { ProvenanceReport, Signal } from '@/utils/provenance/types';
import { MAX_PAGE_HTML, validateToContent, type PageReportMessage } from '@/utils/messages';
import { sendToBackground } from '@/utils/browser/send';
import { addDismissed, loadDismissed, loadSettingsWith, removeDismissed, watchSettings } from '@/utils/browser/settings-store';
import { t } from '@/utils/browser/i18n';
import { siteListMatches } from '@/utils/hosts';
import { rangeForLocator } from '@/utils/page/locate';
import { createRerunScheduler } from '@/utils/page/rerun';
import { listedSitesFor } from '@/utils/page/listed-sites';
import { readPageSettings, type PageSettings } from '@/utils/settings';
import { VERDICT_COLORS } from '@/utils/badge';
import { createHighlightLayer } from './highlight';
import { NOTICE_VERDICTS, showNotice, type Notice } from './notice';
import { testUi } from './test-hook';

const alive = () => !!browser.runtime?.id;
// One prefix for every warning: the content script's size counts.
const warn = (what: string, e: unknown) => console.warn('[provenance-lens]', `${what}:`, String(e));
const siteKey = () => location.hostname.replace(/^www\./, '');

/** The page as it stands, serialised for the background (capped: metadata sits near the top). */
function pageHtml(): string {
  // Reading, not writing: the page's own markup is serialised as data for the background's parser.
  // eslint-disable-next-line no-restricted-properties
  const html = document.documentElement?.outerHTML ?? '';
  return html.length > MAX_PAGE_HTML ? html.slice(0, MAX_PAGE_HTML) : html;
}

/**
 * Runs without WXT's ContentScriptContext events: its location-change and script-started events
 * travel through the page's window and document, where the page can forge them. The URL is
 * polled instead, and the extension going away shows as runtime.id going away.
 */
async function main(): Promise<void> {
  let settings: PageSettings = await loadSettingsWith(readPageSettings);
  let dismissed = await loadDismissed();
  let report: ProvenanceReport | null = null;
  let lastSent = '';
  let notice: Notice | null = null;
  // × closes the notice for this page load; "Don't show on this site" keeps it up, with Undo, until closed.
  let closedHere = false;
  let undoing = false;
  let markOfSignal = new Map<number, number>();
  const layer = createHighlightLayer(document);

  const enabled = () => !siteListMatches(location.href, settings.disabledSites);

  const clearUi = () => {
    layer.clear();
    markOfSignal = new Map();
    notice?.remove();
    notice = null;
  };

  const renderUi = (r: ProvenanceReport) => {
    if (settings.highlight) {
      const marks = [];
      markOfSignal = new Map();
      for (const [i, signal] of r.signals.entries()) {
        const range = signal.locator ? rangeForLocator(document, signal.locator) : null;
        if (!range) continue;
        markOfSignal.set(i, marks.length);
        marks.push({ range, quote: signal.text, label: t(signal.kind === 'chatbot-leak' ? 'highlight_leak_label' : 'highlight_label') });
      }
      layer.show(marks, VERDICT_COLORS[r.verdict]);
    } else {
      layer.clear();
      markOfSignal = new Map();
    }
    const wantNotice = settings.showNotice && NOTICE_VERDICTS.has(r.verdict) && !closedHere && (undoing || !dismissed.includes(siteKey()));
    if (!wantNotice) {
      notice?.remove();
      notice = null;
    } else if (!notice) {
      try {
        notice = showNotice(document, r, siteKey(), {
          onDetails: () => void sendToBackground({ type: 'open-details' }),
          onClose: () => {
            closedHere = true;
            notice?.remove();
            notice = null;
          },
          onDismissSite: () => {
            undoing = true;
            void addDismissed(siteKey());
          },
          onUndo: () => void removeDismissed(siteKey()),
        });
      } catch (e) {
        // A page that breaks shadow DOM gets no notice; the badge and popup still work.
        warn('notice unavailable', e);
      }
    }
  };

  let generation = 0;
  /**
   * One analysis: the DOM half (the scan) runs here; the text rules run in the background,
   * where their compiled regular expressions stay warm from page to page instead of being
   * compiled again on every page load. Main-thread time is measured and sent with the report.
   */
  const analyse = async () => {
    if (!enabled() || !alive()) return;
    if (import.meta.env.PL_E2E && location.search === '?pl-floor') {
      // The benchmark's floor (test builds only): a bare text-node pass in this fresh world, nothing else.
      const ms = textNodeFloorMs(document);
      const timing = { detectMs: ms, uiMs: 0, totalMs: ms, classifyMs: 0, phases: { floor: ms } };
      void sendToBackground({ type: 'page-report', url: location.href, title: document.title.slice(0, 1000), report: emptyReport(location.href), timing });
      return;
    }
    const mine = ++generation;
    const href = location.href;
    const t1 = performance.now();
    let scan: PageScan | null = null;
    const phases: Record<string, number> = {};
    try {
      scan = scanPage(document, { url: href, listedSites: listedSitesFor(settings), phases });
    } catch (e) {
      warn('detection failed', e);
    }
    const t2 = performance.now();
    let textSignals: Signal[] = [];
    if (scan && scan.candidates.length > 0) {
      try {
        textSignals = (await sendToBackground({ type: 'classify-blocks', blocks: scan.candidates })).signals;
      } catch (e) {
        warn('text rules unavailable', e);
      }
    }
    // The page moved on (a newer pass, another article) while the background worked.
    if (mine !== generation || location.href !== href || !alive()) return;
    const t3 = performance.now();
    const next = scan ? assembleReport(scan, textSignals) : emptyReport(href);
    const t4 = performance.now();
    report = next;
    try {
      renderUi(next);
    } catch {
      // An XML document (a feed opened in a tab) has no HTML elements to draw with: the verdict still goes out.
    }
    const t5 = performance.now();
    const signature = JSON.stringify([href, next.isArticle, next.verdict, next.signals.map((s) => s.text)]);
    if (signature === lastSent) return;
    lastSent = signature;
    const detectMs = t2 - t1 + (t4 - t3);
    const message: PageReportMessage = {
      type: 'page-report',
      url: href,
      title: (document.title || next.meta.headline || href).slice(0, 1000),
      report: next,
      timing: { detectMs, uiMs: t5 - t4, totalMs: detectMs + (t5 - t4), classifyMs: t3 - t2, phases },
    };
    sendToBackground(message).catch((e: unknown) => warn('report not delivered', e));
  };

  // Late content (a footer disclaimer rendered after the body) and single-page navigation:
  // re-run, debounced, a bounded number of times per article and per document.
  const scheduler = createRerunScheduler(() => void analyse(), {
    now: () => performance.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as number),
  });
  const ours = (node: Node) => node instanceof Element && node.localName.startsWith('provenance-lens-');
  const observer = new MutationObserver((records) => {
    if (records.every((rec) => ours(rec.target) || [...rec.addedNodes].every(ours))) return;
    if (!scheduler.poke()) observer.disconnect();
  });
  const observe = () => {
    if (enabled() && document.body) observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  };

  // Acts only when the address really changed, whatever events the page fires.
  let seenHref = location.href;
  const poll = setInterval(() => {
    if (!alive()) return stop();
    if (location.href === seenHref) return;
    seenHref = location.href;
    closedHere = undoing = false;
    clearUi();
    lastSent = '';
    scheduler.reset();
    observe();
    scheduler.poke();
  }, 1000);
  let resizeTimer = 0;
  addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => layer.reposition(), 200);
  });

  const stopWatching = watchSettings(readPageSettings, (nextSettings, nextDismissed) => {
    const wasEnabled = enabled();
    if (nextSettings) settings = nextSettings;
    if (nextDismissed) dismissed = nextDismissed;
    if (!enabled()) {
      observer.disconnect();
      scheduler.dispose();
      clearUi();
      return;
    }
    if (!wasEnabled) {
      observe();
      void analyse();
    } else if (report) renderUi(report);
  });
  const stop = () => {
    clearInterval(poll);
    stopWatching();
    observer.disconnect();
    scheduler.dispose();
    clearUi();
  };

  // Answered synchronously through sendResponse: both browsers support it natively (this script
  // runs without the polyfill, and Chrome ignores a promise returned from a listener).
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (reply: unknown) => void) => {
    if (import.meta.env.PL_E2E && sender.id === browser.runtime.id && (raw as { type?: string })?.type === 'test-ui') {
      sendResponse(testUi());
      return undefined;
    }
    const checked = validateToContent(raw, sender, browser.runtime.id);
    if (!checked.ok) return undefined;
    const message = checked.message;
    if (message.type === 'get-selection') sendResponse({ text: String(window.getSelection() ?? '').slice(0, 5000) });
    else if (message.type === 'get-page-html') sendResponse({ url: location.href, html: pageHtml() });
    else if (message.type === 'story-note') {
      notice?.setStoryLine(message.text);
      sendResponse({ ok: !!notice });
    } else {
      const mark = markOfSignal.get(message.index);
      sendResponse({ ok: mark !== undefined && layer.reveal(mark) });
    }
    return undefined;
  });

  if (!enabled()) return;
  void analyse();
  observe();
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would otherwise post a message to the page naming the extension's id on every load.
  noScriptStartedPostMessage: true,
  main() {
    main().catch((e: unknown) => warn('content script stopped', e));
  },
});
