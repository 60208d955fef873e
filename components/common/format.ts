import { uiLocale } from '@/utils/browser/ui-language';

/**
 * A date (or date-time) in the extension's UI language. Dates without a time are shown as dates
 * only; text that is not a date is returned unchanged rather than hidden.
 */
export function formatDate(iso: string | undefined, withTime = false): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  try {
    return d.toLocaleString(uiLocale(), {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      ...(withTime && !dateOnly ? { hour: '2-digit', minute: '2-digit' } : {}),
      ...(dateOnly ? { timeZone: 'UTC' } : {}),
    });
  } catch {
    return iso;
  }
}

/** A language tag's name in the UI language (`de` → "German"), falling back to the tag. */
export function languageName(tag: string | undefined): string {
  if (!tag) return '';
  try {
    const names = new Intl.DisplayNames([uiLocale()], { type: 'language' });
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
