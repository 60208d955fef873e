/** The research audit log: opt-in, local-only storage of pages with AI signals, with query, stats, export and import. */
export { DB_NAME, openProvenanceDb, type ProvenanceDb, type ProvenanceDbSchema } from './db';
export { DB_VERSION, MIGRATIONS } from './migrations';
export { StorageFullError, isQuotaError } from './errors';
export { sha256Hex } from './hash';
export { RESEARCH_SCHEMA_VERSION, type ResearchRecord } from './record';
export { recordStory } from './record-story';
export { recordVisit, skipReason, recordId, type VisitContext, type RecordVisitResult, type SkipReason } from './record-visit';
export { getAllRecords, countRecords, getRecord, deleteRecords, deleteAll } from './store';
export { RecordIndex, queryRecords, readNewestPage, type RecordQuery, type QueryResult, type SortKey, type SortDir } from './query';
export { stats, computeStats, type ResearchStats, type DayBucket } from './stats';
export { exportRecords, exportFileName, EXPORT_MIME, type ExportFormat } from './export';
export { importRecords, mergeRecords, type ImportResult, type ImportIssue } from './import';
export { normaliseUrl, hostMatches, normaliseDomain } from './url';
