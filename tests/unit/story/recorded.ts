/** Related coverage of a saved page, from a recorded provider answer, through the real pipeline (no network). */
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { findRelated, MemoryCoverageCache } from '../../../utils/coverage';
import { noRateLimit } from '../../../utils/coverage/rate-limit';
import type { RankedResult } from '../../../utils/coverage/types';
import { detectProvenance } from '../../../utils/provenance';
import type { ProvenanceReport } from '../../../utils/provenance/types';

// node:url's URL: a happy-dom test replaces the global one, which readFileSync does not take.
export const FIXTURES = fileURLToPath(new NodeURL('../../fixtures/', import.meta.url));
export const read = (path: string) => readFileSync(FIXTURES + path, 'utf8');

export async function recordedCoverage(pagePath: string, pageUrl: string, rssPath: string): Promise<{ report: ProvenanceReport; results: RankedResult[] }> {
  const { document } = parseHTML(read(pagePath));
  const report = detectProvenance(document as unknown as Document, { url: pageUrl });
  const rss = read(rssPath);
  const out = await findRelated(report, {
    fetch: async () => new Response(rss, { status: 200, headers: { 'content-type': 'application/rss+xml; charset=utf-8' } }),
    cache: new MemoryCoverageCache(),
    rateLimiter: noRateLimit,
    settings: { providers: ['google-news'], endpoints: { 'google-news': 'http://127.0.0.1:9/rss/search' } },
  });
  if (out.failures.length) throw new Error(JSON.stringify(out.failures));
  return { report, results: out.results };
}

export const SEED = () => recordedCoverage('pages/seed-beijing-post.html', 'https://beijing-post.example/2025/03/27/china-denounces-us-ai-export-restrictions/', 'story/google-news-seed-story.xml');
export const BELGIUM = () => recordedCoverage('coverage/ai-site-belgique-2020.html', 'https://ai-actu.example/2020/03/09/coronavirus-belgique-200-cas/', 'coverage/google_news_rss_topstories_fr-BE_2020.xml');
