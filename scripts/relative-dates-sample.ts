/**
 * Prints a seeded random sample of the relative dates found in the corpus's dated articles, each with
 * its context, the page's date and the day it resolved to, for checking by hand (README, "When the
 * story broke"). `npx tsx scripts/relative-dates-sample.ts [seed] [n] [--all-kinds]`; PL_SHARED points
 * at the shared folder (default: ../shared next to the repository).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDir } from '../cli/shared/paths';
import { parseHTML } from 'linkedom';
import { detectProvenance } from '../utils/provenance';
import { findRelativeDates, type RelativeDate } from '../utils/story/relative-dates';

const [seedArg, nArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const allKinds = process.argv.includes('--all-kinds');
const root = join(sharedDir(), 'corpus');
const rows = readFileSync(join(root, 'index.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; is_article: boolean; lang?: string });

const found: (RelativeDate & { file: string; page: string; context: string })[] = [];
let dated = 0;
for (const row of rows) {
  if (!row.is_article) continue;
  const { document } = parseHTML(readFileSync(join(root, row.file), 'utf8'));
  const report = detectProvenance(document as unknown as Document, { url: 'https://example.org/' });
  if (!report.meta.publishedAt || !report.text) continue;
  dated++;
  for (const r of findRelativeDates(report.text, report.meta.publishedAt, report.meta.lang ?? row.lang)) {
    const context = report.text.slice(Math.max(0, r.index - 70), r.index + r.text.length + 50).replace(/\s+/g, ' ');
    found.push({ ...r, file: row.file, page: report.meta.publishedAt.slice(0, 10), context });
  }
}
let seed = Number(seedArg ?? 99);
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pool = found.filter((r) => allKinds || r.kind !== 'today');
// A comparator-shuffle, as in the run the README quotes (same Node, same order, same sample).
const sample = [...pool].sort(() => random() - 0.5).slice(0, Number(nArg ?? 48));
console.log(`${dated} dated articles, ${found.length} relative dates (${pool.length} in the pool); sample of ${sample.length}:`);
for (const r of sample) console.log(`${r.lang} ${r.kind} page=${r.page} -> ${r.date} | ${r.file} | ${r.context}`);
