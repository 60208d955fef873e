import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../../utils/reports/article-text';
import { findPassage, sentences, words } from '../../../utils/reports/passage';
import { parseDocument } from '../../../utils/provenance/parse-html';
import { seed } from './helpers';

const fixture = (path: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8');
const blocksOf = (html: string) => articleBlocks(parseDocument(html));

// Tuned on: the seed page, edited the ways a newsroom edits.
describe('findPassage on the seed page', () => {
  const html = fixture('pages/seed-beijing-post.html');

  it('finds the passage as reported, whatever the quotes and spacing of the selection', () => {
    expect(findPassage(seed.quote, blocksOf(html)).state).toBe('unchanged');
    const messy = seed.quote.replace(/ /g, '\n  ').replace('AI-related', 'AI‐related');
    expect(findPassage(messy, blocksOf(html)).state).toBe('unchanged');
  });

  it('an edited sentence: changed, with the sentence as it reads now and not its whole paragraph', () => {
    const edited = 'The announcement from the Chinese government came after the Biden administration announced, on 13 January, tighter controls on AI-related exports, which include advanced AI chips.';
    const found = findPassage(seed.quote, blocksOf(html.replace(seed.quote, edited)));
    expect(found.state).toBe('changed');
    expect(found.newText).toBe(edited);
    expect(found.similarity!).toBeGreaterThan(0.7);
  });

  it('a sentence taken out: removed', () => {
    const found = findPassage(seed.quote, blocksOf(html.replace(seed.quote, '')));
    expect(found.state).toBe('removed');
    expect(found.newText).toBeUndefined();
  });

  it('an empty page or a passage of punctuation: no crash, a clear answer', () => {
    expect(findPassage(seed.quote, []).state).toBe('removed');
    expect(findPassage('…!?', ['Some text.']).state).toBe('removed');
    expect(findPassage('', ['Some text.']).state).toBe('unchanged');
  });
});

describe('articleBlocks', () => {
  it('reads paragraphs once, skips scripts, and reads text set in bare divs', () => {
    const doc = parseDocument(
      '<body><script>var p = "<p>x</p>";</script><ul><li><p>One.</p> two</li></ul><div><div>Loose text <b>here</b>.</div></div><p>Three.</p></body>',
    );
    expect(articleBlocks(doc)).toEqual(['One. two', 'Loose text here.', 'Three.']);
  });
});

describe('words and sentences', () => {
  it('counts CJK characters as words and splits sentences at every script’s full stop', () => {
    expect(words('東京で会議')).toEqual(['東', '京', 'で', '会', '議']);
    expect(words('Ein „Zitat“ – 5.000 Stellen')).toEqual(['ein', 'zitat', '5', '000', 'stellen']);
    expect(sentences('会議は終わった。次は明日だ。')).toEqual(['会議は終わった。', '次は明日だ。']);
  });
});

// Not tuned on: four real articles in four languages. Every sentence of twelve words or more (or
// 30 characters in Japanese) is looked for unchanged, lightly edited (two words swapped for
// others), heavily edited (a third of its words), and removed.
describe('findPassage on articles it was not tuned on', () => {
  const pages = ['watch/telegraph.html', '../pages/heise-de.html', 'watch/lemonde-1.html', 'watch/yahoo-4.html'];
  const tally: Record<'unchanged' | 'light' | 'heavy' | 'removed', [number, number]> = { unchanged: [0, 0], light: [0, 0], heavy: [0, 0], removed: [0, 0] };
  for (const page of pages) {
    const blocks = blocksOf(fixture(`reports/${page}`));
    blocks.forEach((block, b) => {
      for (const s of sentences(block)) {
        const w = words(s);
        if (w.length < 12 || (w.length > 60)) continue;
        const swap = (share: number) => {
          const tokens = s.split(/(\s+)/);
          const every = Math.max(2, Math.round(1 / share));
          let n = 0;
          const out = tokens.map((t) => (/\S{2,}/.test(t) && n++ % every === 1 ? 'XYZZY' : t)).join('');
          return /\s/.test(s) ? out : [...s].map((c, i) => (i % every === 1 ? '〇' : c)).join('');
        };
        const withBlock = (text: string) => blocks.map((x, i) => (i === b ? x.replace(s, text) : x));
        const check = (key: keyof typeof tally, text: string, want: string) => {
          tally[key][1]++;
          if (findPassage(s, withBlock(text)).state === want) tally[key][0]++;
        };
        check('unchanged', s, 'unchanged');
        check('light', /\s/.test(s) ? swap(0.12) : swap(0.08), 'changed');
        check('heavy', swap(0.34), 'changed');
        check('removed', '', 'removed');
      }
    });
  }

  it('tells unchanged, edited and removed passages apart', () => {
    const rate = (k: keyof typeof tally) => tally[k][0] / tally[k][1];
    console.log(
      'correction watch, untuned articles:',
      Object.entries(tally)
        .map(([k, [ok, n]]) => `${k} ${ok}/${n}`)
        .join(', '),
    );
    expect(tally.removed[1]).toBeGreaterThan(50);
    expect(rate('unchanged')).toBe(1);
    expect(rate('light')).toBeGreaterThanOrEqual(0.95);
    expect(rate('heavy')).toBeGreaterThanOrEqual(0.9);
    expect(rate('removed')).toBeGreaterThanOrEqual(0.9);
  });
});
