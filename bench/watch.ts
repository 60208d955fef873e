/**
 * Correction watch: reading a fetched article (linkedom parse + text blocks, as the background
 * does) and looking for a reported passage that was removed (the slowest case: every run of
 * sentences is compared). Pages: the real articles in tests/fixtures/reports/watch and the seed.
 * Run: npx tsx bench/watch.ts
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { articleBlocks } from '../utils/reports/article-text';
import { findPassage, sentences } from '../utils/reports/passage';
import { parseDocument } from '../utils/provenance/parse-html';

export interface WatchBench {
  watch_pages: number;
  watch_read_page_ms_median: number;
  watch_find_removed_sentence_ms_median: number;
  watch_find_removed_long_quote_ms_max: number;
}

const PAGES = ['reports/watch/telegraph.html', 'pages/heise-de.html', 'reports/watch/lemonde-1.html', 'reports/watch/yahoo-4.html', 'pages/seed-beijing-post.html'];

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const time = (f: () => unknown) => {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
};

export async function benchWatch(): Promise<WatchBench> {
  const read: number[] = [];
  const sentence: number[] = [];
  let longest = 0;
  for (const path of PAGES) {
    const html = readFileSync(new URL(`../tests/fixtures/${path}`, import.meta.url), 'utf8');
    let blocks: string[] = [];
    for (let i = 0; i < 5; i++) read.push(time(() => (blocks = articleBlocks(parseDocument(html)))));
    const all = blocks.flatMap((b) => sentences(b));
    const pick = all.filter((s) => s.length > 80).slice(0, 10);
    for (const s of pick) {
      const without = blocks.map((b) => b.replace(s, ''));
      sentence.push(time(() => findPassage(s, without)));
    }
    // The longest passage a reader may quote (the form's limit is ~5,000 characters), removed.
    const long = all.join(' ').slice(0, 5000);
    longest = Math.max(longest, time(() => findPassage(`${long} zzz`, blocks.slice(blocks.length >> 1))));
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    watch_pages: PAGES.length,
    watch_read_page_ms_median: round(median(read)),
    watch_find_removed_sentence_ms_median: round(median(sentence)),
    watch_find_removed_long_quote_ms_max: round(longest),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(await benchWatch());
