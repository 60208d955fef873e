import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../cli/shared/paths';

type Schema = Record<string, unknown>;
export const SCHEMA = JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'audit-record.schema.json'), 'utf8')) as Schema;

/** Just enough JSON Schema (the draft 2020-12 subset schema/audit-record.schema.json uses) to check records. */
export function validate(v: unknown, s: Schema = SCHEMA, root: Schema = SCHEMA, path = '$'): string[] {
  if (typeof s['$ref'] === 'string') return validate(v, (root['$defs'] as Record<string, Schema>)[(s['$ref'] as string).replace('#/$defs/', '')]!, root, path);
  const errs: string[] = [];
  const t = s['type'];
  if (t) {
    const types = Array.isArray(t) ? t : [t];
    const actual = v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) && types.includes('integer') ? 'integer' : typeof v;
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${path}: ${actual} not ${types.join('|')}`];
  }
  if ('const' in s && v !== s['const']) errs.push(`${path}: not const`);
  if (Array.isArray(s['enum']) && !(s['enum'] as unknown[]).includes(v)) errs.push(`${path}: ${String(v)} not in enum`);
  if (typeof v === 'string' && typeof s['pattern'] === 'string' && !new RegExp(s['pattern'] as string).test(v)) errs.push(`${path}: pattern`);
  if (typeof v === 'string' && typeof s['maxLength'] === 'number' && v.length > (s['maxLength'] as number)) errs.push(`${path}: too long`);
  if (typeof v === 'number' && typeof s['minimum'] === 'number' && v < (s['minimum'] as number)) errs.push(`${path}: < minimum`);
  if (typeof v === 'number' && typeof s['maximum'] === 'number' && v > (s['maximum'] as number)) errs.push(`${path}: > maximum`);
  if (Array.isArray(v) && s['items']) v.forEach((x, i) => errs.push(...validate(x, s['items'] as Schema, root, `${path}[${i}]`)));
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    for (const k of (s['required'] as string[] | undefined) ?? []) if (!(k in o)) errs.push(`${path}.${k}: missing`);
    const props = (s['properties'] as Record<string, Schema> | undefined) ?? {};
    for (const [k, x] of Object.entries(o)) {
      if (props[k]) errs.push(...validate(x, props[k]!, root, `${path}.${k}`));
      else if (s['additionalProperties'] === false) errs.push(`${path}.${k}: not allowed`);
    }
  }
  return errs;
}
