/**
 * npm run eval [-- --json] [-- --quick: dev and train sentences only (and the train sides already read of held-out batches), for writing rules]
 *   [-- --paraphrase [--half=tune|held] [--file=PREFIX] [--misses]: the written paraphrase matrices only, misses of the tune half on request]
 *   [-- --batch=hN: one collection batch's sentences only, both splits, never its misses (a batch collected after a version)]
 *   [-- --corpus-only: the corpus's false positives only]
 *   [-- --context: train rows that carry their neighbours, alone and between them, misses of the latter listed]
 * — scores the detector on ../shared/eval (override with PL_SHARED):
 * sentence level (each dev sentence placed in a minimal article page), page level (labels.jsonl),
 * false positives over the whole corpus, and isArticle accuracy against corpus/index.jsonl.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectProvenance } from '../utils/provenance/index';
import type { ProvenanceReport, Verdict } from '../utils/provenance/types';
import { parseDocument } from '../utils/provenance/parse-html';
import { sharedDir } from './shared/paths';
import { fmt, ratio, tally } from './shared/metrics';
import { readCollected, type CollectedRow } from './eval/collected';
import { batchOf, readable } from './eval/split';
import { HALVES, readParaphrases } from './eval/paraphrase';
import { placeSentence } from './eval/place';
import { corpusPages } from './shared/corpus-pages';
import { sentencePage } from './eval/sentence-page';
import { LABEL_TO_VERDICT, predictedFor } from './eval/score';
import { breakdown, groupFigures } from './eval/breakdown';
import type { Reading } from './eval/readings';
import { REPO_ROOT } from './shared/paths';
import { createHash } from 'node:crypto';
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

const CLASSES: Verdict[] = ['ai-generated', 'ai-assisted', 'automated', 'ai-summary', 'suspected-ai', 'none'];

interface Row {
  id: string;
  lang: string;
  label: string;
  expected: string[];
  predicted: Verdict;
  quote?: string;
  where: string;
  placement?: string;
  alone?: Reading;
}

function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function topQuote(r: ProvenanceReport): string | undefined {
  const s = r.signals.find((x) => !x.informational);
  return s ? `[${s.rule}/${s.scope}] ${s.text.slice(0, 140)}` : undefined;
}

function summarize(rows: Row[], title: string, lines: string[], showMisses = true): Record<string, unknown> {
  const t = tally(rows, CLASSES);
  lines.push(`\n== ${title} (${rows.length}) ==`);
  lines.push('category        precision  recall   tp  fp  fn');
  const perCat: Record<string, unknown> = {};
  for (const c of CLASSES) {
    const x = t[c]!;
    const p = ratio(x.tp, x.tp + x.fp);
    const r = ratio(x.tp, x.tp + x.fn);
    perCat[c] = { precision: p, recall: r, ...x };
    lines.push(`${c.padEnd(15)} ${fmt(p)}      ${fmt(r)}  ${String(x.tp).padStart(3)} ${String(x.fp).padStart(3)} ${String(x.fn).padStart(3)}`);
  }
  const langs = [...new Set(rows.map((r) => r.lang))].sort();
  lines.push('lang  n   exact  any-AI-recall(declared)  negatives-FP');
  const perLang: Record<string, unknown> = {};
  for (const l of langs) {
    const lr = rows.filter((r) => r.lang === l);
    const exact = lr.filter((r) => r.expected.includes(r.predicted)).length;
    const declared = lr.filter((r) => r.label !== 'negative' && r.label !== 'chatbot_artifact');
    const anyAi = declared.filter((r) => r.predicted !== 'none').length;
    const negFp = lr.filter((r) => r.label === 'negative' && r.predicted !== 'none').length;
    perLang[l] = { n: lr.length, exact: ratio(exact, lr.length), anyAiRecall: ratio(anyAi, declared.length), negativeFp: negFp };
    lines.push(`${l.padEnd(5)} ${String(lr.length).padStart(3)} ${fmt(ratio(exact, lr.length))}  ${fmt(ratio(anyAi, declared.length))}                    ${negFp}`);
  }
  const { anyAiRecall, exactAccuracy: exactAcc, negativeFp, negatives } = groupFigures(rows);
  const exactAll = ratio(rows.filter((r) => r.expected.includes(r.predicted)).length, rows.length);
  lines.push(`any-AI recall on declared disclosures: ${fmt(anyAiRecall)} (target >= 0.97)`);
  lines.push(`exact-category accuracy on positives: ${fmt(exactAcc)} (target >= 0.90); on all rows: ${fmt(exactAll)}`);
  lines.push(`false positives on negatives: ${negativeFp} of ${negatives} (target 0)`);
  const misses = rows.filter((r) => !r.expected.includes(r.predicted));
  // Test-split misses are never printed: reading them would be tuning on the test split.
  if (!showMisses) lines.push(`  (${misses.length} misses; not listed for a held-out split)`);
  else for (const m of misses) lines.push(`  MISS ${m.where} ${m.label}/${m.lang}: expected ${m.expected.join('|')}, got ${m.predicted}${m.quote ? ` ← ${m.quote}` : ''}`);
  return { n: rows.length, anyAiRecall, exactAccuracy: exactAcc, exactAll, negativeFp, perCategory: perCat, perLang };
}


/** One line per collection batch, so a batch gathered after a detector version reads as its own held-out figure. */
function byBatch(rows: Row[], title: string, lines: string[]): Record<string, unknown> {
  lines.push(`  by batch (${title}): batch  n  any-AI-recall  exact(positives)  negatives-FP`);
  const out: Record<string, unknown> = {};
  for (const b of [...new Set(rows.map((r) => batchOf(r.id)))].sort()) {
    const br = rows.filter((r) => batchOf(r.id) === b);
    const g = groupFigures(br);
    out[b] = { n: br.length, anyAiRecall: g.anyAiRecall, exactAccuracy: g.exactAccuracy, negativeFp: g.negativeFp, negatives: g.negatives };
    lines.push(`    ${b.padEnd(4)} ${String(br.length).padStart(4)}  ${fmt(g.anyAiRecall)}          ${fmt(g.exactAccuracy)}             ${g.negativeFp} of ${g.negatives}`);
  }
  return out;
}

