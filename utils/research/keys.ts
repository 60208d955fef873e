/**
 * storage.local keys shared by the background's research logger and the Research tab.
 * Kept free of imports so the service worker bundle pulls in nothing from the options UI.
 */

/** Bumped after every write to the research log; `id` names the changed record, null means "reload everything". */
export const RESEARCH_VERSION_KEY = 'researchVersion';
/** Set when a visit could not be logged (disk full); shown prominently until the user dismisses it. */
export const RESEARCH_ERROR_KEY = 'researchError';

export interface ResearchVersion {
  /** Increases per writer; together with `at` makes every bump a new value so onChanged always fires. */
  n: number;
  at: string;
  id: string | null;
}

export interface ResearchError {
  kind: 'storage-full';
  /** ISO time of the latest failure. */
  at: string;
  /** Visits not logged since the flag was set. */
  missed: number;
}

export function readResearchError(raw: unknown): ResearchError | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<ResearchError>;
  if (r.kind !== 'storage-full' || typeof r.at !== 'string') return null;
  return { kind: 'storage-full', at: r.at, missed: typeof r.missed === 'number' && r.missed > 0 ? r.missed : 1 };
}

export function readResearchVersion(raw: unknown): ResearchVersion | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<ResearchVersion>;
  return { n: typeof r.n === 'number' ? r.n : 0, at: typeof r.at === 'string' ? r.at : '', id: typeof r.id === 'string' ? r.id : null };
}
