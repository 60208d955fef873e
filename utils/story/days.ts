/**
 * Calendar days as whole numbers (days since 1970-01-01). A date is taken as its own writer gave
 * it: `2025-03-27T01:00:00+08:00` is 27 March, the day the publisher printed, not 26 March in UTC.
 * Comparing days, not instants, keeps a story's arithmetic what a reader would do with a calendar;
 * the price is up to one day of slack across time zones, which every threshold here allows for.
 */
export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;

/** The calendar day an ISO date or date-time names, or undefined when it is not a real date. */
export function calendarDay(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  const s = value.trim();
  const m = ISO_DAY.exec(s);
  if (m) {
    const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    // 2025-02-30 is no day at all, not 2 March.
    if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
    return ms / DAY_MS;
  }
  // Anything else a feed may carry (RFC 2822): its UTC day.
  const ms = Date.parse(s);
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : undefined;
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** The instant a date or date-time names (a bare date: its UTC midnight), for ordering within a day. */
export function instant(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value.trim());
  if (Number.isFinite(ms)) return ms;
  const day = calendarDay(value);
  return day === undefined ? undefined : day * DAY_MS;
}
