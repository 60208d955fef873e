import { closeSync, existsSync, ftruncateSync, openSync, readSync, fstatSync, writeSync } from 'node:fs';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** What identifies a record across runs: its archive record, else its input. */
export function recordKey(r: { source?: string; input: string }): string {
  return r.source ?? r.input;
}

/**
 * Cuts a line left half-written by a killed run: keeps the file up to its last newline.
 * Returns the size kept.
 */
function dropTornTail(fd: number): number {
  const size = fstatSync(fd).size;
  const buf = Buffer.alloc(64 * 1024);
  let end = size;
  while (end > 0) {
    const start = Math.max(0, end - buf.length);
    const n = readSync(fd, buf, 0, end - start, start);
    const nl = buf.subarray(0, n).lastIndexOf(10);
    if (nl >= 0) {
      const keep = start + nl + 1;
      if (keep < size) ftruncateSync(fd, keep);
      return keep;
    }
    end = start;
  }
  if (size > 0) ftruncateSync(fd, 0);
  return 0;
}

/** The keys of the whole records an NDJSON output already holds. */
export async function keysIn(path: string): Promise<Set<string>> {
  const keys = new Set<string>();
  if (!existsSync(path)) return keys;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    try {
      const r = JSON.parse(line) as { source?: string; input?: string };
      if (typeof r.input === 'string') keys.add(recordKey({ input: r.input, ...(r.source ? { source: r.source } : {}) }));
    } catch {
      /* not a record: ignored, as a line another tool wrote */
    }
  }
  return keys;
}

/**
 * An NDJSON file written one whole line per write(2), so a run killed at any moment leaves whole lines
 * (and at worst one torn last line, which `open(…, resume)` cuts before anything is appended).
 */
export class LineFile {
  private constructor(private fd: number) {}

  static open(path: string, resume: boolean): LineFile {
    const fd = openSync(path, resume ? 'a+' : 'w');
    if (resume) dropTornTail(fd);
    return new LineFile(fd);
  }

  write(line: string): void {
    const buf = Buffer.from(`${line}\n`, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off);
  }

  close(): void {
    closeSync(this.fd);
  }
}
