import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_OUTLETS } from '../../../utils/coverage/outlets';
import { buildCoverageQuery } from '../../../utils/coverage/query';
import { rankCandidates } from '../../../utils/coverage/rank';
import type { Candidate } from '../../../utils/coverage/types';

const FIX = new URL('../../fixtures/coverage/', import.meta.url);
const seed = readFileSync(new URL('beijing-post-article.txt', FIX), 'utf8');
const query = buildCoverageQuery({
  url: 'https://beijing-post.example/2025/03/27/china-denounces-us-ai-export-restrictions/',
  headline: 'China Denounces U.S. AI Export Restrictions',
  publishedAt: '2025-03-27T08:00:00+08:00',
  lang: 'en',
  text: seed.slice(seed.indexOf('China Denounces'), seed.indexOf('AI Disclaimer')),
});

function c(host: string, title: string, publishedAt = '2025-01-14T09:00:00Z', extra: Partial<Candidate> = {}): Candidate {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return { title, url: `https://www.${host}/${slug}`, host: `www.${host}`, publishedAt, provider: 'gdelt', ...extra };
}

const WIRE = 'Biden administration unveils new export controls on AI chips';
const pool: Candidate[] = [
  c('reuters.com', "China's Commerce Ministry vows to protect interests after US AI chip export curbs"),
  c('bbc.co.uk', 'China criticises new US export controls on artificial intelligence chips'),
  c('latimes.com', WIRE),
  c('bostonglobe.com', WIRE + ' '),
  c('csmonitor.com', `${WIRE}`, '2025-01-13T22:00:00Z'),
  c('nytimes.com', 'Storm brings record winds to Ireland and Scotland'),
  c('beijing-post.example', 'China Denounces U.S. AI Export Restrictions'),
  c('ai-news-daily.example', 'China slams US AI export restrictions, Ministry of Commerce says'),
  c('theguardian.com', 'China condemns US export controls on AI chips', '2023-10-18T09:00:00Z'),
];

describe('rankCandidates', () => {
  const results = rankCandidates(query, pool, { outlets: SHIPPED_OUTLETS });
  const hosts = results.map((r) => r.host);

  it('never returns the AI site itself', () => {
    expect(hosts.some((h) => h.includes('beijing-post'))).toBe(false);
  });

  it('drops outlets outside the list by default, and marks them when asked to keep them', () => {
    expect(hosts.some((h) => h.includes('ai-news-daily'))).toBe(false);
    const kept = rankCandidates(query, pool, { outlets: SHIPPED_OUTLETS, includeUnlisted: true });
    const unlisted = kept.find((r) => r.host.includes('ai-news-daily'));
    expect(unlisted?.listed).toBe(false);
    expect(unlisted?.why).toContain('not on your outlet list');
    expect(kept.filter((r) => r.listed).length).toBe(results.length);
  });

  it('puts on-topic coverage first and drops what shares nothing', () => {
    expect(results[0]?.host).toMatch(/reuters|bbc/);
    expect(hosts).not.toContain('nytimes.com');
  });

  it('drops items dated outside the window', () => {
    expect(hosts).not.toContain('theguardian.com');
  });

  it('collapses wire copies into one result that names the other outlets', () => {
    const wire = results.filter((r) => r.title.trim() === WIRE);
    expect(wire).toHaveLength(1);
    expect(wire[0]!.duplicates).toHaveLength(2);
    expect(wire[0]!.why.some((w) => w.startsWith('same story also at:'))).toBe(true);
  });

  it('explains each result with the shared terms, the time distance and the source', () => {
    for (const r of results) {
      expect(r.why[0]).toMatch(/^shares: /);
      expect(r.why.some((w) => /days? (before|after) the article|same day/.test(w))).toBe(true);
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThanOrEqual(1);
      expect(r.country).toMatch(/^[A-Z]{2,3}$/);
    }
    const reuters = results.find((r) => r.host === 'reuters.com')!;
    expect(reuters.why[0]!.toLowerCase()).toMatch(/export|ai/);
    expect(reuters.outlet).toBe('Reuters');
  });

  it('keeps scores in order', () => {
    // Diversity may reorder slightly, but never puts a much weaker result first.
    expect(results[0]!.score).toBeGreaterThanOrEqual(Math.max(...results.map((r) => r.score)) - 0.1);
  });
});

describe('diversity', () => {
  it('caps each outlet and lets other newsrooms into the top results', () => {
    const many: Candidate[] = [
      ...['rule', 'curbs', 'limits', 'controls', 'barriers'].map((w, i) =>
        c('reuters.com', `US AI chip export ${w} draw China Commerce Ministry protest, part ${i}`),
      ),
      c('apnews.com', 'China protests US limits on AI chip exports'),
      c('dw.com', 'China hits back at US AI export restrictions'),
    ];
    const r = rankCandidates(query, many, { outlets: SHIPPED_OUTLETS, maxResults: 5 });
    expect(r.filter((x) => x.host === 'reuters.com').length).toBeLessThanOrEqual(2);
    expect(new Set(r.map((x) => x.host)).size).toBeGreaterThanOrEqual(3);
  });

  it('prefers the publisher URL when two providers found the same article', () => {
    const google: Candidate = { title: 'China protests US limits on AI chip exports', url: 'https://news.google.com/rss/articles/CBMiXYZ?oc=5', host: 'apnews.com', provider: 'google-news', publishedAt: '2025-01-14T10:00:00Z' };
    const gdelt = c('apnews.com', 'China protests US limits on AI chip exports');
    const r = rankCandidates(query, [google, gdelt], { outlets: SHIPPED_OUTLETS });
    expect(r).toHaveLength(1);
    expect(r[0]!.url).toBe(gdelt.url);
  });
});
