import { LISTED_SITE_INFO } from '../../../utils/provenance/listed-site-info';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LISTED_SITES, hostMatchesSuffix } from '../../../utils/provenance/index';
import { dateInText } from '../../../utils/provenance/dates';
import { articlePage, detect, fixture } from './helpers';

describe('listed sites', () => {
  it('matches host suffixes on label boundaries', () => {
    expect(hostMatchesSuffix('go.com', 'go.com')).toBe(true);
    expect(hostMatchesSuffix('abcnews.go.com', 'go.com')).toBe(true);
    expect(hostMatchesSuffix('abcnews.go.com', 'abcnews.go.com')).toBe(true);
    expect(hostMatchesSuffix('go.com', 'abcnews.go.com')).toBe(false);
    expect(hostMatchesSuffix('xgo.com', 'go.com')).toBe(false);
    expect(hostMatchesSuffix('WWW.Go.COM.', 'go.com')).toBe(true);
    expect(hostMatchesSuffix('', 'go.com')).toBe(false);
  });

  it('every shipped entry names its source (kept beside the hosts, out of the content script)', () => {
    expect(DEFAULT_LISTED_SITES.length).toBeGreaterThan(5);
    expect(Object.keys(LISTED_SITE_INFO).sort()).toEqual(DEFAULT_LISTED_SITES.map((s) => s.host).sort());
    for (const s of DEFAULT_LISTED_SITES) {
      expect(s.host).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(LISTED_SITE_INFO[s.host]!.source).toMatch(/^https:\/\//);
    }
  });

  it('a listed host gives a page-scope suspected-ai signal', () => {
    const r = detect(articlePage('<p>Nothing to see.</p>'), 'https://news.celebritiesdeaths.com/2023/x');
    expect(r.verdict).toBe('suspected-ai');
    expect(r.signals[0]).toMatchObject({ kind: 'listed-site', scope: 'page', category: 'suspected-ai', rule: 'site.listed' });
    expect(r.signals[0]!.explanation).toMatch(/^CelebritiesDeaths\.com is listed as publishing AI-generated news \(https:/);
  });
});

describe('metadata', () => {
  it('parses dates written in text', () => {
    expect(dateInText('Thursday, Mar 27, 2025')).toBe('2025-03-27');
    expect(dateInText('Published 27 March 2025, 10:00')).toBe('2025-03-27');
    expect(dateInText('27. März 2025')).toBe('2025-03-27');
    expect(dateInText('2025年3月27日')).toBe('2025-03-27');
    expect(dateInText('27.03.2025')).toBe('2025-03-27');
    expect(dateInText('no date here')).toBeUndefined();
  });

  it('finds contact links in several languages, mailto and schema.org policies, resolved against <base>', () => {
    const head = '<base href="https://cdn.example/site/"><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","publisher":{"@type":"NewsMediaOrganization","name":"P","correctionsPolicy":"/corrections","actionableFeedbackPolicy":"https://p.example/feedback"}}</script>';
    const r = detect(articlePage('<footer><a href="kontakt">Kontakt</a> <a href="/lianxi">联系我们</a> <a href="mailto:desk@p.example?subject=x">Write to us</a></footer>', 'de', head), 'https://p.example/a/b');
    const urls = r.meta.contacts.map((c) => `${c.kind} ${c.url}`);
    expect(urls).toContain('contact-page https://cdn.example/site/kontakt');
    expect(urls).toContain('contact-page https://cdn.example/lianxi');
    expect(urls).toContain('email mailto:desk@p.example');
    expect(urls).toContain('corrections-policy https://cdn.example/corrections');
    expect(urls).toContain('feedback-policy https://p.example/feedback');
  });

  it('reads byline, modified date and language from JSON-LD and meta tags', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"Ann Lee"}],"datePublished":"2024-05-01T10:00:00Z","dateModified":"2024-05-02"}</script><link rel="canonical" href="/x">';
    const r = detect(articlePage('', 'fr', head), 'https://p.example/a/b');
    expect(r.meta).toMatchObject({ byline: 'Ann Lee', publishedAt: '2024-05-01T10:00:00Z', modifiedAt: '2024-05-02', lang: 'fr', canonicalUrl: 'https://p.example/x' });
  });

  it('reads <meta> fields as a selector query would: the first tag in document order of any listed kind, its content trimmed', () => {
    // The date's tags in document order: an itemprop tag before a name="date" one wins; an empty first match gives no date
    // from the tags at all (then <time>); http-equiv compares without case; og:title beats twitter:title whatever the order.
    const head =
      '<meta name="twitter:title" content="Twitter title"><meta property="og:title" content="  OG title "><meta itemprop="datePublished" content="2024-03-02"><meta name="date" content="2023-01-01">' +
      '<meta http-equiv="Content-Language" content="pt-BR"><meta name="description" content="">';
    const r = detect(articlePage('', '', head).replace('<html lang="">', '<html>'), 'https://p.example/a');
    expect(r.meta).toMatchObject({ headline: 'OG title', publishedAt: '2024-03-02', lang: 'pt-BR' });
    expect(r.meta.description).toBeUndefined();
    const empty = detect(articlePage('<p><time datetime="2022-07-07">7 July</time></p>', 'en', '<meta name="date" content=" "><meta name="pubdate" content="2021-01-01">'), 'https://p.example/b');
    expect(empty.meta.publishedAt).toBe('2022-07-07');
  });

  it('tells articles from home pages and product pages', () => {
    expect(detect(fixture('seed-beijing-post-rich.html')).isArticle).toBe(true);
    const product = articlePage('', 'en', '<script type="application/ld+json">{"@type":"Product","name":"Hat"}</script>');
    expect(detect(product, 'https://shop.example/hat').isArticle).toBe(false);
    expect(detect(fixture('seed-beijing-post.html'), 'https://beijing-post.example/').isArticle).toBe(false);
  });
});
