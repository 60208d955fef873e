import 'fake-indexeddb/auto';
import { IDBDatabase, IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { resetResearchDbForTests } from '@/entrypoints/background/research';
import { recordWithStoredSettings } from './helpers';
import { RESEARCH_ERROR_KEY, RESEARCH_VERSION_KEY } from '@/utils/research/keys';
import { getAllRecords, openProvenanceDb } from '@/utils/research';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '@/utils/settings';
import { provenance } from '../research/helpers';

const URL_A = 'https://beijing-post.example/2025/03/china-ai';
const URL_B = 'https://beijing-post.example/2025/03/other';

async function setResearch(research: Partial<Settings['research']>): Promise<void> {
  await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, research: { ...DEFAULT_SETTINGS.research, ...research } } });
}

async function stored() {
  const db = await openProvenanceDb();
  try {
    return await getAllRecords(db);
  } finally {
    db.close();
  }
}

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  resetResearchDbForTests();
});
afterEach(() => vi.restoreAllMocks());

describe('recordForResearch', () => {
  it('records nothing while research mode is off (the default)', async () => {
    await recordWithStoredSettings(provenance({ url: URL_A }), URL_A, false);
    expect(await stored()).toEqual([]);
    expect((await fakeBrowser.storage.local.get(RESEARCH_VERSION_KEY))[RESEARCH_VERSION_KEY]).toBeUndefined();
  });

  it('records a visit when on, updates it on a revisit, and bumps researchVersion with the id each time', async () => {
    await setResearch({ enabled: true });
    await recordWithStoredSettings(provenance({ url: URL_A }), URL_A, false);
    const v1 = (await fakeBrowser.storage.local.get(RESEARCH_VERSION_KEY))[RESEARCH_VERSION_KEY] as { n: number; id: string };
    await recordWithStoredSettings(provenance({ url: URL_A }), URL_A + '#comments', false);
    const v2 = (await fakeBrowser.storage.local.get(RESEARCH_VERSION_KEY))[RESEARCH_VERSION_KEY] as { n: number; id: string };
    const records = await stored();
    expect(records).toHaveLength(1);
    expect(records[0]!.timesSeen).toBe(2);
    expect(records[0]!.verdict).toBe('ai-generated');
    expect(v1.id).toBe(records[0]!.id);
    expect(v2.n).toBeGreaterThan(v1.n);
  });

  it('never records incognito tabs', async () => {
    await setResearch({ enabled: true });
    await recordWithStoredSettings(provenance({ url: URL_A }), URL_A, true);
    expect(await stored()).toEqual([]);
  });

  it('never records excluded domains, subdomains included', async () => {
    await setResearch({ enabled: true, excludedDomains: ['beijing-post.example'] });
    await recordWithStoredSettings(provenance({ url: 'https://news.beijing-post.example/x' }), 'https://news.beijing-post.example/x', false);
    expect(await stored()).toEqual([]);
    await setResearch({ enabled: true, excludedDomains: ['other.example'] });
    await recordWithStoredSettings(provenance({ url: URL_A }), URL_A, false);
    expect(await stored()).toHaveLength(1);
  });

  it('records pages without an AI signal only when recordNone is on', async () => {
    const none = provenance({ url: URL_B, verdict: 'none', signals: [], confidence: 0 });
    await setResearch({ enabled: true, recordNone: false });
    await recordWithStoredSettings(none, URL_B, false);
    expect(await stored()).toEqual([]);
    await setResearch({ enabled: true, recordNone: true });
    await recordWithStoredSettings(none, URL_B, false);
    expect((await stored()).map((r) => r.verdict)).toEqual(['none']);
  });

  it('flags a full disk in storage.local, counts missed visits, and keeps earlier records', async () => {
    await setResearch({ enabled: true });
    await recordWithStoredSettings(provenance({ url: URL_A }), URL_A, false);
    const before = await stored();
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(recordWithStoredSettings(provenance({ url: URL_B }), URL_B, false)).resolves.toBeUndefined();
    await recordWithStoredSettings(provenance({ url: URL_A }), URL_A, false);
    put.mockRestore();
    const flag = (await fakeBrowser.storage.local.get(RESEARCH_ERROR_KEY))[RESEARCH_ERROR_KEY] as { kind: string; at: string; missed: number };
    expect(flag.kind).toBe('storage-full');
    expect(Number.isNaN(Date.parse(flag.at))).toBe(false);
    expect(flag.missed).toBe(2);
    expect(await stored()).toEqual(before);
  });

  it('reopens the database when its connection was closed under it', async () => {
    await setResearch({ enabled: true });
    await recordWithStoredSettings(provenance({ url: URL_A }), URL_A, false);
    // What a connection closed by a versionchange elsewhere throws on its next transaction.
    const tx = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementationOnce(() => {
      throw new DOMException('The database connection is closing.', 'InvalidStateError');
    });
    await recordWithStoredSettings(provenance({ url: URL_B }), URL_B, false);
    expect(tx).toHaveBeenCalled();
    expect((await stored()).map((r) => r.id).sort()).toEqual([URL_A, URL_B]);
  });
});
