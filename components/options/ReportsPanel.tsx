import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/browser/i18n';
import { askToRead, watchStoredReports } from '@/utils/browser/report-watch';
import { chooseChannels, composeReport, letterLanguageOf, letterStrings, ReportStore, validateReport, type InaccuracyReport, type ReportOutcome, type WatchRunResult } from '@/utils/reports';
import { copyText } from '../common/clipboard';
import { downloadText, openMailto } from '../common/download';
import { hostOf } from '../common/url';
import { contactsFromChannel, deliver, type DeliveryDeps } from '../report/deliver';
import { reopenReport } from './reopen';
import { ReportRow } from './ReportRow';
import '../popup.css';
import '../report.css';

export { statusLabel } from './ReportRow';

export interface ReportsPanelProps {
  openStore?: () => Promise<ReportStore>;
  confirm?: (message: string) => boolean;
  deps?: Partial<DeliveryDeps>;
  download?: (filename: string, text: string, mime: string) => void;
  /** Opens the report form for a stored report. */
  reopen?: (id: string) => void;
  /** One correction-watch pass (re-reads reported articles the extension may read). */
  watch?: (store: ReportStore) => Promise<WatchRunResult>;
  /** Asks the reader for access to one site (from their click). */
  askAccess?: (origin: string) => Promise<boolean>;
}

const defaultDeps: DeliveryDeps = {
  copy: copyText,
  openTab: (url) => browser.tabs.create({ url }),
  openMailto,
};

// Extension pages have DOMParser, which builds a document without running its scripts.
const domParse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const defaultWatch = (store: ReportStore) => watchStoredReports(domParse, {}, store);

type Filter = 'all' | 'open' | 'changed' | 'corrected';

function matches(r: InaccuracyReport, filter: Filter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'open':
      return r.status !== 'draft' && r.outcome !== 'corrected';
    case 'changed':
      return r.watch?.state === 'changed' || r.watch?.state === 'removed';
    case 'corrected':
      return r.outcome === 'corrected';
  }
}

