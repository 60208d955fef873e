import { beforeEach, describe, expect, it } from 'vitest';
import { openProvenanceDb } from '../../../utils/research/db';
import { DB_VERSION, MIGRATIONS, type ResearchRecordV1 } from '../../../utils/research/migrations';
import { recordVisit } from '../../../utils/research/record-visit';
import { ReportStore } from '../../../utils/reports/store';
import { newReport } from '../../../utils/reports/create';
import { disclosure, freshIndexedDb, provenance } from './helpers';

const NAME = 'provenance-lens';

/** Records as the first release wrote them. */
const v1Records: ResearchRecordV1[] = [
  {
    id: 'https://beijing-post.example/a',
    url: 'https://beijing-post.example/a',
    domain: 'beijing-post.example',
    verdict: 'ai-generated',
    confidence: 0.9,
    title: 'China Denounces U.S. AI Export Restrictions',
    signals: [disclosure],
    detector: 'provenance-lens-detector/0.9.0',
    firstSeen: '2026-01-01T00:00:00.000Z',
    lastSeen: '2026-01-05T00:00:00.000Z',
    count: 4,
    textHash: 'a'.repeat(64),
  },
  {
    id: 'https://other.example/b',
    url: 'https://other.example/b',
    domain: null,
    verdict: 'suspected-ai',
    confidence: 0.5,
    title: null,
    signals: [],
    detector: 'provenance-lens-detector/0.9.0',
    firstSeen: '2026-02-01T00:00:00.000Z',
    lastSeen: '2026-02-01T00:00:00.000Z',
    count: 1,
  },
];

beforeEach(() => freshIndexedDb());

describe('schema migrations', () => {
  it('has consecutive versions starting at 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, i) => i + 1));
    expect(DB_VERSION).toBeGreaterThanOrEqual(2);
  });

  it('creates the latest schema from nothing', async () => {
    const db = await openProvenanceDb(NAME);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['reports', 'research']);
    const tx = db.transaction(['research', 'reports']);
    expect([...tx.objectStore('research').indexNames].sort()).toEqual(['domain', 'lang', 'lastSeen', 'verdict']);
    expect([...tx.objectStore('reports').indexNames]).toEqual(['createdAt']);
    db.close();
  });

  it('upgrades v1 data to the latest version without loss', async () => {
    const v1 = await openProvenanceDb(NAME, { version: 1 });
    expect([...v1.objectStoreNames]).toEqual(['research']);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    for (const r of v1Records) await (v1 as any).put('research', r);
    v1.close();

    const db = await openProvenanceDb(NAME);
    expect(db.version).toBe(DB_VERSION);
    const all = await db.getAll('research');
    expect(all).toHaveLength(v1Records.length);
    const a = await db.get('research', v1Records[0]!.id);
    expect(a).toEqual({
      schema: 1,
      input: 'https://beijing-post.example/a',
      isArticle: true,
      verdict: 'ai-generated',
      confidence: 0.9,
      title: 'China Denounces U.S. AI Export Restrictions',
      publishedAt: null,
      lang: null,
      signals: [disclosure],
      detector: 'provenance-lens-detector/0.9.0',
      url: 'https://beijing-post.example/a',
      canonicalUrl: null,
      domain: 'beijing-post.example',
      siteName: null,
      textSha256: 'a'.repeat(64),
      id: 'https://beijing-post.example/a',
      researchSchema: 1,
      firstSeen: '2026-01-01T00:00:00.000Z',
      lastSeen: '2026-01-05T00:00:00.000Z',
      timesSeen: 4,
      textChanged: false,
      previousVerdict: null,
    });
    expect(await db.get('research', v1Records[1]!.id)).toMatchObject({ textSha256: null, timesSeen: 1, domain: null });
    // Indexes built over migrated data.
    expect(await db.countFromIndex('research', 'verdict', 'suspected-ai')).toBe(1);
    expect(await db.countFromIndex('research', 'domain', 'beijing-post.example')).toBe(1);

    // The migrated log keeps working: a new visit of a migrated page updates it.
    await recordVisit(db, provenance({ url: 'https://beijing-post.example/a' }), {
      url: 'https://beijing-post.example/a',
      incognito: false,
      now: '2026-03-01T00:00:00.000Z',
    });
    expect(await db.get('research', v1Records[0]!.id)).toMatchObject({ timesSeen: 5, firstSeen: '2026-01-01T00:00:00.000Z', textChanged: true });
    // And the new reports store works.
    const store = new ReportStore(db);
    await store.saveDraft(newReport({ id: 'r1', article: { url: 'https://beijing-post.example/a' } }));
    expect(await store.list()).toHaveLength(1);
    db.close();
  });

  it('an open older connection steps aside so the upgrade can run', async () => {
    const v1 = await openProvenanceDb(NAME, { version: 1 });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await (v1 as any).put('research', v1Records[0]);
    const db = await openProvenanceDb(NAME);
    expect(await db.count('research')).toBe(1);
    db.close();
  });

  it('reopening at the latest version changes nothing', async () => {
    let db = await openProvenanceDb(NAME);
    await recordVisit(db, provenance(), { url: 'https://beijing-post.example/2025/03/china-ai', incognito: false });
    const before = await db.getAll('research');
    db.close();
    db = await openProvenanceDb(NAME);
    expect(await db.getAll('research')).toEqual(before);
    db.close();
  });
});
