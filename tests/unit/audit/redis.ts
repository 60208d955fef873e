import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './helpers';

export const REDIS_SERVER = process.env['REDIS_SERVER'] ?? '/usr/bin/redis-server';

/**
 * Debian's redis-server on 127.0.0.1, a free port, no persistence, its files in a temporary folder.
 * Resolves once it accepts connections. A missing binary fails the test with the package to install.
 */
export async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  if (!existsSync(REDIS_SERVER)) throw new Error(`${REDIS_SERVER} not found: apt-get install -y redis-server (or set REDIS_SERVER)`);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'pl-redis-'));
  const child: ChildProcess = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--loglevel', 'notice'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let log = '';
    child.stdout!.on('data', (d: Buffer) => {
      log += d.toString('utf8');
      if (/Ready to accept connections/.test(log)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${log}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
