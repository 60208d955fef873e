import { fmt, ratio } from '../shared/metrics';
import type { Reading } from './readings';

export interface ScoredRow {
  label: string;
  expected: string[];
  predicted: string;
  placement?: string;
  alone?: Reading;
}

export interface GroupFigures {
  positives: number;
  anyAiRecall: number | null;
  exactAccuracy: number | null;
  negativeFp: number;
  negatives: number;
}

/** The eval's three figures on a group of rows: any-AI recall on declared disclosures, exact category on positives, negatives that fire. */
export function groupFigures(rows: ScoredRow[]): GroupFigures {
  const positives = rows.filter((r) => r.label !== 'negative');
  const declared = positives.filter((r) => r.label !== 'chatbot_artifact');
  const negatives = rows.filter((r) => r.label === 'negative');
  return {
    positives: positives.length,
    anyAiRecall: ratio(declared.filter((r) => r.predicted !== 'none').length, declared.length),
    exactAccuracy: ratio(positives.filter((r) => r.expected.includes(r.predicted)).length, positives.length),
    negativeFp: negatives.filter((r) => r.predicted !== 'none').length,
    negatives: negatives.length,
  };
}

function line(title: string, rows: ScoredRow[]): { text: string; figures: GroupFigures } {
  const g = groupFigures(rows);
  return {
    text: `    ${title.padEnd(30)} ${String(g.positives).padStart(4)}  ${fmt(g.anyAiRecall)}   ${fmt(g.exactAccuracy)}   ${String(g.negativeFp).padStart(3)} of ${g.negatives}`,
    figures: g,
  };
}

/**
 * The same scored rows grouped two ways: by where the publisher put the sentence (a note above the text is the product's
 * core case, running text the hardest), and by how the sentence reads alone (readings.ts): a positive that needs its
 * neighbours cannot be found from the sentence ("reads as none" alone), a negative that reads as a disclosure alone only
 * its page contradicts; the fair sentence-level figures are recall on positives and false alarms on negatives whose reading
 * agrees with their label.
 */
export function breakdown(rows: ScoredRow[], title: string, lines: string[]): Record<string, unknown> {
  const out: Record<string, Record<string, GroupFigures>> = { placement: {}, reading: {} };
  lines.push(`  by placement and reading (${title}):  positives  any-AI-recall  exact  negatives-FP`);
  for (const p of [...new Set(rows.map((r) => r.placement ?? '?'))].sort()) {
    const l = line(`placement ${p}`, rows.filter((r) => (r.placement ?? '?') === p));
    out['placement']![p] = l.figures;
    lines.push(l.text);
  }
  // Where publishers put notes and labels (everything but running text and about pages): the product's core case.
  const notes = line('placed as a note or label', rows.filter((r) => r.placement && r.placement !== 'body' && r.placement !== 'about-page'));
  out['placement']!['note or label'] = notes.figures;
  lines.push(notes.text);
  if (rows.some((r) => r.alone)) {
    const groups: Array<[string, (r: ScoredRow) => boolean]> = [
      ['alone, reads as disclosure', (r) => r.alone === 'yes'],
      ['alone, reads as none', (r) => r.alone === 'no'],
      ['reading unsure', (r) => r.alone === 'unsure'],
      ['not read', (r) => !r.alone],
    ];
    for (const [name, keep] of groups) {
      const part = rows.filter(keep);
      if (!part.length) continue;
      const l = line(name, part);
      out['reading']![name] = l.figures;
      lines.push(l.text);
    }
  }
  return out;
}
