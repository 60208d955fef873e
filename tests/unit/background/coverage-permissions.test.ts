import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCoverage } from '@/entrypoints/background/coverage';
import { saveSettings } from '@/utils/browser/settings-store';
import { loadTabState, saveTabState } from '@/utils/browser/tab-state';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { send, serve, type TestServer } from '../coverage/server';
import { stubBrowser } from '../components/helpers';
import { flaggedArticleTab } from './helpers';

const GOOGLE_FR = readFileSync(new URL('../../fixtures/coverage/google_news_rss_topstories_fr-BE_2020.xml', import.meta.url), 'utf8');

let server: TestServer;
beforeEach(async () => {
  fakeBrowser.reset();
  server = await serve({ '/rss/search': send(GOOGLE_FR, 'application/rss+xml') });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await server.close();
});

describe('a source without the permission it needs for this article (issue 14, finding 9)', () => {
  it('is named in the popup state as needing permission, not dropped in silence', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      coverage: { ...DEFAULT_SETTINGS.coverage, providers: ['feeds', 'google-news'], endpoints: { 'google-news': `${server.base}/rss/search` } },
    });
    // Only the Google News endpoint's host is granted: the German feeds' hosts are not.
    const granted = `${server.base.replace(/:\d+$/, '')}/*`;
    stubBrowser(fakeBrowser.permissions, 'contains').mockImplementation(async (...args: unknown[]) =>
      ((args[0] as { origins: string[] }).origins).every((o) => o === granted),
    );
    const url = 'https://ki-nachrichten.example/2020/03/09/corona/';
    await saveTabState(
      flaggedArticleTab(3, url, {
        headline: 'Coronavirus: Belgien meldet 200 Fälle',
        lang: 'de',
        text: 'In Belgien wurden 31 neue Infektionen mit dem Coronavirus festgestellt, insgesamt sind es nun 200 Fälle.',
      }, { title: 'Corona' }),
    );
    await runCoverage(3);
    const coverage = (await loadTabState(3))?.coverage;
    expect(coverage?.status).toBe('done');
    const failures = coverage && 'failures' in coverage ? coverage.failures : [];
    expect(failures.map((f) => [f.provider, f.error.kind])).toEqual([['feeds', 'permission']]);
    expect(failures[0]!.error.message).toMatch(/tagesschau\.de|zdf\.de|dw\.com|spiegel\.de/);
  });
});
