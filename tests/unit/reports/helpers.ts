import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { newReport } from '../../../utils/reports/create';
import type { InaccuracyReport } from '../../../utils/reports/types';

export const seed = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/reports/seed-excerpt.json', import.meta.url)), 'utf8'),
) as { siteName: string; headline: string; publishedAt: string; quote: string; disclaimer: string; inaccuracyInvite: string };

export function seedReport(overrides: Partial<InaccuracyReport> = {}): InaccuracyReport {
  return {
    ...newReport({
      id: 'r-1',
      now: '2026-11-28T10:00:00.000Z',
      article: {
        url: 'https://beijing-post.example/2025/03/china-ai-export#comments',
        headline: seed.headline,
        siteName: seed.siteName,
        publishedAt: seed.publishedAt,
      },
      quote: seed.quote,
    }),
    problem: 'The controls were announced in January 2025, not on the Monday before publication.',
    correction: 'The U.S. Commerce Department announced the rule on 13 January 2025.',
    sources: [
      { url: 'https://www.reuters.com/technology/us-ai-export-rule/', title: 'U.S. unveils AI export rule', outlet: 'Reuters' },
      { url: 'https://apnews.com/article/ai-chips-export' },
    ],
    verdict: 'ai-generated',
    evidence: [{ kind: 'disclosure-text', text: seed.disclaimer, rule: 'disclosure.en.generated-by-ai' }],
    ...overrides,
  };
}
