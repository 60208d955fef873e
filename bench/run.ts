/**
 * `npm run bench`: prints the speed and size figures the issues set targets for.
 * `--json`: the last line is one JSON object with every figure. `--quick`: fewer pages/records.
 * `--only=node,content,warc,coverage,research,watch`: just those sections (while working on one figure).
 * Figures, not pass/fail: compare them with the targets printed beside them.
 */
import { resolve } from 'node:path';
import { benchDetectorNode } from './detector-node';
import { benchContentChromium } from './content-chromium';
import { benchCoverage } from './coverage';
import { benchResearch } from './research';
import { benchWarc } from './warc';
import { benchWatch } from './watch';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const shared = resolve(process.env.PL_SHARED ?? '../shared');
const log = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
const fmt = (n: number) => (Number.isFinite(n) ? (Math.round(n * 100) / 100).toString() : String(n));

const figures: Record<string, number> = {};

/** Nested figures ({ walk: { median, p95 } } under content_script_phases_ms) become flat keys. */
function flatten(out: object, prefix = ''): Record<string, number> {
  const flat: Record<string, number> = {};
  for (const [key, value] of Object.entries(out)) {
    if (typeof value === 'number') flat[prefix + key] = value;
    else if (value && typeof value === 'object') Object.assign(flat, flatten(value as object, `${prefix}${key}.`));
  }
  return flat;
}
const section = async <T extends object>(key: string, name: string, run: () => Promise<T>, targets: Record<string, string> = {}) => {
  if (only && !only.includes(key)) return;
  log(`\n== ${name}`);
  const started = performance.now();
  try {
    const out = await run();
    for (const [key, value] of Object.entries(flatten(out))) {
      figures[key] = value;
      log(`  ${key.padEnd(34)} ${fmt(value).padStart(12)}${targets[key] ? `   (target ${targets[key]})` : ''}`);
    }
  } catch (error) {
    log(`  failed: ${String(error)}`);
    process.exitCode = 1;
  }
  log(`  (${fmt((performance.now() - started) / 1000)} s)`);
};

await section('node', 'detector in Node (linkedom), over shared/corpus', () => benchDetectorNode(shared));
await section(
  'content',
  'content script in real Chromium, over shared/corpus',
  () => benchContentChromium(shared, quick ? 60 : Number(process.env.BENCH_PAGES ?? 0)),
  {
    content_script_detect_ms_median: '<= 2.5',
    content_script_detect_over_floor: '<= 3',
    content_script_detect_ms_p95: '<= 10',
    content_script_long_tasks: '0 passes > 50 ms',
    content_script_bytes: '<= 40000',
  },
);
await section('warc', 'npm run audit over a WARC of shared/corpus (start-up excluded)', () => benchWarc(shared, quick), {
  warc_jobs2_vs_two_processes: '>= 0.9',
  warc_peak_rss_mb: quick ? '< 500 (on 1 GB without --quick)' : '< 500 on ~1 GB',
});
await section('coverage', 'related coverage', () => benchCoverage());
await section('research', 'research log (fake-indexeddb)', () => benchResearch(quick ? 10_000 : 100_000), {
  first_page_ms: '< 200',
  filter_ms: '< 100',
  export_ms: '< 5000',
});

await section('watch', 'correction watch (read a fetched article, find a removed passage)', () => benchWatch());

if (json) process.stdout.write(`${JSON.stringify(figures)}\n`);
