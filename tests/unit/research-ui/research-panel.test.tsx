// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ResearchPanel } from '@/components/options/research/ResearchPanel';
import { OVERSCAN, ROW_HEIGHT, VIEW_HEIGHT } from '@/components/options/research/RecordTable';
import { RESEARCH_ERROR_KEY } from '@/utils/research/keys';
import { resetResearchDbForTests } from '@/entrypoints/background/research';
import { exportRecords, getAllRecords, openProvenanceDb, RecordIndex, type ResearchRecord } from '@/utils/research';
import { writeTransaction } from '@/utils/research/tx';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/utils/settings';
import { provenance } from '../research/helpers';
import { syntheticRecords } from '../research/synthetic';
import { $, change, click, installI18n, mount, recordWithStoredSettings, settle, waitFor, type Mounted } from './helpers';

const N = 10_000;
let all: ResearchRecord[];
let m: Mounted | undefined;

beforeAll(() => {
  all = syntheticRecords(N, 7);
});

async function seed(records: readonly ResearchRecord[]): Promise<void> {
  const db = await openProvenanceDb();
  await writeTransaction(db, 'research', async (tx) => {
    const store = tx.objectStore('research');
    await Promise.all(records.map((r) => store.put(r)));
  });
  db.close();
}

async function storedIds(): Promise<string[]> {
  const db = await openProvenanceDb();
  const ids = (await getAllRecords(db)).map((r) => r.id);
  db.close();
  return ids;
}

const rows = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('.rl-body [role="row"]')];
const summary = (root: HTMLElement) => $(root, 'research-summary')!.textContent ?? '';
const ready = (root: HTMLElement) => waitFor(() => $(root, 'research-summary')?.getAttribute('aria-busy') === 'false');
const newestFirst = (records: readonly ResearchRecord[]) => new RecordIndex(records).filter({});

beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
  globalThis.indexedDB = new IDBFactory();
  resetResearchDbForTests();
});
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

