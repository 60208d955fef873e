// The main thread's side of a record (errors, archive origin) without loading the detector, which only the
// pool threads need.
import { errorRecord, type AuditRecord } from '../../utils/provenance/record';
import { DETECTOR_VERSION } from '../../utils/provenance/version';
import { InputError } from '../shared/files';

/** Where a record came from inside a web archive (optional fields of the audit record). */
export interface ArchiveOrigin {
  source: string;
  fetchedAt: string | null;
}

export function withOrigin(r: AuditRecord, origin?: ArchiveOrigin): AuditRecord {
  if (!origin) return r;
  return { ...r, source: origin.source, ...(origin.fetchedAt ? { fetchedAt: origin.fetchedAt } : {}) };
}

export function message(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

export function failed(input: string, error: string, origin?: ArchiveOrigin, url?: string | null): AuditRecord {
  return withOrigin({ ...errorRecord(input, error, DETECTOR_VERSION), url: url ?? null }, origin);
}
