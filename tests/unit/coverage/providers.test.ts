import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { findRelated } from '../../../utils/coverage/find-related';
import { getText } from '../../../utils/coverage/http';
import { SHIPPED_OUTLETS } from '../../../utils/coverage/outlets';
import { feedsProvider } from '../../../utils/coverage/providers/feeds';
import { buildGdeltUrl, GDELT_ENDPOINT, gdeltKeywords, gdeltProvider, gdeltSkipReason } from '../../../utils/coverage/providers/gdelt';
import { googleNewsProvider } from '../../../utils/coverage/providers/google-news';
import { guardianProvider } from '../../../utils/coverage/providers/guardian';
import type { ProviderContext } from '../../../utils/coverage/providers/provider';
import { buildCoverageQuery } from '../../../utils/coverage/query';
import { createRateLimiter, noRateLimit } from '../../../utils/coverage/rate-limit';
import type { CoverageInput, CoverageSettings, ProviderId } from '../../../utils/coverage/types';
import { send, serve, type TestServer } from './server';

const FIX = new URL('../../fixtures/coverage/', import.meta.url);
const read = (f: string) => readFileSync(new URL(f, FIX), 'utf8');
const GOOGLE_FR = read('google_news_rss_topstories_fr-BE_2020.xml');
const GDELT = read('gdelt_artlist_anamaria_2023.json');
const BBC = read('bbc_world_rss_2019.xml');
const NPR = read('npr_news_1001_rss_2021.xml');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const sleeps: number[] = [];
const fastSleep = async (ms: number) => {
  sleeps.push(ms);
};

function ctx(settings: Partial<CoverageSettings> & { providers?: ProviderId[] }, extra: Partial<ProviderContext> = {}): ProviderContext {
  return {
    fetch: (u, i) => fetch(u, i),
    signal: new AbortController().signal,
    settings: { providers: [], ...settings },
    outlets: SHIPPED_OUTLETS,
    feeds: [],
    rateLimiter: noRateLimit,
    http: { retries: 2, sleep: fastSleep, backoffMs: 1 },
    now: () => Date.parse('2023-09-20T00:00:00Z'),
    ...extra,
  };
}

const belgium: CoverageInput = {
  url: 'https://ai-actu.example/2020/03/09/coronavirus-belgique/',
  headline: 'Coronavirus : la Belgique compte désormais 200 cas',
  publishedAt: '2020-03-09T07:00:00+01:00',
  lang: 'fr',
  text: 'Trente et une nouvelles infections au coronavirus ont été détectées en Belgique, dont sept en Wallonie, portant le total à 200 cas. Le nombre de tests reste limité par manque de réactifs.',
};
const anaMaria: CoverageInput = {
  url: 'https://ai-noticias.example/2023/09/18/ana-maria/',
  headline: 'Caso Ana María: trasladan al penal al presunto feminicida',
  publishedAt: '2023-09-18T10:00:00Z',
  lang: 'es',
  text: 'La Fiscalía del Estado de México detuvo al presunto feminicida de Ana María Serrano. El caso Ana María conmocionó a México; la madre de Ana María relató lo ocurrido.',
};

