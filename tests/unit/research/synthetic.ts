import { VERDICTS, type Verdict } from '../../../utils/provenance/types';
import { RECORD_SCHEMA_VERSION } from '../../../utils/provenance/record';
import { RESEARCH_SCHEMA_VERSION, type ResearchRecord } from '../../../utils/research/record';

/** Deterministic synthetic log (xorshift), for query tests and bench/research.ts. No test globals here. */
export function syntheticRecords(n: number, seed = 42): ResearchRecord[] {
  let s = seed >>> 0 || 1;
  const rand = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
  const langs = ['en', 'en-GB', 'de', 'fr', 'zh-CN', 'es'];
  const words = ['election', 'climate', 'market', 'football', 'chip', 'export', 'vaccine', 'museum', 'rail', 'ocean'];
  const day0 = Date.UTC(2026, 0, 1);
  const out: ResearchRecord[] = [];
  for (let i = 0; i < n; i++) {
    const domain = `site${Math.floor(rand() * 500)}.example`;
    const verdict: Verdict = VERDICTS[Math.floor(rand() * VERDICTS.length)]!;
    const first = day0 + Math.floor(rand() * 300) * 86_400_000 + Math.floor(rand() * 86_400_000);
    const last = first + Math.floor(rand() * 30) * 86_400_000;
    const url = `https://news.${domain}/2026/story-${i}`;
    const w1 = words[Math.floor(rand() * words.length)]!;
    const w2 = words[Math.floor(rand() * words.length)]!;
    out.push({
      schema: RECORD_SCHEMA_VERSION,
      input: url,
      isArticle: true,
      verdict,
      confidence: Math.round(rand() * 100) / 100,
      title: `Story ${i} about ${w1} and ${w2}`,
      publishedAt: new Date(first).toISOString().slice(0, 10),
      lang: langs[Math.floor(rand() * langs.length)]!,
      signals:
        verdict === 'none'
          ? []
          : [
              {
                kind: 'disclosure-text',
                category: verdict,
                scope: 'page',
                text: `This article was produced with ${w1} automation and reviewed by editors.`,
                lang: 'en',
                rule: 'disclosure.en.generated-by-ai',
                explanation: 'The page says AI generated it.',
                weight: 0.9,
              },
            ],
      detector: 'provenance-lens-detector/1.0.0',
      url,
      canonicalUrl: url,
      domain: `news.${domain}`,
      siteName: `Site ${domain}`,
      textSha256: rand() < 0.9 ? Math.floor(rand() * 2 ** 52).toString(16).padStart(64, '0') : null,
      id: url,
      researchSchema: RESEARCH_SCHEMA_VERSION,
      firstSeen: new Date(first).toISOString(),
      lastSeen: new Date(last).toISOString(),
      timesSeen: 1 + Math.floor(rand() * 5),
      textChanged: rand() < 0.05,
      previousVerdict: null,
    });
  }
  return out;
}
