import { browser } from 'wxt/browser';
import { DISMISSED_KEY, readSettings, SETTINGS_KEY, type Settings } from '../settings';

/** The stored settings through `read` (readSettings, or the content script's narrower readPageSettings). */
export async function loadSettingsWith<T>(read: (raw: unknown) => T): Promise<T> {
  const got = await browser.storage.sync.get(SETTINGS_KEY);
  return read(got[SETTINGS_KEY]);
}

export function loadSettings(): Promise<Settings> {
  return loadSettingsWith(readSettings);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** Hosts where the reader dismissed the in-page notice. Local: a reading habit, not a setting to sync. */
export async function loadDismissed(): Promise<string[]> {
  const got = await browser.storage.local.get(DISMISSED_KEY);
  const list = got[DISMISSED_KEY];
  return Array.isArray(list) ? list.filter((s): s is string => typeof s === 'string') : [];
}

export async function addDismissed(host: string): Promise<void> {
  const list = await loadDismissed();
  if (!list.includes(host)) await browser.storage.local.set({ [DISMISSED_KEY]: [...list, host].slice(-5000) });
}

/** Calls back with fresh settings/dismissals whenever either changes, in any tab or page. */
export function watchSettings<T>(read: (raw: unknown) => T, onChange: (settings: T | null, dismissed: string[] | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const s = area === 'sync' && SETTINGS_KEY in changes ? read(changes[SETTINGS_KEY]?.newValue) : null;
    const d = area === 'local' && DISMISSED_KEY in changes ? (changes[DISMISSED_KEY]?.newValue as string[] | undefined) ?? [] : null;
    if (s || d) onChange(s, d);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
