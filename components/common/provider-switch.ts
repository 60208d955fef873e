import { browser } from 'wxt/browser';
import { saveSettings } from '@/utils/browser/settings-store';
import { permissionAskFor } from '@/utils/coverage';
import { coverageSettingsFrom } from '@/utils/coverage-settings';
import type { CoverageProviderId, Settings } from '@/utils/settings';

export type ProviderSwitchResult = { outcome: 'saved'; settings: Settings } | { outcome: 'refused' } | { outcome: 'failed'; error: string };

/**
 * Turns a related-coverage source on or off. On asks the browser for the source's hosts first,
 * and the source is saved as on only once the permission is granted, so a switch never shows
 * a source as on that cannot run. Must be called straight from the click (permissions.request
 * needs the user gesture: nothing is awaited before it).
 */
export function switchProvider(settings: Settings, id: CoverageProviderId, on: boolean): Promise<ProviderSwitchResult> {
  const providers = on ? [...new Set([...settings.coverage.providers, id])] : settings.coverage.providers.filter((p) => p !== id);
  const next: Settings = { ...settings, coverage: { ...settings.coverage, providers } };
  const save = () =>
    saveSettings(next).then(
      (): ProviderSwitchResult => ({ outcome: 'saved', settings: next }),
      (e: unknown): ProviderSwitchResult => ({ outcome: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
  if (!on) return save();
  // Every host the source may reach for an article in any language, and in Firefox the consent to send page keywords.
  const ask = permissionAskFor(coverageSettingsFrom(next), id, import.meta.env.FIREFOX);
  let request: Promise<boolean>;
  try {
    request = browser.permissions.request(ask as Parameters<typeof browser.permissions.request>[0]);
  } catch (e) {
    return Promise.resolve({ outcome: 'failed', error: e instanceof Error ? e.message : String(e) });
  }
  return request.then(
    (granted) => (granted ? save() : { outcome: 'refused' as const }),
    (e: unknown): ProviderSwitchResult => ({ outcome: 'failed', error: e instanceof Error ? e.message : String(e) }),
  );
}
