import { t } from '@/utils/browser/i18n';
import type { Signal, SignalKind, SignalScope } from '@/utils/provenance/types';

const KIND_KEYS: Record<SignalKind, string> = {
  'disclosure-text': 'evidence_kind_disclosure_text',
  'meta-marker': 'evidence_kind_meta_marker',
  'chatbot-leak': 'evidence_kind_chatbot_leak',
  'listed-site': 'evidence_kind_listed_site',
};

const SCOPE_KEYS: Record<SignalScope, string> = {
  page: 'evidence_scope_page',
  element: 'evidence_scope_element',
  image: 'evidence_scope_image',
};

export interface EvidenceListProps {
  signals: readonly Signal[];
  /** Asks the page to scroll to and highlight signal `index` (its index in report.signals). */
  onShow?: (index: number) => void;
}

/**
 * The evidence, the first piece open (the publisher's own words, quoted) and the rest folded
 * under "N more", so the verdict, its proof and the actions fit the popup.
 */
export function EvidenceList({ signals, onShow }: EvidenceListProps) {
  if (signals.length === 0) return null;
  const row = (s: Signal, index: number) => (
    <li key={`${s.rule}-${index}`} data-testid="evidence-row">
      <blockquote class="pl-quote" lang={s.lang !== 'und' ? s.lang : undefined}>
        {s.text}
      </blockquote>
      <p class="pl-meta-line">
        <span data-testid="evidence-kind">{t(KIND_KEYS[s.kind])}</span>
        <span aria-hidden="true"> · </span>
        <span data-testid="evidence-scope">{t(SCOPE_KEYS[s.scope])}</span>
        {s.locator && onShow && (
          <button
            type="button"
            class="pl-link-button"
            data-testid="show-in-page"
            // The visible words first (WCAG 2.5.3, label in name), then which piece of evidence.
            aria-label={`${t('evidence_show_in_page')} (${index + 1})`}
            onClick={() => onShow(index)}
          >
            {t('evidence_show_in_page')}
          </button>
        )}
      </p>
      {/* A written disclosure speaks for itself (the verdict card says what it means); other kinds need the why. */}
      {s.explanation && s.kind !== 'disclosure-text' && (
        <p class="pl-muted" data-testid="evidence-explanation">
          {s.explanation}
        </p>
      )}
    </li>
  );
  const [first, ...rest] = signals;
  return (
    <div class="pl-evidence-block" aria-labelledby="pl-evidence-heading">
      <h2 id="pl-evidence-heading" class="pl-kicker">
        {first!.kind === 'disclosure-text' ? t('popup_page_says') : t('evidence_heading')}
      </h2>
      <ol class="pl-evidence">{row(first!, 0)}</ol>
      {rest.length > 0 && (
        <details class="pl-more" data-testid="evidence-more">
          <summary>{t('popup_n_more', String(rest.length))}</summary>
          <ol class="pl-evidence" start={2}>
            {rest.map((s, i) => row(s, i + 1))}
          </ol>
        </details>
      )}
    </div>
  );
}
