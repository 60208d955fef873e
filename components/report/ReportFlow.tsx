import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import type { RankedResult } from '@/utils/coverage/types';
import type { ContactChannel, ProvenanceReport } from '@/utils/provenance/types';
import {
  chooseChannels,
  composeReport,
  letterLanguageOf,
  letterStrings,
  newReport,
  validateReport,
  type DeliveryChannel,
  type FieldError,
  type InaccuracyReport,
  type Reachability,
  type ReportStatus,
  type ReportStore,
} from '@/utils/reports';
import { formatDate } from '../common/format';
import { contactsFromChannel, reportFilename, type DeliveryDeps } from './deliver';
import { DeliveryPanel } from './DeliveryPanel';
import { fieldId, ReportForm, type SourceCheck } from './ReportForm';
import { LetterLanguagePicker } from './LetterLanguagePicker';
import { ReportPreview } from './ReportPreview';
import { DatingReportItem } from '../story/DatingReportItem';
import { articleUrlOf, latestDraftFor, loadDraft, validationMessages, type Loaded } from './draft';

export { articleUrlOf, latestDraftFor, validationMessages };
import '../report.css';

export const AUTOSAVE_MS = 400;

/** Short steps that fit the popup: the passage, then sources and sender, then sending. */
export type ReportStep = 'passage' | 'sources' | 'send';
const STEPS: readonly ReportStep[] = ['passage', 'sources', 'send'];

/** The step whose fields an error belongs to. */
export function stepOf(error: FieldError): ReportStep {
  return error.field === 'sources' || error.field === 'reporter.email' ? 'sources' : 'passage';
}

export interface ReportFlowProps {
  openStore: () => Promise<ReportStore>;
  /** The detector's report for the tab (absent when reopening a stored report without its tab). */
  provenance?: ProvenanceReport;
  related?: readonly RankedResult[];
  initialQuote?: string;
  reportId?: string | null;
  deps: DeliveryDeps;
  download: (filename: string, text: string) => void;
  checkUrl: (url: string) => Promise<Reachability>;
  autosaveMs?: number;
  onClose?: () => void;
}

/**
 * Writing, checking and sending one inaccuracy report. The draft is saved (debounced) on every
 * change and once more when the page goes away, so closing the popup loses nothing.
 */
