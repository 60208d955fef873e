import { t } from '@/utils/browser/i18n';
import type { ComposedReport } from '@/utils/reports';

/** The report exactly as it will be sent, as plain text (never markup). */
export function ReportPreview({ composed }: { composed: ComposedReport }) {
  return (
    <section class="pl-section" aria-labelledby="pl-preview-heading">
      <h3 id="pl-preview-heading">{t('report_preview_heading')}</h3>
      <p class="pl-preview-subject" data-testid="preview-subject">
        <strong>{t('report_preview_subject')}</strong> {composed.subject}
      </p>
      <pre class="pl-preview" data-testid="preview-body" tabIndex={0} aria-label={t('report_preview_heading')}>
        {composed.body}
      </pre>
    </section>
  );
}
