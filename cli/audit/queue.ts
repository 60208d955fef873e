import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Args } from './args';
import { inputItems } from './inputs';
import { keysIn, LineFile } from './output';
import { jsonLine } from '../shared/terminal';
import { describeStats, runAudit, type RunStats } from './run';

/** The BullMQ queue every machine of one study shares (one study per Redis database). */
export const QUEUE = 'provenance-audit';

interface ShardData {
  shard: string;
}
interface ShardResult {
  records: number;
  errors: number;
  resumed: number;
  file: string;
}

const connect = (url: string) => new Redis(url, { maxRetriesPerRequest: null });

/** A stable, file-safe name for a shard's output: readable tail + hash of the whole path or URL. */
export function shardFile(shard: string): string {
  const tail = shard.replace(/[?#].*$/, '').split('/').pop()!.replace(/\.(?:warc|arc)(?:\.gz)?$/i, '').replace(/[^\w.-]+/g, '_').slice(-80);
  return `${tail || 'shard'}-${createHash('sha1').update(shard).digest('hex').slice(0, 12)}.ndjson`;
}

async function readPaths(file: string, prefix: string): Promise<string[]> {
  const raw = createReadStream(file);
  const out: string[] = [];
  const lines = createInterface({ input: file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity });
  for await (const line of lines) {
    const l = line.trim();
    if (l && !l.startsWith('#')) out.push(/^[a-z]+:\/\//i.test(l) || l.startsWith('/') ? l : prefix + l);
  }
  return out;
}

export async function enqueue(args: Extract<Args, { mode: 'enqueue' }>): Promise<number> {
  const shards = [...args.shards, ...(args.paths ? await readPaths(args.paths, args.prefix) : [])];
  const conn = connect(args.queue);
  const queue = new Queue<ShardData>(QUEUE, { connection: conn });
  try {
    // The job id is the shard's hash, so queueing the same list twice adds nothing.
    for (let i = 0; i < shards.length; i += 1000) {
      await queue.addBulk(
        shards.slice(i, i + 1000).map((shard) => ({
          name: 'shard',
          data: { shard },
          opts: { jobId: createHash('sha1').update(shard).digest('hex'), attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
        })),
      );
    }
    console.error(`audit: queued ${shards.length} shards on ${QUEUE}`);
    return 0;
  } finally {
    await queue.close();
    conn.disconnect();
  }
}

/**
 * Audits one shard into DIR/<shard>.ndjson: records go to a .part file first, which a retry (on any
 * machine sharing DIR) resumes, skipping the sources it already holds; the rename marks it whole.
 */
export async function auditShard(shard: string, outDir: string, jobs: number): Promise<ShardResult & { stats: RunStats }> {
  const file = join(outDir, shardFile(shard));
  const part = `${file}.part`;
  const out = LineFile.open(part, true);
  let stats: RunStats;
  try {
    const done = await keysIn(part);
    stats = await runAudit(inputItems([shard], { rethrow: true }), { jobs, done, emit: (r) => out.write(jsonLine(r)) });
  } finally {
    out.close();
  }
  await rename(part, file);
  return { records: stats.records, errors: stats.errors, resumed: stats.resumed, file, stats };
}

export async function work(args: Extract<Args, { mode: 'work' }>): Promise<number> {
  await mkdir(args.outDir, { recursive: true });
  const conn = connect(args.queue);
  const workerConn = connect(args.queue);
  const queue = new Queue<ShardData>(QUEUE, { connection: conn });
  let failures = 0;
  const worker = new Worker<ShardData, ShardResult>(
    QUEUE,
    async (job: Job<ShardData>) => {
      console.error(`audit: shard started ${job.data.shard}`);
      const r = await auditShard(job.data.shard, args.outDir, args.jobs);
      console.error(`audit: shard done ${job.data.shard}: ${describeStats(r.stats)}`);
      if (r.errors) failures++;
      return { records: r.records, errors: r.errors, resumed: r.resumed, file: r.file };
    },
    // A dead worker's lock lapses after lockMs; the stalled check then hands its shard to another worker.
    { connection: workerConn, concurrency: 1, lockDuration: args.lockMs, stalledInterval: args.lockMs, maxStalledCount: 5 },
  );
  worker.on('failed', (job, err) => {
    failures++;
    console.error(`audit: shard failed ${job?.data.shard ?? '?'}: ${err.message}`);
  });
  const stop = () => void worker.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (args.untilEmpty) {
    // Leave once nothing is waiting or held by any worker (a dead worker's shard counts until it is retried).
    await new Promise<void>((resolve) => {
      const check = async () => {
        const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
        if (Object.values(c).every((n) => n === 0)) {
          clearInterval(timer);
          resolve();
        }
      };
      const timer = setInterval(() => void check().catch(() => {}), Math.min(1000, args.lockMs));
      worker.on('completed', () => void check().catch(() => {}));
    });
    await worker.close();
  } else {
    await new Promise<void>((resolve) => worker.on('closed', () => resolve()));
  }
  await queue.close();
  conn.disconnect();
  workerConn.disconnect();
  return failures ? 1 : 0;
}

export async function queueStatus(args: Extract<Args, { mode: 'status' }>): Promise<number> {
  const conn = connect(args.queue);
  const queue = new Queue(QUEUE, { connection: conn });
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
    if (args.format === 'ndjson') console.log(JSON.stringify(c));
    else for (const [k, n] of Object.entries(c)) console.log(`${k.padEnd(10)} ${n}`);
    return 0;
  } finally {
    await queue.close();
    conn.disconnect();
  }
}
