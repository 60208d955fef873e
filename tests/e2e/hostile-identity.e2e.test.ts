import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtBrowser, type TestPage } from './browsers';
import { startServer, type Route, type TestServer } from './server';
import { badgeBecomes, FIXTURES, tabIdFor } from './helpers';

const VICTIM = 'https://victim.example/2025/03/27/story';

/**
 * The seed article (an AI disclaimer) re-served as a hostile copy: it names another site's
 * article as its canonical and lists a mailbox of its own for reports (issue 14, finding 3).
 */
const hostile: Route = async (_req, res, url) => {
  if (url.pathname !== '/hostile/copy.html') return false;
  const seed = await readFile(join(FIXTURES, 'pages', 'seed-beijing-post.html'), 'utf8');
  const html = seed
    .replace('<head>', `<head><link rel="canonical" href="${VICTIM}"><meta property="og:url" content="${VICTIM}">`)
    .replace('</body>', '<p><a href="mailto:tips@collector.test">Contact</a></p></body>');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
  return true;
};

interface Rec {
  id: string;
  input: string;
  domain: string | null;
  canonicalUrl: string | null;
  verdict: string;
}

/** Runs in an extension page: the research records via the raw IndexedDB API, or null while there are none. Self-contained (it is serialised). */
const records = () =>
  new Promise<Rec[] | null>((resolve) => {
    const open = indexedDB.open('provenance-lens');
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('research')) {
        db.close();
        resolve(null);
        return;
      }
      const req = db.transaction('research').objectStore('research').getAll();
      req.onsuccess = () => {
        db.close();
        const all = req.result as Rec[];
        resolve(all.length > 0 ? all : null);
      };
      req.onerror = () => resolve(null);
    };
  });

describe.each(BROWSERS)('a page that names another site as its canonical, in %s', (name) => {
  let ext: ExtBrowser;
  let server: TestServer;
  let probe: TestPage;

  beforeAll(async () => {
    server = await startServer(FIXTURES, [hostile]);
    ext = await launch(name);
    probe = await ext.openExtensionPage('options.html#research', server.origin);
    await probe.evaluate(async () => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const got = await api.storage.sync.get('settings');
      const settings = (got.settings ?? {}) as { research?: Record<string, unknown> };
      settings.research = { recordNone: true, ...settings.research, enabled: true };
      await api.storage.sync.set({ settings });
    });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('is logged under its own address and site, and a report to its own mailbox is flagged as going elsewhere', async () => {
    const url = `${server.origin}/hostile/copy.html`;
    const page = await ext.newPage();
    await page.goto(url);
    const tabId = await tabIdFor(ext, probe, url);
    await badgeBecomes(probe, tabId, 'AI');

    const logged = (await probe.waitFor(records, undefined, 20_000))!;
    expect(logged).toHaveLength(1);
    expect(logged[0]!.verdict).toBe('ai-generated');
    expect(logged[0]!.id).toBe(url);
    expect(logged[0]!.domain).toBe('127.0.0.1');
    expect(logged[0]!.canonicalUrl).toBeNull();
    expect(JSON.stringify(logged)).not.toContain('victim.example');

    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`, server.origin);
    await popup.waitFor(() => !!document.querySelector('[data-testid="open-report"]'));
    await popup.click('[data-testid="open-report"]');
    await popup.waitFor(() => !!document.querySelector('#report-correction'));
    await popup.type('#report-quote', 'An advanced artificial intelligence (AI) system generated the content of this page on its own');
    await popup.type('#report-correction', 'A human should check this.');
    await popup.click('[data-testid="review-report"]');
    const href = await popup.waitFor(() => document.querySelector('[data-testid="send-email"]')?.getAttribute('href') ?? '');
    expect(href.startsWith('mailto:tips@collector.test?')).toBe(true);
    // The report links the page the reader saw, not the site it claims to be.
    expect(decodeURIComponent(href)).toContain(`${url}#:~:text=`);
    expect(decodeURIComponent(href)).not.toContain('victim.example');
    const warning = await popup.waitFor(() => document.querySelector('[data-testid="channel-other-site"]')?.textContent ?? '');
    expect(warning).toContain('collector.test');
    await popup.close();
    await page.close();
  });
});
