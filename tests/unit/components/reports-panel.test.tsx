// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newReport, ReportStore, type InaccuracyReport } from '@/utils/reports';
import { ReportsPanel } from '@/components/options/ReportsPanel';
import { $, $$, click, stubBrowser, installI18n, mount, provenance, settle, waitFor, type Mounted } from './helpers';

let m: Mounted | undefined;
let store: ReportStore;
let clock: number;
const openStore = () => ReportStore.open('reports-panel-test', () => new Date((clock += 60_000)));

beforeEach(async () => {
  fakeBrowser.reset();
  installI18n();
  globalThis.indexedDB = new IDBFactory();
  clock = Date.UTC(2026, 10, 28, 10);
  store = await openStore();
});
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

function report(id: string, over: Partial<InaccuracyReport> = {}): InaccuracyReport {
  return {
    ...newReport({ id, provenance: provenance(), quote: `passage ${id}`, now: `2026-11-2${id.length}T10:00:00Z` }),
    correction: `correction ${id}`,
    ...over,
  };
}

async function seed() {
  await store.saveDraft(report('a'));
  await store.saveDraft(report('bb', { article: { url: 'https://other.example/story', headline: 'Other story' } }));
  await store.setStatus('bb', 'opened-contact-page', { kind: 'contact-page', url: 'https://other.example/contact', label: 'Contact', copyToClipboard: true });
}

const noWatch = async () => ({ checked: [], noAccess: [] });

function panel(opts: { confirm?: boolean } = {}) {
  const downloads: { name: string; text: string; mime: string }[] = [];
  const reopened: string[] = [];
  const copied: string[] = [];
  const opened: string[] = [];
  const confirm = vi.fn(() => opts.confirm ?? true);
  m = mount(
    <ReportsPanel
      openStore={openStore}
      confirm={confirm}
      download={(name, text, mime) => downloads.push({ name, text, mime })}
      reopen={(id) => reopened.push(id)}
      watch={noWatch}
      deps={{ copy: async (t) => (copied.push(t), true), openTab: (u) => void opened.push(u), openMailto: (u) => opened.push(u) }}
    />,
  );
  return { root: m.container, downloads, reopened, confirm, copied, opened };
}

