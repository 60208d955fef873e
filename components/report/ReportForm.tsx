import { useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import type { RankedResult } from '@/utils/coverage/types';
import { checkWebUrl, type FieldError, type InaccuracyReport, type Reachability, type ReportSource } from '@/utils/reports';
import { formatDate } from '../common/format';
import { isWebUrl } from '../common/url';

export type SourceCheck = 'checking' | Reachability;

export interface ReportFormProps {
  draft: InaccuracyReport;
  /** Errors to show (empty until the reader first asks to review). */
  errors: readonly FieldError[];
  related: readonly RankedResult[];
  /** Reachability of pasted sources, by URL. */
  checks: Readonly<Record<string, SourceCheck>>;
  onChange: (patch: Partial<InaccuracyReport>) => void;
  /** A pasted source that passed the scheme check. */
  onSourceAdded?: (url: string) => void;
  /** Which step's fields to show: the passage and what is wrong, or the sources and the sender. */
  part?: 'passage' | 'sources';
}

const FIELD_IDS = {
  quote: 'report-quote',
  problem: 'report-problem',
  correction: 'report-correction',
  sources: 'report-source-url',
  'reporter.email': 'report-email',
  'article.url': 'report-article',
} as const;

export function fieldId(error: FieldError): string {
  if (error.field === 'sources' && error.index !== undefined) return `report-source-${error.index}`;
  return FIELD_IDS[error.field];
}

function FieldMessage({ id, error }: { id: string; error: FieldError | undefined }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} class="pl-field-error" data-testid={`${id}-error`}>
      {error.message}
    </p>
  );
}

