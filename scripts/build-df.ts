/**
 * npm run build:df — per-language document-frequency tables for the query builder, built offline.
 *
 * Sources (both real, both already on this machine):
 *  - the shared real-page corpus (`corpus/index.jsonl`: pages from public test suites, languages from
 *    their markup): each page's title, description and paragraph text is one document;
 *  - the URL-slug headlines of SemEval-2022 Task 8 training batch 2, **fit half only** (anchors whose
 *    URL hashes to the fit half, and no URL that also occurs in a held-out pair), so `rank-eval`'s
 *    held-out figures never see a word of their own pools through this table.
 * Kept: words (match keys, as `text.ts` makes them) in ≥ 2 documents of a language, the most
 * frequent first, at most MAX_WORDS per language: the rare words need no entry (they get the top IDF).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { checkHtml } from '../cli/shared/files';
import { halfOf, readPairs } from '../utils/coverage/eval/semeval';
import { primaryLang, tokenize } from '../utils/coverage/text';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = process.env.PL_SHARED ?? [resolve(ROOT, '../shared'), resolve(ROOT, '../../shared')].find((d) => {
  try {
    readFileSync(resolve(d, 'corpus/index.jsonl'));
    return true;
  } catch {
    return false;
  }
})!;
const MAX_WORDS = 1500;
const MIN_DOCS = 20;

const docs = new Map<string, string[]>();
const add = (lang: string, text: string) => {
  if (!text.trim()) return;
  docs.set(lang, [...(docs.get(lang) ?? []), text]);
};

let pages = 0;
for (const line of readFileSync(resolve(SHARED, 'corpus/index.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const e = JSON.parse(line) as { file: string; lang: string | null; synthetic?: boolean };
  const lang = primaryLang(e.lang ?? undefined);
  if (e.synthetic || lang === 'und') continue;
  let html: string;
  try {
    html = checkHtml(readFileSync(resolve(SHARED, 'corpus', e.file)));
  } catch {
    continue;
  }
  const { document } = parseHTML(html);
  const parts = [
    document.querySelector('title')?.textContent ?? '',
    document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    ...[...document.querySelectorAll('p')].slice(0, 80).map((p) => p.textContent ?? ''),
  ];
  add(lang, parts.join('\n').slice(0, 20_000));
  pages++;
}

const pairs = readPairs(readFileSync(resolve(SHARED, 'coverage/semeval2022-task8-train-batch2.csv'), 'utf8'));
const heldUrls = new Set(pairs.filter((p) => halfOf(p.link1) === 'held-out').flatMap((p) => [p.link1, p.link2]));
const slugs = new Map<string, { lang: string; title: string }>();
for (const p of pairs) {
  if (halfOf(p.link1) !== 'fit') continue;
  for (const [u, t] of [
    [p.link1, p.t1],
    [p.link2, p.t2],
  ] as const) {
    if (!heldUrls.has(u)) slugs.set(u, { lang: p.lang, title: t });
  }
}
for (const { lang, title } of slugs.values()) add(lang, title);

const out: Record<string, { n: number; df: Record<string, string> }> = {};
const summary: string[] = [];
for (const [lang, texts] of [...docs].sort()) {
  if (texts.length < MIN_DOCS) continue;
  const df = new Map<string, number>();
  for (const t of texts) for (const k of new Set(tokenize(t, lang).filter((x) => !x.stop).map((x) => x.key))) df.set(k, (df.get(k) ?? 0) + 1);
  const kept = [...df].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, MAX_WORDS);
  const byDf: Record<string, string[]> = {};
  for (const [k, n] of kept) (byDf[n] ??= []).push(k);
  out[lang] = { n: texts.length, df: Object.fromEntries(Object.entries(byDf).map(([n, ks]) => [n, ks.join(' ')])) };
  summary.push(`${lang}: ${texts.length} documents, ${kept.length} words kept`);
}
const path = resolve(ROOT, 'data/df/df-tables.json');
writeFileSync(path, JSON.stringify(out) + '\n');
process.stdout.write(`${pages} corpus pages + ${slugs.size} SemEval fit-half slug headlines\n${summary.join('\n')}\nwrote ${path}\n`);
