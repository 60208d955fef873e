import { existsSync } from 'node:fs';
import { LABELS, readLabelledLines, type Placement } from './collected';

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
  return readLabelledLines(dir, ['id', 'text', 'lang', 'label', 'kind', 'half']).map(({ o, where, placement }) => {
    if (!(HALVES as readonly string[]).includes(o['half'] as string)) throw new Error(`${where}: half ${String(o['half'])}`);
    return {
      id: o['id'] as string,
      text: (o['text'] as string).trim(),
      lang: o['lang'] as string,
      label: o['label'] as ParaphraseRow['label'],
      kind: o['kind'] as string,
      placement,
      half: o['half'] as Half,
      file: where,
    };
  });
}
