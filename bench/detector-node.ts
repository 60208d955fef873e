/**
 * Detector speed in Node over the shared corpus: pages are parsed with linkedom outside the timed
 * part; only detectProvenance is timed. Also timed: what the background worker does when a page's
 * details are asked for (parse the serialised page, read metadata and main text).
 * Run standalone: npx tsx bench/detector-node.ts [sharedDir]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { detectProvenance, pageDetails } from '../utils/provenance/index';
import { parseDocument } from '../utils/provenance/parse-html';
import { sharedDir as defaultSharedDir } from '../cli/shared/paths';

export interface DetectorNodeBench {
  detector_node_ms_median: number;
  detector_node_ms_p95: number;
  pages_per_second: number;
  pages: number;
  /** The background's on-demand page details: parsing the serialised page with linkedom, then pageDetails. */
  details_ms_median: number;
  details_ms_p95: number;
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export async function benchDetectorNode(sharedDir: string): Promise<DetectorNodeBench> {
  const index = readFileSync(join(sharedDir, 'corpus', 'index.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { file: string; url: string | null });
  const pages: Array<{ doc: Document; url: string; html: string }> = [];
  for (const row of index) {
    try {
      const html = readFileSync(join(sharedDir, 'corpus', row.file), 'utf8');
      pages.push({ doc: parseDocument(html), url: row.url ?? `https://corpus.invalid/${row.file}`, html });
    } catch {
      /* unreadable page: not part of the timing */
    }
  }
  // Warm-up: rule compilation and JIT, as in a long-lived content script realm.
  for (const p of pages.slice(0, 20)) detectProvenance(p.doc, { url: p.url });
  const times: number[] = [];
  for (const p of pages) {
    const t0 = performance.now();
    detectProvenance(p.doc, { url: p.url });
    times.push(performance.now() - t0);
  }
  const total = times.reduce((a, b) => a + b, 0);
  const sorted = [...times].sort((a, b) => a - b);
  const details: number[] = [];
  for (const p of pages) {
    const t0 = performance.now();
    pageDetails(parseDocument(p.html), p.url);
    details.push(performance.now() - t0);
  }
  details.sort((a, b) => a - b);
  return {
    detector_node_ms_median: round(quantile(sorted, 0.5)),
    detector_node_ms_p95: round(quantile(sorted, 0.95)),
    pages_per_second: total > 0 ? Math.round((times.length / total) * 1000 * 10) / 10 : 0,
    pages: times.length,
    details_ms_median: round(quantile(details, 0.5)),
    details_ms_p95: round(quantile(details, 0.95)),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchDetectorNode(process.argv[2] ? resolve(process.argv[2]) : defaultSharedDir()).then(
    (r) => console.log(JSON.stringify(r)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
