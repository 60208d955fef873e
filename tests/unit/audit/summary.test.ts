import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { printSummary, summarise } from '../../../cli/audit/summary';
import { errorRecord, type AuditRecord } from '../../../utils/provenance/record';
import { runAudit } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'pl-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = errorRecord('x', 'e', 'provenance-lens-detector/1.2.0');
function rec(over: Partial<AuditRecord>): AuditRecord {
  const { error: _e, ...ok } = base;
  return { ...ok, ...over };
}
const signal = (category: AuditRecord['signals'][number]['category'], informational = false) => ({
  kind: 'disclosure-text' as const, category, scope: 'page' as const, text: 't', lang: 'en', rule: 'disclosure.en.x', explanation: 'x', weight: 1,
  ...(informational ? { informational } : {}),
});

const RECORDS: AuditRecord[] = [
  rec({ verdict: 'ai-generated', lang: 'en-GB', domain: 'a.example', publishedAt: '2024-05-03', fetchedAt: '2024-06-01T00:00:00Z', signals: [signal('ai-generated'), signal('ai-generated')] }),
  rec({ verdict: 'ai-assisted', lang: 'en', domain: 'a.example', publishedAt: '2024-05-20T10:00:00Z', signals: [signal('ai-assisted'), signal('suspected-ai', true)] }),
  rec({ verdict: 'none', lang: 'de', domain: 'b.example', publishedAt: null }),
  { ...base, error: 'truncated: block ends 120 bytes before its declared length (5000)' },
];

describe('--summary', () => {
  it('counts by verdict, category, language, domain and month; errors apart; bad lines never fatal', async () => {
    const file = join(dir, 'out.ndjson');
    writeFileSync(file, `${RECORDS.map((r) => JSON.stringify(r)).join('\n')}\n{"torn":\n`);
    const s = await summarise(file);
    expect(s.records).toBe(4);
    expect(s.bad).toBe(1);
    expect(Object.fromEntries(s.verdict)).toEqual({ 'ai-generated': 1, 'ai-assisted': 1, none: 1 });
    // A record counts once per category it has a (non-informational) signal of.
    expect(Object.fromEntries(s.category)).toEqual({ 'ai-generated': 1, 'ai-assisted': 1, '(none)': 1 });
    expect(Object.fromEntries(s.lang)).toEqual({ en: 2, de: 1 });
    expect(Object.fromEntries(s.domain)).toEqual({ 'a.example': 2, 'b.example': 1 });
    expect(Object.fromEntries(s.month)).toEqual({ '2024-05': 2, '(none)': 1 });
    expect(Object.fromEntries(s.fetchedMonth)).toEqual({ '2024-06': 1 });
    expect(Object.fromEntries(s.error)).toEqual({ 'truncated: block ends N bytes before its declared length (N)': 1 });
    const gz = join(dir, 'out.ndjson.gz');
    writeFileSync(gz, gzipSync(RECORDS.map((r) => JSON.stringify(r)).join('\n')));
    expect((await summarise(gz)).records).toBe(4);

    const out: string[] = [];
    printSummary(s, 'ndjson', 20, (l) => out.push(l));
    expect(out.map((l) => JSON.parse(l) as unknown)).toContainEqual({ by: 'domain', key: 'a.example', count: 2 });
    const table: string[] = [];
    printSummary(s, 'table', 1, (l) => table.push(l));
    expect(table.join('\n')).toMatch(/domain \(top 1 of 2\)\n {2}a\.example +2 +50\.0%/);
  });

  it('is what npm run audit -- --summary prints', async () => {
    const file = join(dir, 'cli.ndjson');
    writeFileSync(file, RECORDS.map((r) => JSON.stringify(r)).join('\n'));
    const r = await runAudit(['--summary', file, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('{"by":"total","key":"records","count":4}');
  }, 60_000);
});
