import { stripControls } from './terminal';

/**
 * One CSV cell: drops terminal control characters, defuses spreadsheet formulas (cells starting
 * with = + - @ tab or CR get a leading apostrophe, OWASP CSV-injection guidance) and quotes commas,
 * quotes and line breaks (RFC 4180).
 */
export function csvCell(value: unknown): string {
  let s = stripControls(value === null || value === undefined ? '' : String(value), true);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  if (/[",\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

export function csvRow(values: unknown[]): string {
  return values.map(csvCell).join(',');
}
