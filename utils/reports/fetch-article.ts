import { sameSite } from '../site';

const MAX_HTML_CHARS = 5_000_000;

/**
 * GETs an article for the correction watch: no cookies (the site learns nothing about the
 * reader's account), no cache, a time limit, HTML only, and only if it stays on the article's
 * own site (a redirect elsewhere is not followed further).
 */
export async function fetchArticleHtml(url: string, fetchFn: typeof fetch = fetch, timeoutMs = 20_000): Promise<string> {
  const res = await fetchFn(url, {
    credentials: 'omit',
    cache: 'no-store',
    redirect: 'follow',
    referrerPolicy: 'no-referrer',
    signal: AbortSignal.timeout(timeoutMs),
    headers: { accept: 'text/html,application/xhtml+xml' },
  });
  if (res.url && !sameSite(res.url, url)) throw new Error(`redirected to another site`);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const type = res.headers.get('content-type') ?? '';
  if (type && !/html/i.test(type)) throw new Error(`not a web page (${type.split(';')[0]})`);
  const text = await res.text();
  return text.length > MAX_HTML_CHARS ? text.slice(0, MAX_HTML_CHARS) : text;
}
