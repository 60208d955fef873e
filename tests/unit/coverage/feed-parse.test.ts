import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../utils/coverage/errors';
import { parseFeed, plainText, relatedLinks } from '../../../utils/coverage/feed-parse';

const FIX = new URL('../../fixtures/coverage/', import.meta.url);
const read = (f: string) => readFileSync(new URL(f, FIX), 'utf8');
const itemCount = (xml: string) => (xml.match(/<item[\s>]/g) ?? []).length;

function kindOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ProviderError ? e.kind : 'other';
  }
  return undefined;
}

describe('parseFeed on recorded feeds', () => {
  for (const f of ['bbc_world_rss_2019.xml', 'npr_news_1001_rss_2021.xml', 'google_news_rss_topstories_fr-BE_2020.xml']) {
    it(`reads every item of ${f} with title, absolute link and ISO date`, () => {
      const xml = read(f);
      const items = parseFeed(xml);
      expect(items.length).toBe(itemCount(xml));
      for (const i of items) {
        expect(i.title).toBe(i.title.trim());
        expect(i.title.length).toBeGreaterThan(0);
        expect(i.link).toMatch(/^https?:\/\//);
        expect(i.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(i.description ?? '').not.toMatch(/<[a-z]/i);
      }
    });
  }

  it('reads the Google News <source url> and the story cluster', () => {
    const [item] = parseFeed(read('google_news_rss_topstories_fr-BE_2020.xml'));
    expect(item?.sourceUrl).toBe('https://www.rtbf.be');
    expect(item?.sourceName).toBe('RTBF');
    expect(item?.related?.map((r) => r.sourceName)).toContain('Le Soir');
  });

  it('converts -0500 offsets to UTC', () => {
    const xml = read('npr_news_1001_rss_2021.xml');
    const raw = /<pubDate>([^<]+)<\/pubDate>/.exec(xml.slice(xml.indexOf('<item')))![1]!;
    expect(parseFeed(xml)[0]!.publishedAt).toBe(new Date(raw).toISOString());
  });
});

describe('parseFeed on other shapes and garbage', () => {
  it('reads Atom entries', () => {
    const items = parseFeed(
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><entry><title type="html">A &amp;amp; B</title><link rel="self" href="https://x.example/self"/><link rel="alternate" href="https://x.example/a"/><published>2025-01-14T10:00:00Z</published><summary>Sum &lt;b&gt;bold&lt;/b&gt;</summary></entry></feed>',
    );
    expect(items).toEqual([{ title: 'A & B', link: 'https://x.example/a', description: 'Sum bold', publishedAt: '2025-01-14T10:00:00.000Z' }]);
  });

  it('reads RSS 1.0 (RDF)', () => {
    const items = parseFeed(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>c</title></channel><item><title>T</title><link>https://x.example/t</link><dc:date>2025-01-14</dc:date></item></rdf:RDF>',
    );
    expect(items[0]?.link).toBe('https://x.example/t');
  });

  it('returns [] for an empty channel', () => {
    expect(parseFeed('<rss version="2.0"><channel><title>empty</title></channel></rss>')).toEqual([]);
  });

  it('rejects garbage, truncated XML, HTML pages and non-feeds as bad-response', () => {
    expect(kindOf(() => parseFeed('this is not xml'))).toBe('bad-response');
    expect(kindOf(() => parseFeed(read('bbc_world_rss_2019.xml').slice(0, 5000)))).toBe('bad-response');
    expect(kindOf(() => parseFeed('<html><body><h1>Rate limited</h1></body></html>'))).toBe('bad-response');
    expect(kindOf(() => parseFeed('<config><a>1</a></config>'))).toBe('bad-response');
    expect(kindOf(() => parseFeed(''))).toBe('bad-response');
  });

  it('does not expand entity bombs', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><item><title>&c;</title><link>https://x.example/</link></item></channel></rss>`;
    const t0 = performance.now();
    let title = '';
    try {
      title = parseFeed(bomb)[0]?.title ?? '';
    } catch {
      /* rejecting is fine too */
    }
    expect(title.length).toBeLessThan(1000);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('plainText strips markup and decodes entities', () => {
    expect(plainText('<p>One &amp; <a href="x">two</a></p><script>alert(1)</script>&#8217;s')).toBe('One & two ’s');
  });
});

describe('hostile feed text costs linear time (issue 14, finding 10)', () => {
  const N = 256 * 1024;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const feedWith = (description: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</title><link>https://a.example/x</link><description>${escape(description)}</description></item></channel></rss>`;
  const ms = (fn: () => unknown) => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };

  it.each([
    ['unclosed "<"', '<'.repeat(N)],
    ['unclosed <script>', '<script>x'.repeat(N / 9)],
    ['unclosed <style> and tags', '<style><b'.repeat(N / 9)],
  ])('plainText over 256 KB of %s', (_name, input) => {
    // The backtracking patterns took seconds here (minutes at the 5 MB cap); a forward scan takes milliseconds.
    expect(ms(() => plainText(input))).toBeLessThan(500);
  });

  it('related links over 512 KB of unclosed <a href> tags', () => {
    const html = `<ol><li>${'<a href="https://b.example/y" x>t'.repeat((2 * N) / 33)}`;
    expect(ms(() => relatedLinks(html))).toBeLessThan(300);
  });

  it('still reads what it read before', () => {
    expect(plainText('a<br>b<script>alert(1)</script>c<p>d</p>&amp;e <unclosed')).toBe('a b c d &e <unclosed');
    const [item] = parseFeed(feedWith('<ol><li><a href="https://b.example/1" target="_blank">One &amp; all</a>&nbsp;&nbsp;<font color="#6f6f6f">Le Soir</font></li><li><a href="https://c.example/2">Two</a></li></ol>'));
    expect(item!.related).toEqual([
      { title: 'One & all', link: 'https://b.example/1', sourceName: 'Le Soir' },
      { title: 'Two', link: 'https://c.example/2', sourceName: undefined },
    ]);
  });
});