function describedBy(id: string, error: FieldError | undefined, hint?: string): string | undefined {
  const ids = [hint, error ? `${id}-error` : undefined].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;

/** The report's fields. Everything typed goes straight to `onChange` (and from there to the autosave). */
export function ReportForm({ draft, errors, related, checks, onChange, onSourceAdded, part = 'passage' }: ReportFormProps) {
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);
  const err = (field: FieldError['field'], index?: number) =>
    errors.find((e) => e.field === field && (index === undefined ? e.index === undefined : e.index === index));

  const setSources = (sources: ReportSource[]) => onChange({ sources });

  const addPasted = () => {
    const url = pasted.trim();
    if (!url) {
      setPasteError(t('report_source_empty'));
      return;
    }
    const check = checkWebUrl(url);
    // The text stays in the box when it is refused, so nothing typed is lost.
    if (check !== 'ok') {
      setPasteError(t(check === 'unsafe' ? 'report_error_source_url_unsafe' : 'report_error_source_url_invalid'));
      return;
    }
    setPasteError(null);
    if (!draft.sources.some((s) => s.url === url)) {
      setSources([...draft.sources, { url }]);
      onSourceAdded?.(url);
    }
    setPasted('');
  };

  const toggleRelated = (r: RankedResult) => {
    const has = draft.sources.some((s) => s.url === r.url);
    // A Google News redirect is cited as what it is, never as the publisher's own address.
    const outlet = r.redirect === 'google-news' ? `${r.outlet}, Google News link` : r.outlet;
    setSources(has ? draft.sources.filter((s) => s.url !== r.url) : [...draft.sources, { url: r.url, title: r.title, outlet }]);
  };

  const quoteErr = err('quote');
  const correctionErr = err('correction');
  const emailErr = err('reporter.email');
  const articleErr = err('article.url');
  const pickable = related.filter((r) => isWebUrl(r.url));

  return (
    <div class="pl-form">
      {articleErr && <FieldMessage id="report-article" error={articleErr} />}

      {part === 'passage' && (
        <>
          <div class="pl-field">
            <label for="report-quote">{t('report_quote_label')}</label>
            <p id="report-quote-hint" class="pl-hint">
              {t('report_quote_hint')}
            </p>
            <textarea
              id="report-quote"
              rows={4}
              value={draft.quote}
              aria-invalid={quoteErr ? true : undefined}
              aria-describedby={describedBy('report-quote', quoteErr, 'report-quote-hint')}
              onInput={(e) => onChange({ quote: value(e) })}
            />
            <FieldMessage id="report-quote" error={quoteErr} />
          </div>

          <div class="pl-field">
            <label for="report-problem">{t('report_problem_label')}</label>
            <textarea id="report-problem" rows={3} value={draft.problem} onInput={(e) => onChange({ problem: value(e) })} />
          </div>

          <div class="pl-field">
            <label for="report-correction">{t('report_correction_label')}</label>
            <textarea
              id="report-correction"
              rows={3}
              value={draft.correction}
              aria-invalid={correctionErr ? true : undefined}
              aria-describedby={describedBy('report-correction', correctionErr)}
              onInput={(e) => onChange({ correction: value(e) })}
            />
            <FieldMessage id="report-correction" error={correctionErr} />
          </div>
        </>
      )}

      {part === 'sources' && (
        <>
          <fieldset class="pl-field">
            <legend>{t('report_sources_label')}</legend>
            {draft.sources.length > 0 && (
              <ul class="pl-plain-list pl-sources" data-testid="report-sources">
                {draft.sources.map((s, i) => {
                  const srcErr = err('sources', i);
                  const check = checks[s.url];
                  return (
                    <li key={`${s.url}-${i}`} id={`report-source-${i}`} tabIndex={-1} data-testid="report-source">
                      <span class="pl-source-text">
                        {s.title ? `${s.title}${s.outlet ? ` (${s.outlet})` : ''} — ` : ''}
                        <span class="pl-url">{s.url}</span>
                      </span>
                      <button
                        type="button"
                        class="pl-link-button"
                        aria-label={t('report_source_remove_n', s.title || s.url)}
                        onClick={() => setSources(draft.sources.filter((_, j) => j !== i))}
                      >
                        {t('report_source_remove')}
                      </button>
                      <FieldMessage id={`report-source-${i}`} error={srcErr} />
                      <SourceCheckLine id={`report-source-${i}`} check={check} />
                    </li>
                  );
                })}
              </ul>
            )}
            {pickable.length > 0 && (
              <>
                <p class="pl-hint">{t('report_sources_pick_hint')}</p>
                <ul class="pl-plain-list pl-pick" data-testid="report-related">
                  {pickable.map((r) => {
                    const chosen = draft.sources.some((s) => s.url === r.url);
                    return (
                      <li key={r.url}>
                        <button
                          type="button"
                          class="pl-button pl-button-small"
                          aria-pressed={chosen}
                          data-testid="pick-source"
                          onClick={() => toggleRelated(r)}
                        >
                          {chosen ? t('report_source_chosen') : t('report_source_use')}
                          <span class="pl-visually-hidden">: {r.title}</span>
                        </button>{' '}
                        <span>
                          {r.title} — {r.outlet}
                          {r.publishedAt ? `, ${formatDate(r.publishedAt)}` : ''}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </>
            )}
            <label for="report-source-url">{t('report_source_paste_label')}</label>
            <div class="pl-inline">
              <input
                id="report-source-url"
                type="url"
                inputMode="url"
                value={pasted}
                placeholder="https://"
                aria-invalid={pasteError ? true : undefined}
                aria-describedby={pasteError ? 'report-source-url-error' : undefined}
                onInput={(e) => setPasted(value(e))}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    addPasted();
                  }
                }}
              />
              <button type="button" class="pl-button" data-testid="add-source" onClick={addPasted}>
                {t('report_source_add')}
              </button>
            </div>
            {pasteError && (
              <p id="report-source-url-error" class="pl-field-error" data-testid="report-source-url-error">
                {pasteError}
              </p>
            )}
          </fieldset>

          <fieldset class="pl-field">
            <legend>{t('report_reporter_label')}</legend>
            <p id="report-reporter-hint" class="pl-hint">
              {t('report_reporter_hint')}
            </p>
            <label for="report-name">{t('report_name_label')}</label>
            <input
              id="report-name"
              type="text"
              autoComplete="name"
              value={draft.reporter?.name ?? ''}
              aria-describedby="report-reporter-hint"
              onInput={(e) => onChange({ reporter: { ...draft.reporter, name: value(e) } })}
            />
            <label for="report-email">{t('report_email_label')}</label>
            <input
              id="report-email"
              type="email"
              autoComplete="email"
              value={draft.reporter?.email ?? ''}
              aria-invalid={emailErr ? true : undefined}
              aria-describedby={describedBy('report-email', emailErr, 'report-reporter-hint')}
              onInput={(e) => onChange({ reporter: { ...draft.reporter, email: value(e) } })}
            />
            <FieldMessage id="report-email" error={emailErr} />
          </fieldset>
        </>
      )}
    </div>
  );
}

function SourceCheckLine({ id, check }: { id: string; check: SourceCheck | undefined }) {
  if (!check) return null;
  let text: string;
  let cls = 'pl-hint';
  if (check === 'checking') text = t('report_source_checking');
  else if (check.status === 'reachable') text = t('report_source_reachable');
  else {
    cls = 'pl-field-error';
    text =
      check.status === 'timeout'
        ? t('report_source_timeout')
        : check.status === 'invalid-url'
          ? t('report_error_source_url_invalid')
          : t('report_source_unreachable', check.httpStatus ? `HTTP ${check.httpStatus}` : (check.error ?? '—'));
  }
  return (
    <p class={cls} data-testid={`${id}-check`} role="status">
      {text}
    </p>
  );
}
