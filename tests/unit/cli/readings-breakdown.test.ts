import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollected } from '../../../cli/eval/collected';
import { readReadings } from '../../../cli/eval/readings';
import { breakdown, type ScoredRow } from '../../../cli/eval/breakdown';

const row = (id: string, label: string, placement = 'body') =>
  JSON.stringify({ id, text: `Sentence ${id}.`, lang: 'en', label, publisher: 'Publisher One', placement, source: 'https://example.org' });

function dataDir(readings: string[] | null): string {
  const dir = mkdtempSync(join(tmpdir(), 'pl-readings-'));
  writeFileSync(join(dir, 'rows.jsonl'), [row('en-001-h1', 'ai_generated'), row('en-002-h1', 'negative')].join('\n'));
  if (readings) {
    mkdirSync(join(dir, 'readings'));
    writeFileSync(join(dir, 'readings', 'alone.jsonl'), readings.join('\n'));
  }
  return dir;
}

describe('how collected sentences read alone', () => {
  it('attaches each row its reading, and leaves rows nobody read without one', () => {
    const rows = readCollected(dataDir([JSON.stringify({ id: 'en-001-h1', alone: 'no', votes: ['no'] })]), []);
    expect(rows.find((r) => r.id === 'en-001-h1')?.alone).toBe('no');
    expect(rows.find((r) => r.id === 'en-002-h1')).not.toHaveProperty('alone');
  });

  it('reads no file as no readings, and names the line of a malformed or repeated one', () => {
    expect(readReadings(dataDir(null)).size).toBe(0);
    expect(() => readReadings(dataDir(['{"id":"en-001-h1","alone":"yes"}', '{"id":"en-002-h1","alone":"maybe"}']))).toThrow(/alone\.jsonl:2/);
    expect(() => readReadings(dataDir(['{"id":"en-001-h1","alone":"yes"}', '{"id":"en-001-h1"']))).toThrow(/alone\.jsonl:2: not JSON/);
    expect(() => readReadings(dataDir(['{"id":"en-001-h1","alone":"yes"}', '{"id":"en-001-h1","alone":"no"}']))).toThrow(/alone\.jsonl:2: en-001-h1 read twice/);
  });
});

describe('the eval breakdown by placement and reading', () => {
  const rows: ScoredRow[] = [
    { label: 'ai_generated', expected: ['ai-generated'], predicted: 'ai-generated', placement: 'note-top', alone: 'yes' },
    { label: 'ai_generated', expected: ['ai-generated'], predicted: 'none', placement: 'body', alone: 'no' },
    { label: 'ai_assisted', expected: ['ai-assisted'], predicted: 'ai-generated', placement: 'body', alone: 'yes' },
    { label: 'negative', expected: ['none'], predicted: 'ai-generated', placement: 'body', alone: 'yes' },
    { label: 'negative', expected: ['none'], predicted: 'none', placement: 'body', alone: 'no' },
  ];
  const lines: string[] = [];
  const out = breakdown(rows, 'test', lines) as { placement: Record<string, Record<string, unknown>>; reading: Record<string, Record<string, unknown>> };

  it('scores each placement on its own rows', () => {
    expect(out.placement['body']).toEqual({ positives: 2, anyAiRecall: 0.5, exactAccuracy: 0, negativeFp: 1, negatives: 2 });
    expect(out.placement['note-top']).toEqual({ positives: 1, anyAiRecall: 1, exactAccuracy: 1, negativeFp: 0, negatives: 0 });
    expect(out.placement['note or label']).toEqual(out.placement['note-top']);
  });

  it('separates sentences that read as a disclosure alone from those that need their page', () => {
    expect(out.reading['alone, reads as disclosure']).toEqual({ positives: 2, anyAiRecall: 1, exactAccuracy: 0.5, negativeFp: 1, negatives: 1 });
    expect(out.reading['alone, reads as none']).toEqual({ positives: 1, anyAiRecall: 0, exactAccuracy: 0, negativeFp: 0, negatives: 1 });
    expect(out.reading).not.toHaveProperty('not read');
    expect(lines.some((l) => l.includes('placement body'))).toBe(true);
  });
});

describe('the readings of data/disclosures', () => {
  it('read every collected sentence, and only those (a new batch is read before it joins)', () => {
    const dir = join(__dirname, '..', '..', '..', 'data', 'disclosures');
    const ids = new Set(readCollected(dir, []).map((r) => r.id));
    const read = readReadings(dir);
    expect([...ids].filter((id) => !read.has(id))).toEqual([]);
    expect([...read.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });
});
