import { t } from '@/utils/browser/i18n';
import { REPORT_OUTCOMES, type InaccuracyReport, type ReportOutcome } from '@/utils/reports';
import { formatDate } from '../common/format';
import { hostOf, isWebUrl } from '../common/url';
import { WatchNote } from './WatchNote';

export function statusLabel(status: InaccuracyReport['status']): string {
  return t(`reports_status_${status.replace(/-/g, '_')}`);
}

export function outcomeLabel(outcome: ReportOutcome): string {
  return t(`myreports_outcome_${outcome.replace(/-/g, '_')}`);
}

export interface ReportRowProps {
  report: InaccuracyReport;
  onOutcome: (outcome: ReportOutcome) => void;
  onReopen: () => void;
  onResend: () => void;
  onDelete: () => void;
}

/** One report in My reports: where it went, what the reader heard back, what the page now says. */
export function ReportRow({ report: r, onOutcome, onReopen, onResend, onDelete }: ReportRowProps) {
  const name = r.article.headline || hostOf(r.article.url) || r.article.url;
  const selectId = `outcome-${r.id}`;
  return (
    <li data-testid="report-row" class="pl-report-row" data-outcome={r.status === 'draft' ? 'draft' : (r.outcome ?? 'sent')}>
      <p class="pl-result-title">
        {isWebUrl(r.article.url) ? (
          <a href={r.article.url} target="_blank" rel="noopener noreferrer">
            {name}
          </a>
        ) : (
          name
        )}
      </p>
      <p class="pl-meta-line">
        <time dateTime={r.updatedAt}>{formatDate(r.updatedAt, true)}</time>
        <span aria-hidden="true"> · </span>
        <span data-testid="report-status">{statusLabel(r.status)}</span>
        {r.article.siteName && (
          <>
            <span aria-hidden="true"> · </span>
            <span>{r.article.siteName}</span>
          </>
        )}
      </p>
      {r.status !== 'draft' && (
        <p class="pl-outcome">
          <label for={selectId}>{t('myreports_outcome_label')}</label>{' '}
          <select id={selectId} data-testid="report-outcome" value={r.outcome ?? 'sent'} onChange={(e) => onOutcome((e.currentTarget as HTMLSelectElement).value as ReportOutcome)}>
            {REPORT_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {outcomeLabel(o)}
              </option>
            ))}
          </select>
        </p>
      )}
      {r.quote && (!r.watch || r.watch.state === 'unchanged' || r.watch.state === 'unreachable') && <blockquote class="pl-quote">{r.quote}</blockquote>}
      <WatchNote watch={r.watch} quote={r.quote} />
      <div class="pl-inline">
        <button type="button" class="pl-button pl-button-small" data-testid="reopen-report" aria-label={t('reports_reopen_n', name)} onClick={onReopen}>
          {t('reports_reopen')}
        </button>
        {r.status !== 'draft' && (
          <button type="button" class="pl-button pl-button-small" data-testid="resend-report" aria-label={t('reports_resend_n', name)} onClick={onResend}>
            {t('reports_resend')}
          </button>
        )}
        <button type="button" class="pl-button pl-button-small pl-button-danger" data-testid="delete-report" aria-label={t('reports_delete_n', name)} onClick={onDelete}>
          {t('reports_delete')}
        </button>
      </div>
    </li>
  );
}
