/** Public API of the provenance detector: the same code runs in the content script and in Node. */
export { detectProvenance, assembleReport, emptyReport, type DetectOptions } from './detect';
export { scanPage, type PageScan, type ScanOptions } from './scan';
export { classifyBlocks } from './classify';
export type { BlockData } from './blocks';
export { precheck, type Precheck } from './precheck';
export { DETECTOR_VERSION } from './version';
export { DEFAULT_LISTED_SITES, hostMatchesSuffix, type ListedSite } from './sites';
export { toAuditRecord, errorRecord, RECORD_SCHEMA_VERSION, type AuditRecord } from './record';
export { scanSentence } from './sentence-api';
export type * from './types';
