import { safeStringify } from './ndjson';

/**
 * A self-describing JSON document: `{ format, version, exportedAt, count, records }`, so an
 * import can tell what it is reading; a bare array is also accepted by readers.
 */
export interface JsonExport<T> {
  format: string;
  version: number;
  exportedAt: string;
  count: number;
  records: T[];
}

export function toJsonDocument<T>(format: string, version: number, records: T[], exportedAt: string, pretty = false): string {
  const doc: JsonExport<T> = { format, version, exportedAt, count: records.length, records };
  return safeStringify(doc, pretty ? 2 : undefined) + '\n';
}

/** Returns the record array of a JSON export or a bare array; throws on anything else. */
export function recordsFromJson(text: string): unknown[] {
  const value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { records?: unknown }).records)) {
    return (value as { records: unknown[] }).records;
  }
  throw new Error('expected a JSON array or an object with a "records" array');
}