describe('ReportsPanel ("My reports")', () => {
  it('says when there are none', async () => {
    const { root } = panel();
    expect((await waitFor(() => $(root, 'reports-empty'))).textContent).toMatch(/not written any/);
    expect($(root, 'export-json')).toBeNull();
  });

  it('lists reports newest first with date, article and status', async () => {
    await seed();
    const { root } = panel();
    const rows = await waitFor(() => ($$(root, 'report-row').length === 2 ? $$(root, 'report-row') : null));
    expect(rows[0]!.textContent).toContain('Other story');
    expect($(rows[0]!, 'report-status')!.textContent).toBe('Contact page opened');
    expect(rows[0]!.querySelector('time')).not.toBeNull();
    expect(rows[1]!.textContent).toContain('China tightens AI chip export rules');
    expect($(rows[1]!, 'report-status')!.textContent).toBe('Draft');
    // Drafts cannot be resent; sent ones can.
    expect($(rows[1]!, 'resend-report')).toBeNull();
    expect($(rows[0]!, 'resend-report')).not.toBeNull();
  });

  it('exports all as JSON and CSV', async () => {
    await seed();
    const { root, downloads } = panel();
    await waitFor(() => $(root, 'export-json'));
    await click($(root, 'export-json'));
    await click($(root, 'export-csv'));
    await waitFor(() => downloads.length === 2);
    const json = JSON.parse(downloads[0]!.text) as { format: string; count: number; records: { id: string }[] };
    expect(downloads[0]!.name).toMatch(/\.json$/);
    expect(downloads[0]!.mime).toBe('application/json');
    expect(json.format).toBe('provenance-lens-reports');
    expect(json.records.map((r) => r.id).sort()).toEqual(['a', 'bb']);
    expect(downloads[1]!.name).toMatch(/\.csv$/);
    expect(downloads[1]!.text).toContain('correction a');
    expect(downloads[1]!.text.split('\n')[0]).toContain('articleUrl');
  });

  it('deletes only after confirmation', async () => {
    await seed();
    let p = panel({ confirm: false });
    await waitFor(() => $$(p.root, 'report-row').length === 2);
    await click($$(p.root, 'delete-report')[0]!);
    expect(p.confirm).toHaveBeenCalledWith(expect.stringContaining('Other story'));
    expect(await store.list()).toHaveLength(2);
    m!.unmount();

    p = panel({ confirm: true });
    await waitFor(() => $$(p.root, 'report-row').length === 2);
    await click($$(p.root, 'delete-report')[0]!);
    await waitFor(() => $$(p.root, 'report-row').length === 1);
    expect((await store.list()).map((r) => r.id)).toEqual(['a']);
    expect($(p.root, 'reports-status')!.textContent).toMatch(/deleted/);
  });

  it('reopens a report by id', async () => {
    await seed();
    const { root, reopened } = panel();
    await waitFor(() => $$(root, 'report-row').length === 2);
    await click($$(root, 'reopen-report')[1]!);
    expect(reopened).toEqual(['a']);
  });

  it('reopens in a window of the popup’s size by default, not a stretched tab', async () => {
    await seed();
    const create = stubBrowser(fakeBrowser.windows, 'create').mockResolvedValue({});
    m = mount(<ReportsPanel openStore={openStore} watch={noWatch} />);
    await waitFor(() => $$(m!.container, 'report-row').length === 2);
    await click($$(m.container, 'reopen-report')[1]!);
    expect(create).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/popup.html?tab=0&reportId=a', type: 'popup', width: 420, height: 640 });
  });

  it('lets the reader record the publisher’s answer, and filters by it', async () => {
    await seed();
    const { root } = panel();
    await waitFor(() => $$(root, 'report-outcome').length === 1);
    const select = $(root, 'report-outcome') as HTMLSelectElement;
    expect(select.value).toBe('sent');
    select.value = 'corrected';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => $(root, 'reports-status')!.textContent === 'Status saved.');
    expect((await store.get('bb'))?.outcome).toBe('corrected');
    await click($(root, 'filter-corrected'));
    expect($$(root, 'report-row').map((r) => r.getAttribute('data-outcome'))).toEqual(['corrected']);
    await click($(root, 'filter-open'));
    expect($(root, 'reports-filtered-empty')).toBeTruthy();
  });

  it('re-checks reported articles on opening and shows a changed passage with old and new text', async () => {
    await seed();
    let runs = 0;
    const watch = async (s: ReportStore) => {
      runs++;
      const watched = { checkedAt: '2026-11-29T08:00:00.000Z', state: 'changed' as const, quote: 'passage bb', newText: 'passage bb, now corrected', changedAt: '2026-11-29T08:00:00.000Z' };
      await s.setWatch('bb', watched);
      return { checked: [{ id: 'bb', watch: watched }], noAccess: ['https://third.example'] };
    };
    const asked: string[] = [];
    m = mount(<ReportsPanel openStore={openStore} watch={watch} askAccess={async (o) => (asked.push(o), true)} />);
    const note = await waitFor(() => $(m!.container, 'watch-state'));
    expect(note.getAttribute('data-state')).toBe('changed');
    expect(note.textContent).toContain('The passage you reported has changed.');
    expect($(m.container, 'watch-old')!.textContent).toBe('passage bb');
    expect($(m.container, 'watch-new')!.textContent).toBe('passage bb, now corrected');
    // The words the newsroom added are marked in the new text.
    expect([...$(m.container, 'watch-new')!.querySelectorAll('ins')].map((e) => e.textContent).join('')).toContain('now corrected');
    expect($(m.container, 'watch-old')!.querySelector('del')).toBeNull();
    expect($(m.container, 'watch-summary')!.textContent).toContain('1 reported passage');
    // A site the extension may not read is named, and asked for only on the reader's click.
    expect(asked).toEqual([]);
    await click($(m.container, 'allow-watch'));
    await waitFor(() => asked.length === 1 && runs === 2);
    expect(asked).toEqual(['https://third.example']);
  });

  it('resends through the channel it went out by, and updates the status', async () => {
    await seed();
    const { root, copied, opened } = panel();
    await waitFor(() => $$(root, 'report-row').length === 2);
    await click($(root, 'resend-report'));
    await waitFor(() => opened.length);
    await settle(20);
    expect(copied[0]).toContain('passage bb');
    expect(opened).toEqual(['https://other.example/contact']);
    expect($(root, 'reports-status')!.textContent).toMatch(/copied/);
    expect((await store.get('bb'))!.status).toBe('opened-contact-page');
  });

  it('a removed passage: says so with the text that was reported; an edited report is not mixed with an old finding', async () => {
    await seed();
    await store.setWatch('bb', { checkedAt: '2026-11-29T08:00:00.000Z', state: 'removed', quote: 'passage bb', changedAt: '2026-11-29T08:00:00.000Z' });
    await store.setWatch('a', { checkedAt: '2026-11-29T08:00:00.000Z', state: 'changed', quote: 'an older passage', newText: 'x', changedAt: '2026-11-29T08:00:00.000Z' });
    const { root } = panel();
    const notes = await waitFor(() => ($$(root, 'watch-state').length ? $$(root, 'watch-state') : null));
    expect(notes).toHaveLength(1);
    expect(notes[0]!.getAttribute('data-state')).toBe('removed');
    expect(notes[0]!.textContent).toContain('The passage you reported was removed.');
    expect($(root, 'watch-old')!.textContent).toBe('passage bb');
    expect($(root, 'watch-new')).toBeNull();
  });
});

