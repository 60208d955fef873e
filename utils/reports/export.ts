import { toCsv, type CsvColumn } from '../export/csv';
import { toJsonDocument } from '../export/json';
import type { InaccuracyReport } from './types';

export const REPORTS_JSON_FORMAT = 'provenance-lens-reports';
export const REPORTS_JSON_VERSION = 1;

const col = (header: string, value: CsvColumn<InaccuracyReport>['value']): CsvColumn<InaccuracyReport> => ({ header, value });

export const REPORT_CSV_COLUMNS: readonly CsvColumn<InaccuracyReport>[] = [
  col('id', (r) => r.id),
  col('createdAt', (r) => r.createdAt),
  col('updatedAt', (r) => r.updatedAt),
  col('status', (r) => r.status),
  col('articleUrl', (r) => r.article.url),
  col('headline', (r) => r.article.headline),
  col('siteName', (r) => r.article.siteName),
  col('publishedAt', (r) => r.article.publishedAt),
  col('quote', (r) => r.quote),
  col('problem', (r) => r.problem),
  col('correction', (r) => r.correction),
  col('sources', (r) => JSON.stringify(r.sources)),
  col('reporterName', (r) => r.reporter?.name),
  col('reporterEmail', (r) => r.reporter?.email),
  col('verdict', (r) => r.verdict),
  col('evidence', (r) => (r.evidence ? JSON.stringify(r.evidence) : undefined)),
  col('channel', (r) => r.channel?.kind),
  col('outcome', (r) => (r.status === 'draft' ? undefined : (r.outcome ?? 'sent'))),
  col('letterLanguage', (r) => r.letterLang),
  col('watchState', (r) => r.watch?.state),
  col('watchCheckedAt', (r) => r.watch?.checkedAt),
  col('watchNewText', (r) => r.watch?.newText),
];

export function reportsToJson(reports: readonly InaccuracyReport[], exportedAt: string = new Date().toISOString()): string {
  return toJsonDocument(REPORTS_JSON_FORMAT, REPORTS_JSON_VERSION, [...reports], exportedAt, true);
}

/** Spreadsheet-safe: hostile text in quotes and corrections is neutralised (see csvCell). */
export function reportsToCsv(reports: readonly InaccuracyReport[]): string {
  return toCsv(reports, REPORT_CSV_COLUMNS, { bom: true });
}
