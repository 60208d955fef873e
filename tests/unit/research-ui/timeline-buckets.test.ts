import { describe, expect, it } from 'vitest';
import { MAX_DAY_BARS, toSeries } from '@/components/options/research/timeline-buckets';
import { computeStats } from '@/utils/research';
import { syntheticRecords } from '../research/synthetic';

const bucket = (day: string, count: number) => ({ day, count, byVerdict: {} as never });

describe('toSeries', () => {
  it('fills empty days between sightings so spacing follows time', () => {
    const s = toSeries([bucket('2026-02-27', 2), bucket('2026-03-02', 5)]);
    expect(s.unit).toBe('day');
    expect(s.bars).toEqual([
      { label: '2026-02-27', count: 2 },
      { label: '2026-02-28', count: 0 },
      { label: '2026-03-01', count: 0 },
      { label: '2026-03-02', count: 5 },
    ]);
    expect(s.max).toBe(5);
  });

  it('switches to months over long spans, across a year boundary, keeping the total', () => {
    const records = syntheticRecords(2000, 11);
    const days = computeStats(records).timeline;
    const s = toSeries([...days, bucket('2027-02-03', 4)]);
    expect(s.unit).toBe('month');
    expect(s.bars[0]!.label).toBe(days[0]!.day.slice(0, 7));
    expect(s.bars.at(-1)!.label).toBe('2027-02');
    expect(s.bars.map((b) => b.label)).toContain('2027-01');
    expect(s.bars.reduce((a, b) => a + b.count, 0)).toBe(2004);
    expect(toSeries([bucket('2026-01-01', 1), bucket(`2026-0${Math.ceil(MAX_DAY_BARS / 30)}-28`, 1)]).unit).toBe('day');
  });

  it('is empty for no data', () => {
    expect(toSeries([])).toEqual({ unit: 'day', bars: [], max: 0 });
  });
});
