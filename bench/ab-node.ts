/**
 * The detector's speed in Node, revisions side by side: `detectProvenance` of each git revision and of the working tree
 * over the corpus pages, each in a process of its own (one process per revision and round, in rotated order), so no
 * revision shares a JIT or a heap with another and the machine's drift falls on all of them alike. In each process the
 * pages are parsed outside the timing, warmed up once, then timed over `--passes` passes (median). Also says on how
 * many pages each revision's report differs from the working tree's (a speed change must print 0).
 *
 *   npx tsx bench/ab-node.ts [revision...] [--rounds=5] [--passes=3]
 *
 * e.g. `npx tsx bench/ab-node.ts 29ee910` compares the working tree with the revision issue 13 was filed at (its
 * "≈ 230 pages/s"). On a shared machine read the medians from one run.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => Number(args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const corpus = join(resolve(process.env.PL_SHARED ?? '../shared'), 'corpus');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface ChildResult {
  pagesPerSecond: number;
  /** One hash per page of the report as the reader sees it (everything but the time it took). */
  answers: string[];
}

/** In the child: one revision's detector over the corpus; prints a ChildResult. */
async function child(root: string, passes: number): Promise<void> {
  type Detect = (doc: Document, opts: { url: string }) => { elapsedMs?: number };
  const { detectProvenance } = (await import(join(root, 'utils/provenance/index.ts'))) as { detectProvenance: Detect };
  const { parseDocument } = (await import(join(root, 'utils/provenance/parse-html.ts'))) as { parseDocument: (html: string) => Document };
  const docs = readFileSync(join(corpus, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { file: string; url: string | null })
    .map((row) => ({ doc: parseDocument(readFileSync(join(corpus, row.file), 'utf8')), url: row.url ?? `https://corpus.invalid/${row.file}` }));
  // Warm-up (rule compilation and JIT, as in a long-lived worker), which also gives the answers.
  const answers = docs.map((p) => createHash('sha256').update(JSON.stringify({ ...detectProvenance(p.doc, { url: p.url }), elapsedMs: 0 })).digest('hex'));
  const rates: number[] = [];
  for (let i = 0; i < passes; i++) {
    const t0 = performance.now();
    for (const p of docs) detectProvenance(p.doc, { url: p.url });
    rates.push((docs.length / (performance.now() - t0)) * 1000);
  }
  const result: ChildResult = { pagesPerSecond: median(rates), answers };
  process.stdout.write(JSON.stringify(result));
}

const childRoot = args.find((a) => a.startsWith('--child='))?.slice('--child='.length);
if (childRoot) {
  await child(childRoot, option('passes', 3));
} else {
  const rounds = option('rounds', 5);
  const passes = option('passes', 3);
  const revisions = args.filter((a) => !a.startsWith('--'));
  const work = mkdtempSync(join(tmpdir(), 'pl-ab-node-'));
  try {
    // Each revision's utils beside a link to this tree's node_modules, so its imports resolve as they do here.
    symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir');
    const roots: Array<[string, string]> = revisions.map((rev, i) => {
      const dir = join(work, `r${i}`);
      mkdirSync(dir);
      execFileSync('sh', ['-c', `git archive ${JSON.stringify(rev)} utils | tar -x -C ${JSON.stringify(dir)}`]);
      return [rev, dir];
    });
    roots.push(['working tree', resolve('.')]);
    const self = fileURLToPath(import.meta.url);
    const runs = roots.map(() => [] as ChildResult[]);
    for (let r = 0; r < rounds; r++) {
      for (let k = 0; k < roots.length; k++) {
        const i = (k + r) % roots.length;
        const out = execFileSync(process.execPath, ['--import', 'tsx', self, `--child=${roots[i]![1]}`, `--passes=${passes}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
        runs[i]!.push(JSON.parse(out) as ChildResult);
      }
    }
    const expected = runs.at(-1)![0]!.answers;
    console.log(`detectProvenance over ${expected.length} corpus pages: ${rounds} processes per revision (rotated), each the median of ${passes} passes; pages per second:`);
    for (const [i, [name]] of roots.entries()) {
      const rates = runs[i]!.map((x) => x.pagesPerSecond);
      const differing = runs[i]![0]!.answers.filter((h, j) => h !== expected[j]).length;
      const differs = i === roots.length - 1 ? '' : `; reports differing from the working tree's: ${differing} of ${expected.length}`;
      console.log(`  ${name.padEnd(14)} median ${median(rates).toFixed(1)}  (${rates.map((x) => x.toFixed(0)).join(' ')})${differs}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
