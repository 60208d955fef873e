/**
 * The content script's main-thread cost in real Chromium: the built extension visits saved pages
 * served from 127.0.0.1 and reports, per page, the time of its first pass (detection + in-page UI),
 * which it measures itself and sends with the page report, with the detection pass's phases.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, type TestPage } from '../tests/e2e/browsers';
import { startServer } from '../tests/e2e/server';

export interface ContentBench {
  content_script_ms_median: number;
  content_script_ms_p95: number;
  content_script_detect_ms_median: number;
  content_script_detect_ms_p95: number;
  content_script_pages: number;
  content_script_long_tasks: number;
  /** The same pass on the first page of a new site (a fresh renderer process), over a sample. */
  content_script_cold_ms_median: number;
  content_script_cold_ms_p95: number;
  content_script_cold_pages: number;
  content_script_bytes: number;
  /** A bare pass over the same pages' text nodes in the same fresh world, nothing else (test builds, ?pl-floor). */
  content_script_floor_ms_median: number;
  content_script_floor_ms_p95: number;
  /** content_script_detect_ms_median / content_script_floor_ms_median. */
  content_script_detect_over_floor: number;
  /** Median and p95 per phase of the detection pass. */
  content_script_phases_ms: Record<string, { median: number; p95: number }>;
}

/** Every COLD_EVERY-th corpus page is also measured as the first page of a new site. */
const COLD_EVERY = 4;

interface Sample {
  totals: number[];
  detects: number[];
  phases: Record<string, number[]>;
  /** Passes over 50 ms. */
  long: number;
}
const newSample = (): Sample => ({ totals: [], detects: [], phases: {}, long: 0 });

/** Opens one page and records the timing its content script reported with its page report. */
async function visit(probe: TestPage, page: TestPage, url: string, into: Sample): Promise<void> {
  const started = performance.now();
  try {
    await page.goto(url, 'domcontentloaded');
  } catch {
    return;
  }
  const timing = await probe
    .waitFor(
      async (u) => {
        const api = (globalThis as { browser?: typeof globalThis.chrome }).browser ?? globalThis.chrome;
        const all = await api.storage.session.get(null);
        const hit = Object.values(all).find((s) => (s as { url?: string }).url === u) as
          | { timing?: { totalMs: number; detectMs: number; phases?: Record<string, number> } }
          | undefined;
        return hit?.timing ?? null;
      },
      url,
      10_000,
    )
    .catch(() => null);
  if (!timing) {
    if (process.env.BENCH_VERBOSE) console.error('no report for', url);
    return;
  }
  if (process.env.BENCH_VERBOSE) console.error(url, Math.round(performance.now() - started), 'ms', JSON.stringify(timing));
  into.totals.push(timing.totalMs);
  into.detects.push(timing.detectMs);
  for (const [name, ms] of Object.entries(timing.phases ?? {})) (into.phases[name] ??= []).push(ms);
  if (timing.totalMs > 50) into.long++;
}

export const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))]!;
};

/** Size of the release (not test) build's content script, minified, built fresh so it is never stale. */
export function contentScriptBytes(): number {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  return statSync(resolve('.output/chrome-mv3/content-scripts/content.js')).size;
}

export async function benchContentChromium(sharedDir: string, limit = Number(process.env.BENCH_PAGES ?? 0)): Promise<ContentBench> {
  if (process.env.PL_E2E_SKIP_BUILD !== '1') execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore', env: { ...process.env, PL_E2E: '1' } });
  const corpus = join(sharedDir, 'corpus');
  const index = readFileSync(join(corpus, 'index.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { file: string });
  const files = limit > 0 ? index.slice(0, limit) : index;
  const server = await startServer(corpus);
  const ext = await launch('chromium');
  const warm = newSample();
  const cold = newSample();
  const floor = newSample();
  try {
    const probe = await ext.openExtensionPage('popup.html', server.origin);
    const page = await ext.newPage();
    const port = new URL(server.origin).port;
    const path = (file: string) => file.split('/').map(encodeURIComponent).join('/');
    // Same site, one tab: the renderer process (and V8's caches of compiled code and regular
    // expressions) stays warm from page to page, as when a reader moves around one site.
    for (const { file } of files) {
      await visit(probe, page, `${server.origin}/${path(file)}`, warm);
      // The same page again, where the test build only walks the text nodes: the floor, measured
      // in the same run and the same kind of fresh world, right beside the pass it bounds.
      await visit(probe, page, `${server.origin}/${path(file)}?pl-floor`, floor);
    }
    // A new site for each page (p<i>.test, resolved to 127.0.0.1): a fresh renderer process, as
    // for the first page a reader opens on a site. A sample, because each visit starts a process.
    for (const [i, { file }] of files.entries()) {
      if (i % COLD_EVERY === 0) await visit(probe, page, `http://p${i}.test:${port}/${path(file)}`, cold);
    }
  } finally {
    await ext.close();
    await server.close();
  }
  const { totals, detects, phases, long } = warm;
  const floorMs = floor.phases['floor'] ?? [];
  return {
    content_script_ms_median: quantile(totals, 0.5),
    content_script_ms_p95: quantile(totals, 0.95),
    content_script_detect_ms_median: quantile(detects, 0.5),
    content_script_detect_ms_p95: quantile(detects, 0.95),
    content_script_pages: totals.length,
    content_script_long_tasks: long + cold.long,
    content_script_cold_ms_median: quantile(cold.totals, 0.5),
    content_script_cold_ms_p95: quantile(cold.totals, 0.95),
    content_script_cold_pages: cold.totals.length,
    content_script_bytes: contentScriptBytes(),
    content_script_floor_ms_median: quantile(floorMs, 0.5),
    content_script_floor_ms_p95: quantile(floorMs, 0.95),
    content_script_detect_over_floor: quantile(detects, 0.5) / quantile(floorMs, 0.5),
    content_script_phases_ms: Object.fromEntries(
      Object.entries(phases).map(([name, xs]) => [name, { median: quantile(xs, 0.5), p95: quantile(xs, 0.95) }]),
    ),
  };
}
