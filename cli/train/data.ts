import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { detectProvenance } from '../../utils/provenance/index';
import { parseDocument } from '../../utils/provenance/parse-html';
import { withModel, type Observation } from '../../utils/provenance/learned/decide';
import { train, type LearnedModel, type Example, type TrainOptions, type Weights } from '../../utils/provenance/learned/logistic';
import type { Candidate } from '../../utils/provenance/learned/features';
import type { Verdict } from '../../utils/provenance/types';
import { readCollected, type CollectedRow, type Placement } from '../eval/collected';
import { publisherKey } from '../eval/split';
import { sentencePage } from '../eval/sentence-page';
import { LABEL_TO_VERDICT, predictedFor } from '../eval/score';
import { REPO_ROOT } from '../shared/paths';

export interface TrainRow {
  id: string;
  text: string;
  lang: string;
  label: string;
  publisher: string;
  placement: Placement | string;
}

/**
 * The rows training may read: the train split of data/disclosures and the older dev set (whose
 * publishers always count as train), plus the train split of any further folders of the same format
 * (`--data DIR`: collections not merged yet). Test rows are dropped here, before anything looks at them.
 * `keep` picks the collected rows (an experiment may take every readable row: `readable` in eval/split.ts).
 */
export function trainRows(shared: string, extraDirs: readonly string[] = [], keep: (r: CollectedRow) => boolean = (r) => r.split === 'train'): TrainRow[] {
  const dev = readFileSync(join(shared, 'eval', 'disclosures-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string; lang: string; label: string; position?: string; publisher?: string });
  const devPublishers = dev.map((d) => d.publisher ?? '').filter(Boolean);
  const collected = [join(REPO_ROOT, 'data', 'disclosures'), ...extraDirs].flatMap((dir) => readCollected(dir, devPublishers)).filter(keep);
  return [
    ...dev.map((d) => ({ id: d.id, text: d.text, lang: d.lang, label: d.label, publisher: d.publisher ?? d.id, placement: d.position ?? '' })),
    ...collected.map((r) => ({ id: r.id, text: r.text, lang: r.lang, label: r.label, publisher: r.publisher, placement: r.placement })),
  ];
}

/** Cross-validation fold of a publisher: a publisher's rows are held out together. */
export function foldOf(publisher: string, folds: number): number {
  return createHash('sha256').update(`provenance-lens-cv-v1:${publisherKey(publisher)}`).digest().readUInt32BE(0) % folds;
}

export interface Outcome {
  row: TrainRow;
  verdict: Verdict;
  observations: Observation[];
}

/** Runs the detector on a row placed as the eval places it, with `model` (null: the grammar alone), observing every candidate. */
export function run(row: TrainRow, model: LearnedModel | null): Outcome {
  const observations: Observation[] = [];
  const page = sentencePage(row.text, row.lang, row.placement);
  const report = withModel(model, () => detectProvenance(parseDocument(page), { url: `https://train.example/news/${row.id}` }), (o) => observations.push(o), true);
  return { row, verdict: predictedFor({ placement: row.placement as Placement, label: row.label as 'negative' }, report), observations };
}

/** Declared disclosures are the positives; leaked chatbot text is another detector's job and is left out. */
export function target(label: string): 0 | 1 | null {
  if (label === 'chatbot_artifact') return null;
  return label === 'negative' ? 0 : 1;
}

export type Head = 'rescue' | 'veto' | 'actorOnly';

/** Which head judges a candidate: a kept frame the veto, a rejected frame the rescue, an actor alone the actor-only head. */
export function headOf(c: Candidate): Head {
  return c.accepted ? 'veto' : c.actorOnly ? 'actorOnly' : 'rescue';
}

/** Training examples for one head: the candidates it judges, or every candidate (`pooled`). */
export function examplesOf(outcomes: readonly Outcome[], head: Head, pooled: boolean): Example[] {
  const out: Example[] = [];
  for (const o of outcomes) {
    const y = target(o.row.label);
    if (y === null) continue;
    for (const ob of o.observations) if (pooled || headOf(ob.candidate) === head) out.push({ x: ob.x, tokens: ob.tokens, y });
  }
  return out;
}

export interface Figures {
  declared: number;
  anyAi: number;
  positives: number;
  exact: number;
  negatives: number;
  negFires: number;
}

/** The eval's sentence-level figures (cli/eval.ts summarize) for a set of outcomes. */
export function figures(outcomes: readonly Outcome[]): Figures {
  const f: Figures = { declared: 0, anyAi: 0, positives: 0, exact: 0, negatives: 0, negFires: 0 };
  for (const o of outcomes) {
    const { label } = o.row;
    const right = (LABEL_TO_VERDICT[label] ?? ['none']).includes(o.verdict);
    if (label === 'negative') {
      f.negatives++;
      if (o.verdict !== 'none') f.negFires++;
      continue;
    }
    f.positives++;
    if (right) f.exact++;
    if (label !== 'chatbot_artifact') {
      f.declared++;
      if (o.verdict !== 'none') f.anyAi++;
    }
  }
  return f;
}

export const FOLDS = 5;

/** One head's model per cross-validation fold, each trained without that fold's publishers. */
export function foldWeights(baseline: readonly Outcome[], head: Head, cfg: TrainOptions & { pooled: boolean }): Weights[] {
  return Array.from({ length: FOLDS }, (_, k) => train(examplesOf(baseline.filter((o) => foldOf(o.row.publisher, FOLDS) !== k), head, cfg.pooled), cfg));
}
