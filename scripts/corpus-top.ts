/** npx tsx scripts/corpus-top.ts [n]: the corpus sentences the shipped heads score highest (what the corpus guard stops). */
import { corpusPages } from '../cli/shared/corpus-pages';
import { sharedDir } from '../cli/shared/paths';
import { detectProvenance } from '../utils/provenance/index';
import { parseDocument } from '../utils/provenance/parse-html';
import { withModel } from '../utils/provenance/learned/decide';
import { MODEL } from '../utils/provenance/learned/model';
import { headOf } from '../cli/train/data';

const n = Number(process.argv[2] ?? 25);
const off = (h: { theta: number } | null | undefined) => h && { ...h, theta: 2 };
const model = MODEL && { ...MODEL, veto: null, rescue: off(MODEL.rescue) as typeof MODEL.rescue, actorOnly: off(MODEL.actorOnly) as typeof MODEL.actorOnly };
const seen: Array<{ head: string; score: number; file: string; text: string }> = [];
for (const { row, html } of corpusPages<{ file: string; url: string | null }>(sharedDir())) {
  withModel(model, () => detectProvenance(parseDocument(html), { url: row.url ?? `https://corpus.invalid/${row.file}` }), (o) => {
    seen.push({ head: headOf(o.candidate), score: o.score, file: row.file, text: o.candidate.sentence.slice(0, 110) });
  }, true);
}
for (const head of ['actorOnly', 'rescue']) {
  console.log(`== ${head}`);
  for (const s of seen.filter((x) => x.head === head).sort((a, b) => b.score - a.score).slice(0, n)) console.log(s.score.toFixed(3), s.file, '|', s.text);
}
