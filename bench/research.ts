/**
 * Research log at scale: 100,000 synthetic records in fake-indexeddb (in-memory, so IDB
 * timings are indicative only; real browsers write to disk but clone in native code).
 * Targets: first table page < 200 ms, filter < 100 ms, export < 5 s.
 * Run: npx tsx bench/research.ts   (BENCH_RESEARCH_RECORDS overrides the count)
 */
import { IDBFactory } from 'fake-indexeddb';
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { openProvenanceDb } from '../utils/research/db';
import { exportRecords } from '../utils/research/export';
import { RecordIndex, readNewestPage } from '../utils/research/query';
import { writeTransaction } from '../utils/research/tx';
import { syntheticRecords } from '../tests/unit/research/synthetic';

export interface ResearchBench {
  records: number;
  insert_ms: number;
  first_page_ms: number;
  filter_ms: number;
  export_ms: number;
  idb_bytes_estimate: number;
}

const ms = (t0: number) => Math.round((performance.now() - t0) * 10) / 10;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function benchResearch(n = Number(process.env.BENCH_RESEARCH_RECORDS ?? 100_000), log?: (line: string) => void): Promise<ResearchBench> {
  globalThis.indexedDB = new IDBFactory();
  const records = syntheticRecords(n);
  const db = await openProvenanceDb('provenance-lens-bench');

  let t0 = performance.now();
  await writeTransaction(db, 'research', async (tx) => {
    const store = tx.objectStore('research');
    await Promise.all(records.map((r) => store.put(r)));
  });
  const insert_ms = ms(t0);
  db.close();

  // Cold: a new connection, as when the options page opens.
  t0 = performance.now();
  const db2 = await openProvenanceDb('provenance-lens-bench');
  const first = await readNewestPage(db2, 0, 50);
  const first_page_ms = ms(t0);
  if (first.records.length !== 50 || first.total !== n) throw new Error('first page is wrong');

  t0 = performance.now();
  const index = await RecordIndex.load(db2);
  const load_ms = ms(t0);
  t0 = performance.now();
  index.query({ limit: 50 });
  const first_sort_ms = ms(t0);

  const filters = [
    { verdict: 'ai-generated' as const, limit: 50 },
    { text: 'climate export', limit: 50 },
    { domain: 'site42.example', lang: 'en', limit: 50 },
    { from: '2026-04-01', to: '2026-05-31', verdict: ['ai-assisted', 'automated'] as ('ai-assisted' | 'automated')[], text: 'rail', limit: 50 },
  ];
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const f of filters) {
      t0 = performance.now();
      index.query(f);
      times.push(performance.now() - t0);
    }
  }
  const filter_ms = Math.round(median(times) * 10) / 10;
  const filter_max_ms = Math.round(Math.max(...times) * 10) / 10;

  const all = index.filter({});
  t0 = performance.now();
  const csv = exportRecords(all, 'csv');
  const csv_ms = ms(t0);
  t0 = performance.now();
  const ndjson = exportRecords(all, 'ndjson');
  const ndjson_ms = ms(t0);
  const export_ms = Math.max(csv_ms, ndjson_ms);

  const enc = new TextEncoder();
  const idb_bytes_estimate = enc.encode(ndjson).length;
  db2.close();

  log?.(`records ${n}`);
  log?.(`insert (one transaction)        ${insert_ms} ms`);
  log?.(`first page (open + index cursor) ${first_page_ms} ms`);
  log?.(`load all into RecordIndex        ${load_ms} ms`);
  log?.(`first sorted query (builds sort) ${first_sort_ms} ms`);
  log?.(`filter median / max              ${filter_ms} / ${filter_max_ms} ms`);
  log?.(`export csv / ndjson              ${csv_ms} / ${ndjson_ms} ms (${(csv.length / 1e6).toFixed(1)} / ${(ndjson.length / 1e6).toFixed(1)} MB)`);
  log?.(`idb bytes estimate (JSON)        ${(idb_bytes_estimate / 1e6).toFixed(1)} MB`);
  return { records: n, insert_ms, first_page_ms, filter_ms, export_ms, idb_bytes_estimate };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchResearch(undefined, (line) => console.log(line)).then((r) => console.log(JSON.stringify(r)));
}
