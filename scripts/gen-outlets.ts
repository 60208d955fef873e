/** Writes utils/coverage/outlets-data.ts from data/outlets/*.csv and prints the list's figures.
 * `--check` writes nothing and exits 1 if the module is out of date. */
import { readFileSync, writeFileSync } from 'node:fs';
import { outletFigures, parseOutletData, renderOutletModule } from './outlets/outlet-csv';

const dir = new URL('../data/outlets/', import.meta.url);
const target = new URL('../utils/coverage/outlets-data.ts', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');

const data = parseOutletData({ outlets: read('outlets.csv'), feeds: read('feeds.csv'), excluded: read('excluded.csv') });
const module = renderOutletModule(data);
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== module) {
    console.error('utils/coverage/outlets-data.ts is out of date: run npm run gen:outlets');
    process.exit(1);
  }
} else {
  writeFileSync(target, module);
}

const f = outletFigures(data);
const line = (r: Record<string, number>) => Object.entries(r).map(([k, n]) => `${k} ${n}`).join(', ');
console.log(`outlets ${f.outlets} in ${f.countries} countries (+ INT); flagged for review ${f.review}; feeds ${f.feeds}`);
console.log(`per type: ${line(f.perType)}`);
console.log(`per language: ${line(f.perLanguage)}`);
console.log(`per country: ${line(f.perCountry)}`);
