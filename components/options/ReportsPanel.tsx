import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/browser/i18n';
import { chooseChannels, composeReport, ReportStore, validateReport, type InaccuracyReport } from '@/utils/reports';
import { copyText } from '../common/clipboard';
import { downloadText, openMailto } from '../common/download';
import { formatDate } from '../common/format';
import { hostOf, isWebUrl } from '../common/url';
import { contactsFromChannel, deliver, type DeliveryDeps } from '../report/deliver';
import '../popup.css';
import '../report.css';

export interface ReportsPanelProps {
  openStore?: () => Promise<ReportStore>;
  confirm?: (message: string) => boolean;
  deps?: Partial<DeliveryDeps>;
  download?: (filename: string, text: string, mime: string) => void;
  /** Opens the report form for a stored report. */
  reopen?: (id: string) => void;
}

export function statusLabel(status: InaccuracyReport['status']): string {
  return t(`reports_status_${status.replace(/-/g, '_')}`);
}

const defaultDeps: DeliveryDeps = {
  copy: copyText,
  openTab: (url) => browser.tabs.create({ url }),
  openMailto,
};

function defaultReopen(id: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab=0&reportId=${encodeURIComponent(id)}`) });
}

/** "My reports": every inaccuracy report written, with reopen, resend, export and delete. */
export function ReportsPanel(props: ReportsPanelProps = {}) {
  const storeRef = useRef<Promise<ReportStore> | null>(null);
  if (!storeRef.current) storeRef.current = (props.openStore ?? (() => ReportStore.open()))();
  const [reports, setReports] = useState<InaccuracyReport[] | null>(null);
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);
  const deps: DeliveryDeps = { ...defaultDeps, ...props.deps };
  const confirmFn = props.confirm ?? ((m: string) => window.confirm(m));
  const download = props.download ?? downloadText;

  const reload = async () => {
    try {
      setReports(await (await storeRef.current!).list());
    } catch {
      setFailed(true);
      setReports([]);
    }
  };

  useEffect(() => {
    void reload();
  }, []);

  const exportAs = async (kind: 'json' | 'csv') => {
    const store = await storeRef.current!;
    const stamp = new Date().toISOString().slice(0, 10);
    if (kind === 'json') download(`provenance-lens-reports-${stamp}.json`, await store.exportJson(), 'application/json');
    else download(`provenance-lens-reports-${stamp}.csv`, await store.exportCsv(), 'text/csv;charset=utf-8');
    setMessage(t('reports_exported'));
  };

  const remove = async (r: InaccuracyReport) => {
    if (!confirmFn(t('reports_confirm_delete', r.article.headline || hostOf(r.article.url)))) return;
    await (await storeRef.current!).delete(r.id);
    setMessage(t('reports_deleted'));
    await reload();
  };

  const resend = async (r: InaccuracyReport) => {
    if (validateReport(r).length > 0) {
      setMessage(t('reports_incomplete'));
      return;
    }
    const composed = composeReport(r);
    const [channel] = chooseChannels(contactsFromChannel(r.channel), composed);
    const store = await storeRef.current!;
    const outcome = await deliver(channel ?? { kind: 'none' }, composed, deps, {
      record: async (status) => {
        await store.setStatus(r.id, status, channel && channel.kind !== 'none' ? channel : undefined);
      },
    });
    setMessage(t(outcome.messageKey));
    await reload();
  };

  if (reports === null) return <section aria-labelledby="tab-reports" aria-busy="true" />;

  return (
    <section aria-labelledby="tab-reports" class="pl-reports" data-testid="reports-panel">
      <h2>{t('reports_heading')}</h2>
      {failed && <p class="pl-warning">{t('reports_store_failed')}</p>}
      {reports.length === 0 ? (
        <p data-testid="reports-empty">{t('reports_empty')}</p>
      ) : (
        <>
          <div class="pl-inline">
            <button type="button" class="pl-button" data-testid="export-json" onClick={() => void exportAs('json')}>
              {t('reports_export_json')}
            </button>
            <button type="button" class="pl-button" data-testid="export-csv" onClick={() => void exportAs('csv')}>
              {t('reports_export_csv')}
            </button>
          </div>
          <ul class="pl-plain-list pl-report-list">
            {reports.map((r) => {
              const name = r.article.headline || hostOf(r.article.url);
              return (
                <li key={r.id} data-testid="report-row" class="pl-report-row">
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
                  {r.quote && <blockquote class="pl-quote">{r.quote}</blockquote>}
                  <div class="pl-inline">
                    <button
                      type="button"
                      class="pl-button pl-button-small"
                      data-testid="reopen-report"
                      aria-label={t('reports_reopen_n', name)}
                      onClick={() => (props.reopen ?? defaultReopen)(r.id)}
                    >
                      {t('reports_reopen')}
                    </button>
                    {r.status !== 'draft' && (
                      <button
                        type="button"
                        class="pl-button pl-button-small"
                        data-testid="resend-report"
                        aria-label={t('reports_resend_n', name)}
                        onClick={() => void resend(r)}
                      >
                        {t('reports_resend')}
                      </button>
                    )}
                    <button
                      type="button"
                      class="pl-button pl-button-small pl-button-danger"
                      data-testid="delete-report"
                      aria-label={t('reports_delete_n', name)}
                      onClick={() => void remove(r)}
                    >
                      {t('reports_delete')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p role="status" aria-live="polite" data-testid="reports-status">
        {message}
      </p>
    </section>
  );
}
