import { uiLocale } from '@/utils/browser/ui-language';
import { t } from '@/utils/browser/i18n';
import type { DayBucket } from '@/utils/research';
import { toSeries } from './timeline-buckets';

const W = 640;
const H = 160;
const PAD = { top: 8, right: 8, bottom: 22, left: 40 };

const fmt = (n: number) => n.toLocaleString(uiLocale());

/**
 * Records first seen per day (or per month over long spans), drawn as bars in inline SVG.
 * One image to assistive technology, with the gist in its label; the numbers are in a table below.
 */
export function Timeline({ days }: { days: readonly DayBucket[] }) {
  const series = toSeries(days);
  if (series.bars.length === 0) return <p class="rl-empty">{t('research_timeline_empty')}</p>;
  const { bars, max, unit } = series;
  const total = bars.reduce((a, b) => a + b.count, 0);
  const busiest = bars.reduce((a, b) => (b.count > a.count ? b : a), bars[0]!);
  const first = bars[0]!.label;
  const last = bars[bars.length - 1]!.label;
  const summary = t(unit === 'day' ? 'research_timeline_summary_day' : 'research_timeline_summary_month', [
    fmt(total),
    first,
    last,
    busiest.label,
    fmt(busiest.count),
  ]);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / bars.length;
  const barW = Math.max(1, step * 0.8);
  const y = (n: number) => PAD.top + plotH - (max === 0 ? 0 : (n / max) * plotH);
  const title = t(unit === 'day' ? 'research_timeline_title_day' : 'research_timeline_title_month');
  return (
    <figure class="rl-timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} data-testid="research-timeline">
        <title>{title}</title>
        <line class="rl-axis" x1={PAD.left} y1={PAD.top + plotH} x2={W - PAD.right} y2={PAD.top + plotH} />
        <line class="rl-axis" x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + plotH} />
        <text class="rl-tick" x={PAD.left - 4} y={PAD.top + 8} text-anchor="end">
          {fmt(max)}
        </text>
        <text class="rl-tick" x={PAD.left - 4} y={PAD.top + plotH} text-anchor="end">
          0
        </text>
        {bars.map((b, i) =>
          b.count === 0 ? null : (
            <rect class="rl-bar" key={b.label} x={PAD.left + i * step + (step - barW) / 2} y={y(b.count)} width={barW} height={PAD.top + plotH - y(b.count)}>
              <title>{`${b.label}: ${fmt(b.count)}`}</title>
            </rect>
          ),
        )}
        <text class="rl-tick" x={PAD.left} y={H - 6} text-anchor="start">
          {first}
        </text>
        <text class="rl-tick" x={W - PAD.right} y={H - 6} text-anchor="end">
          {last}
        </text>
      </svg>
      <figcaption>{summary}</figcaption>
      <details>
        <summary>{t('research_timeline_as_table')}</summary>
        <table class="rl-small-table">
          <thead>
            <tr>
              <th scope="col">{t(unit === 'day' ? 'research_col_day' : 'research_col_month')}</th>
              <th scope="col">{t('research_col_count')}</th>
            </tr>
          </thead>
          <tbody>
            {bars
              .filter((b) => b.count > 0)
              .map((b) => (
                <tr key={b.label}>
                  <td>{b.label}</td>
                  <td>{fmt(b.count)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
