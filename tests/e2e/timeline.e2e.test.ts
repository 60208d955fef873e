import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtBrowser, type TestPage } from './browsers';
import { startServer, type TestServer } from './server';
import { FIXTURES, tabIdFor, uiBecomes, useGoogleNewsAt } from './helpers';

/**
 * The story timeline on the seed page, with a Google News answer served from 127.0.0.1
 * (tests/fixtures/story/SOURCES.md says what it is): the popup, the in-page notice and the report
 * form state the first report and the gap; a page dated with its coverage gets no mark.
 */
describe.each(BROWSERS)('story timeline in %s', (name) => {
  let ext: ExtBrowser;
  let server: TestServer;
  let probe: TestPage;
  let searches = 0;

  beforeAll(async () => {
    const rss = await readFile(join(FIXTURES, 'story/google-news-seed-story.xml'));
    const seed = await readFile(join(FIXTURES, 'pages/seed-beijing-post-rich.html'), 'utf8');
    server = await startServer(FIXTURES, [
      (_req, res, url) => {
        if (url.pathname !== '/rss/search') return false;
        searches++;
        res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(rss);
        return true;
      },
      // The same page dated the day after the story broke: its date matches its coverage.
      (_req, res, url) => {
        if (url.pathname !== '/pages/seed-on-time.html') return false;
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(seed.replaceAll('2025-03-27T08:00:00+08:00', '2025-01-14T08:00:00+08:00'));
        return true;
      },
    ]);
    ext = await launch(name);
    probe = await ext.openExtensionPage('options.html', server.origin);
    await useGoogleNewsAt(probe, `${server.origin}/rss/search`);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the popup names the first report and the gap; the notice says it too; the report form offers the dating item', async () => {
    const url = `${server.origin}/pages/seed-beijing-post-rich.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);

    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    const first = await popup.waitFor(() => document.querySelector('[data-testid="story-first-report"]')?.textContent ?? '', undefined, 30_000);
    expect(first).toMatch(/^This story was first reported on .*2025 by BBC.* — 73 days before this page's date\.$/);
    const story = await popup.evaluate(() => {
      const section = document.querySelector('[data-testid="story"]')!;
      const svg = section.querySelector('svg[role="img"]')!;
      return {
        staleness: section.getAttribute('data-staleness'),
        mark: section.querySelector('[data-testid="story-staleness"]')?.textContent ?? '',
        link: section.querySelector('[data-testid="story-first-report"] a')?.getAttribute('href'),
        chartName: document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
        bars: svg.querySelectorAll('rect').length,
        days: [...section.querySelectorAll('[data-testid="story-days"] li')].map((li) => li.textContent),
      };
    });
    expect(story.staleness).toBe('recycled');
    expect(story.mark).toMatch(/“Monday”/);
    expect(story.mark).toContain('not a verdict on the facts');
    expect(story.link).toBe('https://www.bbc.com/news/articles/us-ai-diffusion-export-rule');
    expect(story.chartName).toMatch(/^Reports of this story at listed outlets, by day/);
    expect(story.bars).toBe(3);
    expect(story.days).toHaveLength(4);
    expect(story.days[0]).toMatch(/BBC/);
    // For a look by eye (and the README): the section as the reader sees it.
    await popup.evaluate(() => document.querySelector('[data-testid="story"] details')?.setAttribute('open', ''));
    await popup.screenshot(`test-results/story-timeline-${name}.png`, '[data-testid="story"]');

    // The in-page notice (the seed page is flagged) carries the same line.
    const ui = await uiBecomes(probe, tabId, (u) => /First reported on/.test(u.notice), 'the story line in the notice');
    expect(ui.notice).toMatch(/First reported on .*2025 by BBC — 73 days before this page's date\./);

    const form = await ext.openExtensionPage(`popup.html?tab=${tabId}&report=1`, server.origin);
    const offered = await form.waitFor(() => document.querySelector('[data-testid="use-dating-item"]')?.textContent ?? '', undefined, 30_000);
    expect(offered).toBe('Add the dating discrepancy');
    await form.evaluate(() => (document.querySelector('[data-testid="use-dating-item"]') as HTMLButtonElement).click());
    const problem = await form.waitFor(() => (document.querySelector('#report-problem') as HTMLTextAreaElement | null)?.value ?? '');
    expect(problem).toMatch(/^Presented as recent; first reported on .* by BBC \(https:\/\/www\.bbc\.com\/[^)]+\), 73 days before this page's date\./);

    await form.close();
    await popup.close();
    await page.close();
  });

  it('a page dated with its coverage gets no staleness mark', async () => {
    const url = `${server.origin}/pages/seed-on-time.html`;
    const before = searches;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    const staleness = await popup.waitFor(() => document.querySelector('[data-testid="story"]')?.getAttribute('data-staleness') ?? '', undefined, 30_000);
    expect(staleness).toBe('none');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="story-staleness"]'))).toBeNull();
    expect(await popup.evaluate(() => document.querySelector('[data-testid="story-first-report"]')?.textContent ?? '')).toMatch(/by BBC.* — 1 day before this page's date\./);
    expect(searches - before).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});
