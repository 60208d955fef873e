import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { detectProvenance } from '../../../utils/provenance/index';
import type { ProvenanceReport } from '../../../utils/provenance/types';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'provenance');
/** The shared page fixtures (the seed pages live there once, for every suite). */
export const PAGES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'pages');
export const SEED = join(PAGES, 'seed-beijing-post.html');

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function fixture(name: string): string {
  return readFileSync(join(name.startsWith('seed-') ? PAGES : FIXTURES, name), 'utf8');
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A small article page with `inner` (raw HTML) placed after three body paragraphs. */
export function articlePage(inner: string, lang = 'en', head = ''): string {
  return `<!doctype html><html lang="${lang}"><head><title>Council weighs budget</title>${head}</head><body><article><h1>Council weighs budget</h1>
<p>The city council met on Tuesday evening to discuss the budget for the coming year, including road repairs.</p>
<p>Several residents spoke during the public comment period, raising concerns about traffic near the school.</p>
<p>The council is expected to vote on the final plan next month after a second public hearing.</p>
${inner}</article></body></html>`;
}

/** The sentence as its own paragraph in an article page. */
export function sentencePage(text: string, lang = 'en'): string {
  return articlePage(`<p>${esc(text)}</p>`, lang);
}

export function detect(html: string, url = 'https://news.example/2025/03/27/story'): ProvenanceReport {
  return detectProvenance(parse(html), { url });
}

/** The text of every collected sentence in data/disclosures (all batches and sides: for checks that need no label). */
export function collectedTexts(): string[] {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'data', 'disclosures');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim()))
    .map((l) => (JSON.parse(l) as { text: string }).text);
}
