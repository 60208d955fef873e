/**
 * The disk (or the browser's per-origin quota) is full. The write that hit it was rolled back
 * as a whole; everything stored before it is intact. Callers show "storage full" and offer
 * export + delete.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(message = 'Storage is full: the record was not saved; earlier records are intact.', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Chrome/Safari say QuotaExceededError; old Firefox NS_ERROR_DOM_QUOTA_REACHED; legacy code 22. */
export function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const err = e as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown };
  if (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (err.code === 22 || err.code === 1014) return true;
  return err.cause !== undefined && err.cause !== e ? isQuotaError(err.cause) : false;
}

/** Turns quota failures into StorageFullError and leaves every other error as it was. */
export function toStorageError(e: unknown): unknown {
  if (e instanceof StorageFullError) return e;
  return isQuotaError(e) ? new StorageFullError(undefined, { cause: e }) : e;
}
