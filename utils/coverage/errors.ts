import type { ProviderErrorKind } from './types';

/** A provider failure with the kind the UI and CLI report. */
export class ProviderError extends Error {
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly status?: number,
    /** Milliseconds the server asked us to wait (Retry-After), when it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

/** The reason given to `AbortController.abort` when a provider's time is up. */
export class TimeoutSignal extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`);
    this.name = 'TimeoutError';
  }
}

export function toProviderError(err: unknown, signal?: AbortSignal): ProviderError {
  if (err instanceof ProviderError) return err;
  const reason: unknown = signal?.aborted ? signal.reason : undefined;
  if (reason instanceof TimeoutSignal) return new ProviderError('timeout', reason.message);
  if (signal?.aborted) return new ProviderError('network', 'request cancelled');
  const e = err as { name?: string; message?: string } | undefined;
  if (e?.name === 'TimeoutError') return new ProviderError('timeout', e.message ?? 'timed out');
  if (e?.name === 'AbortError') return new ProviderError('network', 'request cancelled');
  return new ProviderError('network', e?.message ? String(e.message) : String(err));
}
