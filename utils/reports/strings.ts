import { en } from './letters/en';
import type { LetterStrings } from './letters/types';

/** The letter's sentences (see letters/): kept under this name for the existing callers. */
export type ReportStrings = LetterStrings;

export const EN_REPORT_STRINGS: ReportStrings = en;

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);
}
