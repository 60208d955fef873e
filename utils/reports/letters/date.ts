/**
 * A publication date written the way the letter's language writes dates ("13. Januar 2025",
 * "2025年1月13日"). The calendar day is taken as the publisher wrote it (the first ten characters
 * of an ISO date), so a late-evening timestamp is not moved to the next day by a time zone.
 * Anything that is not an ISO date is returned as given.
 */
export function letterDate(value: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return value.trim();
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(m[3])) return value.trim();
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return `${m[1]}-${m[2]}-${m[3]}`;
  }
}
