import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../../cli/shared/paths';
import type { RankedResult } from '../../../utils/coverage/types';
import type { ProvenanceReport } from '../../../utils/provenance/types';
import { storyRecord } from '../../../utils/story/story';
import { validate } from '../audit/schema';
import { SEED } from './recorded';

const SCHEMA = JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'story-record.schema.json'), 'utf8')) as Record<string, unknown>;
const NOW = Date.parse('2025-03-28T12:00:00Z');
let seed: { report: ProvenanceReport; results: RankedResult[] };
beforeAll(async () => {
  seed = await SEED();
});

describe('schema/story-record.schema.json', () => {
  it('describes every record, known or unknown', () => {
    const records = [
      storyRecord({ meta: seed.report.meta, text: seed.report.text, results: seed.results, now: NOW }),
      storyRecord({ meta: {}, text: '', results: seed.results, now: NOW }),
      storyRecord({ meta: seed.report.meta, text: '', results: [], now: NOW }),
      storyRecord({ meta: seed.report.meta, text: '', results: seed.results.slice(0, 1), now: NOW }),
    ];
    for (const r of records) expect(validate(r, SCHEMA, SCHEMA)).toEqual([]);
  });

  it('and rejects what is not one', () => {
    const r = storyRecord({ meta: seed.report.meta, text: seed.report.text, results: seed.results, now: NOW });
    expect(validate({ ...r, staleness: 'stale' }, SCHEMA, SCHEMA)).not.toEqual([]);
    expect(validate({ ...r, extra: 1 }, SCHEMA, SCHEMA)).not.toEqual([]);
    expect(validate({ ...r, pageDate: '27/03/2025' }, SCHEMA, SCHEMA)).not.toEqual([]);
  });

  it('lists exactly the fields the record has', () => {
    const r = storyRecord({ meta: seed.report.meta, text: seed.report.text, results: seed.results, now: NOW });
    expect(Object.keys(SCHEMA.properties as object).sort()).toEqual([...Object.keys(r), 'reason'].sort());
  });
});
