import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AuditRecord } from '../../utils/provenance/index';
import type { Item } from './inputs';
import { failed } from './records';
import type { AuditTask } from './task';

export interface RunStats {
  records: number;
  errors: number;
  /** Skipped WARC records by reason (request, revisit, not HTML (image/png), HTTP 404…). */
  skipped: Map<string, number>;
  /** Records the output already held (--resume). */
  resumed: number;
}

/** Payload bytes waiting for or in the pool, at most (a page alone may be bigger). */
const MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/** Old-generation heap per detector thread. */
const HEAP_MB = Number(process.env['PL_AUDIT_HEAP_MB'] ?? 160);

/** A thread that died on a page (out of memory, most likely) fails that page only. */
function crashed(task: AuditTask, e: unknown): AuditRecord {
  const why = `detector thread failed: ${e instanceof Error ? e.message : String(e)}`;
  if (task.type === 'file') return failed(task.path, why);
  if (task.type === 'html') return failed(task.input, why);
  return failed(task.input, why, task.origin, task.url);
}

export const defaultJobs = (): number => Math.max(1, availableParallelism());

/**
 * Runs every item through a pool of `jobs` detector threads (piscina) and hands the records to `emit`
 * in input order. At most a few tasks per thread are in flight: the input is pulled only when one
 * finishes, so memory stays flat however big the archive.
 */
export async function runAudit(
  items: AsyncIterable<Item>,
  opts: { jobs: number; emit: (r: AuditRecord) => void; done?: Set<string> },
): Promise<RunStats> {
  const stats: RunStats = { records: 0, errors: 0, skipped: new Map(), resumed: 0 };
  const pool = new Piscina({
    filename: fileURLToPath(new URL('./pool-worker.ts', import.meta.url)),
    minThreads: opts.jobs,
    maxThreads: opts.jobs,
    idleTimeout: 60_000,
    // V8 sizes a thread's heap from the machine's memory (on 24 GB, a young generation of ~200 MB per
    // thread) and lets it grow far past what one page needs; caps make it collect sooner and keep a long
    // run's memory flat (peak RSS 660 → 375 MB over 400 corpus pages, 2 threads). A page that needs more
    // fails alone (error record).
    resourceLimits: { maxOldGenerationSizeMb: HEAP_MB, maxYoungGenerationSizeMb: 32 },
  });
  // Records go out in input order, so one slow page holds back the ones after it: the window is wide
  // enough that the other threads keep working meanwhile, and bounded in bytes as well as in pages.
  const inFlight: Array<{ record: Promise<AuditRecord>; bytes: number }> = [];
  const limit = opts.jobs * 16;
  let bytes = 0;
  const next = async () => {
    const head = inFlight.shift()!;
    bytes -= head.bytes;
    out(await head.record);
  };
  const out = (r: AuditRecord) => {
    stats.records++;
    if (r.error) stats.errors++;
    opts.emit(r);
  };
  try {
    for await (const item of items) {
      if (item.kind === 'skip') {
        stats.skipped.set(item.reason, (stats.skipped.get(item.reason) ?? 0) + 1);
        continue;
      }
      if (opts.done?.has(item.key)) {
        stats.resumed++;
        continue;
      }
      const size = item.kind === 'task' ? (item.transfer?.byteLength ?? 0) : 0;
      inFlight.push({
        bytes: size,
        record:
          item.kind === 'record'
            ? Promise.resolve(item.record)
            : (pool.run(item.task, (item.transfer ? { transferList: [item.transfer] } : {}) as Parameters<Piscina['run']>[1]) as Promise<AuditRecord>).catch(
                (e: unknown) => crashed(item.task, e),
              ),
      });
      bytes += size;
      while (inFlight.length >= limit || (bytes > MAX_BYTES_IN_FLIGHT && inFlight.length > 1)) await next();
    }
    while (inFlight.length) await next();
  } finally {
    await pool.destroy();
  }
  return stats;
}

/** One stderr line: what was audited, skipped and resumed. */
export function describeStats(s: RunStats): string {
  const parts = [`${s.records} records (${s.errors} errors)`];
  parts.push(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  if (s.resumed) parts.push(`${s.resumed} already in the output`);
  if (s.skipped.size) {
    const why = [...s.skipped].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${n} ${r}`);
    parts.push(`skipped WARC records: ${why.join(', ')}`);
  }
  return parts.join('; ');
}
