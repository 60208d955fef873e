import { browser } from 'wxt/browser';

/** Opens the welcome page once, on a fresh install (not on updates or browser restarts). */
export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch((e: unknown) => console.warn('[provenance-lens] welcome page not opened:', String(e)));
  });
}
