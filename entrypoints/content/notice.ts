import type { ProvenanceReport } from '@/utils/provenance/types';
import { t } from '@/utils/browser/i18n';
import { VERDICT_COLORS, verdictLabelKey } from '@/utils/badge';
import { attachHost, el } from './dom';
import CSS from './notice.css?inline';

export { NOTICE_VERDICTS } from '@/utils/tab-limits';

export interface NoticeHandlers {
  onDetails(): void;
  /** × or Escape: gone for this page only. */
  onClose(): void;
  /** "Don't show on this site", and its Undo. */
  onDismissSite(): void;
  onUndo(): void;
}

export interface Notice {
  remove(): void;
  /** Adds (or replaces) the story's dating line, which the worker sends once coverage is in. */
  setStoryLine(text: string): void;
}

const shorten = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export function showNotice(doc: Document, report: ProvenanceReport, site: string, handlers: NoticeHandlers): Notice {
  const evidence = report.signals.find((s) => s.scope === 'page') ?? report.signals[0];
  // First in <body>, so keyboard users reach it early, and in the top layer (a manual popover), so no
  // page overlay, whatever its z-index, covers it.
  const { host, root } = attachHost(doc, 'provenance-lens-notice', CSS, true);
  host.popover = 'manual';
  host.showPopover?.();
  const button = (label: string, cls = '') => el(doc, 'button', { type: 'button', class: cls }, [label]);
  const close = button('×', 'close');
  close.ariaLabel = close.title = t('notice_close');
  const details = button(t('notice_details'));
  const dismiss = button(t('notice_dismiss'), 'secondary');
  const undo = button(t('notice_undo'), 'secondary');
  // Only the reader's own clicks and keys count: a page's synthetic events are not trusted.
  const on = (target: HTMLElement, type: string, act: (e: Event) => void) => target.addEventListener(type, (e) => e.isTrusted && act(e));
  const lead = report.verdict === 'ai-generated' ? t('notice_generated_lead') : t('notice_suspected_lead');
  const body = el(doc, 'div', {}, [
    el(doc, 'p', { class: 'lead' }, [lead]),
    ...(evidence
      ? [
          el(doc, 'p', { class: 'lead' }, [evidence.kind === 'disclosure-text' ? t('notice_this_page_says') : t('notice_evidence')]),
          el(doc, 'blockquote', {}, [shorten(evidence.text, 400)]),
        ]
      : []),
    el(doc, 'div', { class: 'actions' }, [details, dismiss]),
  ]);
  const done = el(doc, 'div', { class: 'actions', role: 'status' }, [el(doc, 'span', {}, [t('notice_dismissed', site)]), undo]);
  done.hidden = true;
  const card = el(doc, 'div', { class: 'card', role: 'region', 'aria-label': t('notice_label') }, [
    el(doc, 'p', { class: 'head' }, [el(doc, 'span', { class: 'verdict' }, [t(verdictLabelKey(report.verdict))]), el(doc, 'span', { class: 'brand' }, [t('notice_label')]), close]),
    body,
    done,
  ]);
  const swap = (dismissed: boolean) => {
    body.hidden = dismissed;
    done.hidden = !dismissed;
    (dismissed ? undo : dismiss).focus();
  };
  on(close, 'click', handlers.onClose);
  on(card, 'keydown', (e) => (e as KeyboardEvent).key === 'Escape' && handlers.onClose());
  on(details, 'click', handlers.onDetails);
  on(dismiss, 'click', () => {
    handlers.onDismissSite();
    swap(true);
  });
  on(undo, 'click', () => {
    handlers.onUndo();
    swap(false);
  });
  card.style.setProperty('--accent', VERDICT_COLORS[report.verdict]);
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
