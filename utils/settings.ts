/** User settings: their shape, defaults, and a tolerant reader (stored data may be old or edited). */

export type CoverageMode = 'flagged-only' | 'always' | 'on-click';

export type CoverageProviderId = 'google-news' | 'gdelt' | 'feeds' | 'guardian';
const PROVIDER_IDS: readonly CoverageProviderId[] = ['google-news', 'gdelt', 'feeds', 'guardian'];

export interface UserOutlet {
  host: string;
  name: string;
  country: string;
}

export interface CoverageSettingsStored {
  /** Providers the user turned on (each with its host permission granted at that moment). None by default: nothing is sent anywhere until the user chooses. */
  providers: CoverageProviderId[];
  guardianKey: string;
  addedOutlets: UserOutlet[];
  removedOutlets: string[];
  /** Base-URL overrides (self-hosted mirrors, tests). */
  endpoints: Partial<Record<CoverageProviderId, string>>;
}

export interface Settings {
  /** Sites (host suffixes) where the content script does nothing at all. */
  disabledSites: string[];
  /** Show the in-page notice on AI-generated and suspected pages. */
  showNotice: boolean;
  /** Highlight disclosure sentences in the page. */
  highlight: boolean;
  coverageMode: CoverageMode;
  coverage: CoverageSettingsStored;
  /** The user's edits to the shipped list of AI-news domains (host suffixes). */
  extraListedSites: string[];
  removedListedSites: string[];
  research: { enabled: boolean; recordNone: boolean; excludedDomains: string[] };
}

export const DEFAULT_SETTINGS: Settings = {
  disabledSites: [],
  showNotice: true,
  highlight: true,
  coverageMode: 'flagged-only',
  coverage: { providers: [], guardianKey: '', addedOutlets: [], removedOutlets: [], endpoints: {} },
  extraListedSites: [],
  removedListedSites: [],
  research: { enabled: false, recordNone: true, excludedDomains: [] },
};

/**
 * storage.sync key for the small switches; storage.local key for the lists and the Guardian key.
 * A synced item holds at most 8,192 bytes (a few hundred sites would overflow it and nothing would
 * save), and an API key has no business in the browser vendor's cloud.
 */
export const SETTINGS_KEY = 'settings';
export const LOCAL_SETTINGS_KEY = 'settingsLocal';
export const DISMISSED_KEY = 'dismissedSites';

const obj = (x: unknown): Record<string, unknown> => (x && typeof x === 'object' ? (x as Record<string, unknown>) : {});

/** What each storage area keeps: nothing that grows with the user's lists goes to sync. */
export function splitSettings(v: Settings): { sync: Record<string, unknown>; local: Record<string, unknown> } {
  const { disabledSites, extraListedSites, removedListedSites, coverage, research, ...switches } = v;
  const { guardianKey, addedOutlets, removedOutlets, endpoints, providers } = coverage;
  return {
    sync: { ...switches, coverage: { providers }, research: { enabled: research.enabled, recordNone: research.recordNone } },
    local: { disabledSites, extraListedSites, removedListedSites, guardianKey, addedOutlets, removedOutlets, endpoints, excludedDomains: research.excludedDomains },
  };
}

/** True when the synced item still holds what now lives locally (written by an older version). */
export function syncHoldsLocalOnly(sync: unknown): boolean {
  const s = obj(sync);
  const c = obj(s.coverage);
  return ['disabledSites', 'extraListedSites', 'removedListedSites'].some((k) => k in s) || ['guardianKey', 'addedOutlets', 'removedOutlets', 'endpoints'].some((k) => k in c) || 'excludedDomains' in obj(s.research);
}

const strings = (x: unknown, fallback: string[]): string[] =>
  Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string').slice(0, 5000) : fallback;
const bool = (x: unknown, fallback: boolean): boolean => (typeof x === 'boolean' ? x : fallback);

/** What the content script reads: the in-page switches and the AI-news list (it runs on every page, so it parses no more). */
export type PageSettings = Pick<Settings, 'disabledSites' | 'showNotice' | 'highlight' | 'extraListedSites' | 'removedListedSites'>;

export function readPageSettings(raw: unknown): PageSettings {
  const r = obj(raw);
  const d = DEFAULT_SETTINGS;
  return {
    disabledSites: strings(r.disabledSites, d.disabledSites),
    showNotice: bool(r.showNotice, d.showNotice),
    highlight: bool(r.highlight, d.highlight),
    extraListedSites: strings(r.extraListedSites, d.extraListedSites),
    removedListedSites: strings(r.removedListedSites, d.removedListedSites),
  };
}

/** The coverage and research lists live at the top level of the local item (see loadSettingsWith). */
const LOCAL_COVERAGE_KEYS = ['guardianKey', 'addedOutlets', 'removedOutlets', 'endpoints'] as const;

export function readSettings(raw: unknown): Settings {
  const r = obj(raw);
  const research: Record<string, unknown> = { ...obj(r.research), ...('excludedDomains' in r ? { excludedDomains: r.excludedDomains } : {}) };
  const coverage = { ...obj(r.coverage), ...Object.fromEntries(LOCAL_COVERAGE_KEYS.filter((k) => k in r).map((k) => [k, r[k]])) };
  const d = DEFAULT_SETTINGS;
  return {
    ...readPageSettings(raw),
    coverageMode: (['flagged-only', 'always', 'on-click'] as const).includes(r.coverageMode as CoverageMode)
      ? (r.coverageMode as CoverageMode)
      : d.coverageMode,
    coverage: readCoverage(coverage),
    research: {
      enabled: bool(research.enabled, d.research.enabled),
      recordNone: bool(research.recordNone, d.research.recordNone),
      excludedDomains: strings(research.excludedDomains, d.research.excludedDomains),
    },
  };
}

function readCoverage(raw: unknown): CoverageSettingsStored {
  const c = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const endpoints: Partial<Record<CoverageProviderId, string>> = {};
  if (c.endpoints && typeof c.endpoints === 'object') {
    for (const [k, val] of Object.entries(c.endpoints as Record<string, unknown>)) {
      if (PROVIDER_IDS.includes(k as CoverageProviderId) && typeof val === 'string' && /^https?:\/\//.test(val)) {
        endpoints[k as CoverageProviderId] = val;
      }
    }
  }
  const outlets = Array.isArray(c.addedOutlets) ? c.addedOutlets : [];
  return {
    providers: strings(c.providers, []).filter((p): p is CoverageProviderId => PROVIDER_IDS.includes(p as CoverageProviderId)),
    guardianKey: typeof c.guardianKey === 'string' ? c.guardianKey.trim().slice(0, 200) : '',
    addedOutlets: outlets
      .filter((o): o is UserOutlet => !!o && typeof o === 'object' && typeof (o as UserOutlet).host === 'string')
      .map((o) => ({ host: o.host, name: typeof o.name === 'string' ? o.name : o.host, country: typeof o.country === 'string' ? o.country : '' }))
      .slice(0, 1000),
    removedOutlets: strings(c.removedOutlets, []),
    endpoints,
  };
}
