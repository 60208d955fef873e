import { t } from '@/utils/browser/i18n';
import type { ProviderErrorKind, ProviderFailure, ProviderId, RankedResult } from '@/utils/coverage/types';
import type { CoverageState } from '@/utils/messages';
import { formatDate } from '../common/format';
import { isWebUrl } from '../common/url';

const PROVIDER_KEYS: Record<ProviderId, string> = {
  'google-news': 'related_provider_google_news',
  gdelt: 'related_provider_gdelt',
  feeds: 'related_provider_feeds',
  guardian: 'related_provider_guardian',
};

const ERROR_KEYS: Record<ProviderErrorKind, string> = {
  timeout: 'related_error_timeout',
  http: 'related_error_http',
  'rate-limited': 'related_error_rate_limited',
  'bad-response': 'related_error_bad_response',
  network: 'related_error_network',
  permission: 'related_error_permission',
};

export function providerName(id: ProviderId): string {
  return t(PROVIDER_KEYS[id]);
}

export interface CoveragePanelProps {
  coverage: CoverageState | undefined;
  /** Ask the background to look (again); `force` skips its cache. */
  onFind: (force: boolean) => void;
  onOpenOptions: () => void;
}

/** Related coverage at traditional outlets, in every state the background can be in. */
export function CoveragePanel({ coverage, onFind, onOpenOptions }: CoveragePanelProps) {
  const state: CoverageState = coverage ?? { status: 'idle', reason: 'on-click' };
  return (
    <section class="pl-section" aria-labelledby="pl-related-heading" data-testid="coverage" data-status={state.status}>
      <h2 id="pl-related-heading">{t('related_heading')}</h2>
      <div role="status" aria-live="polite" aria-busy={state.status === 'loading'}>
        <CoverageBody state={state} onFind={onFind} onOpenOptions={onOpenOptions} />
      </div>
    </section>
  );
}

function CoverageBody({ state, onFind, onOpenOptions }: { state: CoverageState } & Omit<CoveragePanelProps, 'coverage'>) {
  switch (state.status) {
    case 'idle':
      if (state.reason === 'not-article') return <p data-testid="coverage-message">{t('related_idle_not_article')}</p>;
      return (
        <>
          <p data-testid="coverage-message">
            {t(state.reason === 'not-flagged' ? 'related_idle_not_flagged' : state.reason === 'private' ? 'related_idle_private' : 'related_idle_on_click')}
          </p>
          <button type="button" class="pl-button" data-testid="find-related" onClick={() => onFind(false)}>
            {t('related_find')}
          </button>
        </>
      );
    case 'loading':
      return (
        <p data-testid="coverage-message" class="pl-loading">
          <span class="pl-spinner" aria-hidden="true" />
          {t('related_loading')}
        </p>
      );
    case 'no-providers':
      return (
        <>
          <p data-testid="coverage-message">{t('related_no_providers')}</p>
          <button type="button" class="pl-button" data-testid="open-options" onClick={onOpenOptions}>
            {t('related_open_settings')}
          </button>
        </>
      );
    case 'failed':
      return (
        <>
          <p data-testid="coverage-message" class="pl-warning">
            {state.offline ? t('related_offline') : t('related_failed')}
          </p>
          {!state.offline && <FailureList failures={state.failures} />}
          <button type="button" class="pl-button" data-testid="retry-related" onClick={() => onFind(true)}>
            {t('related_retry')}
          </button>
        </>
      );
    case 'done':
      return (
        <>
          {state.results.length === 0 ? (
            <p data-testid="coverage-message">{t('related_empty')}</p>
          ) : (
            <ResultList results={state.results} />
          )}
          {state.failures.length > 0 && (
            <>
              <p class="pl-warning" data-testid="coverage-partial">
                {t('related_partial')}
              </p>
              <FailureList failures={state.failures} />
            </>
          )}
          <p class="pl-muted">
            {state.fromCache ? t('related_from_cache', formatDate(state.finishedAt, true)) : ''}{' '}
            <button type="button" class="pl-link-button" data-testid="refresh-related" onClick={() => onFind(true)}>
              {t('related_refresh')}
            </button>
          </p>
        </>
      );
  }
}

function FailureList({ failures }: { failures: readonly ProviderFailure[] }) {
  if (failures.length === 0) return null;
  return (
    <ul class="pl-plain-list pl-failures" data-testid="coverage-failures">
      {failures.map((f, i) => (
        <li key={`${f.provider}-${i}`}>
          <strong>{providerName(f.provider)}</strong>: {t(ERROR_KEYS[f.error.kind])}
          {f.error.status ? ` (HTTP ${f.error.status})` : ''}
        </li>
      ))}
    </ul>
  );
}

/** How many stories show before "N more": the best few fit the popup beside the verdict. */
export const TOP_RESULTS = 3;

export function ResultList({ results }: { results: readonly RankedResult[] }) {
  const top = results.slice(0, TOP_RESULTS);
  const rest = results.slice(TOP_RESULTS);
  return (
    <>
      <ol class="pl-results" data-testid="coverage-results">
        {top.map((r, i) => (
          <ResultItem key={`${r.url}-${i}`} r={r} />
        ))}
      </ol>
      {rest.length > 0 && (
        <details class="pl-more" data-testid="coverage-more">
          <summary>{t('popup_n_more', String(rest.length))}</summary>
          <ol class="pl-results" start={TOP_RESULTS + 1}>
            {rest.map((r, i) => (
              <ResultItem key={`${r.url}-${i}`} r={r} />
            ))}
          </ol>
        </details>
      )}
    </>
  );
}

function ResultItem({ r }: { r: RankedResult }) {
  return (
        <li data-testid="coverage-result">
          <p class="pl-result-title">
            {isWebUrl(r.url) ? (
              <a href={r.url} target="_blank" rel="noopener noreferrer">
                {r.title}
                <span class="pl-visually-hidden"> {t('popup_opens_new_tab')}</span>
              </a>
            ) : (
              r.title
            )}
          </p>
          <p class="pl-meta-line">
            <span>{r.outlet}</span>
            {r.country && (
              <>
                <span aria-hidden="true"> · </span>
                <span>{r.country === 'INT' ? t('related_international') : r.country}</span>
              </>
            )}
            {r.publishedAt && (
              <>
                <span aria-hidden="true"> · </span>
                <time dateTime={r.publishedAt}>{formatDate(r.publishedAt)}</time>
              </>
            )}
          </p>
          {r.why.length > 0 && (
            <p class="pl-muted" data-testid="coverage-why">
              {t('related_why', r.why.join('; '))}
            </p>
          )}
        </li>
  );
}
