import type { ProvenanceReport } from '@/utils/provenance/types';
import { t } from '@/utils/browser/i18n';
import { BADGES } from '@/utils/badge';
import { attachHost, el } from './dom';

/** Verdicts loud enough for an in-page notice; the rest live in the badge and popup only. */
export const NOTICE_VERDICTS = new Set(['ai-generated', 'suspected-ai']);

// :host rules with !important win over every page rule: the notice stays a fixed card in the
// corner whatever the page's CSS says (`all: initial` first drops anything the page set on it).
const CSS = `
:host { all: initial !important; display: block !important; position: fixed !important; right: 16px !important; bottom: 16px !important;
  left: auto !important; top: auto !important; width: min(380px, calc(100vw - 32px)) !important;
  z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important; transform: none !important;
  filter: none !important; clip-path: none !important; margin: 0 !important; padding: 0 !important; }
.card { box-sizing: border-box; width: 100%; font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif;
  color: #1b1f24; background: #fff; border: 1px solid #c9d1d9; border-left: 6px solid var(--accent);
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 12px 14px; }
.head { display: flex; align-items: center; gap: 8px; margin: 0 0 6px; }
.verdict { font-weight: 700; color: #fff; background: var(--accent); border-radius: 4px; padding: 1px 8px; }
.brand { color: #4a5560; font-size: 12px; flex: 1; }
.lead { margin: 0 0 6px; }
blockquote { margin: 0 0 8px; padding: 0 0 0 10px; border-left: 3px solid #c9d1d9; color: #333; font-style: italic;
  max-height: 7.5em; overflow: auto; }
.actions { display: flex; gap: 8px; flex-wrap: wrap; }
button { font: inherit; cursor: pointer; border-radius: 6px; padding: 4px 10px; border: 1px solid #0b57d0; background: #0b57d0; color: #fff; }
button.secondary { background: transparent; color: #0b57d0; }
button.close { border: 0; background: transparent; color: #4a5560; font-size: 18px; line-height: 1; padding: 2px 6px; }
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { color: #e8eaed; background: #16191d; border-color: #3c444d; }
  .brand { color: #b0b8c1; } blockquote { color: #d0d4d9; border-color: #3c444d; }
  button.secondary, button.close { color: #8ab4f8; } button { border-color: #8ab4f8; }
}
`;

export interface NoticeHandlers {
  onDetails(): void;
  onDismiss(): void;
}

export interface Notice {
  remove(): void;
}

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export function showNotice(doc: Document, report: ProvenanceReport, handlers: NoticeHandlers): Notice {
  const look = BADGES[report.verdict];
  const evidence = report.signals.find((s) => s.scope === 'page') ?? report.signals[0];
  const { host, root } = attachHost(doc, 'provenance-lens-notice', CSS);
  const close = el(doc, 'button', { class: 'close', type: 'button', 'aria-label': t('notice_dismiss'), title: t('notice_dismiss') }, ['×']);
  const details = el(doc, 'button', { type: 'button' }, [t('notice_details')]);
  const dismiss = el(doc, 'button', { type: 'button', class: 'secondary' }, [t('notice_dismiss')]);
  close.addEventListener('click', handlers.onDismiss);
  dismiss.addEventListener('click', handlers.onDismiss);
  details.addEventListener('click', handlers.onDetails);
  const lead = report.verdict === 'ai-generated' ? t('notice_generated_lead') : t('notice_suspected_lead');
  const card = el(doc, 'div', { class: 'card', role: 'region', 'aria-label': t('notice_label') }, [
    el(doc, 'p', { class: 'head' }, [
      el(doc, 'span', { class: 'verdict' }, [t(look.labelKey)]),
      el(doc, 'span', { class: 'brand' }, [t('notice_label')]),
      close,
    ]),
    el(doc, 'p', { class: 'lead' }, [lead]),
    ...(evidence
      ? [
          el(doc, 'p', { class: 'lead' }, [evidence.kind === 'disclosure-text' ? t('notice_this_page_says') : t('notice_evidence')]),
          el(doc, 'blockquote', {}, [shorten(evidence.text, 400)]),
        ]
      : []),
    el(doc, 'div', { class: 'actions' }, [details, dismiss]),
  ]);
  card.style.setProperty('--accent', look.color);
  root.append(card);
  return { remove: () => host.remove() };
}
