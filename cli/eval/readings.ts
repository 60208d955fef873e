import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * How a collected sentence reads with its neighbours and page withheld (`readings/alone.jsonl`, SOURCES.md): `yes` when the
 * sentence by itself tells a reader that the content where it sits was made, helped, summarised or translated by AI or
 * automation (or is itself chatbot text), `no` when only its neighbours or page say so (a positive such as "Here is what it
 * came up with:") or say nothing of the kind (a negative: reporting, policy, negation), `unsure` when its readers could
 * not decide or disagreed. Read by helper agents who never saw the detector's answers or code (SOURCES.md).
 */
export type Reading = 'yes' | 'no' | 'unsure';

const READINGS: readonly Reading[] = ['yes', 'no', 'unsure'];

/** id → reading; a missing file is no readings, a malformed or repeated line an error naming its line. */
export function readReadings(dir: string): Map<string, Reading> {
  const file = join(dir, 'readings', 'alone.jsonl');
  const out = new Map<string, Reading>();
  if (!existsSync(file)) return out;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let o: { id?: unknown; alone?: unknown };
      try {
        o = JSON.parse(line) as typeof o;
      } catch {
        throw new Error(`readings/alone.jsonl:${i + 1}: not JSON`);
      }
      if (typeof o.id !== 'string' || !READINGS.includes(o.alone as Reading)) throw new Error(`readings/alone.jsonl:${i + 1}: needs an id and alone ∈ yes|no|unsure`);
      if (out.has(o.id)) throw new Error(`readings/alone.jsonl:${i + 1}: ${o.id} read twice`);
      out.set(o.id, o.alone as Reading);
    });
  return out;
}