/** "My reports": every report written, what came of it, and whether the article has changed since. */
export function ReportsPanel(props: ReportsPanelProps = {}) {
  const storeRef = useRef<Promise<ReportStore> | null>(null);
  if (!storeRef.current) storeRef.current = (props.openStore ?? (() => ReportStore.open()))();
  const [reports, setReports] = useState<InaccuracyReport[] | null>(null);
  const [message, setMessage] = useState('');
  const [failed, setFailed] = useState(false);
  const [noAccess, setNoAccess] = useState<string[]>([]);
  const [checking, setChecking] = useState(false);
  const [filter, setFilter] = useState<Filter>('all');
  const deps: DeliveryDeps = { ...defaultDeps, ...props.deps };
  const confirmFn = props.confirm ?? ((m: string) => window.confirm(m));
  const download = props.download ?? downloadText;
  const watch = props.watch ?? defaultWatch;

  const reload = async () => {
    try {
      setReports(await (await storeRef.current!).list());
    } catch {
      setFailed(true);
      setReports([]);
    }
  };

  const runWatch = async () => {
    setChecking(true);
    try {
      const result = await watch(await storeRef.current!);
      setNoAccess(result.noAccess);
      if (result.checked.length) await reload();
    } catch {
      // The list stands without the watch; the next opening tries again.
    } finally {
      setChecking(false);
    }
  };

  useEffect(() => {
    // Opening My reports is when the reader wants to know: re-check their articles now.
    void reload().then(runWatch);
  }, []);

  const exportAs = async (kind: 'json' | 'csv') => {
    const store = await storeRef.current!;
    const stamp = new Date().toISOString().slice(0, 10);
    if (kind === 'json') download(`provenance-lens-reports-${stamp}.json`, await store.exportJson(), 'application/json');
    else download(`provenance-lens-reports-${stamp}.csv`, await store.exportCsv(), 'text/csv;charset=utf-8');
    setMessage(t('reports_exported'));
  };

  const remove = async (r: InaccuracyReport) => {
    if (!confirmFn(t('reports_confirm_delete', r.article.headline || hostOf(r.article.url) || r.article.url))) return;
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
    const [channel] = chooseChannels(contactsFromChannel(r.channel), composed, { truncatedNote: letterStrings(letterLanguageOf(r)).truncatedNote });
    const store = await storeRef.current!;
    const outcome = await deliver(channel ?? { kind: 'none' }, composed, deps, {
      record: async (status) => {
        await store.setStatus(r.id, status, channel && channel.kind !== 'none' ? channel : undefined);
      },
    });
    setMessage(t(outcome.messageKey));
    await reload();
  };

  const setOutcome = async (r: InaccuracyReport, outcome: ReportOutcome) => {
    await (await storeRef.current!).setOutcome(r.id, outcome);
    setMessage(t('myreports_outcome_saved'));
    await reload();
  };

  const allow = async (origin: string) => {
    const granted = await (props.askAccess ?? askToRead)(origin);
    setMessage(t(granted ? 'myreports_access_granted' : 'myreports_access_refused', hostOf(origin) ?? origin));
    if (granted) await runWatch();
  };

  if (reports === null) return <section aria-labelledby="tab-reports" aria-busy="true" />;
  const shown = reports.filter((r) => matches(r, filter));
  const changedCount = reports.filter((r) => matches(r, 'changed')).length;

  return (
    <section aria-labelledby="tab-reports" class="pl-reports" data-testid="reports-panel">
      <h2>{t('reports_heading')}</h2>
      {failed && <p class="pl-warning">{t('reports_store_failed')}</p>}
      {reports.length === 0 ? (
        <p data-testid="reports-empty">{t('reports_empty')}</p>
      ) : (
        <>
          <p class="pl-hint" data-testid="watch-summary" aria-live="polite">
            {checking ? t('myreports_watch_checking') : changedCount ? t('myreports_watch_summary_changed', String(changedCount)) : t('myreports_watch_summary')}
          </p>
          {noAccess.length > 0 && (
            <div class="pl-notice" data-testid="watch-no-access">
              <p>{t('myreports_access_needed')}</p>
              <ul class="pl-plain-list">
                {noAccess.map((origin) => (
                  <li key={origin}>
                    <button type="button" class="pl-button pl-button-small" data-testid="allow-watch" onClick={() => void allow(origin)}>
                      {t('myreports_access_allow', hostOf(origin) ?? origin)}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div class="pl-inline" role="group" aria-label={t('myreports_filter_label')}>
            {(['all', 'open', 'changed', 'corrected'] as const).map((f) => (
              <button key={f} type="button" class="pl-button pl-button-small" aria-pressed={filter === f} data-testid={`filter-${f}`} onClick={() => setFilter(f)}>
                {t(`myreports_filter_${f}`)}
              </button>
            ))}
          </div>
          {shown.length === 0 && <p data-testid="reports-filtered-empty">{t('myreports_filter_empty')}</p>}
          <ul class="pl-plain-list pl-report-list">
            {shown.map((r) => (
              <ReportRow
                key={r.id}
                report={r}
                onOutcome={(o) => void setOutcome(r, o)}
                onReopen={() => void (props.reopen ?? reopenReport)(r.id)}
                onResend={() => void resend(r)}
                onDelete={() => void remove(r)}
              />
            ))}
          </ul>
          <div class="pl-inline">
            <button type="button" class="pl-button" data-testid="export-json" onClick={() => void exportAs('json')}>
              {t('reports_export_json')}
            </button>
            <button type="button" class="pl-button" data-testid="export-csv" onClick={() => void exportAs('csv')}>
              {t('reports_export_csv')}
            </button>
          </div>
        </>
      )}
      <p role="status" aria-live="polite" data-testid="reports-status">
        {message}
      </p>
    </section>
  );
}
