import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DATE_TEXTS, MAX_LINKS, pageElements, type PageElements } from '../../../utils/provenance/page-elements';
import { parseDocument } from '../../../utils/provenance/parse-html';
import { pageDetails } from '../../../utils/provenance/page-details';
import { FIXTURES, PAGES } from './helpers';

/** Each field and the selector it replaces (the first match, or the first `cap` matches). */
const SELECTORS: Array<[keyof PageElements, string, number?]> = [
  ['metas', 'meta', Infinity],
  ['title', 'title'],
  ['h1', 'h1'],
  ['siteName', '.site-name, .site-title, .logo, [class*="site-name"]'],
  ['byline', '[rel="author"], [itemprop="author"], .byline, .author, .author-name, [class*="byline"]'],
  ['time', 'time[datetime]'],
  ['dateTexts', '.dateline, .date, .published, .post-date, .entry-date, [class*="date"], time, header p, article p', MAX_DATE_TEXTS],
  ['canonical', 'link[rel="canonical"]'],
  ['base', 'base[href]'],
  ['links', 'a[href]', MAX_LINKS],
];

/** Fields whose element differs from what linkedom's selector engine finds in `doc`. */
function differences(doc: Document): string[] {
  const els = pageElements(doc);
  const out: string[] = [];
  for (const [field, selector, cap] of SELECTORS) {
    const got = els[field];
    if (cap === undefined) {
      if (got !== doc.querySelector(selector)) out.push(field);
    } else {
      const want = [...doc.querySelectorAll(selector)].slice(0, cap);
      const list = got as Element[];
      if (list.length !== want.length || list.some((el, i) => el !== want[i])) out.push(field);
    }
  }
  return out;
}

const EDGE_CASES = `<!doctype html><html lang="en"><head>
<template><title>In a template</title><link rel="canonical" href="/template"><a href="/t">t</a><p class="date">1 May 2020</p></template>
<link rel="Canonical" href="/first"><link rel="canonical" href="/second"><base target="_blank"><base href="/base/">
<meta name="description" content="d"><meta property="og:title" content="t">
</head><body>
<svg><title>An icon's title comes first</title></svg>
<div class="Site-Name">Class tokens compare with case</div><div class="header-site-name-x">Substring</div>
<p class="DATE">upper case is not a date class</p><p class="x&#xA0;published">a no-break space separates tokens</p>
<header><div><p>A paragraph deep in a header</p></div></header>
<span rel="AUTHOR">rel compares without case</span><div class="by line">two tokens</div>
<a HREF="/upper">an upper-case attribute name stays as written</a><a href>empty href</a>
<time>no datetime</time><time datetime="2020-05-01">1 May</time>
<article>${Array.from({ length: MAX_DATE_TEXTS + 5 }, (_, i) => `<p>Paragraph ${i}</p>`).join('')}</article>
<h1>Headline</h1><h1>Second</h1>
</body></html>`;

describe('page elements (one walk for the page details)', () => {
  it('finds what each selector found on edge cases: templates, SVG titles, case, whitespace, attribute names', () => {
    const doc = parseDocument(EDGE_CASES);
    expect(differences(doc)).toEqual([]);
    const els = pageElements(doc);
    // The walk must not be vacuous: these are what the selectors find on this page.
    expect(els.title?.textContent).toBe("An icon's title comes first");
    expect(els.canonical?.getAttribute('href')).toBe('/first');
    expect(els.base?.getAttribute('href')).toBe('/base/');
    expect(els.siteName?.textContent).toBe('Substring');
    expect(els.byline?.textContent).toBe('rel compares without case');
    expect(els.time?.getAttribute('datetime')).toBe('2020-05-01');
    expect(els.dateTexts).toHaveLength(MAX_DATE_TEXTS);
    expect(els.dateTexts[0]!.textContent).toBe('a no-break space separates tokens');
    expect(els.links.map((a) => a.textContent)).toEqual(['empty href']);
    expect(els.metas).toHaveLength(2);
  });

  it('finds what each selector found on every fixture page (real pages, hostile ones among them)', () => {
    const files = [
      ...readdirSync(PAGES).filter((f) => f.endsWith('.html')).map((f) => join(PAGES, f)),
      ...readdirSync(join(FIXTURES, 'pages')).map((f) => join(FIXTURES, 'pages', f)),
    ];
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect([file, differences(parseDocument(readFileSync(file, 'utf8')))]).toEqual([file, []]);
  });

  it('stops collecting links and date texts at their caps', () => {
    const doc = parseDocument(`<html><body>${'<a href="/x" class="date">x</a>'.repeat(MAX_LINKS + 3)}</body></html>`);
    expect(differences(doc)).toEqual([]);
    expect(pageElements(doc).links).toHaveLength(MAX_LINKS);
  });

  it('page details read them: canonical, base, byline, date in text and contacts', () => {
    const html = `<html><head><link rel="CANONICAL" href="story"><base href="https://news.example/a/"></head><body>
<span class="author">Ana Ruiz</span><p class="post-date">March 27, 2025</p><a href="contact">Contact us</a></body></html>`;
    const { meta } = pageDetails(parseDocument(html), 'https://news.example/a/story');
    expect(meta).toMatchObject({ canonicalUrl: 'https://news.example/a/story', byline: 'Ana Ruiz', publishedAt: '2025-03-27' });
    expect(meta.contacts).toEqual([{ kind: 'contact-page', url: 'https://news.example/a/contact', label: 'Contact us' }]);
  });
});
