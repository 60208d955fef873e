import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/browser/i18n';
import type { ResearchRecord, SortDir, SortKey } from '@/utils/research';
import { VerdictIcon } from '../../common/VerdictIcon';
import { formatDate } from '../../common/format';
import { isWebUrl } from '../../common/url';
import { verdictLabel } from './labels';

/** Fixed row height (px): row i sits at i × ROW_HEIGHT, so only the visible slice is rendered. */
export const ROW_HEIGHT = 36;
/** Height of the scrolling body (px): 12 rows. Fixed, so the window is known without measuring. */
export const VIEW_HEIGHT = ROW_HEIGHT * 12;
/** Rows rendered above and below the visible ones, so fast scrolling and keyboard focus land on real rows. */
export const OVERSCAN = 6;

interface Column {
  id: string;
  label: string;
  sort?: SortKey;
  cell(r: ResearchRecord): ComponentChildren;
}

const COLUMNS: Column[] = [
  { id: 'lastSeen', label: 'research_col_last_seen', sort: 'lastSeen', cell: (r) => <time dateTime={r.lastSeen}>{formatDate(r.lastSeen, true)}</time> },
  {
    id: 'verdict',
    label: 'research_col_verdict',
    sort: 'verdict',
    cell: (r) => (
      <span class={`rl-verdict pl-verdict-${r.verdict}`}>
        <VerdictIcon verdict={r.verdict} /> {verdictLabel(r.verdict)}
      </span>
    ),
  },
  {
    id: 'title',
    label: 'research_col_title',
    sort: 'title',
    cell: (r) => {
      const text = r.title || r.url || r.id;
      const href = [r.url, r.canonicalUrl, r.id].find((u): u is string => isWebUrl(u ?? undefined));
      return href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={text}>
          {text}
        </a>
      ) : (
        <span title={text}>{text}</span>
      );
    },
  },
  { id: 'domain', label: 'research_col_domain', sort: 'domain', cell: (r) => r.domain ?? '' },
  { id: 'lang', label: 'research_col_lang', cell: (r) => r.lang ?? '' },
  { id: 'timesSeen', label: 'research_col_times_seen', sort: 'timesSeen', cell: (r) => <span data-col="timesSeen">{r.timesSeen}</span> },
  { id: 'confidence', label: 'research_col_confidence', sort: 'confidence', cell: (r) => `${Math.round(r.confidence * 100)} %` },
  {
    id: 'signals',
    label: 'research_col_signals',
    cell: (r) => {
      const first = r.signals[0];
      if (!first) return '';
      const more = r.signals.length > 1 ? ` (+${r.signals.length - 1})` : '';
      return <span title={`${first.rule}: ${first.text}`}>{`${first.text}${more}`}</span>;
    },
  },
];

export interface RecordTableProps {
  /** Matching rows (the virtual table's length). */
  count: number;
  /** Record at row i, or undefined while it is not loaded yet. */
  rowAt(i: number): ResearchRecord | undefined;
  sort: { key: SortKey; dir: SortDir };
  /** Null while sorting is unavailable (before the full log is loaded). */
  onSort: ((key: SortKey) => void) | null;
  /** Changes when the rows change wholesale (new filter or sort): scrolls back to the top. */
  resetKey: string;
  labelledBy: string;
}

/**
 * A virtualised table: a fixed-height scroll container whose body is as tall as all rows
 * would be, with only the rows in view (plus a few) in the DOM. aria-rowcount/aria-rowindex
 * give assistive technology the real size and positions.
 */
export function RecordTable(props: RecordTableProps) {
  const body = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);

  useEffect(() => {
    if (body.current) body.current.scrollTop = 0;
    setScrollTop(0);
  }, [props.resetKey]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(props.count, Math.ceil((scrollTop + VIEW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const rows = [];
  for (let i = first; i < last; i++) {
    const r = props.rowAt(i);
    rows.push(
      <div role="row" class="rl-row" aria-rowindex={i + 2} key={r?.id ?? `pending-${i}`} style={{ top: `${i * ROW_HEIGHT}px` }} data-id={r?.id}>
        {r ? (
          COLUMNS.map((c) => (
            <div role="cell" class={`rl-cell rl-col-${c.id}`} key={c.id}>
              {c.cell(r)}
            </div>
          ))
        ) : (
          <div role="cell" class="rl-cell rl-pending" aria-colspan={COLUMNS.length}>
            {t('research_loading_row')}
          </div>
        )}
      </div>,
    );
  }

  return (
    <div class="rl-table-wrap">
    <div role="table" class="rl-table" aria-labelledby={props.labelledBy} aria-rowcount={props.count + 1} aria-colcount={COLUMNS.length} data-testid="research-table">
      <div role="rowgroup" class="rl-head">
        <div role="row" class="rl-row rl-head-row" aria-rowindex={1}>
          {COLUMNS.map((c) => {
            const active = c.sort !== undefined && c.sort === props.sort.key;
            const ariaSort = active ? (props.sort.dir === 'asc' ? 'ascending' : 'descending') : c.sort ? 'none' : undefined;
            return (
              <div role="columnheader" class={`rl-cell rl-col-${c.id}`} aria-sort={ariaSort} key={c.id}>
                {c.sort && props.onSort ? (
                  <button type="button" class="rl-sort" data-sort={c.sort} onClick={() => props.onSort!(c.sort!)}>
                    {t(c.label)}
                    <span aria-hidden="true">{active ? (props.sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                ) : (
                  t(c.label)
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div
        role="rowgroup"
        class="rl-body"
        ref={body}
        tabIndex={0}
        aria-label={t('research_table_scroll')}
        style={{ height: `${VIEW_HEIGHT}px` }}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        <div class="rl-spacer" style={{ height: `${props.count * ROW_HEIGHT}px` }}>
          {rows}
        </div>
      </div>
    </div>
    {props.count === 0 && <p class="rl-empty">{t('research_no_rows')}</p>}
    </div>
  );
}
