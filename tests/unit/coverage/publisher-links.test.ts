import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { SHIPPED_OUTLETS } from '../../../utils/coverage/outlets';
import { decodeGoogleNewsLink, googleNewsProvider } from '../../../utils/coverage/providers/google-news';
import { guardianProvider } from '../../../utils/coverage/providers/guardian';
import type { ProviderContext } from '../../../utils/coverage/providers/provider';
import { buildCoverageQuery } from '../../../utils/coverage/query';
import { rankCandidates } from '../../../utils/coverage/rank';
import { noRateLimit } from '../../../utils/coverage/rate-limit';
import type { Candidate, CoverageSettings } from '../../../utils/coverage/types';
import { send, serve, type TestServer } from './server';

const FIX = new URL('../../fixtures/coverage/', import.meta.url);
const read = (f: string) => readFileSync(new URL(f, FIX), 'utf8');
const GOOGLE_KO = read('google_news_search_ko_2025.xml');
const GOOGLE_FR = read('google_news_rss_topstories_fr-BE_2020.xml');
const GUARDIAN = read('guardian_search_uk-news_2020.json');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function ctx(settings: Partial<CoverageSettings>): ProviderContext {
  return {
    fetch: (u, i) => fetch(u, i),
    signal: new AbortController().signal,
    settings: { providers: ['google-news'], ...settings },
    outlets: SHIPPED_OUTLETS,
    feeds: [],
    rateLimiter: noRateLimit,
    http: { retries: 0, sleep: async () => undefined, backoffMs: 1 },
    now: () => Date.parse('2025-08-07T00:00:00Z'),
  };
}

const samsung = buildCoverageQuery({
  url: 'https://ai-kr.example/2025/08/06/samsung-hbm/',
  headline: '삼성전자 HBM3E 엔비디아 인증 지연',
  publishedAt: '2025-08-06T09:00:00+09:00',
  lang: 'ko',
  text: '삼성전자의 HBM3E 12단 제품이 엔비디아 인증을 아직 받지 못했다. 삼성전자 HBM4 인증과 수익성 확보가 과제로 꼽힌다.',
});

describe("Google News links in today's format (real recording)", () => {
  const ids = [...GOOGLE_KO.matchAll(/https:\/\/news\.google\.com\/rss\/articles\/[A-Za-z0-9_-]+\?oc=5/g)].map((m) => m[0]);

  it('does not pretend to decode opaque ids, and still decodes the 2020 ones', () => {
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const id of ids) expect(decodeGoogleNewsLink(id)).toBeUndefined();
    const old = [...GOOGLE_FR.matchAll(/<link>(https:\/\/news\.google\.com\/rss\/articles\/[^<]+)<\/link>/g)].map((m) => m[1]!);
    expect(old.map(decodeGoogleNewsLink).filter(Boolean).length).toBe(old.length);
  });

  it('keeps the Google link, names the outlet from <source url>, and drops cluster links no one can attribute', async () => {
    server = await serve({ '/rss/search': send(GOOGLE_KO, 'application/rss+xml; charset=utf-8') });
    const got = await googleNewsProvider.search(samsung, ctx({ endpoints: { 'google-news': `${server.base}/rss/search` } }));
    expect(new URL(server.hits[0]!, server.base).searchParams.get('ceid')).toBe('KR:ko');
    expect(got.length).toBeGreaterThan(0);
    for (const c of got) {
      expect(c.url).toMatch(/^https:\/\/news\.google\.com\/rss\/articles\/CBMi/);
      expect(c.host).toBe('www.businesspost.co.kr');
      expect(c.title).not.toMatch(/ - 비즈니스포스트$/);
    }
  });

  it('labels a Google-only result as a Google News link, never as the publisher address', async () => {
    server = await serve({ '/rss/search': send(GOOGLE_KO, 'application/rss+xml; charset=utf-8') });
    const got = await googleNewsProvider.search(samsung, ctx({ endpoints: { 'google-news': `${server.base}/rss/search` } }));
    const [r] = rankCandidates(samsung, got, { outlets: SHIPPED_OUTLETS, includeUnlisted: true });
    expect(r).toBeDefined();
    expect(r!.redirect).toBe('google-news');
    expect(r!.why.join(' ')).toMatch(/Google News link/);
  });

  it("takes the publisher's address from another source that found the same article", () => {
    const google: Candidate = { title: '삼성전자 HBM3E 12단 엔비디아 인증 빨라야 4분기, HBM4 인증·수익성 확보 절실', url: ids[0]!, host: 'www.businesspost.co.kr', provider: 'google-news', publishedAt: '2025-08-06T00:15:29Z' };
    const gdelt: Candidate = { title: '삼성전자 HBM3E 12단 엔비디아 인증 빨라야 4분기 HBM4 인증 수익성 확보 절실', url: 'https://www.businesspost.co.kr/BP?command=article_view&num=402411', host: 'www.businesspost.co.kr', provider: 'gdelt', publishedAt: '2025-08-06T00:30:00Z' };
    const results = rankCandidates(samsung, [google, gdelt], { outlets: SHIPPED_OUTLETS, includeUnlisted: true });
    expect(results).toHaveLength(1);
    expect(results[0]!.url).toBe(gdelt.url);
    expect(results[0]!.redirect).toBeUndefined();
  });
});

describe('Guardian Content API (real recording)', () => {
  it('reads every result with its real URL, date and trail text as plain text', async () => {
    server = await serve({ '/search': send(GUARDIAN, 'application/json') });
    const q = buildCoverageQuery({ url: 'https://ai.example/uk-news', headline: 'UK news push alerts skew negative on Labour', lang: 'en', publishedAt: '2019-12-12' });
    const got = await guardianProvider.search(q, ctx({ providers: ['guardian'], guardianKey: 'k', endpoints: { guardian: `${server.base}/search` } }));
    expect(got).toHaveLength(10);
    for (const c of got) {
      expect(c.url).toMatch(/^https:\/\/www\.theguardian\.com\//);
      expect(c.publishedAt).toMatch(/^20(19|20)-\d\d-\d\dT/);
      expect(c.snippet ?? '').not.toMatch(/<[a-z]/i);
    }
    expect(got.find((c) => /Letters/.test(c.title))?.snippet).toMatch(/^Letters: Post-election attacks/);
  });
});