interface CorpusRow {
  file: string;
  is_article: boolean | string | null;
  url: string | null;
  synthetic?: boolean | null;
  lang?: string | null;
  bytes?: number;
}

function pick<T>(items: T[], key: string): T {
  return items[createHash('sha256').update(key).digest().readUInt32BE(0) % items.length]!;
}

/**
 * The collected disclosures (data/disclosures, see its SOURCES.md), split by publisher: each sentence
 * alone in a plain article, and placed into two real corpus articles where its publisher put it.
 * Only train misses are listed.
 */
function evalCollected(shared: string, dev: Array<{ publisher?: string }>, index: CorpusRow[], lines: string[], quick = false): Record<string, unknown> {
  const rows = readCollected(join(REPO_ROOT, 'data', 'disclosures'), dev.map((d) => d.publisher ?? '').filter(Boolean));
  const bases = index.filter((r) => r.is_article === true && !r.synthetic && (r.bytes ?? 0) < 600_000);
  const html = new Map<string, string>();
  const baseHtml = (file: string): string => {
    let h = html.get(file);
    if (h === undefined) html.set(file, (h = readFileSync(join(shared, 'corpus', file), 'utf8')));
    return h;
  };
  const out: Record<string, unknown> = {};
  for (const split of quick ? (['train', 'read'] as const) : (['train', 'test', 'held'] as const)) {
    // "read": the train sides of held-out batches already read (split.ts, READ_TRAIN_SIDES), in the rule writer's loop only.
    const part = rows.filter((r) => (split === 'read' ? r.split === 'held' && readable(r) : r.split === split));
    const publishers = new Set(part.map((r) => r.publisher)).size;
    lines.push(`\n##### collected disclosures, ${split} split: ${part.length} sentences, ${publishers} publishers #####`);
    const sentRows: Row[] = part.map((d) => rowOf(d, sentencePage(d.text, d.lang, d.placement), `sentence ${d.id}`));
    if (quick) {
      const sentence = summarize(sentRows, `collected ${split}: sentence alone in a plain article`, lines, true);
      out[split] = { sentences: part.length, publishers, sentence, sentenceBreakdown: breakdown(sentRows, `${split}, sentences`, lines) };
      continue;
    }
    const pageRows: Row[] = part.flatMap((d) => {
      const same = bases.filter((b) => (b.lang ?? '').toLowerCase().startsWith(d.lang));
      const pool = same.length >= 2 ? same : bases;
      return [0, 1].map((k) => {
        const base = pick(pool, `${d.id}:${k}`);
        return rowOf(d, placeSentence(baseHtml(base.file), d.text, d.placement), `${d.id}@${base.file}`);
      });
    });
    out[split] = {
      sentences: part.length,
      publishers,
      sentence: summarize(sentRows, `collected ${split}: sentence alone in a plain article`, lines, split === 'train'),
      page: summarize(pageRows, `collected ${split}: placed in real corpus articles`, lines, split === 'train'),
      sentenceByBatch: byBatch(sentRows, `${split}, sentences`, lines),
      pageByBatch: byBatch(pageRows, `${split}, pages`, lines),
      sentenceBreakdown: breakdown(sentRows, `${split}, sentences`, lines),
      pageBreakdown: breakdown(pageRows, `${split}, pages`, lines),
      context: evalContext(part, `collected ${split}`, lines, split === 'train'),
    };
  }
  return out;
}

