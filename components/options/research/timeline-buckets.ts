import type { DayBucket } from '@/utils/research';

export interface Bar {
  /** `YYYY-MM-DD` for days, `YYYY-MM` for months. */
  label: string;
  count: number;
}

export interface Series {
  unit: 'day' | 'month';
  bars: Bar[];
  max: number;
}

/** Up to this many days are drawn one bar per day; longer spans switch to months. */
export const MAX_DAY_BARS = 120;

const DAY = 86_400_000;

/**
 * Day buckets (days with records only) as a continuous series with the empty days or months
 * filled in, so the bars' spacing is proportional to time.
 */
export function toSeries(days: readonly DayBucket[]): Series {
  const valid = days.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.day));
  if (valid.length === 0) return { unit: 'day', bars: [], max: 0 };
  const start = Date.parse(valid[0]!.day + 'T00:00:00Z');
  const end = Date.parse(valid[valid.length - 1]!.day + 'T00:00:00Z');
  const spanDays = Math.round((end - start) / DAY) + 1;
  const unit = spanDays > MAX_DAY_BARS ? 'month' : 'day';
  const counts = new Map<string, number>();
  for (const d of valid) {
    const key = unit === 'day' ? d.day : d.day.slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + d.count);
  }
  const bars: Bar[] = [];
  if (unit === 'day') {
    for (let t = start; t <= end; t += DAY) {
      const label = new Date(t).toISOString().slice(0, 10);
      bars.push({ label, count: counts.get(label) ?? 0 });
    }
  } else {
    const first = new Date(start);
    const last = new Date(end);
    for (let y = first.getUTCFullYear(), m = first.getUTCMonth(); y < last.getUTCFullYear() || (y === last.getUTCFullYear() && m <= last.getUTCMonth()); ) {
      const label = `${y}-${String(m + 1).padStart(2, '0')}`;
      bars.push({ label, count: counts.get(label) ?? 0 });
      if (++m === 12) {
        m = 0;
        y++;
      }
    }
  }
  return { unit, bars, max: bars.reduce((a, b) => Math.max(a, b.count), 0) };
}
