import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { RankedResult } from '../../../utils/coverage/types';
import type { ProvenanceReport } from '../../../utils/provenance/types';
import type { ProvenanceDb } from '../../../utils/research/db';
import { exportRecords, RESEARCH_CSV_COLUMNS } from '../../../utils/research/export';
import { importRecords } from '../../../utils/research/import';
import { recordStory } from '../../../utils/research/record-story';
import { recordVisit } from '../../../utils/research/record-visit';
import { getAllRecords } from '../../../utils/research/store';
import { ResearchRecordSchema } from '../../../utils/research/validate';
import { storyRecord, type StoryRecord } from '../../../utils/story/story';
import { openFreshDb } from '../research/helpers';
import { SEED } from './recorded';

const NOW = Date.parse('2025-03-28T12:00:00Z');
const URL_ = 'https://beijing-post.example/2025/03/27/china-denounces-us-ai-export-restrictions/';
let seed: { report: ProvenanceReport; results: RankedResult[] };
let story: StoryRecord;
let db: ProvenanceDb;
beforeAll(async () => {
  seed = await SEED();
  story = storyRecord({ meta: seed.report.meta, text: seed.report.text, results: seed.results, now: NOW });
});
beforeEach(async () => {
  db = await openFreshDb();
});

const visit = { url: URL_, incognito: false, now: '2026-11-01T10:00:00.000Z' };

describe('research records carry the story when coverage ran', () => {
  it('adds the story record to the page the log holds, and only to one it holds', async () => {
    expect(await recordStory(db, seed.report, URL_, story)).toBeNull();
    expect(await getAllRecords(db)).toEqual([]);
    await recordVisit(db, seed.report, visit);
    const id = await recordStory(db, seed.report, URL_, story);
    expect(id).toBe(URL_);
    const [record] = await getAllRecords(db);
    expect(record!.story).toEqual(story);
    expect(record!.story).toMatchObject({ staleness: 'recycled', daysAfterFirstReport: 73, firstReported: { outlet: 'BBC' } });
  });

  it('a later visit keeps it; export and import carry it; the validator accepts it', async () => {
    await recordVisit(db, seed.report, visit);
    await recordStory(db, seed.report, URL_, story);
    await recordVisit(db, seed.report, { ...visit, now: '2026-11-02T10:00:00.000Z' });
    const records = await getAllRecords(db);
    expect(records[0]!.timesSeen).toBe(2);
    expect(records[0]!.story).toEqual(story);

    const ndjson = exportRecords(records, 'ndjson');
    expect(JSON.parse(ndjson.trim()).story).toEqual(story);
    expect(v.safeParse(ResearchRecordSchema, JSON.parse(ndjson.trim())).success).toBe(true);
    const other = await openFreshDb();
    await importRecords(other, ndjson, 'ndjson');
    expect((await getAllRecords(other))[0]!.story).toEqual(story);

    const csv = exportRecords(records, 'csv');
    expect(RESEARCH_CSV_COLUMNS.map((c) => c.header)).toContain('story');
    expect(csv).toContain('""staleness"":""recycled""');
  });

  it('an import with a malformed story is refused, not stored', async () => {
    await recordVisit(db, seed.report, visit);
    await recordStory(db, seed.report, URL_, story);
    const line = JSON.parse(exportRecords(await getAllRecords(db), 'ndjson').trim()) as Record<string, unknown>;
    const bad = JSON.stringify({ ...line, story: { ...story, staleness: 'stale' } });
    const other = await openFreshDb();
    const result = await importRecords(other, bad, 'ndjson');
    expect(JSON.stringify(result)).toMatch(/story/);
    expect(await getAllRecords(other)).toEqual([]);
  });
});
