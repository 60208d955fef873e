// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseSites, SettingsPanel } from '@/components/options/SettingsPanel';
import { tabForHash } from '@/components/options/OptionsApp';
import { DismissedSites } from '@/components/options/DismissedSites';
import { addDismissed, loadDismissed, loadSettings } from '@/utils/browser/settings-store';
import { $, $$, click, installI18n, mount, type, waitFor, type Mounted } from '../components/helpers';

let m: Mounted | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

async function eventually(ok: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + 3000;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error('condition never held');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('options page', () => {
  it('parseSites keeps site names and returns the other entries by name', () => {
    expect(parseSites('https://www.Example.com/a\nnot a site\nnews.example.org, localhost')).toEqual({
      sites: ['example.com', 'news.example.org', 'localhost'],
      rejected: ['not', 'a', 'site'],
    });
  });

  it('saves the valid entries and names the rejected ones next to the list', async () => {
    m = mount(<SettingsPanel />);
    const box = await waitFor(() => $(m!.container, 'disabled-sites'));
    await type(box, 'example.com\nhttp://\nfoo_bar\nnews.example.org');
    await click($(m.container, 'disabled-sites-save'));
    const error = await waitFor(() => $(m!.container, 'disabled-sites-error'));
    expect(error.textContent).toBe('Not saved, not a site name: http://, foo_bar');
    expect($(m.container, 'disabled-sites-status')!.textContent).toBe('Saved: 2 sites.');
    expect(box.closest('.site-list')!.contains(error)).toBe(true);
    expect((await loadSettings()).disabledSites).toEqual(['example.com', 'news.example.org']);
  });

  it('says "Saved." beside the switch that saved, and only there', async () => {
    m = mount(<SettingsPanel />);
    const input = await waitFor(() => m!.container.querySelector<HTMLInputElement>('input[type="checkbox"]'));
    await click(input);
    await waitFor(() => $(m!.container, 'show-notice-status')!.textContent === 'Saved.');
    expect($(m.container, 'highlight-status')!.textContent).toBe('');
    expect((await loadSettings()).showNotice).toBe(false);
  });

  it('lists the sites where the notice is hidden, and Restore brings it back', async () => {
    await addDismissed('example.com');
    await addDismissed('news.example.org');
    m = mount(<DismissedSites />);
    await waitFor(() => $$(m!.container, 'restore-site').length === 2);
    expect($$(m.container, 'restore-site')[0]!.getAttribute('aria-label')).toBe('Show the notice on example.com again');
    await click($$(m.container, 'restore-site')[0]!);
    await eventually(async () => JSON.stringify(await loadDismissed()) === '["news.example.org"]');
    await waitFor(() => $$(m!.container, 'restore-site').length === 1);
    expect($(m.container, 'dismissed-status')!.textContent).toBe('The notice shows on example.com again.');
  });

  it('deep links: a tab by name, a settings section by its own name', () => {
    expect(tabForHash('#reports')).toBe('reports');
    expect(tabForHash('#research')).toBe('research');
    expect(tabForHash('#coverage')).toBe('settings');
    expect(tabForHash('')).toBe('settings');
  });
});
