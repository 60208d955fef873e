// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsPanel } from '@/components/options/SettingsPanel';
import { loadSettings, loadSettingsWith, moveLocalOnlySettings } from '@/utils/browser/settings-store';
import { DEFAULT_SETTINGS, LOCAL_SETTINGS_KEY, readPageSettings, SETTINGS_KEY, type Settings } from '@/utils/settings';
import { $, click, installI18n, mount, type, waitFor, type Mounted } from '../components/helpers';

/** Chrome's storage.sync limit for one item (QUOTA_BYTES_PER_ITEM): key plus JSON value. */
const PER_ITEM = 8192;

let m: Mounted | undefined;

/** storage.sync that refuses an item over the per-item quota, as Chrome does. */
function enforceSyncQuota(): void {
  const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(items)) {
      if (k.length + JSON.stringify(v).length > PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    return set(items);
  });
}

const syncItem = async () => (await fakeBrowser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
const sites = (n: number) => Array.from({ length: n }, (_, i) => `site-number-${i}.example.com`);

beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
  enforceSyncQuota();
});
afterEach(() => {
  m?.unmount();
  m = undefined;
  vi.restoreAllMocks();
});

describe('settings storage (issue 14, finding 5)', () => {
  it('saves 500 disabled sites: the lists go to storage.local, the synced item stays small, the content script reads them', async () => {
    m = mount(<SettingsPanel />);
    const box = await waitFor(() => $(m!.container, 'disabled-sites'));
    await type(box, sites(500).join('\n'));
    await click($(m.container, 'disabled-sites-save'));
    await waitFor(() => $(m!.container, 'disabled-sites-status')!.textContent);
    expect($(m.container, 'disabled-sites-error')).toBeNull();
    expect($(m.container, 'disabled-sites-status')!.textContent).toMatch(/saved/i);
    expect(JSON.stringify(await syncItem()).length).toBeLessThan(1000);
    expect((await loadSettingsWith(readPageSettings)).disabledSites).toHaveLength(500);
  });

  it('keeps the synced item under the per-item limit at the readers’ caps (5,000 entries per list, 1,000 outlets, long API key)', async () => {
    const many = sites(5000);
    const big: Settings = {
      ...DEFAULT_SETTINGS,
      disabledSites: many,
      extraListedSites: many,
      removedListedSites: many,
      coverage: { providers: ['feeds', 'google-news', 'gdelt', 'guardian'], guardianKey: 'k'.repeat(200), addedOutlets: many.slice(0, 1000).map((host) => ({ host, name: host, country: 'GB' })), removedOutlets: many, endpoints: { gdelt: `https://${'x'.repeat(3000)}.example/` } },
      research: { enabled: true, recordNone: true, excludedDomains: many },
    };
    const { saveSettings } = await import('@/utils/browser/settings-store');
    await saveSettings(big);
    expect(SETTINGS_KEY.length + JSON.stringify(await syncItem()).length).toBeLessThan(PER_ITEM);
    expect(await loadSettings()).toEqual(big);
  });

  it('never syncs the Guardian API key', async () => {
    m = mount(<SettingsPanel />);
    const key = await waitFor(() => $<HTMLInputElement>(m!.container, 'guardian-key'));
    key.value = 'secret-key-123';
    key.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => $(m!.container, 'guardian-key-status')!.textContent);
    expect(JSON.stringify(await syncItem())).not.toContain('secret-key-123');
    expect(JSON.stringify((await fakeBrowser.storage.local.get(LOCAL_SETTINGS_KEY))[LOCAL_SETTINGS_KEY])).toContain('secret-key-123');
    expect((await loadSettings()).coverage.guardianKey).toBe('secret-key-123');
  });

  it('shows a failed save next to the control that caused it, and does not claim it saved', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    m = mount(<SettingsPanel />);
    const box = await waitFor(() => $(m!.container, 'disabled-sites'));
    await type(box, 'example.com');
    await click($(m.container, 'disabled-sites-save'));
    const error = await waitFor(() => $(m!.container, 'disabled-sites-error'));
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('QUOTA_BYTES quota exceeded');
    expect(box.closest('.site-list')!.contains(error)).toBe(true);
    expect($(m.container, 'disabled-sites-status')!.textContent).toBe('');
  });

  it('moves lists and the key an older version synced into storage.local', async () => {
    vi.restoreAllMocks();
    await fakeBrowser.storage.sync.set({
      [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, showNotice: false, disabledSites: ['a.example'], coverage: { ...DEFAULT_SETTINGS.coverage, guardianKey: 'old-key' } },
    });
    await moveLocalOnlySettings();
    const synced = JSON.stringify(await syncItem());
    expect(synced).not.toContain('old-key');
    expect(synced).not.toContain('a.example');
    const now = await loadSettings();
    expect(now).toMatchObject({ showNotice: false, disabledSites: ['a.example'] });
    expect(now.coverage.guardianKey).toBe('old-key');
  });
});
