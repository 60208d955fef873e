import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AUDIT_FIELDS, OPTIONAL_RESEARCH_FIELDS, RESEARCH_FIELDS } from '../../../utils/research/record';
import { ResearchRecordSchema } from '../../../utils/research/validate';
import { syntheticRecords } from './synthetic';

const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../schema/research-record.schema.json', import.meta.url)), 'utf8'),
) as { properties: Record<string, unknown>; required: string[] };

describe('schema/research-record.schema.json', () => {
  it('documents exactly the fields of ResearchRecord', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...AUDIT_FIELDS, ...RESEARCH_FIELDS, ...OPTIONAL_RESEARCH_FIELDS].sort());
    expect(schema.required.sort()).toEqual([...AUDIT_FIELDS, ...RESEARCH_FIELDS].filter((k) => k !== 'error').sort());
  });

  it('agrees with the runtime validator on which keys exist', () => {
    expect(Object.keys(ResearchRecordSchema.entries).sort()).toEqual(Object.keys(schema.properties).sort());
    for (const r of syntheticRecords(50)) expect(v.safeParse(ResearchRecordSchema, r).success).toBe(true);
  });
});
