/** npx tsx scripts/try-many.ts FILE: like try-detector.ts for many lines "lang<TAB>text[<TAB>placement]" (a rule writer's aid); prints verdict per line. */
import { readFileSync } from 'node:fs';
import { detectProvenance } from '../utils/provenance/index';
import { parseDocument } from '../utils/provenance/parse-html';
import { sentencePage } from '../cli/eval/sentence-page';

for (const line of readFileSync(process.argv[2] ?? '/dev/stdin', 'utf8').split('\n')) {
  const [lang = 'en', text = '', placement = 'body'] = line.split('\t');
  if (!text.trim()) continue;
  const r = detectProvenance(parseDocument(sentencePage(text, lang, placement)), { url: 'https://try.example/news/1' });
  const s = r.signals.find((x) => !x.informational);
  console.log(`${r.verdict.padEnd(12)} ${lang} ${text.slice(0, 90)}${s ? `  ← ${s.rule}` : ''}`);
}
