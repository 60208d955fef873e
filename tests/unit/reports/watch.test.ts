import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from '../../../utils/provenance/parse-html';
import { ReportStore } from '../../../utils/reports/store';
import { fetchArticleHtml } from '../../../utils/reports/fetch-article';
import { isWatchable, nextWatch, runWatch, type WatchDeps } from '../../../utils/reports/watch';
import { openFreshDb } from '../research/helpers';
import { seed, seedReport } from './helpers';

const page = readFileSync(fileURLToPath(new URL('../../fixtures/pages/seed-beijing-post.html', import.meta.url)), 'utf8');
const ARTICLE = 'https://beijing-post.example/2025/03/china-ai-export';
const EDITED = 'The announcement from the Chinese government came after the Biden administration announced tighter controls on AI chips in January.';

let store: ReportStore;
let now: number;
let served: string;
let fetched: string[];
let deps: WatchDeps;
beforeEach(async () => {
  now = Date.UTC(2026, 10, 29, 8);
  store = new ReportStore(await openFreshDb(), () => new Date(now));
  served = page;
  fetched = [];
  deps = {
    hasAccess: async (origin) => origin === 'https://beijing-post.example',
    fetchHtml: async (url) => {
      fetched.push(url);
      return served;
    },
    parse: parseDocument,
    now: () => new Date(now),
  };
});

const sent = (over: Parameters<typeof seedReport>[0] = {}) => seedReport({ status: 'sent-email', ...over });
const run = async () => runWatch(await store.list(), deps, (id, w) => store.setWatch(id, w));

describe('correction watch', () => {
  it('watches sent reports with a passage on a web page, until the reader marks them corrected', () => {
    expect(isWatchable(sent())).toBe(true);
    expect(isWatchable(seedReport())).toBe(false); // a draft
    expect(isWatchable(sent({ outcome: 'corrected' }))).toBe(false);
    expect(isWatchable(sent({ quote: '  ' }))).toBe(false);
    expect(isWatchable(sent({ article: { url: 'file:///x.html' } }))).toBe(false);
  });

  it('fetches the article’s own address once per article, and marks the passage changed with old and new text', async () => {
    await store.saveDraft(sent({ id: 'a' }));
    await store.saveDraft(sent({ id: 'b', problem: 'Another point about the same passage.' }));
    expect((await run()).checked.map((c) => c.watch.state)).toEqual(['unchanged', 'unchanged']);
    expect(fetched).toEqual([ARTICLE]);

    served = page.replace(seed.quote, EDITED);
    now += 24 * 3600_000;
    await run();
    const a = (await store.get('a'))!;
    expect(a.watch).toMatchObject({ state: 'changed', quote: seed.quote, newText: EDITED, changedAt: new Date(now).toISOString() });
    // Seen again the next day: still changed since the first day.
    const firstSeen = a.watch!.changedAt;
    now += 24 * 3600_000;
    await run();
    expect((await store.get('a'))!.watch!.changedAt).toBe(firstSeen);
    // Not an edit of the report: the list keeps its order.
    expect((await store.get('a'))!.updatedAt).toBe(a.updatedAt);

    served = page.replace(seed.quote, '');
    now += 24 * 3600_000;
    await run();
    expect((await store.get('b'))!.watch).toMatchObject({ state: 'removed', quote: seed.quote });
  });

  it('asks nothing of sites it may not read, and reports them for the reader to allow', async () => {
    await store.saveDraft(sent({ id: 'a', article: { url: 'https://other.example/story' } }));
    const result = await run();
    expect(result).toEqual({ checked: [], noAccess: ['https://other.example'] });
    expect(fetched).toEqual([]);
  });

  it('does not fetch again within ten minutes, and keeps the last finding when the page is down', async () => {
    await store.saveDraft(sent({ id: 'a' }));
    served = page.replace(seed.quote, EDITED);
    await run();
    await run();
    expect(fetched.length).toBe(1);
    now += 3600_000;
    deps.fetchHtml = async () => {
      throw new Error('HTTP 503');
    };
    await run();
    expect((await store.get('a'))!.watch).toMatchObject({ state: 'changed', newText: EDITED, error: 'HTTP 503' });
  });

  it('a new finding replaces an old one; a report edited to another passage starts afresh', () => {
    const t0 = new Date('2026-11-29T08:00:00Z');
    const first = nextWatch(undefined, 'old', { state: 'changed', newText: 'new' }, t0);
    const again = nextWatch(first, 'old', { state: 'removed' }, new Date('2026-11-30T08:00:00Z'));
    expect(again).toEqual({ checkedAt: '2026-11-30T08:00:00.000Z', state: 'removed', quote: 'old', changedAt: '2026-11-30T08:00:00.000Z' });
    expect(nextWatch(first, 'other', { state: 'unreachable', error: 'x' }, t0)).toEqual({ checkedAt: t0.toISOString(), state: 'unreachable', quote: 'other', error: 'x' });
  });
});

describe('fetchArticleHtml', () => {
  const respond = (body: string, init: ResponseInit & { url?: string }) => {
    const res = new Response(body, init);
    Object.defineProperty(res, 'url', { value: init.url ?? ARTICLE });
    return res;
  };

  it('sends no cookies and no referrer, and reads HTML only from the article’s own site', async () => {
    let seen: RequestInit | undefined;
    const html = await fetchArticleHtml(ARTICLE, async (_u, init) => {
      seen = init;
      return respond('<p>x</p>', { headers: { 'content-type': 'text/html' } });
    });
    expect(html).toBe('<p>x</p>');
    expect(seen).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store' });
    await expect(fetchArticleHtml(ARTICLE, async () => respond('', { status: 404 }))).rejects.toThrow('HTTP 404');
    await expect(fetchArticleHtml(ARTICLE, async () => respond('{}', { headers: { 'content-type': 'application/json' } }))).rejects.toThrow('not a web page');
    await expect(
      fetchArticleHtml(ARTICLE, async () => respond('<p>x</p>', { headers: { 'content-type': 'text/html' }, url: 'https://elsewhere.example/' })),
    ).rejects.toThrow('another site');
  });
});
