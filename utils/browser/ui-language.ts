import { browser } from 'wxt/browser';

/**
 * The language the extension's text is shown in, as a BCP 47 tag: each catalogue names itself
 * (`ui_locale_tag`), so dates and language names follow the words on screen, not the browser's
 * locale when the two differ (a German browser without our German catalogue gets English words
 * and English dates, not English words with German dates).
 */
export function uiLocale(): string {
  try {
    const tag = browser.i18n.getMessage('ui_locale_tag');
    return tag && Intl.DateTimeFormat.supportedLocalesOf([tag]).length ? tag : 'en';
  } catch {
    return 'en';
  }
}

/** Marks an extension page with its UI language and direction (screen readers pick the voice from it). */
export function applyUiLanguage(doc: Document): void {
  doc.documentElement.lang = uiLocale();
}
