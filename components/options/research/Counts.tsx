import { uiLocale } from '@/utils/browser/ui-language';
import { t } from '@/utils/browser/i18n';
import { VERDICTS, type Verdict } from '@/utils/provenance/types';
import type { ResearchStats } from '@/utils/research';
import { VerdictIcon } from '../../common/VerdictIcon';
import { verdictLabel } from './labels';

/** How many domains the per-domain table lists before summarising the rest. */
export const TOP_DOMAINS = 15;

const fmt = (n: number) => n.toLocaleString(uiLocale());

/** Per-verdict and per-domain counts of the records in view; each name narrows the filter to it. */
export function Counts(props: { stats: ResearchStats; onVerdict(v: Verdict): void; onDomain(d: string): void }) {
  const { stats } = props;
  const shown = stats.byDomain.slice(0, TOP_DOMAINS);
  const rest = stats.byDomain.slice(TOP_DOMAINS);
  return (
    <div class="rl-counts">
      <table class="rl-small-table" data-testid="research-verdict-counts">
        <caption>{t('research_counts_by_verdict')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('research_col_verdict')}</th>
            <th scope="col">{t('research_col_count')}</th>
          </tr>
        </thead>
        <tbody>
          {VERDICTS.map((v) => (
            <tr key={v} data-verdict={v}>
              <th scope="row">
                <button type="button" class={`rl-link pl-verdict-${v}`} onClick={() => props.onVerdict(v)} title={t('research_filter_only', verdictLabel(v))}>
                  <VerdictIcon verdict={v} /> {verdictLabel(v)}
                </button>
              </th>
              <td>{fmt(stats.byVerdict[v] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table class="rl-small-table" data-testid="research-domain-counts">
        <caption>{t('research_counts_by_domain', String(stats.byDomain.length))}</caption>
        <thead>
          <tr>
            <th scope="col">{t('research_col_domain')}</th>
            <th scope="col">{t('research_col_count')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map(({ domain, count }) => (
            <tr key={domain} data-domain={domain}>
              <th scope="row">
                {domain === '(none)' ? (
                  domain
                ) : (
                  <button type="button" class="rl-link" onClick={() => props.onDomain(domain)} title={t('research_filter_only', domain)}>
                    {domain}
                  </button>
                )}
              </th>
              <td>{fmt(count)}</td>
            </tr>
          ))}
          {rest.length > 0 && (
            <tr>
              <th scope="row">{t('research_other_domains', String(rest.length))}</th>
              <td>{fmt(rest.reduce((a, b) => a + b.count, 0))}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
