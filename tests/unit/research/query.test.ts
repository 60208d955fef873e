import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../../utils/provenance/types';
import { RecordIndex, queryRecords } from '../../../utils/research/query';
import { computeStats, stats } from '../../../utils/research/stats';
import { importRecords } from '../../../utils/research/import';
import { exportRecords } from '../../../utils/research/export';
import { openFreshDb } from './helpers';
import { syntheticRecords } from './synthetic';

const records = syntheticRecords(3000);

describe('queryRecords', () => {
  const index = new RecordIndex(records);

  it('filters by verdict, domain suffix, lang, date range and words, like a plain scan', () => {
    const q = { verdict: ['ai-generated', 'ai-assisted'] as const, lang: 'en', from: '2026-03-01', to: '2026-06-30', text: 'CLIMATE story' };
    const expected = records.filter(
      (r) =>
        (r.verdict === 'ai-generated' || r.verdict === 'ai-assisted') &&
        r.lang!.startsWith('en') &&
        r.lastSeen >= '2026-03-01' &&
        r.lastSeen.slice(0, 10) <= '2026-06-30' &&
        r.title!.toLowerCase().includes('climate'),
    );
    const res = index.query({ ...q, verdict: [...q.verdict], limit: 1e9 });
    expect(expected.length).toBeGreaterThan(10);
    expect(res.count).toBe(expected.length);
    expect(new Set(res.records.map((r) => r.id))).toEqual(new Set(expected.map((r) => r.id)));
    expect(res.total).toBe(records.length);

    const domain = records[0]!.domain!.replace(/^news\./, '');
    const byDomain = index.query({ domain, limit: 1e9 });
    expect(byDomain.count).toBe(records.filter((r) => r.domain === `news.${domain}`).length);
    expect(index.query({ domain: `ws.${domain}` }).count).toBe(0);
  });

  it('sorts both ways and pages through the matches without gaps', () => {
    const all = index.query({ sort: { key: 'timesSeen', dir: 'desc' }, limit: 1e9 }).records;
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.timesSeen).toBeGreaterThanOrEqual(all[i]!.timesSeen);
    const pages = [0, 1, 2].flatMap((p) => index.query({ sort: { key: 'timesSeen', dir: 'desc' }, offset: p * 50, limit: 50 }).records);
    expect(pages).toEqual(all.slice(0, 150));
    const asc = index.query({ sort: { key: 'title', dir: 'asc' }, limit: 5 }).records.map((r) => r.title!.toLowerCase());
    expect(asc).toEqual([...asc].sort());
    expect(index.query({ offset: records.length + 10 }).records).toEqual([]);
  });

  it('defaults to newest lastSeen first and sees upserts and removals', async () => {
    const local = new RecordIndex(records.slice(0, 100));
    const newest = { ...records[200]!, lastSeen: '2030-01-01T00:00:00.000Z' };
    local.upsert(newest);
    expect(local.query({ limit: 1 }).records[0]!.id).toBe(newest.id);
    local.remove(newest.id);
    expect(local.size).toBe(100);
    expect(local.query({ limit: 1 }).records[0]!.id).not.toBe(newest.id);
    // A database or an array work too.
    const db = await openFreshDb();
    await importRecords(db, exportRecords(records.slice(0, 100), 'ndjson'), 'ndjson');
    expect((await queryRecords(db, { limit: 3 })).records).toEqual(local.query({ limit: 3 }).records);
    expect((await queryRecords(records.slice(0, 100), { limit: 3 })).count).toBe(100);
  });

  it('filters 100,000 records fast once indexed', () => {
    const big = new RecordIndex(syntheticRecords(100_000, 7));
    big.query({ limit: 50 }); // builds the lastSeen order once
    const t0 = performance.now();
    const res = big.query({ verdict: 'ai-generated', text: 'export', lang: 'en', limit: 50 });
    const ms = performance.now() - t0;
    expect(res.count).toBeGreaterThan(0);
    // Target is < 100 ms; the bound leaves room for slow CI machines.
    expect(ms).toBeLessThan(300);
  });
});

describe('stats', () => {
  it('counts per verdict, per domain and per day of first sighting', async () => {
    const s = computeStats(records);
    expect(s.total).toBe(records.length);
    expect(Object.keys(s.byVerdict).sort()).toEqual([...VERDICTS].sort());
    expect(Object.values(s.byVerdict).reduce((a, b) => a + b, 0)).toBe(records.length);
    expect(s.byDomain.reduce((a, d) => a + d.count, 0)).toBe(records.length);
    for (let i = 1; i < s.byDomain.length; i++) expect(s.byDomain[i - 1]!.count).toBeGreaterThanOrEqual(s.byDomain[i]!.count);
    expect(s.timeline.reduce((a, d) => a + d.count, 0)).toBe(records.length);
    const day = s.timeline[3]!;
    expect(day.count).toBe(records.filter((r) => r.firstSeen.startsWith(day.day)).length);
    expect(Object.values(day.byVerdict).reduce((a, b) => a + b, 0)).toBe(day.count);
    expect(await stats(new RecordIndex(records))).toEqual(s);
  });
});
