import { beforeEach, describe, expect, it } from 'vitest';
import { ReportStore } from '../../../utils/reports/store';
import { parseCsv } from '../research/csv-reader';
import { openFreshDb } from '../research/helpers';
import { seedReport } from './helpers';

let store: ReportStore;
let clock = 0;
beforeEach(async () => {
  clock = Date.UTC(2026, 10, 28, 10);
  store = new ReportStore(await openFreshDb(), () => new Date((clock += 60_000)));
});

describe('ReportStore', () => {
  it('saves drafts, keeps createdAt, stamps updatedAt and lists newest first', async () => {
    const first = await store.saveDraft(seedReport({ id: 'a', createdAt: '2026-11-01T00:00:00.000Z' }));
    await store.saveDraft(seedReport({ id: 'b', createdAt: '2026-11-02T00:00:00.000Z' }));
    const edited = await store.saveDraft({ ...first, createdAt: '2099-01-01T00:00:00.000Z', correction: 'better' });
    expect(edited.createdAt).toBe('2026-11-01T00:00:00.000Z');
    expect(edited.updatedAt > first.updatedAt).toBe(true);
    expect((await store.list()).map((r) => r.id)).toEqual(['b', 'a']);
    expect((await store.get('a'))?.correction).toBe('better');
  });

  it('records delivery status and channel, and deletes', async () => {
    await store.saveDraft(seedReport({ id: 'a' }));
    const sent = await store.setStatus('a', 'opened-form', { kind: 'form', source: 'corrections-form', url: 'https://x.example/f', label: 'Report', copyToClipboard: true });
    expect(sent).toMatchObject({ status: 'opened-form', channel: { kind: 'form' } });
    expect(await store.setStatus('missing', 'copied')).toBeUndefined();
    await store.delete('a');
    expect(await store.list()).toEqual([]);
  });

  it('exports JSON and spreadsheet-safe CSV', async () => {
    await store.saveDraft(seedReport({ id: 'a', correction: '=HYPERLINK("http://evil.example")', quote: 'He said "no",\nthen left.' }));
    const json = JSON.parse(await store.exportJson()) as { format: string; count: number; records: { id: string }[] };
    expect(json).toMatchObject({ format: 'provenance-lens-reports', count: 1, records: [{ id: 'a' }] });
    const rows = parseCsv(await store.exportCsv());
    const header = rows[0]!;
    expect(rows).toHaveLength(2);
    expect(rows[1]![header.indexOf('correction')]).toBe(`'=HYPERLINK("http://evil.example")`);
    expect(rows[1]![header.indexOf('quote')]).toBe('He said "no",\nthen left.');
    expect(JSON.parse(rows[1]![header.indexOf('sources')]!)).toHaveLength(2);
  });
});
