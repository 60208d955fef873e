/** Public API of the provenance detector: the same code runs in the content script and in Node. */
export { detectProvenance, type DetectOptions } from './detect';
export { assembleReport, emptyReport, MAX_SIGNALS } from './report';
export { scanPage, type PageScan, type ScanOptions } from './scan';
export { pageDetails, type PageDetails } from './page-details';
export { classifyBlocks } from './classify';
export type { BlockData } from './blocks';
export { DETECTOR_VERSION } from './version';
export { DEFAULT_LISTED_SITES, hostMatchesSuffix, type ListedSite } from './sites';
export { toAuditRecord, errorRecord, RECORD_SCHEMA_VERSION, type AuditRecord } from './record';
export { scanSentence } from './sentence-api';
export type * from './types';
