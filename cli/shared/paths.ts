import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The read-only shared data folder: $PL_SHARED, else ../shared next to the repository. */
export function sharedDir(): string {
  return process.env['PL_SHARED'] ? resolve(process.env['PL_SHARED']) : resolve(REPO_ROOT, '..', 'shared');
}
