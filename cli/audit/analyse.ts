import { createHash } from 'node:crypto';
import { detectProvenance, toAuditRecord, type AuditRecord } from '../../utils/provenance/index';
import { parseDocument } from '../../utils/provenance/parse-html';
import { withOrigin, type ArchiveOrigin } from './records';

export function analyse(input: string, html: string, url: string, origin?: ArchiveOrigin): AuditRecord {
  const report = detectProvenance(parseDocument(html), { url });
  const sha = report.text ? createHash('sha256').update(report.text, 'utf8').digest('hex') : null;
  return withOrigin(toAuditRecord(input, report, sha ?? undefined), origin);
}

