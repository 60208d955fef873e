import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The shared corpus's pages with their index rows (`corpus/index.jsonl`), skipping any the index lists but
 * the folder lacks: the eval's false-positive count and the trainer's corpus guard read them the same way.
 */
export function* corpusPages<T extends { file: string }>(shared: string): Generator<{ row: T; html: string }> {
  const index = readFileSync(join(shared, 'corpus', 'index.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
  for (const row of index) {
    let html: string;
    try {
      html = readFileSync(join(shared, 'corpus', row.file), 'utf8');
    } catch {
      continue;
    }
    yield { row, html };
  }
}
