/**
 * npm run placement-eval — the same sentences, different markup: every note-like row a rule writer may read (train split,
 * read train sides of held-out batches; placed by its collector as a note, label, byline, footer or summary box), set at
 * the end of an article in each of `PLACEMENT_VARIANTS`, with the share of disclosures found and of negatives firing per
 * variant. Never reads a test row: it is for finding where the detector reads structure differently, not a held-out figure.
 */
import { join } from 'node:path';
import { detectProvenance } from '../utils/provenance/index';
import { readCollected } from './eval/collected';
import { readable } from './eval/split';
import { PLACEMENT_VARIANTS, variantDocument, type PlacementVariant } from './eval/placement-variants';
import { REPO_ROOT } from './shared/paths';

const NOTE_LIKE = new Set(['note-end', 'note-top', 'label', 'byline', 'footer', 'summary-box']);

const rows = readCollected(join(REPO_ROOT, 'data', 'disclosures'), [])
  .filter(readable)
  .filter((r) => r.label !== 'chatbot_artifact' && NOTE_LIKE.has(r.placement));
const positives = rows.filter((r) => r.label !== 'negative').length;
console.log(`readable note-like rows: ${rows.length} (${positives} disclosures, ${rows.length - positives} negatives)`);
for (const variant of Object.keys(PLACEMENT_VARIANTS) as PlacementVariant[]) {
  let found = 0;
  let fire = 0;
  for (const r of rows) {
    const fired = detectProvenance(variantDocument(r.text, r.lang, variant), { url: `https://placement.example/${r.id}` }).verdict !== 'none';
    if (r.label === 'negative') fire += fired ? 1 : 0;
    else found += fired ? 1 : 0;
  }
  console.log(`${variant.padEnd(24)} found ${found} of ${positives} (${(found / positives).toFixed(3)}), negatives firing ${fire} of ${rows.length - positives}`);
}