describe('Google News provider (recorded fr-BE feed)', () => {
  it('sends the real request format and reads the publisher from <source url>', async () => {
    server = await serve({ '/rss/search': send(GOOGLE_FR, 'application/rss+xml; charset=utf-8') });
    const q = buildCoverageQuery(belgium);
    const got = await googleNewsProvider.search(q, ctx({ endpoints: { 'google-news': `${server.base}/rss/search` } }));
    const req = new URL(server.hits[0]!, server.base);
    expect(req.searchParams.get('q')).toMatch(/ after:\d{4}-\d{2}-\d{2} before:\d{4}-\d{2}-\d{2}$/);
    // First a few days around the article's date; the wide window only when that found little.
    expect(req.searchParams.get('q')).toContain(`after:${q.firstWindow!.from} before:${q.firstWindow!.to}`);
    expect(q.firstWindow).toEqual({ from: '2020-03-06', to: '2020-03-12' });
    const later = server.hits.slice(1).map((h) => new URL(h, server!.base).searchParams.get('q'));
    for (const l of later) expect(l).toContain(`after:${q.window.from} before:${q.window.to}`);
    expect(req.searchParams.get('hl')).toBe('fr');
    expect(req.searchParams.get('ceid')).toBe('FR:fr');
    const rtbf = got.find((c) => c.host === 'www.rtbf.be')!;
    expect(rtbf.title).not.toMatch(/ - RTBF$/);
    // The pre-2024 link decodes to the publisher URL locally.
    expect(rtbf.url).toMatch(/^https:\/\/www\.rtbf\.be\/info\//);
    expect(got.map((c) => c.host)).toContain('www.lesoir.be');
  });

  it('keeps opaque (post-2024) Google links as they are and takes the outlet from <source url>', async () => {
    const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>x - Google News</title><item><title>Coronavirus: la Belgique passe à 200 cas - Le Soir</title><link>https://news.google.com/rss/articles/CBMiAU_yqLNopaqueToken?oc=5</link><guid isPermaLink="false">CBMiAU_yqLNopaqueToken</guid><pubDate>Sun, 08 Mar 2020 12:00:00 GMT</pubDate><description>&lt;a href="https://news.google.com/rss/articles/CBMiAU_yqLNopaqueToken?oc=5"&gt;Coronavirus&lt;/a&gt;&amp;nbsp;&amp;nbsp;&lt;font color="#6f6f6f"&gt;Le Soir&lt;/font&gt;</description><source url="https://www.lesoir.be">Le Soir</source></item></channel></rss>`;
    server = await serve({ '/rss/search': send(rss, 'application/rss+xml') });
    const got = await googleNewsProvider.search(buildCoverageQuery(belgium), ctx({ endpoints: { 'google-news': `${server.base}/rss/search` } }));
    // Few listed hits: the strict query narrow then wide, then the loose one; the ranker merges the repeats.
    expect(server.hits).toHaveLength(3);
    const windows = server.hits.map((h) => /after:(\S+) before:(\S+)$/.exec(new URL(h, server!.base).searchParams.get('q')!)!.slice(1).join('…'));
    expect(windows).toEqual(['2020-03-06…2020-03-12', '2019-12-10…2020-03-16', '2019-12-10…2020-03-16']);
    expect(new Set(got.map((c) => c.url)).size).toBe(1);
    expect(got[0]).toMatchObject({ url: 'https://news.google.com/rss/articles/CBMiAU_yqLNopaqueToken?oc=5', host: 'www.lesoir.be', title: 'Coronavirus: la Belgique passe à 200 cas' });
  });

  it('returns [] for an empty result', async () => {
    server = await serve({ '/rss/search': send('<?xml version="1.0"?><rss version="2.0"><channel><title>x - Google News</title></channel></rss>', 'application/rss+xml') });
    const got = await googleNewsProvider.search(buildCoverageQuery(belgium), ctx({ endpoints: { 'google-news': `${server.base}/rss/search` } }));
    expect(got).toEqual([]);
  });

  it('reports malformed XML as bad-response', async () => {
    server = await serve({ '/rss/search': send(GOOGLE_FR.slice(0, 1500), 'application/rss+xml') });
    const out = await findRelated(belgium, { fetch, settings: { providers: ['google-news'], endpoints: { 'google-news': `${server.base}/rss/search` } }, rateLimiter: noRateLimit, sleep: fastSleep });
    expect(out.failures).toEqual([{ provider: 'google-news', error: expect.objectContaining({ kind: 'bad-response' }) }]);
  });
});

describe('GDELT provider', () => {
  it('builds an ArtList request with domainis OR-groups and the window', () => {
    const q = buildCoverageQuery(anaMaria);
    const u = new URL(buildGdeltUrl('https://api.gdeltproject.org/api/v2/doc/doc', q, SHIPPED_OUTLETS, Date.parse('2023-09-20T00:00:00Z')));
    expect(u.searchParams.get('mode')).toBe('ArtList');
    expect(u.searchParams.get('format')).toBe('json');
    // Both ends clamped to what GDELT covers: the last three months, up to today.
    expect(q.window.from < '2023-06-23').toBe(true);
    expect(u.searchParams.get('startdatetime')).toBe('20230623000000');
    // The end is clamped to today: GDELT does not index the future.
    expect(u.searchParams.get('enddatetime')).toBe('20230920235959');
    const query = u.searchParams.get('query')!;
    expect(query).toMatch(/\((domainis:[a-z0-9.-]+ OR )+domainis:[a-z0-9.-]+\)/);
    expect(query).toContain('domainis:elpais.com');
    expect(query.length).toBeLessThanOrEqual(900);
    expect(query).not.toContain('domainis:abcnews.go.com');
  });

  it('skips, saying why, an article older than GDELT three months or with no name it can match', async () => {
    const old = gdeltProvider.search(buildCoverageQuery(anaMaria), ctx({ endpoints: { gdelt: 'http://127.0.0.1:9/never' } }, { now: () => Date.parse('2024-09-20T00:00:00Z') }));
    await expect(old).rejects.toMatchObject({ kind: 'bad-response', message: expect.stringMatching(/^skipped: GDELT covers only the last three months/) });
    const zh = buildCoverageQuery({ url: 'https://x.example/a', headline: '港特首梁振英就住宅违建事件道歉', lang: 'zh-Hans', publishedAt: '2023-09-18', text: '香港特首梁振英就住宅违建事件道歉。' });
    expect(gdeltSkipReason(zh)).toMatch(/English translations/);
    await expect(gdeltProvider.search(zh, ctx({}))).rejects.toMatchObject({ message: expect.stringMatching(/^skipped:/) });
  });

  it('feeds non-English articles by their names, and routes by language where few outlets are listed', () => {
    const lv = buildCoverageQuery({ url: 'https://www.lsm.lv/raksts/a', headline: 'Norvēģijā pēc zemes nogruvuma pieci bojāgājušie', lang: 'lv', publishedAt: '2023-09-18', text: 'Norvēģijas glābšanas komanda Askas ciematā atradusi piekto bojāgājušo. Jerdrumas pašvaldībā Askas ciemats cieta. Askas ciematā strādā Norvēģijas glābēji.' });
    // A list with no Latvian outlet (the shipped one has a few): GDELT is routed by language and country instead.
    const noLatvian = SHIPPED_OUTLETS.filter((o) => !o.langs.includes('lv') && o.country !== 'LV');
    const query = new URL(buildGdeltUrl(GDELT_ENDPOINT, lv, noLatvian, Date.parse('2023-09-20T00:00:00Z'))).searchParams.get('query')!;
    expect(query).toMatch(/Askas/);
    expect(query).toContain('sourcelang:latvian');
    expect(query).toContain('sourcecountry:latvia');
    expect(query).not.toContain('domainis:tagesschau.de');
    // With the shipped list, the Latvian outlets themselves.
    const shipped = new URL(buildGdeltUrl(GDELT_ENDPOINT, lv, SHIPPED_OUTLETS, Date.parse('2023-09-20T00:00:00Z'))).searchParams.get('query')!;
    expect(shipped).toContain('domainis:lsm.lv');
  });

  it('searches a few days around the date first and the wide window only when that finds little', async () => {
    server = await serve({
      '/api/v2/doc/doc': (_req, res, url) => {
        const narrow = url.searchParams.get('startdatetime') === '20230915000000';
        res.writeHead(200, { 'content-type': 'application/json' }).end(narrow ? '{}' : GDELT);
      },
    });
    const q = buildCoverageQuery(anaMaria);
    const got = await gdeltProvider.search(q, ctx({ endpoints: { gdelt: `${server.base}/api/v2/doc/doc` } }));
    const starts = server.hits.map((h) => new URL(h, server!.base).searchParams.get('startdatetime'));
    expect(starts).toEqual(['20230915000000', '20230623000000']);
    expect(got.length).toBeGreaterThan(0);
    // Enough from the narrow window: no second request.
    server.hits.length = 0;
    const routes = await serve({ '/api/v2/doc/doc': send(GDELT, 'application/json') });
    await gdeltProvider.search(q, ctx({ endpoints: { gdelt: `${routes.base}/api/v2/doc/doc` } }));
    expect(routes.hits).toHaveLength(1);
    await routes.close();
  });

  it('sends only words GDELT accepts (three letters or more), phrases quoted', () => {
    const seed = buildCoverageQuery({ url: 'https://beijing-post.example/a', headline: 'China Denounces U.S. AI Export Restrictions', lang: 'en', text: "China's Ministry of Commerce opposed the U.S. export controls on AI chips. The export controls harm global trade, China said." });
    const kw = gdeltKeywords(seed);
    const items = [...kw.matchAll(/"([^"]+)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.length).toBeLessThanOrEqual(3);
    for (const it of items) expect(it.replace(/\./g, '').length).toBeGreaterThanOrEqual(3);
    expect(kw.toLowerCase()).toContain('export');
    expect(kw).not.toMatch(/\bAI\b/);
  });

  it('reads recorded ArtList rows into candidates with real URLs and dates', async () => {
    server = await serve({ '/api/v2/doc/doc': send(GDELT, 'application/json; charset=utf-8') });
    const got = await gdeltProvider.search(buildCoverageQuery(anaMaria), ctx({ endpoints: { gdelt: `${server.base}/api/v2/doc/doc` } }));
    expect(got.length).toBe((JSON.parse(GDELT) as { articles: unknown[] }).articles.length);
    const eu = got.find((c) => c.host === 'www.eluniversal.com.mx')!;
    expect(eu.url).toMatch(/^https:\/\/www\.eluniversal\.com\.mx\//);
    expect(eu.publishedAt).toMatch(/^2023-09-18T0\d:\d\d:00Z$/);
    expect(eu.title).toContain('Caso Ana María:'); // GDELT's " :" re-spacing undone
  });

  it('treats an HTML error page served with 200 as bad-response, quoting it', async () => {
    server = await serve({ '/api/v2/doc/doc': send('<html><body>Invalid query: the specified phrase is too short.</body></html>', 'text/html', 200) });
    await expect(gdeltProvider.search(buildCoverageQuery(anaMaria), ctx({ endpoints: { gdelt: `${server.base}/api/v2/doc/doc` } }))).rejects.toMatchObject({
      kind: 'bad-response',
      message: expect.stringContaining('phrase is too short'),
    });
  });

  it('treats a plain-text error and broken JSON as bad-response; no hits as []', async () => {
    server = await serve({
      '/text': send('Please limit requests to one every 5 seconds', 'text/plain'),
      '/broken': send(GDELT.slice(0, 400), 'application/json'),
      '/empty': send('{}', 'application/json'),
    });
    const q = buildCoverageQuery(anaMaria);
    await expect(gdeltProvider.search(q, ctx({ endpoints: { gdelt: `${server.base}/text` } }))).rejects.toMatchObject({ kind: 'bad-response' });
    await expect(gdeltProvider.search(q, ctx({ endpoints: { gdelt: `${server.base}/broken` } }))).rejects.toMatchObject({ kind: 'bad-response' });
    await expect(gdeltProvider.search(q, ctx({ endpoints: { gdelt: `${server.base}/empty` } }))).resolves.toEqual([]);
  });

  it('does not retry a 429 and cools down for at least a minute', async () => {
    server = await serve({ '/api/v2/doc/doc': send('Please limit requests to one every 5 seconds', 'text/plain', 429, { 'retry-after': '5' }) });
    let t = 0;
    const waits: number[] = [];
    const limiter = createRateLimiter({ now: () => t, sleep: async (ms) => void waits.push(ms) });
    await expect(gdeltProvider.search(buildCoverageQuery(anaMaria), ctx({ endpoints: { gdelt: `${server.base}/api/v2/doc/doc` } }, { rateLimiter: limiter }))).rejects.toMatchObject({ kind: 'rate-limited' });
    expect(server.hits).toHaveLength(1);
    t = 10_000;
    await limiter.acquire('gdelt');
    expect(waits.at(-1)).toBeGreaterThanOrEqual(50_000);
  });
});

describe('Guardian provider (opt-in)', () => {
  it('needs the user key', async () => {
    await expect(guardianProvider.search(buildCoverageQuery(anaMaria), ctx({}))).rejects.toMatchObject({ kind: 'permission' });
  });

  it('sends q, dates, trailText and the key; reads the documented response shape', async () => {
    // Shape per the Open Platform docs (research §1.5); no recorded response was available.
    const body = JSON.stringify({ response: { status: 'ok', total: 1, results: [{ id: 'world/2025/jan/14/x', webTitle: 'China condemns US export controls on AI chips', webUrl: 'https://www.theguardian.com/world/2025/jan/14/china-us-ai-chips', webPublicationDate: '2025-01-14T08:00:00Z', fields: { trailText: 'Beijing’s <strong>commerce ministry</strong> says the rule harms trade' } }] } });
    server = await serve({ '/search': send(body, 'application/json') });
    const got = await guardianProvider.search(buildCoverageQuery(belgium), ctx({ guardianKey: 'test-key', endpoints: { guardian: `${server.base}/search` } }));
    const req = new URL(server.hits[0]!, server.base);
    expect(req.searchParams.get('api-key')).toBe('test-key');
    expect(req.searchParams.get('show-fields')).toBe('trailText');
    expect(req.searchParams.get('from-date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(got[0]).toMatchObject({ host: 'www.theguardian.com', snippet: 'Beijing’s commerce ministry says the rule harms trade' });
  });

  it('maps a 401 to permission', async () => {
    server = await serve({ '/search': send('{"message":"Unauthorized"}', 'application/json', 401) });
    await expect(guardianProvider.search(buildCoverageQuery(belgium), ctx({ guardianKey: 'bad', endpoints: { guardian: `${server.base}/search` } }))).rejects.toMatchObject({ kind: 'permission' });
  });
});

describe('outlet feeds provider (matched locally)', () => {
  it('fetches the chosen outlets feeds under the endpoint override and sends nothing about the article', async () => {
    server = await serve({ '*': (req, res, url) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(url.pathname.includes('npr') ? NPR : BBC) });
    const pope: CoverageInput = { url: 'https://ai.example/pope', headline: 'Pope Francis likens child sex abuse to human sacrifice at Vatican summit', publishedAt: '2019-02-24T15:00:00Z', lang: 'en', text: 'Pope Francis closed the Vatican summit on child sex abuse, comparing abuse to human sacrifice.' };
    const out = await findRelated(pope, {
      fetch,
      settings: { providers: ['feeds'], feedHosts: ['bbc.co.uk', 'npr.org'], endpoints: { feeds: server.base } },
      rateLimiter: noRateLimit,
    });
    expect(out.failures).toEqual([]);
    expect(server.hits.every((h) => !/pope|francis|abuse/i.test(h))).toBe(true);
    expect(server.hits.some((h) => h.startsWith('/feeds.bbci.co.uk/'))).toBe(true);
    expect(out.results[0]?.title).toBe('Pope Francis compares child sex abuse to human sacrifice');
    expect(out.results[0]?.host).toBe('bbc.co.uk');
    // A feed lists everything; only what shares the story survives.
    expect(out.results.length).toBeLessThanOrEqual(3);
  });

  it('needs permission for each feed origin', () => {
    const origins = feedsProvider.permissionOrigins({ feedHosts: ['bbc.co.uk', 'npr.org'] });
    expect(origins).toEqual(expect.arrayContaining(['https://feeds.bbci.co.uk/*']));
    expect(origins.every((o) => /^https?:\/\/[^/]+\/\*$/.test(o))).toBe(true);
    expect(googleNewsProvider.permissionOrigins()).toEqual(['https://news.google.com/*']);
    expect(gdeltProvider.permissionOrigins()).toEqual(['https://api.gdeltproject.org/*']);
    expect(guardianProvider.permissionOrigins()).toEqual(['https://content.guardianapis.com/*']);
  });
});

describe('HTTP policy', () => {
  it('retries a 429 after the Retry-After it was given', async () => {
    let n = 0;
    server = await serve({ '/x': (_q, res) => void (n++ === 0 ? res.writeHead(429, { 'retry-after': '2' }).end() : res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')) });
    sleeps.length = 0;
    const r = await getText(`${server.base}/x`, { fetch, sleep: fastSleep });
    expect(r.text).toBe('ok');
    expect(sleeps).toEqual([2000]);
  });

  it('gives up at once when Retry-After is too long', async () => {
    server = await serve({ '/x': send('', 'text/plain', 429, { 'retry-after': '3600' }) });
    await expect(getText(`${server.base}/x`, { fetch, sleep: fastSleep })).rejects.toMatchObject({ kind: 'rate-limited', status: 429 });
    expect(server.hits).toHaveLength(1);
  });

  it('retries a 5xx with exponential backoff, then succeeds', async () => {
    let n = 0;
    server = await serve({ '/x': (_q, res) => void (n++ < 2 ? res.writeHead(503).end('busy') : res.writeHead(200).end('ok')) });
    sleeps.length = 0;
    const r = await getText(`${server.base}/x`, { fetch, sleep: fastSleep, backoffMs: 100, random: () => 0.5 });
    expect(r.text).toBe('ok');
    expect(sleeps).toEqual([100, 200]);
  });

  it('reports a persistent 5xx as http with the status', async () => {
    server = await serve({ '/x': send('down', 'text/plain', 502) });
    await expect(getText(`${server.base}/x`, { fetch, sleep: fastSleep, retries: 1 })).rejects.toMatchObject({ kind: 'http', status: 502 });
    expect(server.hits).toHaveLength(2);
  });

  it('reports a refused connection as network', async () => {
    server = await serve({});
    const dead = server.base;
    await server.close();
    server = undefined;
    await expect(getText(`${dead}/x`, { fetch, sleep: fastSleep, retries: 1 })).rejects.toMatchObject({ kind: 'network' });
  });

  it('caps an enormous streamed response with a clear error, without hanging', async () => {
    server = await serve({
      '/huge': (_q, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = '<item><title>x</title></item>'.repeat(2000);
        let sent = 0;
        const pump = () => {
          while (sent < 8 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => undefined);
        pump();
      },
      '/declared': (_q, res) => void res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).end(),
    });
    const t0 = performance.now();
    await expect(getText(`${server.base}/huge`, { fetch, maxBytes: 5 * 1024 * 1024 })).rejects.toMatchObject({ kind: 'bad-response', message: expect.stringMatching(/too large/) });
    expect(performance.now() - t0).toBeLessThan(5000);
    await expect(getText(`${server.base}/declared`, { fetch })).rejects.toMatchObject({ kind: 'bad-response', message: expect.stringMatching(/too large/) });
  });

  it('times out a provider that never answers, and still returns the others', async () => {
    server = await serve({
      '/hang': () => undefined,
      '/rss/search': send(GOOGLE_FR, 'application/rss+xml'),
    });
    const t0 = performance.now();
    const out = await findRelated(belgium, {
      fetch,
      settings: { providers: ['gdelt', 'google-news'], endpoints: { gdelt: `${server.base}/hang`, 'google-news': `${server.base}/rss/search` }, timeoutsMs: { gdelt: 300 } },
      rateLimiter: noRateLimit,
      // GDELT covers three months: seen from March 2020, the article is in range.
      now: () => Date.parse('2020-03-10T12:00:00Z'),
    });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(out.failures).toEqual([{ provider: 'gdelt', error: { kind: 'timeout', message: expect.stringContaining('300 ms') } }]);
    expect(out.results.map((r) => r.host)).toContain('rtbf.be');
  });
});