export function ReportFlow(props: ReportFlowProps) {
  const { provenance, related = [], initialQuote = '', reportId, deps, checkUrl, autosaveMs = AUTOSAVE_MS } = props;
  const storeRef = useRef<Promise<ReportStore | null> | null>(null);
  if (!storeRef.current) storeRef.current = props.openStore().catch(() => null);

  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [draft, setDraft] = useState<InaccuracyReport | null>(null);
  const [stage, setStageRaw] = useState<ReportStep>('passage');
  // Where focus goes after the next render: a step's heading, or the first field to fix.
  const [focusReq, setFocusReq] = useState<{ id: string; n: number } | null>(null);
  const focusOn = (id: string) => setFocusReq((f) => ({ id, n: (f?.n ?? 0) + 1 }));
  const setStage = (next: ReportStep) => {
    setStageRaw(next);
    focusOn(`pl-step-${next}`);
  };
  const [showErrors, setShowErrors] = useState(false);
  const [checks, setChecks] = useState<Record<string, SourceCheck>>({});
  const [saveNote, setSaveNote] = useState('');
  const [storeProblem, setStoreProblem] = useState(false);
  const pending = useRef<InaccuracyReport | null>(null);
  const dirty = useRef(false);
  const errorSummary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!focusReq) return;
    (document.getElementById(focusReq.id) ?? errorSummary.current)?.focus();
  }, [focusReq]);

  useEffect(() => {
    let alive = true;
    void storeRef.current!.then(async (store) => {
      if (!store) setStoreProblem(true);
      let result: Loaded;
      try {
        result = await loadDraft(store, provenance, initialQuote, reportId);
      } catch {
        setStoreProblem(true);
        result = { draft: newReport({ provenance, quote: initialQuote.trim() }), restored: false, pendingQuote: null, notFound: false };
      }
      if (!alive) return;
      setLoaded(result);
      setDraft(result.draft);
      // Keyboard and screen-reader users start at the first step's heading, not on <body>.
      focusOn('pl-step-passage');
      // A fresh form is stored only once the reader types: opening it must not litter "My reports".
      if (result.changed) dirty.current = true;
    });
    return () => {
      alive = false;
    };
    // Loaded once per mount: the inputs are fixed by the URL the popup opened with.
  }, []);

  const save = async (report: InaccuracyReport) => {
    const store = await storeRef.current;
    if (!store) return;
    try {
      await store.saveDraft(report);
      if (pending.current === report) pending.current = null;
      setSaveNote(t('report_draft_saved', formatDate(new Date().toISOString(), true)));
      setStoreProblem(false);
    } catch {
      setStoreProblem(true);
    }
  };

  useEffect(() => {
    if (!draft || !dirty.current) return;
    pending.current = draft;
    const timer = setTimeout(() => void save(draft), autosaveMs);
    return () => clearTimeout(timer);
  }, [draft]);

  useEffect(() => {
    const flush = () => {
      if (pending.current) void save(pending.current);
    };
    addEventListener('pagehide', flush);
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, []);

  const messages = useMemo(validationMessages, []);
  const errors = useMemo(() => (draft ? validateReport(draft, messages) : []), [draft, messages]);

  const contacts: ContactChannel[] = useMemo(() => {
    if (provenance?.meta.contacts.length) return provenance.meta.contacts;
    return contactsFromChannel(draft?.channel);
  }, [provenance, draft?.channel]);

  const letterLang = draft ? letterLanguageOf(draft) : 'en';
  const composed = useMemo(() => (draft && stage === 'send' ? composeReport(draft) : null), [draft, stage]);
  const channels = useMemo(
    () => (composed ? chooseChannels(contacts, composed, { truncatedNote: letterStrings(letterLang).truncatedNote }) : []),
    [composed, contacts, letterLang],
  );

  if (!draft || !loaded) return <section class="pl-report" aria-busy="true" />;

  const change = (patch: Partial<InaccuracyReport>) => {
    dirty.current = true;
    setDraft((d) => (d ? { ...d, ...patch } : d));
  };

  const onSourceAdded = (url: string) => {
    setChecks((c) => ({ ...c, [url]: 'checking' }));
    void checkUrl(url).then((r) => setChecks((c) => ({ ...c, [url]: r })));
  };

  /** Moves on from the passage step when its fields are right; else focuses the first to fix. */
  const toSources = () => {
    const mine = errors.filter((e) => stepOf(e) === 'passage');
    if (mine.length > 0) {
      setShowErrors(true);
      focusOn(fieldId(mine[0]!));
      return;
    }
    setStage('sources');
  };

  const review = () => {
    setShowErrors(true);
    if (errors.length > 0) {
      // Back to the step of the first field that needs attention; the summary names them all.
      const first = errors[0]!;
      setStageRaw(stepOf(first));
      focusOn(fieldId(first));
      return;
    }
    if (pending.current) void save(pending.current);
    setStage('send');
  };

  const delivered = async (status: ReportStatus, channel?: DeliveryChannel) => {
    const store = await storeRef.current;
    const next: InaccuracyReport = { ...draft, status, ...(channel ? { channel } : {}) };
    dirty.current = false;
    pending.current = null;
    setDraft(next);
    if (!store) return;
    try {
      await store.saveDraft(next);
      await store.setStatus(next.id, status, channel);
    } catch {
      setStoreProblem(true);
    }
  };

  const startNew = () => {
    if (pending.current) void save(pending.current);
    dirty.current = false;
    setChecks({});
    setShowErrors(false);
    setStage('passage');
    setLoaded({ draft: loaded.draft, restored: false, pendingQuote: null, notFound: false });
    setDraft(newReport({ provenance, quote: loaded.pendingQuote ?? '' }));
  };

  const shownErrors = showErrors ? errors.filter((e) => stage === 'send' || stepOf(e) === stage) : [];
  const stepNumber = STEPS.indexOf(stage) + 1;
  const stepHeading = (
    <h3 id={`pl-step-${stage}`} tabIndex={-1} class="pl-step-heading" data-testid="step-heading">
      <span class="pl-step-count">{t('report_step_of', [String(stepNumber), String(STEPS.length)])}</span> {t(`report_step_${stage}`)}
    </h3>
  );

  const stageBody = () => {
    if (stage !== 'send' || !composed) {
      return (
        <>
          {stepHeading}
          {shownErrors.length > 0 && (
            <div class="pl-error-summary" tabIndex={-1} ref={errorSummary} data-testid="error-summary">
              <p>{t('report_fix_errors', String(shownErrors.length))}</p>
            </div>
          )}
          {stage === 'passage' && <DatingReportItem provenance={provenance} related={related} draft={draft} onChange={change} />}
          <ReportForm
            draft={draft}
            errors={shownErrors}
            related={related}
            checks={checks}
            onChange={change}
            onSourceAdded={onSourceAdded}
            part={stage === 'sources' ? 'sources' : 'passage'}
          />
          <p class="pl-hint" data-testid="save-note">
            {saveNote}
          </p>
          <div class="pl-report-actions">
            {stage === 'passage' ? (
              <button type="button" class="pl-button pl-button-primary" data-testid="next-step" onClick={toSources}>
                {t('report_next')}
              </button>
            ) : (
              <>
                <button type="button" class="pl-button pl-button-primary" data-testid="review-report" onClick={review}>
                  {t('report_review')}
                </button>
                <button type="button" class="pl-button" data-testid="previous-step" onClick={() => setStage('passage')}>
                  {t('report_previous')}
                </button>
              </>
            )}
            {props.onClose && (
              <button type="button" class="pl-button" onClick={props.onClose}>
                {t('report_back')}
              </button>
            )}
          </div>
        </>
      );
    }
    return (
      <>
        {stepHeading}
        <LetterLanguagePicker value={letterLang} onChange={(lang) => change({ letterLang: lang })} />
        <DeliveryPanel
          channels={channels}
          composed={composed}
          deps={deps}
          download={props.download}
          filename={reportFilename(draft)}
          articleUrl={draft.article.url}
          onDelivered={delivered}
        />
        <ReportPreview composed={composed} />
        <div class="pl-report-actions">
          <button type="button" class="pl-button" data-testid="edit-report" onClick={() => setStage('passage')}>
            {t('report_edit')}
          </button>
        </div>
      </>
    );
  };

  return (
    <section class="pl-report" aria-labelledby="pl-report-heading" data-testid="report-flow">
      <h2 id="pl-report-heading">{t('report_heading')}</h2>
      <p class="pl-muted" data-testid="report-article">
        {draft.article.headline ? `${draft.article.headline} — ` : ''}
        {draft.article.siteName ?? draft.article.url}
      </p>
      {loaded.notFound && <p class="pl-warning">{t('report_not_found')}</p>}
      {loaded.restored && (
        <div class="pl-notice" data-testid="draft-restored">
          <p>{draft.status === 'draft' ? t('report_draft_restored') : t('report_reopened', t(`reports_status_${draft.status.replace(/-/g, '_')}`))}</p>
          {loaded.pendingQuote && (
            <>
              <p>
                {t('report_new_selection')} <q>{loaded.pendingQuote}</q>
              </p>
              <button
                type="button"
                class="pl-button pl-button-small"
                data-testid="use-selection"
                onClick={() => {
                  change({ quote: loaded.pendingQuote! });
                  setLoaded({ ...loaded, pendingQuote: null });
                }}
              >
                {t('report_use_selection')}
              </button>{' '}
            </>
          )}
          <button type="button" class="pl-button pl-button-small" data-testid="start-new" onClick={startNew}>
            {t('report_start_new')}
          </button>
        </div>
      )}
      {storeProblem && <p class="pl-warning">{t('report_store_problem')}</p>}

      {stageBody()}
    </section>
  );
}
