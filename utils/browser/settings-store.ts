import { browser } from 'wxt/browser';
import { DISMISSED_KEY, LOCAL_SETTINGS_KEY, readSettings, SETTINGS_KEY, splitSettings, syncHoldsLocalOnly, type Settings } from '../settings';

/**
 * The stored settings through `read` (readSettings, or the content script's narrower readPageSettings).
 * The local item is flat and its keys never clash with the synced ones, so a spread is the whole
 * merge (the content script runs on every page and pays for no more); local wins, so lists an
 * older version kept in sync are read until the next save moves them. `read` validates every field.
 */
export async function loadSettingsWith<T>(read: (raw: unknown) => T): Promise<T> {
  const [s, l] = await Promise.all([browser.storage.sync.get(SETTINGS_KEY), browser.storage.local.get(LOCAL_SETTINGS_KEY)]);
  return read({ ...(s[SETTINGS_KEY] as object), ...(l[LOCAL_SETTINGS_KEY] as object) });
}

export function loadSettings(): Promise<Settings> {
  return loadSettingsWith(readSettings);
}

/** Throws what the browser throws (quota, storage off): callers show it next to the control. */
export async function saveSettings(settings: Settings): Promise<void> {
  const { sync, local } = splitSettings(settings);
  // Local first: once sync drops the lists, they must already be safe locally.
  await browser.storage.local.set({ [LOCAL_SETTINGS_KEY]: local });
  await browser.storage.sync.set({ [SETTINGS_KEY]: sync });
}

/** Moves lists and the Guardian key an older version synced into local storage (run at start-up). */
export async function moveLocalOnlySettings(): Promise<void> {
  const got = await browser.storage.sync.get(SETTINGS_KEY);
  if (syncHoldsLocalOnly(got[SETTINGS_KEY])) await saveSettings(await loadSettings());
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

export async function removeDismissed(host: string): Promise<void> {
  await browser.storage.local.set({ [DISMISSED_KEY]: (await loadDismissed()).filter((h) => h !== host) });
}

/** Calls back with fresh settings/dismissals whenever either changes, in any tab or page. */
export function watchSettings<T>(read: (raw: unknown) => T, onChange: (settings: T | null, dismissed: string[] | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const d = area === 'local' && DISMISSED_KEY in changes ? (changes[DISMISSED_KEY]?.newValue as string[] | undefined) ?? [] : null;
    // Settings live in two areas: read both again rather than piece one change in.
    if (SETTINGS_KEY in changes || LOCAL_SETTINGS_KEY in changes) void loadSettingsWith(read).then((s) => onChange(s, d));
    else if (d) onChange(null, d);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
