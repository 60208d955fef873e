import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollected } from '../../../cli/eval/collected';
import { sentencePage } from '../../../cli/eval/sentence-page';
import { batchOf, HELD_OUT_BATCHES, READ_TRAIN_SIDES, readable, splitOf } from '../../../cli/eval/split';
import { parseDocument } from '../../../utils/provenance/parse-html';

const row = (id: string, publisher: string, extra: Record<string, string> = {}) =>
  JSON.stringify({ id, text: `Sentence ${id}.`, lang: 'en', label: 'negative', publisher, placement: 'body', source: 'https://example.org', ...extra });

describe('collected rows: held-out batches and neighbours', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-collected-'));
  const held = HELD_OUT_BATCHES[0]!;
  writeFileSync(
    join(dir, 'rows.jsonl'),
    [row('en-001-h1', 'Publisher One'), row(`en-001-${held}`, 'Publisher One', { before: 'I asked ChatGPT.', after: 'It said yes.' }), row('en-002-h1', 'Publisher Two')].join('\n'),
  );
  const rows = readCollected(dir, []);

  it('a held-out batch is held whole, whatever its publisher\'s side, and keeps that side for --batch', () => {
    const h = rows.find((r) => batchOf(r.id) === held)!;
    expect(h.split).toBe('held');
    expect(h.side).toBe(splitOf('Publisher One', new Set()));
    // The same publisher's row of an older batch takes the publisher's side.
    const old = rows.find((r) => r.id === 'en-001-h1')!;
    expect(old.split).toBe(old.side);
    expect(old.side).toBe(h.side);
  });

  it('lets a rule writer read the train split and the read train sides of held-out batches, never a test side or an unread batch', () => {
    // A batch that joins HELD_OUT_BATCHES is unread until named in READ_TRAIN_SIDES.
    const unread = HELD_OUT_BATCHES.find((b) => !READ_TRAIN_SIDES.includes(b)) ?? 'h999';
    expect(READ_TRAIN_SIDES).not.toContain(unread);
    const read = READ_TRAIN_SIDES[0]!;
    expect(readable({ id: 'en-001-h1', split: 'train', side: 'train' })).toBe(true);
    expect(readable({ id: 'en-001-h1', split: 'test', side: 'test' })).toBe(false);
    expect(readable({ id: `en-001-${read}`, split: 'held', side: 'train' })).toBe(true);
    expect(readable({ id: `en-001-${read}`, split: 'held', side: 'test' })).toBe(false);
    expect(readable({ id: `en-001-${unread}`, split: 'held', side: 'train' })).toBe(false);
  });

  it('keeps the sentences printed before and after a row, and only where recorded', () => {
    const h = rows.find((r) => batchOf(r.id) === held)!;
    expect([h.before, h.after]).toEqual(['I asked ChatGPT.', 'It said yes.']);
    expect(rows.find((r) => r.id === 'en-002-h1')).not.toHaveProperty('before');
  });

  it('places neighbours as the paragraphs around the sentence, or joins the three into one', () => {
    const paragraphs = (html: string) => [...parseDocument(html).querySelectorAll('article p')].map((p) => p.textContent).slice(-3);
    expect(paragraphs(sentencePage('Here is its answer:', 'en', 'body', { before: 'I asked ChatGPT.', after: 'It said yes.' }))).toEqual([
      'I asked ChatGPT.',
      'Here is its answer:',
      'It said yes.',
    ]);
    const joined = paragraphs(sentencePage('Here is its answer:', 'en', 'body', { before: 'I asked ChatGPT.', after: 'It said <b>yes</b>.', joined: true }));
    expect(joined.at(-1)).toBe('I asked ChatGPT. Here is its answer: It said <b>yes</b>.');
  });
});