describe('ResearchPanel with 10,000 records', () => {
  beforeEach(async () => {
    await seed(all);
  });

  it('paints the newest page before the index loads, then renders only the visible rows of a virtual table', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const load = RecordIndex.load.bind(RecordIndex);
    vi.spyOn(RecordIndex, 'load').mockImplementation(async (db) => {
      await gate;
      return load(db);
    });
    m = mount(<ResearchPanel />);
    const expected = newestFirst(all);
    // First page straight from IndexedDB: rows visible, filters still off.
    await waitFor(() => rows(m!.container)[0]?.dataset.id);
    expect(rows(m.container)[0]!.dataset.id).toBe(expected[0]!.id);
    expect($<HTMLInputElement>(m.container, 'research-filter-text')!.disabled).toBe(true);
    expect(summary(m.container)).toContain('Loading');
    release();
    await ready(m.container);
    expect($<HTMLInputElement>(m.container, 'research-filter-text')!.disabled).toBe(false);

    const table = $(m.container, 'research-table')!;
    expect(table.getAttribute('aria-rowcount')).toBe(String(N + 1));
    const visible = Math.ceil(VIEW_HEIGHT / ROW_HEIGHT) + OVERSCAN;
    expect(rows(m.container).length).toBeLessThanOrEqual(visible);
    expect(rows(m.container).length).toBeGreaterThanOrEqual(VIEW_HEIGHT / ROW_HEIGHT);
    expect(rows(m.container).map((r) => r.dataset.id)).toEqual(expected.slice(0, rows(m.container).length).map((r) => r.id));
    expect(rows(m.container)[0]!.getAttribute('aria-rowindex')).toBe('2');

    // Scroll to row 5,000: the rows there (and only around there) are in the DOM, in place.
    const body = m.container.querySelector<HTMLElement>('.rl-body')!;
    body.scrollTop = 5000 * ROW_HEIGHT;
    body.dispatchEvent(new Event('scroll'));
    await settle();
    const after = rows(m.container);
    expect(after.length).toBeLessThanOrEqual(visible + OVERSCAN);
    const indices = after.map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(Math.min(...indices)).toBe(5000 - OVERSCAN + 2);
    const row5000 = after.find((r) => r.getAttribute('aria-rowindex') === String(5002))!;
    expect(row5000.dataset.id).toBe(expected[5000]!.id);
    expect(row5000.style.top).toBe(`${5000 * ROW_HEIGHT}px`);
  });

  it('filters by verdict, text, domain and language, with matching counts; sorts by a header', async () => {
    m = mount(<ResearchPanel />);
    await ready(m.container);
    await change($(m.container, 'research-filter-verdict'), 'ai-assisted', 'change');
    const assisted = all.filter((r) => r.verdict === 'ai-assisted');
    expect(summary(m.container)).toContain(`${assisted.length.toLocaleString()} of ${N.toLocaleString()}`);
    expect($(m.container, 'research-table')!.getAttribute('aria-rowcount')).toBe(String(assisted.length + 1));
    for (const r of rows(m.container)) expect(r.textContent).toContain('AI-assisted');
    const verdictCounts = $(m.container, 'research-verdict-counts')!;
    expect(verdictCounts.querySelector('[data-verdict="ai-assisted"] td')!.textContent).toBe(assisted.length.toLocaleString());
    expect(verdictCounts.querySelector('[data-verdict="none"] td')!.textContent).toBe('0');

    await change($(m.container, 'research-filter-text'), 'climate');
    const climate = assisted.filter((r) => [r.title, ...r.signals.map((s) => s.text)].join(' ').toLowerCase().includes('climate'));
    expect(summary(m.container)).toContain(`${climate.length.toLocaleString()} of`);

    const domain = climate[0]!.domain!;
    await change($(m.container, 'research-filter-domain'), domain);
    const inDomain = climate.filter((r) => r.domain === domain);
    expect(Number($(m.container, 'research-table')!.getAttribute('aria-rowcount')) - 1).toBe(inDomain.length);
    const domainRows = $(m.container, 'research-domain-counts')!.querySelectorAll('tbody tr');
    expect(domainRows).toHaveLength(1);
    expect(domainRows[0]!.getAttribute('data-domain')).toBe(domain);

    await click($(m.container, 'research-filter-clear'));
    await change($(m.container, 'research-filter-lang'), 'de', 'change');
    expect(Number($(m.container, 'research-table')!.getAttribute('aria-rowcount')) - 1).toBe(all.filter((r) => r.lang === 'de').length);
    // Filtering 10,000 rows stays far below the 100 ms budget.
    expect(Number($(m.container, 'research-summary')!.dataset.filterMs)).toBeLessThan(100);

    await click(m.container.querySelector('button[data-sort="timesSeen"]'));
    const header = m.container.querySelector('button[data-sort="timesSeen"]')!.parentElement!;
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const seen = rows(m.container).map((r) => Number(r.querySelector('[data-col="timesSeen"]')!.textContent));
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(seen[0]).toBe(Math.max(...all.filter((r) => r.lang === 'de').map((r) => r.timesSeen)));
  });

  it('draws an accessible SVG timeline of first sightings', async () => {
    m = mount(<ResearchPanel />);
    await ready(m.container);
    const svg = $(m.container, 'research-timeline')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector(':scope > title')!.textContent).toMatch(/first seen per (day|month)/);
    const label = svg.getAttribute('aria-label')!;
    expect(label).toContain(N.toLocaleString());
    const days = [...new Set(all.map((r) => r.firstSeen.slice(0, 10)))].sort();
    // The synthetic log spans ~300 days: drawn per month.
    expect(label).toContain(`from ${days[0]!.slice(0, 7)} to ${days[days.length - 1]!.slice(0, 7)}`);
    const bars = [...svg.querySelectorAll('rect.rl-bar')];
    const barSum = bars.reduce((a, b) => a + Number(b.querySelector('title')!.textContent!.split(': ')[1]!.replace(/\D/g, '')), 0);
    expect(barSum).toBe(N);
  });

  it('exports exactly the filtered rows as NDJSON, CSV and JSON', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:research-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    m = mount(<ResearchPanel />);
    await ready(m.container);
    await change($(m.container, 'research-filter-verdict'), 'suspected-ai', 'change');
    const wanted = new Set(all.filter((r) => r.verdict === 'suspected-ai').map((r) => r.id));

    await click($(m.container, 'research-export-ndjson'));
    const lines = (await blobs[0]!.text()).trim().split('\n').map((l) => JSON.parse(l) as ResearchRecord);
    expect(blobs[0]!.type).toBe('application/x-ndjson');
    expect(new Set(lines.map((r) => r.id))).toEqual(wanted);
    expect(lines).toHaveLength(wanted.size);
    expect(lines.every((r) => r.verdict === 'suspected-ai' && r.schema === 1 && typeof r.detector === 'string')).toBe(true);

    await click($(m.container, 'research-export-csv'));
    const csv = await blobs[1]!.text();
    expect(csv.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^schema,input,isArticle,verdict/);
    expect(csv.trim().split('\n')).toHaveLength(wanted.size + 1);

    await click($(m.container, 'research-export-json'));
    const doc = JSON.parse(await blobs[2]!.text()) as { count: number; records: ResearchRecord[] };
    expect(doc.count).toBe(wanted.size);
    expect($(m.container, 'research-action-status')!.textContent).toContain(`${wanted.size} records as JSON`);
  });
});

