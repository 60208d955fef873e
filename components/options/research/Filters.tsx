import { t } from '@/utils/browser/i18n';
import { languageName } from '../../common/format';
import { VERDICTS, type Verdict } from '@/utils/provenance/types';
import { verdictLabel } from './labels';

/** What the user can filter on; empty strings mean "any". */
export interface FilterState {
  verdict: Verdict | '';
  domain: string;
  from: string;
  to: string;
  lang: string;
  text: string;
}

export const NO_FILTER: FilterState = { verdict: '', domain: '', from: '', to: '', lang: '', text: '' };

export function isFiltered(f: FilterState): boolean {
  return Object.values(f).some((v) => v !== '');
}

/** The filter form. Disabled (but visible) until the full log is in memory. */
export function Filters(props: {
  value: FilterState;
  disabled: boolean;
  languages: readonly string[];
  domains: readonly string[];
  onChange(next: FilterState): void;
}) {
  const { value, disabled } = props;
  const set = (patch: Partial<FilterState>) => props.onChange({ ...value, ...patch });
  return (
    <form class="rl-filters" role="search" aria-label={t('research_filters')} onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('research_filter_text')}
        <input type="search" data-testid="research-filter-text" value={value.text} disabled={disabled} onInput={(e) => set({ text: e.currentTarget.value })} />
      </label>
      <label>
        {t('research_col_verdict')}
        <select data-testid="research-filter-verdict" value={value.verdict} disabled={disabled} onChange={(e) => set({ verdict: e.currentTarget.value as Verdict | '' })}>
          <option value="">{t('research_any')}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {verdictLabel(v)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('research_col_domain')}
        <input
          type="text"
          list="research-domains"
          data-testid="research-filter-domain"
          value={value.domain}
          disabled={disabled}
          spellcheck={false}
          onInput={(e) => set({ domain: e.currentTarget.value.trim() })}
        />
        <datalist id="research-domains">
          {props.domains.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
      </label>
      <label>
        {t('research_col_lang')}
        <select data-testid="research-filter-lang" value={value.lang} disabled={disabled} onChange={(e) => set({ lang: e.currentTarget.value })}>
          <option value="">{t('research_any')}</option>
          {props.languages.map((l) => (
            <option key={l} value={l}>
              {`${languageName(l)} (${l})`}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('research_filter_from')}
        <input type="date" data-testid="research-filter-from" value={value.from} disabled={disabled} onInput={(e) => set({ from: e.currentTarget.value })} />
      </label>
      <label>
        {t('research_filter_to')}
        <input type="date" data-testid="research-filter-to" value={value.to} disabled={disabled} onInput={(e) => set({ to: e.currentTarget.value })} />
      </label>
      <button type="button" data-testid="research-filter-clear" disabled={disabled} onClick={() => props.onChange(NO_FILTER)}>
        {t('research_filter_clear')}
      </button>
    </form>
  );
}
