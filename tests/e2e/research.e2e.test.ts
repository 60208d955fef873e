import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtBrowser, type TestPage } from './browsers';
import { startServer, type TestServer } from './server';
import { FIXTURES } from './helpers';

const PAGES = ['seed-beijing-post.html', 'seed-beijing-post-rich.html', 'corpus-herald-sun-1.html'];

interface Rec {
  id: string;
  input: string;
  verdict: string;
  title: string | null;
  publishedAt: string | null;
  lang: string | null;
  detector: string;
  timesSeen: number;
  signals: { rule: string; text: string }[];
}

/** The fields a browser record and `npm run audit` must agree on for the same saved page. */
const comparable = (r: Rec) => ({
  verdict: r.verdict,
  title: r.title,
  publishedAt: r.publishedAt,
  lang: r.lang,
  detector: r.detector,
  signals: r.signals.map((s) => ({ rule: s.rule, text: s.text })),
});

/** Runs in an extension page: every record in the research store, via the raw IndexedDB API. */
const readLog = () =>
  new Promise<Rec[]>((resolve, reject) => {
    const open = indexedDB.open('provenance-lens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('research')) {
        db.close();
        resolve([]);
        return;
      }
      const req = db.transaction('research').objectStore('research').getAll();
      req.onsuccess = () => {
        db.close();
        resolve(req.result as Rec[]);
      };
      req.onerror = () => reject(req.error);
    };
  });

/** Runs in an extension page: the record for a fixture file seen at least `times` times, or false. Self-contained (it is serialised). */
const findRecord = ([file, times]: [string, number]) =>
  new Promise<Rec | false>((resolve) => {
    const open = indexedDB.open('provenance-lens');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('research')) {
        db.close();
        resolve(false);
        return;
      }
      const req = db.transaction('research').objectStore('research').getAll();
      req.onsuccess = () => {
        db.close();
        resolve((req.result as Rec[]).find((r) => r.input.endsWith('/' + file) && r.timesSeen >= times) ?? false);
      };
      req.onerror = () => resolve(false);
    };
  });

/** What `npm run audit -- --format ndjson <files>` prints: one AuditRecord per file. */
function auditRecords(files: string[]): { source: string; records: Rec[] } {
  const out = execFileSync('npx', ['tsx', 'cli/audit.ts', '--format', 'ndjson', ...files], { encoding: 'utf8' });
  return { source: 'cli/audit.ts', records: out.trim().split('\n').map((l) => JSON.parse(l) as Rec) };
}

describe.each(BROWSERS)('research mode, in %s', (name) => {
  let ext: ExtBrowser;
  let server: TestServer;
  let options: TestPage;

  beforeAll(async () => {
    server = await startServer(FIXTURES);
    ext = await launch(name);
    options = await ext.openExtensionPage('options.html#research', server.origin);
    await options.waitFor(() => !!document.querySelector('[data-testid="research-enabled"]'));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('is off by default, then records each article page once, and a revisit updates the same record', async () => {
    expect(await options.evaluate(() => (document.querySelector('[data-testid="research-enabled"]') as HTMLInputElement).checked)).toBe(false);
    // Turn it on the way the Settings store does: read the settings object, change research, write it back.
    await options.evaluate(async () => {
      const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
      const got = await api.storage.sync.get('settings');
      const settings = (got.settings ?? {}) as { research?: Record<string, unknown> };
      settings.research = { recordNone: true, excludedDomains: [], ...settings.research, enabled: true };
      await api.storage.sync.set({ settings });
    });

    for (const file of PAGES) {
      const page = await ext.newPage();
      await page.goto(`${server.origin}/pages/${file}`);
      await options.waitFor(findRecord, [file, 1] as [string, number], 30_000).catch(async () => {
        throw new Error(`no record for ${file}; log: ${JSON.stringify(await options.evaluate(readLog))}`);
      });
      await page.close();
    }
    const log = await options.evaluate(readLog);
    expect(log.map((r) => basename(new URL(r.input).pathname)).sort()).toEqual([...PAGES].sort());
    expect(log.every((r) => r.timesSeen === 1)).toBe(true);
    // The options page was open all along: its table followed the log.
    await options.waitFor(() => document.querySelector('[data-testid="research-table"]')?.getAttribute('aria-rowcount') === '4');

    const again = await ext.newPage();
    await again.goto(`${server.origin}/pages/${PAGES[0]}`);
    const revisited = await options.waitFor(findRecord, [PAGES[0]!, 2] as [string, number], 30_000);
    await again.close();
    expect(revisited && revisited.timesSeen).toBe(2);
    expect(await options.evaluate(readLog)).toHaveLength(3);
  });

  it('exports the log as NDJSON from the Research tab, matching `npm run audit` for the same saved pages', async () => {
    // A fresh options page, so the table, index and export come from a new read of IndexedDB
    // (Firefox's BiDi cannot reload a moz-extension:// page, so open another one).
    const fresh = await ext.openExtensionPage('options.html#research', server.origin);
    await fresh.waitFor(() => document.querySelector('[data-testid="research-summary"]')?.getAttribute('aria-busy') === 'false');
    expect(await fresh.evaluate(() => document.querySelector('[data-testid="research-table"]')?.getAttribute('aria-rowcount'))).toBe('4');
    const exported = await fresh.evaluate(async () => {
      const captured: Blob[] = [];
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (obj: Blob | MediaSource) => {
        captured.push(obj as Blob);
        return original(obj);
      };
      // The <a download> click would save a file: keep the test profile clean.
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {};
      try {
        (document.querySelector('[data-testid="research-export-ndjson"]') as HTMLButtonElement).click();
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      return { type: captured[0]?.type ?? '', text: captured[0] ? await captured[0].text() : '' };
    });
    await fresh.close();
    expect(exported.type).toBe('application/x-ndjson');
    const records = exported.text.trim().split('\n').map((l) => JSON.parse(l) as Rec);
    expect(records).toHaveLength(3);
    const byFile = new Map(records.map((r) => [basename(new URL(r.input).pathname), r]));
    expect([...byFile.keys()].sort()).toEqual([...PAGES].sort());
    expect(byFile.get(PAGES[0]!)!.timesSeen).toBe(2);
    expect(byFile.get('seed-beijing-post.html')!.verdict).toBe('ai-generated');
    expect(byFile.get('corpus-herald-sun-1.html')!.verdict).toBe('none');

    const audit = auditRecords(PAGES.map((f) => join('tests/fixtures/pages', f)));
    const byInput = new Map(audit.records.map((r) => [basename(r.input), r]));
    for (const file of PAGES) {
      expect(byInput.has(file), `${audit.source}: ${file}`).toBe(true);
      expect(comparable(byFile.get(file)!), `${audit.source}: ${file}`).toEqual(comparable(byInput.get(file)!));
    }
  });
});
