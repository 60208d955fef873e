/** User settings: their shape, defaults, and a tolerant reader (stored data may be old or edited). */

export type CoverageMode = 'flagged-only' | 'always' | 'on-click';

export interface Settings {
  /** Sites (host suffixes) where the content script does nothing at all. */
  disabledSites: string[];
  /** Show the in-page notice on AI-generated and suspected pages. */
  showNotice: boolean;
  /** Highlight disclosure sentences in the page. */
  highlight: boolean;
  coverageMode: CoverageMode;
  research: { enabled: boolean; recordNone: boolean; excludedDomains: string[] };
}

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  showNotice: true,
  highlight: true,
  coverageMode: 'flagged-only',
  research: { enabled: false, recordNone: true, excludedDomains: [] },
};

/** storage.sync key for Settings; storage.local keys for data that should not sync. */
export const SETTINGS_KEY = 'settings';
export const DISMISSED_KEY = 'dismissedSites';

const strings = (x: unknown, fallback: string[]): string[] =>
  Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string').slice(0, 5000) : fallback;
const bool = (x: unknown, fallback: boolean): boolean => (typeof x === 'boolean' ? x : fallback);

export function readSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const research = (r.research && typeof r.research === 'object' ? r.research : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    disabledSites: strings(r.disabledSites, d.disabledSites),
    showNotice: bool(r.showNotice, d.showNotice),
    highlight: bool(r.highlight, d.highlight),
    coverageMode: (['flagged-only', 'always', 'on-click'] as const).includes(r.coverageMode as CoverageMode)
      ? (r.coverageMode as CoverageMode)
      : d.coverageMode,
    research: {
      enabled: bool(research.enabled, d.research.enabled),
      recordNone: bool(research.recordNone, d.research.recordNone),
      excludedDomains: strings(research.excludedDomains, d.research.excludedDomains),
    },
  };
}
