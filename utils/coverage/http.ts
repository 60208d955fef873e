/**
 * One careful GET: a byte cap (a provider cannot make us read 1 GB), retries with exponential
 * backoff on 429/5xx/network errors honouring Retry-After, and errors sorted into the kinds the UI
 * reports. The overall deadline is the caller's AbortSignal.
 */
import { ProviderError, toProviderError } from './errors';
import type { FetchLike } from './types';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface HttpOptions {
  fetch: FetchLike;
  signal?: AbortSignal;
  /** Retries after the first attempt. */
  retries?: number;
  /** Backoff base; attempt n waits base·2ⁿ (with jitter) unless Retry-After says otherwise. */
  backoffMs?: number;
  /** Longest Retry-After we will wait; longer means give up now with `rate-limited`. */
  maxRetryAfterMs?: number;
  /** Retry a 429 at all (GDELT: no, wait out a cool-off instead). */
  retryOn429?: boolean;
  maxBytes?: number;
  accept?: string;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  now?: () => number;
  random?: () => number;
}

export interface HttpText {
  status: number;
  contentType: string;
  text: string;
  url: string;
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** Retry-After is either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(parseFloat(v) * 1000);
  const t = Date.parse(v);
  return Number.isFinite(t) ? Math.max(0, t - now) : undefined;
}

function charsetOf(contentType: string, head: Uint8Array): string {
  const m = /charset\s*=\s*"?([\w-]+)/i.exec(contentType);
  if (m?.[1]) return m[1];
  const prolog = new TextDecoder('latin1').decode(head.subarray(0, 200));
  const x = /<\?xml[^>]*encoding\s*=\s*["']([\w-]+)["']/i.exec(prolog);
  return x?.[1] ?? 'utf-8';
}

/** Reads at most `maxBytes`; more is an error rather than a hang or an out-of-memory. */
export async function readCapped(res: Response, maxBytes: number, signal?: AbortSignal): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new ProviderError('bad-response', `response too large: ${declared} bytes declared, limit ${maxBytes}`, res.status);
  }
  const contentType = res.headers.get('content-type') ?? '';
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw signal.reason;
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        throw new ProviderError('bad-response', `response too large: more than ${maxBytes} bytes`, res.status);
      }
      chunks.push(value);
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    throw err;
  }
  const all = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    all.set(c, off);
    off += c.byteLength;
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charsetOf(contentType, all));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(all);
}

function retriable(err: ProviderError): boolean {
  return err.kind === 'network' || err.kind === 'rate-limited' || (err.kind === 'http' && (err.status ?? 0) >= 500);
}

export async function getText(url: string, opts: HttpOptions): Promise<HttpText> {
  const retries = opts.retries ?? 2;
  const base = opts.backoffMs ?? 500;
  const maxRetryAfter = opts.maxRetryAfterMs ?? 10_000;
  const sleep = opts.sleep ?? abortableSleep;
  const now = opts.now ?? Date.now;
  const random = opts.random ?? Math.random;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;

  for (let attempt = 0; ; attempt++) {
    let failure: ProviderError;
    try {
      const res = await opts.fetch(url, {
        signal: opts.signal,
        headers: { accept: opts.accept ?? '*/*' },
        credentials: 'omit',
        redirect: 'follow',
      });
      if (res.ok) {
        const text = await readCapped(res, maxBytes, opts.signal);
        return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, url: res.url || url };
      }
      await res.body?.cancel().catch(() => undefined);
      const retryAfterMs = parseRetryAfter(res.headers.get('retry-after'), now());
      failure =
        res.status === 429
          ? new ProviderError('rate-limited', `HTTP 429 Too Many Requests${retryAfterMs !== undefined ? ` (retry after ${Math.round(retryAfterMs / 1000)} s)` : ''}`, 429, retryAfterMs)
          : res.status === 401 || res.status === 403
            ? new ProviderError('permission', `HTTP ${res.status}: access refused (check the API key or permission)`, res.status)
            : new ProviderError('http', `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`, res.status, retryAfterMs);
    } catch (err) {
      failure = toProviderError(err, opts.signal);
    }
    if (opts.signal?.aborted) throw toProviderError(opts.signal.reason, opts.signal);
    const may =
      attempt < retries &&
      retriable(failure) &&
      !(failure.kind === 'rate-limited' && opts.retryOn429 === false) &&
      !(failure.retryAfterMs !== undefined && failure.retryAfterMs > maxRetryAfter);
    if (!may) throw failure;
    const backoff = failure.retryAfterMs ?? base * 2 ** attempt * (0.75 + 0.5 * random());
    try {
      await sleep(backoff, opts.signal);
    } catch (err) {
      throw toProviderError(err, opts.signal);
    }
  }
}
