import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCoverageQuery, inputFromReport } from '../../../utils/coverage/query';
import { tokenize } from '../../../utils/coverage/text';

const FIX = new URL('../../fixtures/coverage/', import.meta.url);
const seedText = readFileSync(new URL('beijing-post-article.txt', FIX), 'utf8');
// The article body: from the headline to the AI disclaimer.
const body = seedText.slice(seedText.indexOf('China Denounces'), seedText.indexOf('AI Disclaimer'));

function seedQuery() {
  return buildCoverageQuery(
    inputFromReport({
      meta: {
        url: 'https://beijing-post.example/2025/03/27/china-denounces-us-ai-export-restrictions/',
        headline: 'China Denounces U.S. AI Export Restrictions',
        publishedAt: '2025-03-27T08:00:00+08:00',
        lang: 'en',
        description: "Beijing criticizes Washington's tightened export controls on artificial intelligence, citing disruptions to global trade.",
      },
      text: body,
    }),
  );
}

const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());

describe('buildCoverageQuery on the seed article', () => {
  const q = seedQuery();

  it('finds the story terms: export, Ministry of Commerce, AI', () => {
    const all = lower([...q.terms, ...q.phrases, ...q.entities]);
    expect(all).toContain('export');
    expect(all).toContain('ministry of commerce');
    expect(q.entities).toContain('AI');
    expect(lower(q.phrases)).toContain('export controls');
  });

  it('keeps stopwords and boilerplate out of the terms', () => {
    for (const t of lower(q.terms)) expect(['the', 'said', 'monday', 'these', 'which']).not.toContain(t);
  });

  it('reaches back at least 60 days before the page date (AI sites re-date old news) and a little after', () => {
    const from = Date.parse(q.window.from);
    const to = Date.parse(q.window.to);
    const published = Date.parse('2025-03-27');
    expect((published - from) / 86_400_000).toBeGreaterThanOrEqual(60);
    // The real story (mid-January 2025) is inside the window.
    expect(from).toBeLessThanOrEqual(Date.parse('2025-01-13'));
    expect(to).toBeGreaterThanOrEqual(published);
    expect((to - published) / 86_400_000).toBeLessThanOrEqual(14);
  });

  it('builds keyword queries without the page address, strict first', () => {
    expect(q.keywordQueries.length).toBeGreaterThanOrEqual(1);
    for (const kw of q.keywordQueries) {
      expect(kw).not.toMatch(/beijing-post|https?:/);
      expect(kw.split(/\s+/).length).toBeLessThanOrEqual(8);
    }
    expect(q.keywordQueries[0]!.toLowerCase()).toMatch(/export/);
    expect(q.keywordQueries[0]).toMatch(/\bAI\b/);
  });

  it('excludes the page own host', () => {
    expect(q.excludeHosts).toEqual(['beijing-post.example']);
  });

  it('gives the match keys weights in 0..1 with the headline words near the top', () => {
    for (const w of Object.values(q.weights)) {
      expect(w).toBeGreaterThan(0);
      expect(w).toBeLessThanOrEqual(1);
    }
    expect(q.weights.export).toBeGreaterThan(0.5);
    expect(q.weights.AI).toBeGreaterThan(0.5);
  });
});

describe('buildCoverageQuery, other cases', () => {
  it('segments Chinese with Intl.Segmenter and finds multi-word terms', () => {
    const q = buildCoverageQuery({
      url: 'https://example.cn/a',
      headline: '中国商务部坚决反对美国人工智能出口管制措施',
      lang: 'zh-CN',
      publishedAt: '2025-01-15',
      text: '中国商务部发言人周一表示，坚决反对美国对人工智能芯片的出口管制。商务部称，美方的出口管制措施扰乱全球贸易，中方将采取必要措施。',
    });
    expect(q.lang).toBe('zh');
    expect(q.terms).toContain('出口');
    expect(q.terms).toContain('管制');
    expect(q.phrases).toContain('出口管制');
    // Particles are not terms.
    expect(q.terms).not.toContain('的');
    expect(q.keywordQueries[0]).toMatch(/出口管制/);
  });

  it('handles Japanese', () => {
    const q = buildCoverageQuery({ url: 'https://example.jp/a', headline: '中国商務省、米国の人工知能輸出規制に反対', lang: 'ja', text: '中国商務省は米国の人工知能の輸出規制に強く反対した。輸出規制は世界の貿易を混乱させると述べた。' });
    expect(q.terms).toContain('輸出');
    expect(q.terms).toContain('規制');
    expect(q.terms).not.toContain('の');
  });

  it('detects CJK when the language is unknown', () => {
    const q = buildCoverageQuery({ url: 'https://x.example/', headline: '美国出口管制', text: '美国出口管制措施' });
    expect(q.lang).toBe('zh');
  });

  it('uses German stopwords', () => {
    const q = buildCoverageQuery({ url: 'https://x.example/', lang: 'de-DE', headline: 'China kritisiert die Exportkontrollen der USA für KI-Chips', text: 'Das chinesische Handelsministerium kritisiert die neuen Exportkontrollen der USA. Die Exportkontrollen seien ein Missbrauch.' });
    expect(lower(q.terms)).toContain('exportkontrollen');
    expect(lower(q.terms)).not.toContain('die');
    expect(lower(q.terms)).not.toContain('der');
  });

  it('falls back to the clock when the page has no usable date', () => {
    const now = Date.parse('2026-05-10T12:00:00Z');
    const q = buildCoverageQuery({ url: 'https://x.example/', headline: 'Storm hits coast', publishedAt: 'not a date' }, { now: () => now });
    expect(q.anchorDate).toBe(new Date(now).toISOString());
    expect(q.window.to).toBe('2026-05-17');
  });

  it('takes the first sentence when there is no headline', () => {
    const q = buildCoverageQuery({ url: 'https://x.example/', text: 'Flooding forces thousands from homes in Valencia. More rain is expected.' });
    expect(q.headline).toBe('Flooding forces thousands from homes in Valencia.');
  });

  it('normalises acronyms so U.S. and US match, but not the pronoun us', () => {
    const keys = tokenize('The U.S. and US told us', 'en').map((t) => t.key);
    expect(keys.filter((k) => k === 'US')).toHaveLength(2);
    expect(keys).toContain('us');
  });
});

describe('inputFromReport', () => {
  it('keeps the AI disclaimer out of the query text', () => {
    const disclaimer = 'An advanced artificial intelligence (AI) system generated the content of this page on its own.';
    const input = inputFromReport({
      meta: { url: 'https://x.example/a', headline: 'Storm floods Valencia' },
      text: `Storm floods Valencia. Thousands leave their homes. ${disclaimer}`,
      signals: [{ kind: 'disclosure-text', text: disclaimer }],
    });
    expect(input.text).not.toContain('advanced artificial intelligence');
    expect(input.text).toContain('Thousands leave');
  });
});
