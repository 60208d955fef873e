import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCollected } from '../cli/eval/collected';
import { sharedDir } from '../cli/shared/paths';
import { detect, sentencePage } from '../tests/unit/provenance/helpers';
const dev = readFileSync(join(sharedDir(), 'eval', 'disclosures-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { publisher: string }).publisher);
const all = readCollected(join('data', 'disclosures'), dev);
const groups: Array<[string, typeof all]> = [
  ['train h1-5', all.filter((r) => r.split === 'train' && /-h[1-5]$/.test(r.id))],
  ...['h6', 'h7', 'h8', 'h9', 'h10'].map((b) => [`train ${b}`, all.filter((r) => r.split === 'train' && r.id.endsWith(`-${b}`))] as [string, typeof all]),
  ['held h11', all.filter((r) => r.split === 'held' && r.id.endsWith('-h11'))],
];
for (const [name, rows] of groups) {
  const declared = rows.filter((r) => r.label !== 'negative' && r.label !== 'chatbot_artifact' && r.placement !== 'caption');
  const negatives = rows.filter((r) => r.label === 'negative');
  const found = declared.filter((r) => detect(sentencePage(r.text, r.lang)).verdict !== 'none').length;
  const fired = negatives.filter((r) => detect(sentencePage(r.text, r.lang)).verdict !== 'none').length;
  console.log(name, rows.length, (found / declared.length).toFixed(3), (fired / Math.max(1, negatives.length)).toFixed(3));
}
