import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../../../cli/shared/paths';
import { otherRecord, responseRecord } from '../../../cli/warc/build';

export const WARC_PAGES = join(REPO_ROOT, 'tests', 'fixtures', 'warc');
export const SEED = join(REPO_ROOT, 'tests', 'fixtures', 'pages', 'seed-beijing-post.html');
const AUDIT = join(REPO_ROOT, 'cli', 'audit.ts');

/** The UTF-8 pages (the seed, with its AI disclaimer, and four corpus pages); the Latin-1 one is separate. */
export function utf8Pages(): string[] {
  return [SEED, ...readdirSync(WARC_PAGES).filter((f) => f.endsWith('.html') && !f.includes('latin1')).sort().map((f) => join(WARC_PAGES, f))];
}

/**
 * A .warc.gz (one gzip member per record, as crawlers write) holding each page as an HTTP 200 response
 * whose WARC-Target-URI is the page's file: URL, so its records can be compared with the file audit's;
 * a request record before each response, as in real crawls. `copies` repeats the list under new URLs.
 */
export async function warcOf(pages: string[], opts: { gzip?: boolean; copies?: number } = {}): Promise<Buffer> {
  const parts: Uint8Array[] = [await otherRecord('warcinfo', 'https://unused.invalid/', opts.gzip ?? true)];
  for (let c = 0; c < (opts.copies ?? 1); c++) {
    for (const [i, p] of pages.entries()) {
      const url = pathToFileURL(p).href + (c ? `?copy=${c}` : '');
      parts.push(await otherRecord('request', `https://req.invalid/${i}`, opts.gzip ?? true));
      parts.push(await responseRecord({ url, date: `2024-0${(i % 9) + 1}-15T12:00:00Z`, body: readFileSync(p) }, opts.gzip ?? true));
    }
  }
  return Buffer.concat(parts);
}

export function runAudit(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = startAudit(args, env);
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr!.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** node --import tsx, not the tsx wrapper: a signal then reaches the audit itself, not a parent process. */
export function startAudit(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', AUDIT, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
}

/** Resolves with the first stderr line matching `re` (rejects if the process ends first). */
export function waitForLine(child: ChildProcess, re: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const onData = (d: Buffer) => {
      buf += d.toString('utf8');
      const line = buf.split('\n').find((l) => re.test(l));
      if (line) {
        child.stderr!.off('data', onData);
        resolve(line);
      }
    };
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited (${code}) before a line matching ${re}: ${buf}`)));
  });
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

export function lines(text: string): Array<Record<string, unknown>> {
  return text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}
