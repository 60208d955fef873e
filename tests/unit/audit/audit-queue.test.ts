import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { shardFile } from '../../../cli/audit/queue';
import { exited, lines, runAudit, startAudit, utf8Pages, waitForLine, warcOf } from './helpers';
import { startRedis } from './redis';

let redis: Awaited<ReturnType<typeof startRedis>>;
const dir = mkdtempSync(join(tmpdir(), 'pl-queue-'));
beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterAll(async () => {
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('distributed audit on BullMQ', () => {
  it('two workers, one killed mid-shard: every record present exactly once', async () => {
    const pages = utf8Pages();
    const shards = [1, 2, 3].map((n) => join(dir, `shard-${n}.warc.gz`));
    for (const [i, s] of shards.entries()) writeFileSync(s, await warcOf(pages, { copies: i === 0 ? 16 : 2 }));
    const expected = pages.length * (16 + 2 + 2);
    const paths = join(dir, 'warc.paths');
    writeFileSync(paths, `${shards.map((s) => s.slice(dir.length + 1)).join('\n')}\n`);
    const out = join(dir, 'out');

    const q = await runAudit(['--queue', redis.url, '--enqueue', '--paths', paths, '--prefix', `${dir}/`]);
    expect(q.code).toBe(0);
    // Queueing the same list again adds nothing (the job id is the shard).
    await runAudit(['--queue', redis.url, '--enqueue', '--paths', paths, '--prefix', `${dir}/`]);

    // Worker A takes the first (big) shard; it is killed once some of its records are written.
    const a = startAudit(['--queue', redis.url, '--work', '--out-dir', out, '--jobs', '1', '--lock-ms', '2000']);
    const started = await waitForLine(a, /shard started/);
    expect(started).toContain('shard-1.warc.gz');
    const part = join(out, `${shardFile(shards[0]!)}.part`);
    await vi.waitFor(() => expect(readFileSync(part, 'utf8').split('\n').length).toBeGreaterThan(3), { timeout: 60_000, interval: 20 });
    a.kill('SIGKILL');
    await exited(a);
    const partial = lines(readFileSync(part, 'utf8').replace(/[^\n]*$/, ''));
    expect(partial.length).toBeLessThan(pages.length * 16);

    // Worker B waits for the dead worker's lock to lapse, takes its shard over and finishes the queue.
    const b = await runAudit(['--queue', redis.url, '--work', '--out-dir', out, '--jobs', '2', '--lock-ms', '2000', '--until-empty']);
    expect(b.code).toBe(0);
    expect(b.err).toMatch(/shard done .*shard-1\.warc\.gz: .*already in the output/);

    const files = readdirSync(out).sort();
    expect(files).toEqual(shards.map(shardFile).sort());
    const records = files.flatMap((f) => lines(readFileSync(join(out, f), 'utf8')));
    const sources = records.map((r) => String(r['source']));
    expect(sources).toHaveLength(expected);
    expect(new Set(sources).size).toBe(expected);
    // What A wrote before it died was kept, not redone.
    const done = new Set(sources);
    for (const r of partial) expect(done.has(String(r['source']))).toBe(true);

    const status = await runAudit(['--queue', redis.url, '--status', '--format', 'ndjson']);
    expect(JSON.parse(status.out)).toMatchObject({ waiting: 0, active: 0, completed: 3, failed: 0 });
  }, 180_000);
});
