import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { sendToBackground } from '@/utils/browser/send';
import type { ProvenanceReport } from '@/utils/provenance/types';

function interimReport(): ProvenanceReport {
  return {
    detector: 'interim/0',
    isArticle: isProbablyReaderable(document),
    meta: { url: location.href, contacts: [] },
    verdict: 'none',
    confidence: 0,
    signals: [],
  };
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    void sendToBackground({
      type: 'page-report',
      url: location.href,
      title: document.title.slice(0, 1000),
      report: interimReport(),
    }).catch((e: unknown) => console.warn('[provenance-lens] report not delivered:', String(e)));
  },
});
