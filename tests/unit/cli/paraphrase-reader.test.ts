import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readParaphrases } from '../../../cli/eval/paraphrase';

function dirWith(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'pl-para-'));
  writeFileSync(join(dir, 'x.jsonl'), lines.join('\n'));
  return dir;
}

const ok = { id: 'en-label-1', text: ' AI generated ', lang: 'en', label: 'ai_generated', kind: 'label', placement: 'label', half: 'held' };

describe('paraphrase matrix reader', () => {
  it('reads rows with their half and kind, trims text and falls back to body for an unknown placement', () => {
    const rows = readParaphrases(dirWith([JSON.stringify(ok), '', JSON.stringify({ ...ok, id: 'en-label-2', placement: 'sidebar', half: 'tune' })]));
    expect(rows.map((r) => [r.id, r.text, r.half, r.kind, r.placement])).toEqual([
      ['en-label-1', 'AI generated', 'held', 'label', 'label'],
      ['en-label-2', 'AI generated', 'tune', 'label', 'body'],
    ]);
  });

  it('names file and line of a row without a half, with an unknown label, or not JSON', () => {
    expect(() => readParaphrases(dirWith([JSON.stringify(ok), JSON.stringify({ ...ok, half: undefined })]))).toThrow('x.jsonl:2: field half missing');
    expect(() => readParaphrases(dirWith([JSON.stringify({ ...ok, half: 'test' })]))).toThrow('x.jsonl:1: half test');
    expect(() => readParaphrases(dirWith([JSON.stringify({ ...ok, label: 'maybe' })]))).toThrow('x.jsonl:1: label maybe');
    expect(() => readParaphrases(dirWith(['{oops']))).toThrow('x.jsonl:1: not JSON');
  });

  it('reads nothing from a folder that does not exist', () => {
    expect(readParaphrases(join(tmpdir(), 'pl-no-such-folder-xyz'))).toEqual([]);
  });
});
