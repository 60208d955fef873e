import { toCsv, type CsvColumn, type CsvValue } from '../export/csv';
import { toJsonDocument } from '../export/json';
import { toNdjson } from '../export/ndjson';
import { AUDIT_FIELDS, OPTIONAL_RESEARCH_FIELDS, RESEARCH_FIELDS, RESEARCH_SCHEMA_VERSION, orderedRecord, type ResearchRecord } from './record';

export type ExportFormat = 'ndjson' | 'csv' | 'json';

export const EXPORT_MIME: Record<ExportFormat, string> = {
  ndjson: 'application/x-ndjson',
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
};

export const JSON_EXPORT_FORMAT = 'provenance-lens-research';

/** Columns: AuditRecord fields in `npm run audit` order, then the research fields; `signals` and `story` as compact JSON. */
export const RESEARCH_CSV_COLUMNS: readonly CsvColumn<ResearchRecord>[] = [...AUDIT_FIELDS, ...RESEARCH_FIELDS, ...OPTIONAL_RESEARCH_FIELDS].map(
  (key) => ({
    header: key,
    value: (r: ResearchRecord): CsvValue => {
      const value = r[key];
      if (key === 'signals') return JSON.stringify(value);
      if (key === 'story') return value === undefined ? null : JSON.stringify(value);
      return value as CsvValue;
    },
  }),
);

/**
 * The (filtered) log as a file body. NDJSON lines and JSON records have exactly the shape of
 * `npm run audit` output plus the research fields, so the files can be concatenated or merged.
 */
export function exportRecords(records: readonly ResearchRecord[], format: ExportFormat, opts: { exportedAt?: string } = {}): string {
  switch (format) {
    case 'ndjson':
      return toNdjson(records.map(orderedRecord));
    case 'csv':
      return toCsv(records, RESEARCH_CSV_COLUMNS, { bom: true });
    case 'json':
      return toJsonDocument(JSON_EXPORT_FORMAT, RESEARCH_SCHEMA_VERSION, records.map(orderedRecord), opts.exportedAt ?? new Date().toISOString());
  }
}

/** `provenance-lens-research-2026-11-28.ndjson` */
export function exportFileName(format: ExportFormat, now: Date = new Date()): string {
  return `${JSON_EXPORT_FORMAT}-${now.toISOString().slice(0, 10)}.${format}`;
}
