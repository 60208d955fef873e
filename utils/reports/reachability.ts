import { checkWebUrl } from './validate';

export type Reachability =
  | { status: 'reachable'; httpStatus: number; finalUrl: string; method: 'HEAD' | 'GET' }
  | { status: 'unreachable'; httpStatus?: number; error?: string }
  | { status: 'timeout' }
  | { status: 'invalid-url' };

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Does a source link work? HEAD first (cheap); GET when HEAD fails or is refused, since
 * many servers answer HEAD with 403/405 or nothing. `timeoutMs` bounds the whole check.
 * Never throws. In the extension, pass a fetch with host permission (the background's).
 */
export async function checkSourceReachable(url: string, fetchFn: FetchLike, timeoutMs = 8000): Promise<Reachability> {
  if (checkWebUrl(url) !== 'ok') return { status: 'invalid-url' };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const attempt = async (method: 'HEAD' | 'GET'): Promise<Response | Error> => {
    try {
      const res = await fetchFn(url, { method, redirect: 'follow', credentials: 'omit', signal: controller.signal });
      // Only the status matters; do not download the page.
      if (method === 'GET') void res.body?.cancel().catch(() => undefined);
      return res;
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  };
  try {
    const head = await attempt('HEAD');
    if (timedOut) return { status: 'timeout' };
    if (!(head instanceof Error) && head.ok) {
      return { status: 'reachable', httpStatus: head.status, finalUrl: head.url || url, method: 'HEAD' };
    }
    const get = await attempt('GET');
    if (timedOut) return { status: 'timeout' };
    if (get instanceof Error) return { status: 'unreachable', error: get.message };
    if (get.ok) return { status: 'reachable', httpStatus: get.status, finalUrl: get.url || url, method: 'GET' };
    return { status: 'unreachable', httpStatus: get.status };
  } finally {
    clearTimeout(timer);
  }
}
