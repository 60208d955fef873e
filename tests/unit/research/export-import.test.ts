import { beforeEach, describe, expect, it } from 'vitest';
import type { ProvenanceDb } from '../../../utils/research/db';
import { exportRecords, RESEARCH_CSV_COLUMNS } from '../../../utils/research/export';
import { importRecords, mergeRecords } from '../../../utils/research/import';
import { AUDIT_FIELDS, type ResearchRecord } from '../../../utils/research/record';
import { recordVisit } from '../../../utils/research/record-visit';
import { getAllRecords } from '../../../utils/research/store';
import { toAuditRecord, errorRecord } from '../../../utils/provenance/record';
import { openFreshDb, provenance } from './helpers';
import { parseCsv } from './csv-reader';

let db: ProvenanceDb;
beforeEach(async () => {
  db = await openFreshDb();
});

const byId = (a: ResearchRecord, b: ResearchRecord) => (a.id < b.id ? -1 : 1);

async function seedLog(target: ProvenanceDb): Promise<ResearchRecord[]> {
  const hostile = ['=HYPERLINK("http://evil.example")', 'Line one\nline "two", three', '@cmd', '北京 – Zürich'];
  for (let i = 0; i < 12; i++) {
    const url = `https://site${i % 3}.example/story-${i}`;
    const r = provenance({
      url,
      verdict: i % 4 === 0 ? 'ai-assisted' : 'ai-generated',
      meta: { url, headline: hostile[i % hostile.length]!, lang: i % 2 ? 'en' : 'de-CH', contacts: [] },
      ...(i % 5 === 0 ? { text: undefined } : { text: `text ${i}` }),
    });
    await recordVisit(target, r, { url, incognito: false, now: `2026-11-${String(10 + i).padStart(2, '0')}T12:00:00.000Z` });
    if (i % 3 === 0) await recordVisit(target, { ...r, text: 'changed' }, { url, incognito: false, now: '2026-11-28T00:00:00.000Z' });
  }
  return (await getAllRecords(target)).sort(byId);
}

describe('export → import', () => {
  it.each(['ndjson', 'json'] as const)('%s into an empty store gives identical records', async (format) => {
    const original = await seedLog(db);
    const text = exportRecords(original, format);
    const target = await openFreshDb();
    const result = await importRecords(target, text, format);
    expect(result).toEqual({ added: original.length, updated: 0, skipped: 0, invalid: 0, issues: [] });
    expect((await getAllRecords(target)).sort(byId)).toEqual(original);
    // Importing the same file again changes nothing.
    expect(await importRecords(target, text, format)).toMatchObject({ added: 0, updated: 0, skipped: original.length });
  });

  it('NDJSON lines have the audit record fields first, in CLI order', async () => {
    const [rec] = await seedLog(db);
    const line = JSON.parse(exportRecords([rec!], 'ndjson').trim()) as Record<string, unknown>;
    const keys = Object.keys(line);
    const auditKeys = AUDIT_FIELDS.filter((k) => k in line);
    expect(keys.slice(0, auditKeys.length)).toEqual(auditKeys);
  });

  it('CSV has one column per field, signals as compact JSON, hostile text neutralised', async () => {
    const records = await seedLog(db);
    const rows = parseCsv(exportRecords(records, 'csv'));
    const header = rows[0]!;
    expect(header).toEqual(RESEARCH_CSV_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(records.length + 1);
    const titleCol = header.indexOf('title');
    const signalsCol = header.indexOf('signals');
    for (let i = 0; i < records.length; i++) {
      const cell = rows[i + 1]![titleCol]!;
      expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      expect(cell.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(records[i]!.title);
      expect(JSON.parse(rows[i + 1]![signalsCol]!)).toEqual(records[i]!.signals);
    }
  });
});

describe('import merge', () => {
  it('merges, skips and rejects with counts and line numbers', async () => {
    const [a, b] = (await seedLog(db)).slice(0, 2);
    const older = { ...a!, firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-01-02T00:00:00.000Z', timesSeen: 1, verdict: 'suspected-ai' as const };
    const fresh = { ...b!, id: 'https://new.example/x', url: 'https://new.example/x' };
    const cliArticle = toAuditRecord('page.html', provenance({ url: 'https://cli.example/a?utm_source=x' }));
    const cliError = errorRecord('broken.html', 'parse failed', 'provenance-lens-detector/1.0.0');
    const cliNonArticle = toAuditRecord('home.html', provenance({ url: 'https://cli.example/', isArticle: false }));
    const lines = [
      JSON.stringify(older), // 1 updated: earlier firstSeen
      JSON.stringify(fresh), // 2 added
      JSON.stringify(b), // 3 skipped: identical
      '{not json', // 4 invalid
      JSON.stringify({ ...fresh, id: 'https://y.example/', verdict: 'bogus' }), // 5 invalid
      JSON.stringify({ ...fresh, id: 'javascript:alert(1)' }), // 6 invalid
      JSON.stringify(cliArticle), // 7 added (from `npm run audit`)
      JSON.stringify(cliError), // 8 skipped
      JSON.stringify(cliNonArticle), // 9 skipped
      JSON.stringify({ ...fresh, timesSeen: 7 }), // 10 merged into line 2's record: skipped
      '',
    ].join('\n');
    const result = await importRecords(db, lines, 'ndjson', { now: '2026-11-28T12:00:00.000Z' });
    expect(result).toMatchObject({ added: 2, updated: 1, skipped: 4, invalid: 3 });
    expect(result.issues.map((i) => i.at)).toEqual([4, 5, 6]);
    expect(result.issues[1]!.message).toContain('verdict');

    const merged = await db.get('research', a!.id);
    expect(merged).toMatchObject({
      firstSeen: '2026-01-01T00:00:00.000Z',
      lastSeen: a!.lastSeen,
      timesSeen: a!.timesSeen,
      verdict: a!.verdict,
      previousVerdict: 'suspected-ai',
    });
    expect(await db.get('research', 'https://new.example/x')).toMatchObject({ timesSeen: 7 });
    expect(await db.get('research', 'https://cli.example/a')).toMatchObject({
      input: 'page.html',
      firstSeen: '2026-11-28T12:00:00.000Z',
      timesSeen: 1,
      textSha256: null,
    });
  });

  it('mergeRecords is order-independent and takes the max count, not the sum', async () => {
    const [a] = await seedLog(db);
    const b = { ...a!, firstSeen: '2025-01-01T00:00:00.000Z', lastSeen: '2027-01-01T00:00:00.000Z', timesSeen: 2, textSha256: 'f'.repeat(64) };
    const ab = mergeRecords(a!, b);
    expect(ab).toEqual(mergeRecords(b, a!));
    expect(ab).toMatchObject({ firstSeen: b.firstSeen, lastSeen: b.lastSeen, timesSeen: Math.max(a!.timesSeen, 2) });
    expect(ab.textChanged).toBe(a!.textSha256 !== null);
  });

  it('rejects a JSON file that is not an export', async () => {
    expect(await importRecords(db, '{"hello":1}', 'json')).toMatchObject({ invalid: 1, added: 0 });
    expect(await importRecords(db, '[]', 'json')).toMatchObject({ invalid: 0, added: 0 });
  });
});
