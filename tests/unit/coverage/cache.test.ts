import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { IdbCoverageCache, MemoryCoverageCache, hashKey } from '../../../utils/coverage/cache';
import { findRelated, PARTIAL_CACHE_TTL_MS } from '../../../utils/coverage/find-related';
import { noRateLimit } from '../../../utils/coverage/rate-limit';
import type { CoverageInput } from '../../../utils/coverage/types';
import { send, serve, type TestServer } from './server';

const GOOGLE_FR = readFileSync(new URL('../../fixtures/coverage/google_news_rss_topstories_fr-BE_2020.xml', import.meta.url), 'utf8');

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

let dbCounter = 0;
const freshDb = () => `pl-coverage-test-${++dbCounter}`;

describe('MemoryCoverageCache', () => {
  it('serves an entry until its TTL runs out', async () => {
    let t = 1_000;
    const cache = new MemoryCoverageCache(() => t);
    await cache.set('k', { a: 1 }, 500);
    expect((await cache.get<{ a: number }>('k'))?.value).toEqual({ a: 1 });
    t = 1_499;
    expect(await cache.get('k')).toBeDefined();
    t = 1_500;
    expect(await cache.get('k')).toBeUndefined();
  });

  it('stores a copy, not the caller object', async () => {
    const cache = new MemoryCoverageCache();
    const v = { list: [1] };
    await cache.set('k', v, 10_000);
    v.list.push(2);
    expect((await cache.get<{ list: number[] }>('k'))?.value.list).toEqual([1]);
  });
});

describe('IdbCoverageCache (fake-indexeddb)', () => {
  it('round-trips, expires, and survives a new instance (a restarted worker)', async () => {
    let t = 10_000;
    const name = freshDb();
    const a = new IdbCoverageCache({ now: () => t, dbName: name });
    await a.set('k', { results: [{ title: 'x' }] }, 1_000);
    a.close();
    const b = new IdbCoverageCache({ now: () => t, dbName: name });
    expect((await b.get<{ results: unknown[] }>('k'))?.value.results).toHaveLength(1);
    t = 11_000;
    expect(await b.get('k')).toBeUndefined();
    b.close();
  });

  it('treats a damaged record as a miss and removes it', async () => {
    const name = freshDb();
    const c = new IdbCoverageCache({ dbName: name });
    await c.set('ok', 1, 60_000);
    c.close();
    const raw = await openDB(name, 1);
    await raw.put('entries', { key: 'bad', value: 1 });
    raw.close();
    const d = new IdbCoverageCache({ dbName: name });
    expect(await d.get('bad')).toBeUndefined();
    expect(await d.get('ok')).toBeDefined();
    d.close();
  });

  it('prunes expired and excess entries on write', async () => {
    let t = 0;
    const name = freshDb();
    const c = new IdbCoverageCache({ now: () => t, dbName: name, maxEntries: 3 });
    for (let i = 0; i < 5; i++) {
      t += 10;
      await c.set(`k${i}`, i, 1_000_000);
    }
    c.close();
    const raw = await openDB(name, 1);
    expect(await raw.count('entries')).toBe(3);
    expect(await raw.get('entries', 'k0')).toBeUndefined();
    raw.close();
  });
});

