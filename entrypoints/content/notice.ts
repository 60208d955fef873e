import type { ProvenanceReport } from '@/utils/provenance/types';
import { t } from '@/utils/browser/i18n';
import { BADGES } from '@/utils/badge';
import { attachHost, el } from './dom';
import CSS from './notice.css?inline';

export { NOTICE_VERDICTS } from '@/utils/tab-limits';

export interface NoticeHandlers {
  onDetails(): void;
  onDismiss(): void;
}

export interface Notice {
  remove(): void;
  /** Adds (or replaces) the story's dating line, which the worker sends once coverage is in. */
  setStoryLine(text: string): void;
}

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export function showNotice(doc: Document, report: ProvenanceReport, handlers: NoticeHandlers): Notice {
  const look = BADGES[report.verdict];
  const evidence = report.signals.find((s) => s.scope === 'page') ?? report.signals[0];
  const { host, root } = attachHost(doc, 'provenance-lens-notice', CSS);
  const close = el(doc, 'button', { class: 'close', type: 'button', 'aria-label': t('notice_dismiss'), title: t('notice_dismiss') }, ['×']);
  const details = el(doc, 'button', { type: 'button' }, [t('notice_details')]);
  const dismiss = el(doc, 'button', { type: 'button', class: 'secondary' }, [t('notice_dismiss')]);
  // Only the reader's own clicks count: a page's synthetic click is not trusted.
  const on = (button: HTMLElement, act: () => void) => button.addEventListener('click', (e) => e.isTrusted && act());
  on(close, handlers.onDismiss);
  on(dismiss, handlers.onDismiss);
  on(details, handlers.onDetails);
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
  const story = el(doc, 'p', { class: 'lead' });
  return {
    remove: () => host.remove(),
    setStoryLine: (text) => {
      story.textContent = text;
      card.lastChild?.before(story);
    },
  };
}
