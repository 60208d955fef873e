import { describe, expect, it } from 'vitest';
import { DETECTOR_VERSION } from '../../../utils/provenance/index';
import { detect, fixture, parse } from './helpers';

const URL = 'https://beijing-post.example/2025/03/27/china-denounces-us-ai-export-restrictions/';

describe('seed page (Beijing Post)', () => {
  const html = fixture('seed-beijing-post.html');
  const report = detect(html, URL);

  it('declares AI generation, quoting the disclaimer', () => {
    expect(report.detector).toBe(DETECTOR_VERSION);
    expect(report.verdict).toBe('ai-generated');
    expect(report.confidence).toBeGreaterThan(0.8);
    const s = report.signals.find((x) => x.kind === 'disclosure-text' && x.category === 'ai-generated');
    expect(s?.text.startsWith('An advanced artificial intelligence (AI) system generated the content of this page on its own')).toBe(true);
    expect(s?.scope).toBe('page');
    expect(s?.lang).toBe('en');
    expect(s?.rule).toMatch(/^disclosure\.en\./);
  });

  it('locates the quote so the content script can find it again', () => {
    const doc = parse(html);
    const s = report.signals[0]!;
    const el = doc.querySelector(s.locator!.css);
    expect(el).not.toBeNull();
    expect(el!.textContent!.slice(s.locator!.start, s.locator!.end)).toBe(s.text);
  });

  it('finds the footer Contact Us link, the date written in the page and the headline', () => {
    expect(report.meta.contacts).toContainEqual({ kind: 'contact-page', url: 'https://beijing-post.example/contact', label: 'Contact Us' });
    expect(report.meta.publishedAt).toBe('2025-03-27');
    expect(report.meta.headline).toBe('China Denounces U.S. AI Export Restrictions');
    expect(report.meta.siteName).toBe('Beijing Post');
    expect(report.meta.lang).toBe('en');
    expect(report.isArticle).toBe(true);
  });

  it('extracts up to 4,000 characters of main text without the related-articles list', () => {
    expect(report.text).toBeDefined();
    expect(report.text!.length).toBeLessThanOrEqual(4000);
    expect(report.text).toContain("China's Ministry of Commerce has strongly opposed");
    expect(report.text).not.toContain('Chinese Zoo Confesses');
  });
});

describe('seed page with rich metadata', () => {
  // Visited on another host of the same site: its canonical names the article.
  const report = detect(fixture('seed-beijing-post-rich.html'), 'https://m.beijing-post.example/page.html');

  it('reads JSON-LD, Open Graph and the canonical URL', () => {
    expect(report.verdict).toBe('ai-generated');
    expect(report.meta.canonicalUrl).toBe(URL);
    expect(report.meta.publishedAt?.startsWith('2025-03-27')).toBe(true);
    expect(report.meta.siteName).toBe('Beijing Post');
    expect(report.meta.description).toMatch(/^Beijing criticizes Washington's tightened export controls/);
    expect(report.meta.headline).toBe('China Denounces U.S. AI Export Restrictions');
    expect(report.meta.contacts.map((c) => c.url)).toContain('https://m.beijing-post.example/contact');
    expect(report.isArticle).toBe(true);
  });
});
