/**
 * npm run query-eval [-- --set heldout] [--json]
 *
 * The query builder on the hand-judged real pages (tests/fixtures/coverage-judged): per page the first
 * query, edition and first window, and the share of pages whose first query holds the story's most
 * specific name or term, with no chrome, in the right edition, with a first window holding the date
 * and spanning ≤ 14 days.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { figures, judge, loadJudgedPages } from '../utils/coverage/eval/judged';

// `--set heldout`: pages judged after the builder was finished, never tuned on.
const SET = process.argv.includes('--set') && process.argv[process.argv.indexOf('--set') + 1] === 'heldout' ? 'coverage-judged-heldout' : 'coverage-judged';
const DIR = pathToFileURL(resolve(fileURLToPath(import.meta.url), '../../tests/fixtures', SET) + '/');

const js = loadJudgedPages(DIR).map(({ page, query }) => judge(page, query));
const mark = (b: boolean | undefined) => (b === undefined ? '·' : b ? '✓' : '✗');
for (const j of js) {
  process.stdout.write(
    `${j.lang.padEnd(3)} term ${mark(j.hasTerm)} chrome ${j.chromeFound.length ? '✗ ' + j.chromeFound.join(',') : '✓'} edition ${mark(j.rightEdition)} ${j.edition.padEnd(11)} date ${mark(j.windowHoldsDate)} ${j.window.from}…${j.window.to} (${j.windowDays} d)  ${j.file}\n      ${j.firstQuery}\n`,
  );
}
const f = figures(js);
const pct = (x: number) => `${Math.round(x * 100)}%`;
process.stdout.write(
  `\n${f.pages} pages, ${f.languages} languages: first query holds the term ${pct(f.term)} · no chrome ${pct(f.noChrome)} · right edition ${pct(f.edition)} · ` +
    `dated pages ${f.dated}: first window holds the date ${pct(f.windowHoldsDate)}, spans ≤ 14 days ${pct(f.windowWithin14Days)}\n` +
    (SET === 'coverage-judged' ? `(these pages were also used while building the chrome filter and the tokenizer: tuned-on figures; \`--set heldout\` for pages never tuned on)\n` : '(held-out pages: judged before the builder ever ran on them)\n'),
);
if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(f) + '\n');
