import { checkSourceReachable, type Reachability } from '@/utils/reports';

/**
 * fetch for link checks from an extension page. Without host permission for the source's
 * site a normal request fails CORS even when the site is up, so it retries `no-cors`: an
 * opaque answer still proves the server responded (its status stays unknown), while a DNS
 * or connection failure still throws.
 */
export async function linkCheckFetch(input: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch (first) {
    if (init?.signal?.aborted) throw first;
    const res = await fetch(input, { ...init, mode: 'no-cors' });
    if (res.type === 'opaque') return new Response(null, { status: 200 });
    return res;
  }
}

export function checkSource(url: string): Promise<Reachability> {
  return checkSourceReachable(url, linkCheckFetch);
}