describe('hashKey', () => {
  it('is stable under key order and differs for different inputs', async () => {
    expect(await hashKey({ a: 1, b: [1, 2] })).toBe(await hashKey({ b: [1, 2], a: 1 }));
    expect(await hashKey({ a: 1 })).not.toBe(await hashKey({ a: 2 }));
    expect(await hashKey({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });
});

const belgium: CoverageInput = {
  url: 'https://ai-actu.example/a',
  headline: 'Coronavirus : la Belgique compte désormais 200 cas',
  publishedAt: '2020-03-09T07:00:00+01:00',
  lang: 'fr',
  text: 'Trente et une nouvelles infections au coronavirus en Belgique, le total est de 200 cas.',
};

describe('findRelated with a cache', () => {
  it('answers the second time from the cache, without the network', async () => {
    server = await serve({ '/rss/search': send(GOOGLE_FR, 'application/rss+xml') });
    const cache = new IdbCoverageCache({ dbName: freshDb() });
    const deps = { fetch, cache, rateLimiter: noRateLimit, settings: { providers: ['google-news' as const], endpoints: { 'google-news': `${server.base}/rss/search` } } };
    const first = await findRelated(belgium, deps);
    const hits = server.hits.length;
    expect(first.fromCache).toBe(false);
    expect(first.results.length).toBeGreaterThan(0);
    const second = await findRelated(belgium, deps);
    expect(second.fromCache).toBe(true);
    expect(second.results).toEqual(first.results);
    expect(server.hits.length).toBe(hits);
    cache.close();
  });

  it('keeps partial answers only briefly and writes nothing when every provider failed', async () => {
    server = await serve({ '/rss/search': send(GOOGLE_FR, 'application/rss+xml'), '/gdelt': send('down', 'text/plain', 500) });
    let t = Date.parse('2026-01-01T00:00:00Z');
    const cache = new MemoryCoverageCache(() => t);
    const settings = { providers: ['google-news' as const, 'gdelt' as const], retries: 0, endpoints: { 'google-news': `${server.base}/rss/search`, gdelt: `${server.base}/gdelt` } };
    const first = await findRelated(belgium, { fetch, cache, now: () => t, rateLimiter: noRateLimit, settings });
    expect(first.failures.map((f) => f.provider)).toEqual(['gdelt']);
    expect((await findRelated(belgium, { fetch, cache, now: () => t, rateLimiter: noRateLimit, settings })).fromCache).toBe(true);
    t += PARTIAL_CACHE_TTL_MS + 1;
    expect((await findRelated(belgium, { fetch, cache, now: () => t, rateLimiter: noRateLimit, settings })).fromCache).toBe(false);

    const onlyFailing = { ...settings, providers: ['gdelt' as const] };
    const empty = new MemoryCoverageCache(() => t);
    await findRelated(belgium, { fetch, cache: empty, now: () => t, rateLimiter: noRateLimit, settings: onlyFailing });
    expect((await findRelated(belgium, { fetch, cache: empty, now: () => t, rateLimiter: noRateLimit, settings: onlyFailing })).fromCache).toBe(false);
  });

  it('leaves no entry when the request is cancelled half-way (worker stopped)', async () => {
    server = await serve({ '/hang': () => undefined });
    const cache = new MemoryCoverageCache();
    const ac = new AbortController();
    const settings = { providers: ['google-news' as const], endpoints: { 'google-news': `${server.base}/hang` } };
    const p = findRelated(belgium, { fetch, cache, rateLimiter: noRateLimit, settings, signal: ac.signal });
    setTimeout(() => ac.abort(), 50);
    const out = await p;
    expect(out.failures).toHaveLength(1);
    expect(out.results).toEqual([]);
    // A rerun goes to the network again (nothing half-written was cached).
    const again = await findRelated(belgium, { fetch, cache, rateLimiter: noRateLimit, settings: { ...settings, timeoutsMs: { 'google-news': 100 } } });
    expect(again.fromCache).toBe(false);
  });
});

describe('findRelated sharing', () => {
  it('shares one request between two callers, but not with a caller that gave up', async () => {
    server = await serve({ '/rss/search': send(GOOGLE_FR, 'application/rss+xml') });
    const settings = { providers: ['google-news' as const], endpoints: { 'google-news': `${server.base}/rss/search` } };
    const [a, b] = await Promise.all([findRelated(belgium, { fetch, rateLimiter: noRateLimit, settings }), findRelated(belgium, { fetch, rateLimiter: noRateLimit, settings })]);
    expect(a).toBe(b);
    const ac = new AbortController();
    const first = findRelated(belgium, { fetch, rateLimiter: noRateLimit, settings, signal: ac.signal });
    ac.abort();
    const second = await findRelated(belgium, { fetch, rateLimiter: noRateLimit, settings });
    expect(second.failures).toEqual([]);
    expect(second.results.length).toBeGreaterThan(0);
    expect((await first).failures).toHaveLength(1);
  });
});