/** One line per kind of paraphrase: which ways of saying it the grammar reads. */
function byKind(rows: Row[], kinds: Map<string, string>, lines: string[]): void {
  lines.push('  by kind: kind  n  correct');
  for (const k of [...new Set(kinds.values())].sort()) {
    const kr = rows.filter((r) => kinds.get(r.id) === k);
    const ok = kr.filter((r) => r.expected.includes(r.predicted)).length;
    lines.push(`    ${k.padEnd(18)} ${String(kr.length).padStart(3)}  ${ok}`);
  }
}

/** The written paraphrase matrices, per half: tune-half misses with --misses, held-half misses never (reading them would be tuning on them). */
function evalParaphrases(lines: string[]): Record<string, unknown> {
  const file = process.argv.find((a) => a.startsWith('--file='))?.slice('--file='.length);
  const rows = readParaphrases(join(REPO_ROOT, 'data', 'paraphrase')).filter((r) => !file || r.file.startsWith(file));
  const only = /^--half=(\w+)$/.exec(process.argv.find((a) => a.startsWith('--half=')) ?? '')?.[1];
  const showMisses = process.argv.includes('--misses');
  const out: Record<string, unknown> = {};
  for (const half of HALVES.filter((h) => !only || h === only)) {
    const part = rows.filter((r) => r.half === half);
    const kinds = new Map(part.map((d) => [d.id, d.kind]));
    const scored: Row[] = part.map((d) => rowOf(d, sentencePage(d.text, d.lang, d.placement), `${d.file} ${d.id}`));
    out[half] = summarize(scored, `paraphrase matrices, ${half} half: sentence alone in a plain article`, lines, showMisses && half === 'tune');
    byKind(scored, kinds, lines);
  }
  return out;
}

function rowOf(d: Pick<CollectedRow, 'id' | 'text' | 'lang' | 'label' | 'placement' | 'alone'>, page: string, where: string): Row {
  const r = detectProvenance(parseDocument(page), { url: `https://collected.example/news/${d.id}` });
  const quote = topQuote(r) ?? `«${d.text.slice(0, 160)}» (${d.placement})`;
  return { id: d.id, lang: d.lang, label: d.label, expected: LABEL_TO_VERDICT[d.label] ?? ['none'], predicted: predictedFor(d, r), quote, where, placement: d.placement, ...(d.alone ? { alone: d.alone } : {}) };
}

