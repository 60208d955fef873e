/**
 * Related-coverage benchmarks.
 *  - rank_500_ms: median time to rank 500 candidates (titles assembled from real news wording, hosts
 *    from the outlet list, dates across the window, a tenth of them wire copies).
 *  - related_end_to_end_ms: median time from a report to ranked results, with Google News RSS and
 *    GDELT JSON served by a 127.0.0.1 server (rate limiter off: it spaces requests by design).
 * Run standalone: `npx tsx bench/coverage.ts`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRelated } from '../utils/coverage/find-related';
import { SHIPPED_OUTLETS } from '../utils/coverage/outlets';
import { buildCoverageQuery } from '../utils/coverage/query';
import { rankCandidates } from '../utils/coverage/rank';
import { noRateLimit } from '../utils/coverage/rate-limit';
import type { Candidate, CoverageInput } from '../utils/coverage/types';

const SEED: CoverageInput = {
  url: 'https://beijing-post.example/2025/03/27/china-denounces-us-ai-export-restrictions/',
  headline: 'China Denounces U.S. AI Export Restrictions',
  publishedAt: '2025-03-27T08:00:00+08:00',
  lang: 'en',
  description: "Beijing criticizes Washington's tightened export controls on artificial intelligence, citing disruptions to global trade.",
  text:
    "In a firm rebuttal to recent policy developments, China's Ministry of Commerce has strongly opposed the latest U.S. restrictions on exports tied to artificial intelligence (AI), as articulated by a spokesperson on Monday. " +
    'The announcement from the Chinese government came after the Biden administration declared tighter controls on AI-related exports, which include advanced AI chips and model parameters. ' +
    'These new regulations also expand extraterritorial jurisdiction, creating potential hindrances for foreign entities engaged in trade with China. ' +
    'The Chinese Ministry of Commerce has interpreted this decision as an extension of national security concerns into economic domains, which constitutes an abuse of export control measures.',
};

const SUBJECTS = ['China', 'Beijing', 'US', 'Biden administration', 'Commerce Ministry', 'Nvidia', 'EU', 'Germany', 'Storm', 'Central bank', 'Police', 'Court'];
const VERBS = ['slams', 'vows to respond to', 'criticises', 'unveils', 'tightens', 'warns over', 'welcomes', 'delays', 'probes', 'rejects'];
const OBJECTS = ['AI chip export curbs', 'new export controls on artificial intelligence', 'rules on advanced semiconductors', 'interest rate cut', 'flood defences', 'trade talks', 'election result', 'budget plan', 'tariffs on steel', 'data privacy fine'];

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticCandidates(n: number, seed = 7): Candidate[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const out: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const outlet = pick(SHIPPED_OUTLETS);
    const title = i % 10 === 0 && out.length ? out[out.length - 1]!.title : `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)}`;
    const day = Date.parse('2025-01-05T00:00:00Z') + Math.floor(r() * 80) * 86_400_000;
    out.push({
      title,
      url: `https://www.${outlet.hostSuffix}/news/${i}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      host: `www.${outlet.hostSuffix}`,
      publishedAt: new Date(day).toISOString(),
      snippet: r() < 0.3 ? `${pick(SUBJECTS)} said the move would ${pick(['harm global trade', 'protect national security', 'raise prices', 'hit exporters'])}.` : undefined,
      provider: pick(['google-news', 'gdelt', 'feeds'] as const),
    });
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function googleRss(cands: Candidate[]): string {
  const items = cands
    .map((c) => {
      const outlet = SHIPPED_OUTLETS.find((o) => c.host.endsWith(o.hostSuffix))!;
      return `<item><title>${escapeXml(`${c.title} - ${outlet.name}`)}</title><link>https://news.google.com/rss/articles/CBMiAU_yqLbench${c.url.length}?oc=5</link><guid isPermaLink="false">x</guid><pubDate>${new Date(c.publishedAt!).toUTCString()}</pubDate><description>${escapeXml(`<a href="https://news.google.com/rss/articles/x">${c.title}</a>&nbsp;&nbsp;<font color="#6f6f6f">${outlet.name}</font>`)}</description><source url="https://www.${outlet.hostSuffix}">${escapeXml(outlet.name)}</source></item>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><generator>NFE/5.0</generator><title>q - Google News</title>${items}</channel></rss>`;
}

function gdeltJson(cands: Candidate[]): string {
  return JSON.stringify({
    articles: cands.map((c) => ({
      url: c.url,
      url_mobile: '',
      title: c.title,
      seendate: c.publishedAt!.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z'),
      socialimage: '',
      domain: c.host.replace(/^www\./, ''),
      language: 'English',
      sourcecountry: 'United States',
    })),
  });
}

export async function benchCoverage(): Promise<{ rank_500_ms: number; related_end_to_end_ms: number }> {
  const query = buildCoverageQuery(SEED);
  const cands = syntheticCandidates(500);
  rankCandidates(query, cands, { outlets: SHIPPED_OUTLETS }); // warm-up
  const rankTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    rankCandidates(query, cands, { outlets: SHIPPED_OUTLETS });
    rankTimes.push(performance.now() - t0);
  }

  const rss = googleRss(syntheticCandidates(100, 11));
  const json = gdeltJson(syntheticCandidates(75, 13));
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/rss/search')) res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss);
    else res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(json);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const e2e: number[] = [];
  try {
    for (let i = 0; i < 8; i++) {
      const t0 = performance.now();
      const out = await findRelated(SEED, {
        fetch,
        rateLimiter: noRateLimit,
        // GDELT covers three months: a clock just after the seed's date keeps it in range.
        now: () => Date.parse('2025-03-28T00:00:00Z'),
        settings: { providers: ['google-news', 'gdelt'], endpoints: { 'google-news': `${base}/rss/search`, gdelt: `${base}/api/v2/doc/doc` } },
      });
      if (out.failures.length) throw new Error(`bench provider failed: ${JSON.stringify(out.failures)}`);
      if (i > 0) e2e.push(performance.now() - t0); // first run warms up the connection pool
    }
  } finally {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return { rank_500_ms: round(median(rankTimes)), related_end_to_end_ms: round(median(e2e)) };
}

const invoked = process.argv[1] ? resolve(process.argv[1]) === fileURLToPath(import.meta.url) : false;
if (invoked) {
  benchCoverage().then(
    (r) => console.log(JSON.stringify(r)),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
