/** npx tsx scripts/try-detector.ts "sentence" [lang] [placement]: the verdict and signals for one sentence alone in a plain article (a rule writer's aid). */
import { detectProvenance } from '../utils/provenance/index';
import { parseDocument } from '../utils/provenance/parse-html';

const [text = '', lang = 'en', placement = 'body'] = process.argv.slice(2);
const p = document_(text, placement);
const r = detectProvenance(parseDocument(`<!doctype html><html lang="${lang}"><head><title>Council weighs budget</title></head><body><article><h1>Council weighs budget</h1><p>The city council met on Tuesday evening to discuss the budget for the coming year, including road repairs.</p><p>Several residents spoke during the public comment period, raising concerns about traffic near the school.</p>${p}</article></body></html>`), { url: 'https://try.example/news/1' });
console.log(r.verdict, JSON.stringify(r.signals.map((s) => [s.rule, s.category, s.scope, s.text.slice(0, 80)])));

function document_(t: string, where: string): string {
  const e = t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  if (where === 'byline') return `<p class="byline">${e}</p>`;
  if (where === 'caption') return `<figure><img src="x.jpg" alt=""><figcaption>${e}</figcaption></figure>`;
  return `<p>${e}</p>`;
}
