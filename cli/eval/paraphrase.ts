import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LABELS, PLACEMENTS, type Placement } from './collected';

export const HALVES = ['tune', 'held'] as const;
export type Half = (typeof HALVES)[number];

/**
 * A paraphrase matrix row (data/paraphrase, see its README): written, not collected, so it never joins
 * the collected figures. Its half was fixed as it was written, before the detector ran on it.
 */
export interface ParaphraseRow {
  id: string;
  text: string;
  lang: string;
  label: (typeof LABELS)[number];
  kind: string;
  placement: Placement;
  half: Half;
  file: string;
}

/** Reads every *.jsonl in `dir` (none: an empty list); a malformed line is an error naming file and line. */
export function readParaphrases(dir: string): ParaphraseRow[] {
  if (!existsSync(dir)) return [];
  const rows: ParaphraseRow[] = [];
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
        for (const k of ['id', 'text', 'lang', 'label', 'kind', 'half']) {
          if (typeof o[k] !== 'string' || !(o[k] as string).trim()) throw new Error(`${where}: field ${k} missing`);
        }
        if (!(LABELS as readonly string[]).includes(o['label'] as string)) throw new Error(`${where}: label ${String(o['label'])}`);
        if (!(HALVES as readonly string[]).includes(o['half'] as string)) throw new Error(`${where}: half ${String(o['half'])}`);
        const placement = (PLACEMENTS as readonly string[]).includes(o['placement'] as string) ? (o['placement'] as Placement) : 'body';
        rows.push({
          id: o['id'] as string,
          text: (o['text'] as string).trim(),
          lang: o['lang'] as string,
          label: o['label'] as ParaphraseRow['label'],
          kind: o['kind'] as string,
          placement,
          half: o['half'] as Half,
          file: where,
        });
      });
  }
  return rows;
}
