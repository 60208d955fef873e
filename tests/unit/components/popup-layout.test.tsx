// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabState } from '@/utils/messages';
import { ReportStore } from '@/utils/reports';
import { loadSettings } from '@/utils/browser/settings-store';
import { PopupApp } from '@/components/popup/PopupApp';
import { $, $$, click, fakeBackground, installI18n, mount, provenance, tabState, waitFor, type Mounted } from './helpers';

let m: Mounted | undefined;
let state: TabState | null;

beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
  state = tabState();
  fakeBackground((msg) => (msg.type === 'get-tab-state' ? state : undefined));
});
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

/** Polls an async condition (waitFor takes sync probes only). */
async function eventually(ok: () => Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error('condition never held');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const popup = () => mount(<PopupApp search="?tab=7" openStore={() => ReportStore.open('layout-test')} />);

describe('popup layout', () => {
  it('puts the first quote in the verdict card and folds the rest under "N more"', async () => {
    m = popup();
    await waitFor(() => $(m!.container, 'verdict-label'));
    const card = m.container.querySelector('.pl-card')!;
    const rows = $$(m.container, 'evidence-row');
    expect(card.contains(rows[0]!)).toBe(true);
    expect(rows[0]!.closest('details')).toBeNull();
    const more = $(m.container, 'evidence-more') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')!.textContent).toBe(`${rows.length - 1} more`);
    expect(more.contains(rows[1]!)).toBe(true);
  });

  it('keeps "Report an inaccuracy" in the footer, outside the scrolling body', async () => {
    m = popup();
    const button = await waitFor(() => $(m!.container, 'open-report'));
    expect(button.closest('footer')).not.toBeNull();
    expect(button.closest('main')).toBeNull();
  });

  it('the header switch turns the site off and on again through the disabled-sites list', async () => {
    m = popup();
    const sw = (await waitFor(() => $(m!.container, 'site-switch'))) as HTMLInputElement;
    expect(sw.checked).toBe(true);
    await click(sw);
    await eventually(async () => (await loadSettings()).disabledSites.includes('beijing-post.example'));
    const note = await waitFor(() => $(m!.container, 'site-note'));
    expect(note.textContent).toContain('beijing-post.example');
    await waitFor(() => ($(m!.container, 'site-switch') as HTMLInputElement).checked === false);
    await click($(m.container, 'site-switch'));
    await eventually(async () => (await loadSettings()).disabledSites.length === 0);
  });

  it('shows no switch for a page that is not on the web', async () => {
    state = tabState({ url: 'about:blank', report: provenance({ isArticle: false, verdict: 'none', signals: [] }) });
    m = popup();
    await waitFor(() => $(m!.container, 'verdict-label'));
    expect($(m.container, 'site-switch')).toBeNull();
    expect($(m.container, 'open-settings')).not.toBeNull();
  });
});

describe('evidence explanations', () => {
  it('explain markers and leaks, not a written disclosure the card already explains', async () => {
    m = popup();
    await waitFor(() => $(m!.container, 'verdict-label'));
    const rows = $$(m.container, 'evidence-row');
    const explained = rows.map((r) => r.querySelector('[data-testid="evidence-explanation"]')?.textContent ?? null);
    const kinds = rows.map((r) => r.querySelector('[data-testid="evidence-kind"]')!.textContent);
    expect(kinds[0]).toBe('Written disclosure');
    expect(explained[0]).toBeNull();
    expect(explained.slice(1).every((e) => e !== null)).toBe(true);
  });
});