/** Every corpus page through the detector: any signal is a false positive (target 0); isArticle against the labels. */
function evalCorpus(shared: string, lines: string[]): Record<string, unknown> {
  const index = readJsonl<CorpusRow>(join(shared, 'corpus', 'index.jsonl'));
  const fps: string[] = [];
  let agree = 0, labelled = 0, rdbAgree = 0, tp = 0, fp = 0, fn = 0, tn = 0;
  for (const { row, html } of corpusPages<CorpusRow>(shared)) {
    const doc = parseDocument(html);
    const r = detectProvenance(doc, { url: row.url ?? `https://corpus.invalid/${row.file}` });
    for (const s of r.signals) if (!s.informational) fps.push(`${row.file} [${s.rule}/${s.scope}/${s.category}] ${s.text.slice(0, 160)}`);
    if (typeof row.is_article === 'boolean' && !row.synthetic) {
      labelled++;
      if (r.isArticle === row.is_article) agree++;
      if (r.isArticle && row.is_article) tp++;
      else if (r.isArticle && !row.is_article) fp++;
      else if (!r.isArticle && row.is_article) fn++;
      else tn++;
      let rdb: boolean;
      try {
        rdb = isProbablyReaderable(parseDocument(html));
      } catch {
        rdb = false;
      }
      if (rdb === row.is_article) rdbAgree++;
    }
  }
  lines.push(`\n== corpus (${index.length} pages) ==`);
  lines.push(`signals on corpus pages (target 0): ${fps.length}`);
  for (const f of fps) lines.push(`  FP ${f}`);
  const acc = ratio(agree, labelled);
  lines.push(`isArticle accuracy: ${fmt(acc)} on ${labelled} labelled pages (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn}); isProbablyReaderable alone: ${fmt(ratio(rdbAgree, labelled))}`);
  return { pages: index.length, falsePositives: fps.length, fpList: fps, isArticleAccuracy: acc, readerableAccuracy: ratio(rdbAgree, labelled), labelled, tp, fp, fn, tn };
}

/**
 * One collection batch at sentence level, both splits, misses never listed: a batch collected after a detector
 * version is measured with it (and with its successor) before anyone reads it.
 */
function evalBatch(batch: string, lines: string[]): Record<string, unknown> {
  const rows = readCollected(join(REPO_ROOT, 'data', 'disclosures'), []).filter((r) => batchOf(r.id) === batch);
  if (!rows.length) throw new Error(`no rows of batch ${batch} in data/disclosures`);
  const out: Record<string, unknown> = {};
  for (const split of ['all', 'train', 'test'] as const) {
    const part = rows.filter((r) => split === 'all' || r.side === split);
    const scored = part.map((d) => rowOf(d, sentencePage(d.text, d.lang, d.placement), `sentence ${d.id}`));
    out[split] = summarize(scored, `batch ${batch}, ${split === 'all' ? 'all' : `${split} side`}: sentence alone in a plain article`, lines, false);
    if (split === 'all') out['breakdown'] = breakdown(scored, `batch ${batch}, sentences`, lines);
  }
  out['context'] = evalContext(rows, `batch ${batch}`, lines, false);
  return out;
}

/**
 * The rows whose collector recorded their neighbours, scored twice on the same rows: the sentence alone, and the
 * sentence between its neighbours (a hand-over line needs the sentence naming the AI before it). Misses of the
 * second only when asked for (train rows).
 */
