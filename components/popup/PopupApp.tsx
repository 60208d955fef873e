import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground, sendToTab } from '@/utils/browser/send';
import { t } from '@/utils/browser/i18n';
import { ReportStore, type Reachability } from '@/utils/reports';
import { copyText } from '../common/clipboard';
import { downloadText, openMailto } from '../common/download';
import type { DeliveryDeps } from '../report/deliver';
import { checkSource } from '../report/reach';
import { ReportFlow } from '../report/ReportFlow';
import { ArticleFacts } from './ArticleFacts';
import { CoveragePanel } from './CoveragePanel';
import { EvidenceList } from './EvidenceList';
import { readPopupParams } from './params';
import { PopupHeader } from './PopupHeader';
import { StoryTimeline } from './StoryTimeline';
import { resolveTabId, useTabState } from './useTabState';
import { tabUrl, useSiteSwitch } from './useSiteSwitch';
import { VerdictBadge } from './VerdictBadge';
import '../popup.css';

export interface PopupAppProps {
  /** The page's query string (defaults to location.search). */
  search?: string;
  openStore?: () => Promise<ReportStore>;
  checkUrl?: (url: string) => Promise<Reachability>;
  deps?: Partial<DeliveryDeps>;
  download?: (filename: string, text: string) => void;
}

const defaultDeps: DeliveryDeps = {
  copy: copyText,
  openTab: (url) => browser.tabs.create({ url }),
  openMailto,
};

/**
 * The popup (also opened as a page with `?tab=N`): the verdict and its evidence, related
 * coverage, the article's facts, and the inaccuracy-report form (`report=1`, `quote`, `reportId`).
 */
export function PopupApp(props: PopupAppProps) {
  const params = useMemo(() => readPopupParams(props.search ?? location.search), [props.search]);
  // Reopening a stored report from "My reports" needs no tab (it comes with tab=0).
  const standalone = params.reportId !== null && params.tabId === null;
  const [tabId, setTabId] = useState<number | null | undefined>(standalone ? null : undefined);
  const { state, refresh } = useTabState(tabId);
  const [view, setView] = useState<'details' | 'report'>(params.report ? 'report' : 'details');
  const [quote, setQuote] = useState(params.quote);
  const [formKey, setFormKey] = useState(0);
  const [note, setNote] = useState('');
  const deps = useMemo(() => ({ ...defaultDeps, ...props.deps }), [props.deps]);
  const openStore = props.openStore ?? (() => ReportStore.open());
  const [pageUrl, setPageUrl] = useState<string | null>(null);
  const site = useSiteSwitch(state?.url ?? pageUrl);

  useEffect(() => {
    if (standalone) return;
    void resolveTabId(params.tabId).then(setTabId);
  }, [params.tabId, standalone]);
  // With no verdict (a page the switch turned off, say), the switch still needs the page's address.
  useEffect(() => {
    if (typeof tabId === 'number' && state === null) void tabUrl(tabId).then(setPageUrl);
  }, [tabId, state]);
  // Opened as a tab (the notice's Details where the popup cannot open): laid out as a page, not a 380 px column.
  useEffect(() => {
    const wide = () => document.documentElement.classList.toggle('pl-wide', innerWidth > 560);
    wide();
    addEventListener('resize', wide);
    return () => removeEventListener('resize', wide);
  }, []);
  const openOptions = (section = '') => void browser.tabs.create({ url: browser.runtime.getURL(`/options.html${section}`) });
  const header = <PopupHeader site={standalone ? null : site} onOptions={() => openOptions()} />;
  const siteNote = (site.error || (site.site && !site.on)) && (
    <p role={site.error ? 'alert' : 'status'} class="pl-warning" data-testid="site-note">
      {site.error ? t('options_save_failed', site.error) : t('popup_site_off', site.site ?? '')}
    </p>
  );

  const openReport = async () => {
    let selected = '';
    if (typeof tabId === 'number') {
      try {
        selected = (await sendToTab(tabId, { type: 'get-selection' }))?.text ?? '';
      } catch {
        selected = '';
      }
    }
    setQuote(selected);
    setFormKey((k) => k + 1);
    setView('report');
  };

  if (view === 'report' && (standalone || state)) {
    return (
      <div class="pl-popup pl-shell">
        {header}
        <main class="pl-body">
        {state && (
          <h1 class="pl-title" data-testid="page-title">
            {state.title}
          </h1>
        )}
        <ReportFlow
          key={formKey}
          openStore={openStore}
          provenance={state?.report}
          related={state?.coverage?.status === 'done' ? state.coverage.results : []}
          initialQuote={quote}
          reportId={params.reportId}
          deps={deps}
          download={props.download ?? downloadText}
          checkUrl={props.checkUrl ?? checkSource}
          onClose={state ? () => setView('details') : undefined}
        />
        </main>
      </div>
    );
  }

  if (state === undefined) return <div class="pl-popup pl-shell" aria-busy="true">{header}</div>;
  if (state === null) {
    return (
      <div class="pl-popup pl-shell">
        {header}
        <main class="pl-body">
          {siteNote}
          <p data-testid="no-state">{t('popup_no_state')}</p>
          <p class="pl-muted">{t('popup_no_state_hint')}</p>
        </main>
      </div>
    );
  }

  const showEvidence = (index: number) => {
    setNote('');
    void sendToTab(state.tabId, { type: 'show-evidence', index })
      .then((reply) => !reply?.ok && setNote(t('evidence_show_failed')))
      .catch(() => setNote(t('evidence_show_failed')));
  };

  const findRelated = (force: boolean) => {
    setNote('');
    void sendToBackground({ type: 'find-related', tabId: state.tabId, ...(force ? { force } : {}) })
      .then((reply) => {
        if (reply && !reply.ok) setNote(t('related_request_failed', reply.error ?? ''));
        return refresh();
      })
      .catch(() => setNote(t('related_request_failed', '')));
  };

  const report = state.report;
  const notArticle = !report.isArticle && report.verdict === 'none';
  return (
    <div class="pl-popup pl-shell">
      {header}
      <main class="pl-body">
        {siteNote}
        <h1 class="pl-title" data-testid="page-title">
          {state.title}
        </h1>
        <p data-testid="is-article" class="pl-visually-hidden">
          {report.isArticle ? t('popup_article_yes') : t('popup_article_no')}
        </p>
        <VerdictBadge report={report}>
          <EvidenceList signals={report.signals} onShow={showEvidence} />
        </VerdictBadge>
        {note && (
          <p role="alert" class="pl-warning" data-testid="popup-note">
            {note}
          </p>
        )}
        {!notArticle && <CoveragePanel coverage={state.coverage} onFind={findRelated} onOpenOptions={() => openOptions('#coverage')} />}
        {!notArticle && <StoryTimeline report={report} coverage={state.coverage} />}
        {!notArticle && <ArticleFacts meta={report.meta} />}
      </main>
      <footer class="pl-footer">
        <button type="button" class="pl-button pl-button-primary" data-testid="open-report" onClick={() => void openReport()}>
          {t('popup_report_inaccuracy')}
        </button>
      </footer>
    </div>
  );
}
