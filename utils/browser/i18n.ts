import { browser } from 'wxt/browser';

/** browser.i18n with a fallback to the key, so a missing string shows up instead of a blank. */
export function t(key: string, substitutions?: string | string[]): string {
  try {
    return browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions) || key;
  } catch {
    return key;
  }
}