function evalContext(rows: CollectedRow[], title: string, lines: string[], showMisses: boolean): Record<string, unknown> {
  const part = rows.filter((r) => r.before || r.after);
  if (!part.length) return {};
  const alone = part.map((d) => rowOf(d, sentencePage(d.text, d.lang, d.placement), `sentence ${d.id}`));
  const framed = part.map((d) => rowOf(d, sentencePage(d.text, d.lang, d.placement, { before: d.before, after: d.after }), `context ${d.id}`));
  const joined = part.map((d) => rowOf(d, sentencePage(d.text, d.lang, d.placement, { before: d.before, after: d.after, joined: true }), `paragraph ${d.id}`));
  return {
    alone: summarize(alone, `${title}, rows with neighbours: the sentence alone`, lines, false),
    withNeighbours: summarize(framed, `${title}, rows with neighbours: between its neighbours`, lines, showMisses),
    oneParagraph: summarize(joined, `${title}, rows with neighbours: one paragraph with its neighbours`, lines, showMisses),
  };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const shared = sharedDir();
  const lines: string[] = [];
  const summary: Record<string, unknown> = { shared };
  const batchArg = /^--batch=(h\d+)$/.exec(process.argv.find((a) => a.startsWith('--batch=')) ?? '')?.[1];
  const corpusOnly = process.argv.includes('--corpus-only');
  if (process.argv.includes('--paraphrase')) {
    summary['paraphrase'] = evalParaphrases(lines);
    console.log(lines.join('\n'));
    if (json) console.log(JSON.stringify(summary));
    return;
  }

  if (batchArg) {
    summary['batch'] = evalBatch(batchArg, lines);
    console.log(lines.join('\n'));
    if (json) console.log(JSON.stringify(summary));
    return;
  }

  if (corpusOnly) {
    summary['corpus'] = evalCorpus(shared, lines);
    console.log(lines.join('\n'));
    if (json) console.log(JSON.stringify(summary));
    return;
  }

  // Sentence level.
  const dev = readJsonl<{ id: string; text: string; lang: string; label: string; position?: string; publisher?: string }>(join(shared, 'eval', 'disclosures-dev.jsonl'));
  const sentRows: Row[] = dev.map((d) => {
    const r = detectProvenance(parseDocument(sentencePage(d.text, d.lang, d.position ?? '')), { url: `https://eval.example/news/${d.id}` });
    return { id: d.id, lang: d.lang, label: d.label, expected: LABEL_TO_VERDICT[d.label] ?? ['none'], predicted: r.verdict, quote: topQuote(r), where: d.id };
  });
  summary['sentence'] = summarize(sentRows, 'sentence level: dev sentences in a minimal article', lines);
  // The train rows that carry their neighbours, misses listed: the context rules' loop (never the test split).
  if (process.argv.includes('--context')) {
    const train = readCollected(join(REPO_ROOT, 'data', 'disclosures'), dev.map((d) => d.publisher ?? '').filter(Boolean)).filter((r) => r.split === 'train');
    summary['context'] = evalContext(train, 'collected train', lines, true);
    console.log(lines.join('\n'));
    if (json) console.log(JSON.stringify(summary));
    return;
  }
  // A rule writer's loop: dev and train sentences only (no pages, no corpus, never the test split).
  if (process.argv.includes('--quick')) {
    summary['collected'] = evalCollected(shared, dev, [], lines, true);
    console.log(lines.join('\n'));
    if (json) console.log(JSON.stringify(summary));
    return;
  }

  // Page level.
  const labels = readJsonl<{ file: string; id: string; label: string; expect: string[]; lang: string }>(join(shared, 'eval', 'labels.jsonl'));
  const pageRows: Row[] = labels.map((l) => {
    const html = readFileSync(join(shared, 'eval', l.file), 'utf8');
    const r = detectProvenance(parseDocument(html), { url: `https://eval.example/${l.file}` });
    return { id: l.id, lang: l.lang, label: l.label, expected: l.expect, predicted: r.verdict, quote: topQuote(r), where: l.file };
  });
  summary['page'] = summarize(pageRows, 'page level: labels.jsonl', lines);

  // Corpus: false positives and isArticle.
  const index = readJsonl<CorpusRow>(join(shared, 'corpus', 'index.jsonl'));
  summary['corpus'] = evalCorpus(shared, lines);

  summary['collected'] = evalCollected(shared, dev, index, lines);

  console.log(lines.join('\n'));
  if (json) console.log(JSON.stringify(summary));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
