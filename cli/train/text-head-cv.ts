/**
 * npx tsx cli/train/text-head-cv.ts — can richer text features make a learned head worth shipping? (session 21; figures in
 * utils/provenance/learned/README.md). Rows: every row a rule writer may read (the train split, the read train sides of held-out
 * batches, the dev set); never a test row. Each is run through the real detector with the grammar alone, observing the
 * candidates it offers its heads; the 787 corpus pages likewise (all negatives). Heads are fitted five-fold by publisher
 * (corpus pages by file), optionally with corpus candidates as negatives, and judged as the shipped heads are: the most
 * disclosures found + exact with no negative and no corpus page firing more (`bestStrict`), beside the trade-off curve.
 */
import { createHash } from 'node:crypto';
import { detectProvenance } from '../../utils/provenance/index';
import { parseDocument } from '../../utils/provenance/parse-html';
import { withModel, type Observation } from '../../utils/provenance/learned/decide';
import { score, train, type Example, type TrainOptions } from '../../utils/provenance/learned/logistic';
import { readable } from '../eval/split';
import { corpusPages } from '../shared/corpus-pages';
import { sharedDir } from '../shared/paths';
import { FOLDS, foldOf, headOf, run, trainRows, type Head } from './data';
import { bestStrict, operatingPoints, richTokens, type ScoredRow } from './text-head';

interface Seen {
  head: Head;
  x: Map<string, number>;
  base: string[];
  rich: string[];
  category: string;
}
const seen = (o: Observation): Seen => ({
  head: headOf(o.candidate),
  x: o.x,
  base: o.tokens,
  rich: richTokens(o.candidate.sentence, o.candidate.match.start, o.candidate.match.end),
  category: o.candidate.match.category,
});

interface Config extends TrainOptions {
  name: string;
  tokens: 'none' | 'base' | 'rich';
  /** Heads whose candidates it judges (and learns from unless pooled). */
  heads: Head[];
  pooled: boolean;
  corpusNegatives: boolean;
}
const CONFIGS: Config[] = [
  { name: 'shipped features (128 word buckets, pooled), actor-only', tokens: 'base', nBuckets: 128, l2: 0.01, epochs: 400, rate: 0.5, heads: ['actorOnly'], pooled: true, corpusNegatives: false },
  { name: 'shipped features + corpus negatives, actor-only', tokens: 'base', nBuckets: 128, l2: 0.01, epochs: 400, rate: 0.5, heads: ['actorOnly'], pooled: true, corpusNegatives: true },
  { name: 'rich text, 4,096 buckets, actor-only + rescue, corpus negatives', tokens: 'rich', nBuckets: 4096, l2: 0.001, epochs: 400, rate: 0.5, heads: ['actorOnly', 'rescue'], pooled: false, corpusNegatives: true },
  { name: 'rich text, 4,096 buckets, L2 0.01', tokens: 'rich', nBuckets: 4096, l2: 0.01, epochs: 400, rate: 0.5, heads: ['actorOnly', 'rescue'], pooled: false, corpusNegatives: true },
  { name: 'rich text, 16,384 buckets, L2 0.0001, 800 epochs', tokens: 'rich', nBuckets: 16384, l2: 0.0001, epochs: 800, rate: 0.5, heads: ['actorOnly', 'rescue'], pooled: false, corpusNegatives: true },
];

const pageFold = (file: string): number => createHash('sha256').update(`provenance-lens-cv-v1:page:${file}`).digest().readUInt32BE(0) % FOLDS;

function main(): void {
  const shared = sharedDir();
  const rows = trainRows(shared, [], readable).filter((r) => r.label !== 'chatbot_artifact');
  const outcomes = rows.map((row) => {
    const o = run(row, null);
    return { row, verdict: o.verdict as string, seen: o.observations.map(seen) };
  });
  const corpus = [...corpusPages<{ file: string; url: string | null }>(shared)].map(({ row, html }) => {
    const obs: Seen[] = [];
    withModel(null, () => detectProvenance(parseDocument(html), { url: row.url ?? `https://corpus.invalid/${row.file}` }), (o) => obs.push(seen(o)), true);
    return { file: row.file, seen: obs };
  });
  const count = (h: Head): number => outcomes.reduce((n, o) => n + o.seen.filter((s) => s.head === h).length, 0);
  console.log(`readable rows ${rows.length}; candidates: ${count('veto')} kept frames, ${count('rescue')} rejected frames, ${count('actorOnly')} actors alone; corpus pages ${corpus.length} with ${corpus.reduce((n, c) => n + c.seen.filter((s) => s.head !== 'veto').length, 0)} rejected frames or actors alone`);

  for (const cfg of CONFIGS) {
    const tokensOf = (s: Seen): string[] => (cfg.tokens === 'rich' ? s.rich : cfg.tokens === 'base' ? s.base : []);
    const learns = (s: Seen): boolean => cfg.pooled || cfg.heads.includes(s.head);
    const judged = (s: Seen): boolean => cfg.heads.includes(s.head);
    const scored: ScoredRow[] = [];
    const corpusTop: number[] = [];
    for (let k = 0; k < FOLDS; k++) {
      const examples: Example[] = [];
      for (const o of outcomes) if (foldOf(o.row.publisher, FOLDS) !== k) for (const s of o.seen) if (learns(s)) examples.push({ x: s.x, tokens: tokensOf(s), y: o.row.label === 'negative' ? 0 : 1 });
      if (cfg.corpusNegatives) for (const c of corpus) if (pageFold(c.file) !== k) for (const s of c.seen) if (learns(s)) examples.push({ x: s.x, tokens: tokensOf(s), y: 0 });
      const w = train(examples, cfg);
      for (const o of outcomes) {
        if (foldOf(o.row.publisher, FOLDS) !== k) continue;
        scored.push({ label: o.row.label, verdict: o.verdict, scores: o.seen.filter(judged).map((s) => ({ p: Math.floor(score(w, s.x, tokensOf(s)) * 1000) / 1000, category: s.category })) });
      }
      for (const c of corpus) if (pageFold(c.file) === k) corpusTop.push(Math.max(0, ...c.seen.filter(judged).map((s) => score(w, s.x, tokensOf(s)))));
    }
    const points = operatingPoints(scored, corpusTop);
    const best = bestStrict(points);
    console.log(`\n${cfg.name}: ${best ? `θ=${best.theta} finds ${best.found} more (${best.exact} exact), no negative or corpus page more` : 'no θ gains without a negative or corpus page more'}`);
    for (const extra of [1, 2, 4, 8, 12]) {
      const p = points.find((q) => q.fire >= extra);
      if (p) console.log(`  first θ with ${extra}+ negatives more: θ=${p.theta} +${p.found} found, +${p.exact} exact, +${p.fire} negatives, ${p.corpus} corpus pages`);
    }
  }
}

main();
