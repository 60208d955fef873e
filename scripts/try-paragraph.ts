/** npx tsx scripts/try-paragraph.ts lang "before" "sentence" "after": the verdict for a sentence inside one paragraph with its neighbours (a rule writer's aid). */
import { detectProvenance } from '../utils/provenance/index';
import { parseDocument } from '../utils/provenance/parse-html';
import { sentencePage } from '../cli/eval/sentence-page';

const [lang = 'en', before = '', text = '', after = ''] = process.argv.slice(2);
for (const joined of [false, true]) {
  const r = detectProvenance(parseDocument(sentencePage(text, lang, 'body', { before, after, joined })), { url: 'https://try.example/news/1' });
  console.log(joined ? 'paragraph' : 'between  ', r.verdict, JSON.stringify(r.signals.filter((s) => !s.informational).map((s) => [s.rule, s.category])));
}
