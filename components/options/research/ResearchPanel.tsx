import { uiLocale } from '@/utils/browser/ui-language';
import { useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import { computeStats, type RecordQuery, type ResearchRecord, type SortDir, type SortKey } from '@/utils/research';
import { downloadText } from '../../common/download';
import { Counts } from './Counts';
import { Filters, isFiltered, NO_FILTER, type FilterState } from './Filters';
import { LogActions, type Download } from './LogActions';
import { RecordTable } from './RecordTable';
import { ResearchSettings } from './ResearchSettings';
import { StorageFullBanner } from './StorageFullBanner';
import { Timeline } from './Timeline';
import { useResearchLog, type OpenDb } from './use-research-log';
import './research.css';

export interface ResearchPanelProps {
  /** The database to show (tests pass a fresh one). */
  openDb?: OpenDb;
  download?: Download;
}

/** Text sorts ascending first; dates and numbers newest/largest first. */
const FIRST_DIR: Record<SortKey, SortDir> = {
  lastSeen: 'desc',
  firstSeen: 'desc',
  timesSeen: 'desc',
  confidence: 'desc',
  publishedAt: 'desc',
  domain: 'asc',
  verdict: 'asc',
  title: 'asc',
};

export function toQuery(f: FilterState, sort: { key: SortKey; dir: SortDir }): RecordQuery {
  const q: RecordQuery = { sort };
  if (f.verdict) q.verdict = f.verdict;
  if (f.domain) q.domain = f.domain;
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  if (f.lang) q.lang = f.lang;
  if (f.text.trim()) q.text = f.text;
  return q;
}

/**
 * The research log: settings, then the (filtered) records as counts, a timeline and a
 * virtualised table, with export, import and delete. The newest rows show at once; filters,
 * sorting, stats and export switch on when the whole log is in memory.
 */
export function ResearchPanel(props: ResearchPanelProps = {}) {
  const log = useResearchLog(props.openDb);
  const [filter, setFilter] = useState<FilterState>(NO_FILTER);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'lastSeen', dir: 'desc' });
  const { index, rev } = log;

  const view = useMemo(() => {
    if (!index) return null;
    const t0 = performance.now();
    const records = index.filter(toQuery(filter, sort));
    const ms = performance.now() - t0;
    return { records, ms, stats: computeStats(records) };
  }, [index, rev, filter, sort]);

  const facets = useMemo(() => {
    if (!index) return { languages: [] as string[], domains: [] as string[] };
    const languages = new Set<string>();
    const domains = new Map<string, number>();
    for (const r of index.records()) {
      const lang = (r.lang ?? '').toLowerCase().split(/[-_]/)[0];
      if (lang) languages.add(lang);
      if (r.domain) domains.set(r.domain, (domains.get(r.domain) ?? 0) + 1);
    }
    return {
      languages: [...languages].sort(),
      domains: [...domains].sort((a, b) => b[1] - a[1]).slice(0, 200).map(([d]) => d),
    };
  }, [index, rev]);

  const count = view ? view.records.length : log.total;
  const rowAt = (i: number): ResearchRecord | undefined => (view ? view.records[i] : log.firstPage[i]);
  const onSort = (key: SortKey) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: FIRST_DIR[key] }));

  const summary = !view
    ? t('research_loading', String(log.total))
    : isFiltered(filter)
      ? t('research_showing_filtered', [count.toLocaleString(uiLocale()), log.total.toLocaleString(uiLocale()), view.ms.toFixed(0)])
      : t('research_showing_all', log.total.toLocaleString(uiLocale()));

  return (
    <section class="research" aria-labelledby="research-heading">
      <h2 id="research-heading">{t('research_heading')}</h2>
      <p class="hint">{t('research_intro')}</p>
      <StorageFullBanner />
      <ResearchSettings />
      {log.failed && (
        <p class="rl-alert" role="alert">
          {t('research_open_failed', log.failed)}
        </p>
      )}

      <h3 id="research-log-heading">{t('research_log_heading')}</h3>
      <Filters value={filter} disabled={!view} languages={facets.languages} domains={facets.domains} onChange={setFilter} />
      <p role="status" aria-live="polite" data-testid="research-summary" data-filter-ms={view ? view.ms.toFixed(1) : undefined} aria-busy={!view}>
        {summary}
      </p>
      <RecordTable
        count={count}
        rowAt={rowAt}
        sort={sort}
        onSort={view ? onSort : null}
        resetKey={JSON.stringify([filter, sort])}
        labelledBy="research-log-heading"
      />
      <LogActions
        filtered={() => view?.records ?? null}
        ready={!!view}
        total={log.total}
        filteredCount={count}
        db={log.db}
        download={props.download ?? downloadText}
        onImported={async () => {
          await log.reload();
          await log.announce(null);
        }}
        onCleared={async () => {
          log.cleared();
          await log.announce(null);
        }}
      />

      {view && (
        <>
          <h3>{t('research_stats_heading')}</h3>
          <Counts
            stats={view.stats}
            onVerdict={(v) => setFilter({ ...filter, verdict: v })}
            onDomain={(d) => setFilter({ ...filter, domain: d })}
          />
          <Timeline days={view.stats.timeline} />
        </>
      )}
    </section>
  );
}
