/**
 * The detection pass's first-run cost, before and after a change, in real Chromium: the DOM scan
 * (utils/provenance/scan.ts and the report) of a git revision and of the working tree, each run
 * once in a fresh isolated world (what a content script gets on every page load), interleaved on
 * the same saved pages in one browser, beside the bare text-node pass the budget is a multiple of.
 * Also says on how many pages the two scans' results differ (they must not, for a speed change).
 *
 *   npx tsx bench/ab-content.ts [revision=HEAD] [pages=60] [rounds=4]
 *
 * Timers in a page are coarse (0.1 ms): each page's figure is the mean of its rounds, and the
 * summary is the median over pages. On a shared machine compare the ratios to the floor, and
 * repeat: differences under ~0.3 ms are noise.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server';

const [revision = 'HEAD', pagesArg = '60', roundsArg = '4'] = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'pl-ab-'));

/** The page-side entry: __run times nothing itself; __out is read after the timed call. */
const entry = (provenance: string) => `
import { scanPage } from ${JSON.stringify(`${provenance}/scan`)};
import { assembleReport } from ${JSON.stringify(`${provenance}/report`)};
globalThis.__run = (doc) => {
  const phases = {};
  const scan = scanPage(doc, { url: location.href, phases });
  const report = assembleReport(scan, []);
  globalThis.__phases = phases;
  globalThis.__out = () => JSON.stringify([report.verdict, scan.isArticle, scan.signals, scan.candidates]);
};`;
const floor = `globalThis.__run = (doc) => {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.nodeValue?.length ?? 0;
  globalThis.__out = () => String(chars);
};`;
const bundle = (name: string, source: string): string => {
  const file = join(work, `${name}.js`);
  writeFileSync(file, source);
  return buildSync({ entryPoints: [file], bundle: true, write: false, format: 'iife', minify: true, target: 'chrome120', nodePaths: [resolve('node_modules')] }).outputFiles[0]!.text;
};

execFileSync('sh', ['-c', `git archive ${JSON.stringify(revision)} utils | tar -x -C ${JSON.stringify(work)}`]);
const variants: Record<string, string> = {
  floor: bundle('floor', floor),
  [revision]: bundle('before', entry(join(work, 'utils/provenance'))),
  'working tree': bundle('after', entry(resolve('utils/provenance'))),
};

const corpus = join(resolve(process.env.PL_SHARED ?? '../shared'), 'corpus');
const files = readFileSync(join(corpus, 'index.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { file: string }).file).slice(0, Number(pagesArg));
const rounds = Number(roundsArg);
const server = await startServer(corpus);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const perPage: Record<string, number[]> = {};
const phases: Record<string, Record<string, number[]>> = {};
const differing: string[] = [];
try {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  let worlds = 0;
  for (const file of files) {
    try {
      await page.goto(`${server.origin}/${file.split('/').map(encodeURIComponent).join('/')}`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    } catch {
      continue;
    }
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const times: Record<string, number[]> = {};
    const outs: Record<string, string> = {};
    for (let round = 0; round < rounds; round++) {
      const order = Object.keys(variants);
      if (round % 2) order.reverse();
      for (const name of order) {
        const world = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `ab-${worlds++}` })) as { executionContextId: number };
        const contextId = world.executionContextId;
        await cdp.send('Runtime.evaluate', { expression: variants[name]!, contextId });
        const res = (await cdp.send('Runtime.evaluate', {
          expression: '(() => { const t = performance.now(); __run(document); const ms = performance.now() - t; return JSON.stringify([ms, __out(), globalThis.__phases ?? {}]); })()',
          contextId,
          returnByValue: true,
        })) as { result: { value?: string } };
        if (!res.result.value) continue;
        const [ms, out, ph] = JSON.parse(res.result.value) as [number, string, Record<string, number>];
        (times[name] ??= []).push(ms);
        outs[name] = out;
        for (const [k, v] of Object.entries(ph)) ((phases[name] ??= {})[k] ??= []).push(v);
      }
    }
    if (Object.keys(times).length !== Object.keys(variants).length) continue;
    for (const [name, xs] of Object.entries(times)) (perPage[name] ??= []).push(xs.reduce((a, b) => a + b, 0) / xs.length);
    if (outs[revision] !== outs['working tree']) differing.push(file);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const floorMs = median(perPage['floor'] ?? []);
for (const [name, xs] of Object.entries(perPage)) {
  const ph = Object.entries(phases[name] ?? {}).map(([k, v]) => `${k} ${median(v).toFixed(2)}`).join(', ');
  console.log(`${name.padEnd(14)} pages ${xs.length}  median ${median(xs).toFixed(2)} ms  ×floor ${(median(xs) / floorMs).toFixed(2)}${ph ? `  (phase medians: ${ph})` : ''}`);
}
console.log(`pages whose scan differs between ${revision} and the working tree: ${differing.length}${differing.length ? ` (${differing.slice(0, 5).join(', ')})` : ''}`);
