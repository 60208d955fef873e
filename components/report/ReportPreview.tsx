import { t } from '@/utils/browser/i18n';
import type { ComposedReport } from '@/utils/reports';

/**
 * The letter exactly as it will be sent, folded by default so the send buttons stay in view;
 * plain text (never markup), in the page's font rather than a wide monospace block.
 */
export function ReportPreview({ composed }: { composed: ComposedReport }) {
  return (
    <details class="pl-preview-fold" data-testid="preview">
      <summary>{t('report_preview_show')}</summary>
      <p class="pl-preview-subject" data-testid="preview-subject">
        <strong>{t('report_preview_subject')}</strong> {composed.subject}
      </p>
      <div class="pl-preview" data-testid="preview-body" tabIndex={0} role="region" aria-label={t('report_preview_heading')}>
        {composed.body}
      </div>
    </details>
  );
}