describe('ResearchPanel import, delete, live updates, settings', () => {
  const small = () => syntheticRecords(5, 3);

  it('imports an export back and reports added/updated/skipped/invalid', async () => {
    const [a, b, c, d, e] = small() as [ResearchRecord, ResearchRecord, ResearchRecord, ResearchRecord, ResearchRecord];
    await seed([a, b]);
    m = mount(<ResearchPanel />);
    await ready(m.container);
    expect(summary(m.container)).toContain('2 records');
    const later = { ...a, lastSeen: '2027-01-01T00:00:00.000Z', timesSeen: a.timesSeen + 3 };
    const text = exportRecords([later, b, c, d, e], 'ndjson') + '{not json\n';
    const input = $<HTMLInputElement>(m.container, 'research-import')!;
    Object.defineProperty(input, 'files', { value: [new File([text], 'log.ndjson', { type: 'application/x-ndjson' })], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    const status = await waitFor(() => /Imported/.test($(m!.container, 'research-action-status')!.textContent ?? '') && $(m!.container, 'research-action-status')!.textContent);
    expect(status).toContain('3 added, 1 updated, 1 skipped, 1 invalid');
    await waitFor(() => summary(m!.container).includes('5 records'));
    expect((await storedIds()).sort()).toEqual([a, b, c, d, e].map((r) => r.id).sort());
  });

  it('deletes everything only after the confirm step', async () => {
    await seed(small());
    m = mount(<ResearchPanel />);
    await ready(m.container);
    await click($(m.container, 'research-delete-all'));
    expect(m.container.textContent).toContain('Delete all 5 records');
    await click($(m.container, 'research-delete-cancel'));
    expect(await storedIds()).toHaveLength(5);
    await click($(m.container, 'research-delete-all'));
    await click($(m.container, 'research-delete-confirm'));
    await waitFor(() => summary(m!.container).includes('0 records'));
    expect(await storedIds()).toEqual([]);
    expect(rows(m.container)).toHaveLength(0);
    expect($<HTMLButtonElement>(m.container, 'research-delete-all')!.disabled).toBe(true);
  });

  it('shows pages the background records while the tab is open', async () => {
    await seed(small());
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, research: { ...DEFAULT_SETTINGS.research, enabled: true } } });
    m = mount(<ResearchPanel />);
    await ready(m.container);
    const url = 'https://beijing-post.example/2030/live';
    await recordWithStoredSettings(provenance({ url }), url, false);
    await waitFor(() => summary(m!.container).includes('6 records'));
    // Newest lastSeen first: the page just seen is the top row.
    expect(rows(m.container)[0]!.dataset.id).toBe(url);
    await recordWithStoredSettings(provenance({ url }), url, false);
    await waitFor(() => rows(m!.container)[0]!.querySelector('[data-col="timesSeen"]')!.textContent === '2');
    expect(summary(m.container)).toContain('6 records');
  });

  it('does not lose a page recorded while the full log was still loading', async () => {
    await seed(small());
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, research: { ...DEFAULT_SETTINGS.research, enabled: true } } });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const load = RecordIndex.load.bind(RecordIndex);
    // The snapshot is taken, then the write lands before the page gets the index.
    vi.spyOn(RecordIndex, 'load').mockImplementation(async (db) => {
      const snapshot = await load(db);
      await gate;
      return snapshot;
    });
    m = mount(<ResearchPanel />);
    await waitFor(() => rows(m!.container).length === 5);
    const url = 'https://beijing-post.example/2030/during-load';
    await recordWithStoredSettings(provenance({ url }), url, false);
    release();
    await waitFor(() => summary(m!.container).includes('6 records'));
    expect(rows(m.container)[0]!.dataset.id).toBe(url);
  });

  it('shows the storage-full flag prominently until dismissed', async () => {
    await fakeBrowser.storage.local.set({ [RESEARCH_ERROR_KEY]: { kind: 'storage-full', at: '2026-11-28T09:00:00.000Z', missed: 3 } });
    m = mount(<ResearchPanel />);
    const alert = await waitFor(() => $(m!.container, 'research-storage-full'));
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('3 page visit(s) could not be recorded');
    await click(alert.querySelector('button'));
    expect($(m.container, 'research-storage-full')).toBeNull();
    expect((await fakeBrowser.storage.local.get(RESEARCH_ERROR_KEY))[RESEARCH_ERROR_KEY]).toBeUndefined();
  });

  it('turns research mode on and off, keeping the other settings', async () => {
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, showNotice: false } });
    m = mount(<ResearchPanel />);
    const toggle = await waitFor(() => $<HTMLInputElement>(m!.container, 'research-enabled'));
    expect(toggle.checked).toBe(false);
    expect(toggle.getAttribute('role')).toBe('switch');
    await click(toggle);
    const read = async () => (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY] as typeof DEFAULT_SETTINGS;
    await vi.waitFor(async () => expect((await read()).research.enabled).toBe(true));
    const saved = await read();
    expect(saved.research.enabled).toBe(true);
    expect(saved.research.recordNone).toBe(true);
    expect(saved.showNotice).toBe(false);
  });
});
