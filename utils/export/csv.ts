/**
 * CSV writing (RFC 4180) that is safe to open in a spreadsheet.
 *
 * Cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading `'`
 * (OWASP "CSV injection"), because page text is hostile data and a spreadsheet would
 * otherwise run it as a formula. Every cell is then quoted if it holds a quote, comma,
 * semicolon, or line break.
 */

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]/;

/** Neutralises formula triggers; numbers and booleans are written as they are. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (NEEDS_QUOTES.test(text) || text !== text.trim()) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

/**
 * Rows end in CRLF as RFC 4180 asks; a UTF-8 byte-order mark is optional because Excel
 * needs it to read non-ASCII text correctly while other tools dislike it.
 */
export function toCsv<T>(rows: Iterable<T>, columns: readonly CsvColumn<T>[], opts: { bom?: boolean } = {}): string {
  const out: string[] = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) {
    let line = '';
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) line += ',';
      line += csvCell(columns[i]!.value(row));
    }
    out.push(line);
  }
  return (opts.bom ? '\uFEFF' : '') + out.join('\r\n') + '\r\n';
}
