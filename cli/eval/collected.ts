import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchOf, HELD_OUT_BATCHES, publisherKey, splitOf, type Split } from './split';
import { readReadings, type Reading } from './readings';

export const LABELS = ['ai_generated', 'ai_assisted', 'automated', 'ai_summary', 'chatbot_artifact', 'negative'] as const;
export const PLACEMENTS = ['body', 'note-end', 'note-top', 'label', 'byline', 'caption', 'summary-box', 'footer', 'about-page'] as const;
export type Placement = (typeof PLACEMENTS)[number];

export interface CollectedRow {
  id: string;
  text: string;
  lang: string;
  label: (typeof LABELS)[number];
  publisher: string;
  placement: Placement;
  source: string;
  split: Split;
  /** The publisher's side of the split, also for a held-out batch's rows. */
  side: Exclude<Split, 'held'>;
  file: string;
  /** The sentences printed just before and after it, where the collector recorded them (batches h9 on). */
  before?: string;
  after?: string;
  /** How the sentence reads with its page withheld (readings.ts), where people have read it. */
  alone?: Reading;
}

/**
 * Every line of every *.jsonl in `dir`, parsed, with its `file:line`; a line that is not JSON, lacks one of `required`
 * (non-empty strings) or has an unknown label is an error naming file and line, never skipped quietly.
 */
export function readLabelledLines(dir: string, required: readonly string[]): Array<{ o: Record<string, unknown>; where: string; placement: Placement }> {
  const out: Array<{ o: Record<string, unknown>; where: string; placement: Placement }> = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const where = `${file}:${i + 1}`;
        let o: Record<string, unknown>;
        try {
          o = JSON.parse(line) as Record<string, unknown>;
        } catch {
          throw new Error(`${where}: not JSON`);
        }
        for (const k of required) {
          if (typeof o[k] !== 'string' || !(o[k] as string).trim()) throw new Error(`${where}: field ${k} missing`);
        }
        if (!(LABELS as readonly string[]).includes(o['label'] as string)) throw new Error(`${where}: label ${String(o['label'])}`);
        const placement = (PLACEMENTS as readonly string[]).includes(o['placement'] as string) ? (o['placement'] as Placement) : 'body';
        out.push({ o, where, placement });
      });
  }
  return out;
}

/** Reads every *.jsonl in `dir`; a malformed line is an error naming file and line, never skipped quietly. */
export function readCollected(dir: string, devPublishers: Iterable<string>): CollectedRow[] {
  const trainOnly = new Set([...devPublishers].map(publisherKey));
  const rows: CollectedRow[] = [];
  const seen = new Set<string>();
  const readings = readReadings(dir);
  for (const { o, where, placement } of readLabelledLines(dir, ['id', 'text', 'lang', 'label', 'publisher', 'placement', 'source'])) {
    const text = (o['text'] as string).trim();
    const dedupe = `${o['lang']}|${text}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    rows.push({
      id: o['id'] as string,
      text,
      lang: o['lang'] as string,
      label: o['label'] as CollectedRow['label'],
      publisher: o['publisher'] as string,
      placement,
      source: o['source'] as string,
      split: HELD_OUT_BATCHES.includes(batchOf(o['id'] as string)) ? 'held' : splitOf(o['publisher'] as string, trainOnly),
      side: splitOf(o['publisher'] as string, trainOnly),
      file: where,
      ...(typeof o['before'] === 'string' && o['before'].trim() ? { before: o['before'] } : {}),
      ...(typeof o['after'] === 'string' && o['after'].trim() ? { after: o['after'] } : {}),
      ...(readings.has(o['id'] as string) ? { alone: readings.get(o['id'] as string) } : {}),
    });
  }
  return rows;
}
