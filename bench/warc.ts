/**
 * `npm run audit` over a WARC built from shared/corpus: pages per second with --jobs 1, --jobs 2, and two
 * independent --jobs 1 processes at once (each figure from the first record out to the last, so start-up
 * is excluded), and peak memory (max RSS) auditing a ~1 GB archive (the corpus written ten times, plain
 * WARC; with --quick, the small archive instead).
 * Run standalone: npx tsx bench/warc.ts [--quick]
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { responseRecord } from '../cli/warc/build';
import { REPO_ROOT, sharedDir as defaultSharedDir } from '../cli/shared/paths';

export interface WarcBench {
  warc_pages: number;
  warc_pages_per_second_jobs1: number;
  warc_pages_per_second_jobs2: number;
  warc_pages_per_second_two_jobs1_processes: number;
  /** jobs 2 over two independent jobs-1 processes (target ≥ 0.9). */
  warc_jobs2_vs_two_processes: number;
  warc_big_archive_mb: number;
  warc_peak_rss_mb: number;
}

interface Run {
  times: number[];
  rss: number;
}

/** One audit process; the arrival time of every output line, and the peak RSS it reports on stderr. */
function audit(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'cli', 'audit.ts'), ...args], { cwd: REPO_ROOT });
    const times: number[] = [];
    let err = '';
    let tail = '';
    child.stdout.on('data', (d: Buffer) => {
      const now = performance.now();
      const text = tail + d.toString('utf8');
      const parts = text.split('\n');
      tail = parts.pop()!;
      for (let i = 0; i < parts.length; i++) times.push(now);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => {
      const rss = /peak RSS (\d+) MB/.exec(err);
      if (code !== 0 || !rss) fail(new Error(`audit exited ${code}: ${err.slice(-500)}`));
      else done({ times, rss: Number(rss[1]) });
    });
  });
}

const rate = (n: number, ms: number) => (ms > 0 ? Math.round((n / ms) * 1000 * 10) / 10 : 0);
const single = (r: Run) => rate(r.times.length - 1, r.times.at(-1)! - r.times[0]!);

/** Lines both processes put out while both were running, over that window. */
function together(a: Run, b: Run): number {
  const from = Math.max(a.times[0]!, b.times[0]!);
  const to = Math.min(a.times.at(-1)!, b.times.at(-1)!);
  const n = [...a.times, ...b.times].filter((t) => t > from && t <= to).length;
  return rate(n, to - from);
}

async function writeWarc(path: string, pages: Array<{ url: string; body: Buffer }>, copies: number, gzip: boolean): Promise<void> {
  const out = createWriteStream(path);
  for (let c = 0; c < copies; c++) {
    for (const p of pages) {
      const rec = await responseRecord({ url: c ? `${p.url}?copy=${c}` : p.url, date: '2024-05-01T10:00:00Z', body: p.body }, gzip);
      if (!out.write(rec)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}

export async function benchWarc(sharedDir: string, quick: boolean): Promise<WarcBench> {
  const index = readFileSync(join(sharedDir, 'corpus', 'index.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { file: string; url: string | null });
  const rows = quick ? index.slice(0, 60) : index;
  const pages = rows.map((r) => ({ url: r.url ?? `https://corpus.invalid/${r.file}`, body: readFileSync(join(sharedDir, 'corpus', r.file)) }));
  const dir = mkdtempSync(join(tmpdir(), 'pl-bench-warc-'));
  try {
    const small = join(dir, 'corpus.warc.gz');
    await writeWarc(small, pages, 1, true);
    const jobs1 = await audit(['--jobs', '1', small]);
    const jobs2 = await audit(['--jobs', '2', small]);
    const [p1, p2] = await Promise.all([audit(['--jobs', '1', small]), audit(['--jobs', '1', small])]);
    let big = small;
    if (!quick) {
      big = join(dir, 'corpus-x10.warc');
      await writeWarc(big, pages, 10, false);
    }
    const mem = quick ? jobs2 : await audit(['--jobs', '2', '--output', '/dev/null', big]);
    const two = together(p1!, p2!);
    return {
      warc_pages: jobs1.times.length,
      warc_pages_per_second_jobs1: single(jobs1),
      warc_pages_per_second_jobs2: single(jobs2),
      warc_pages_per_second_two_jobs1_processes: two,
      warc_jobs2_vs_two_processes: two > 0 ? Math.round((single(jobs2) / two) * 100) / 100 : 0,
      warc_big_archive_mb: Math.round(statSync(big).size / 1024 / 1024),
      warc_peak_rss_mb: mem.rss,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchWarc(defaultSharedDir(), process.argv.includes('--quick')).then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
