import { checkHtml, InputError, MAX_HTML_BYTES } from './files';

/** Fetches an http(s) page as HTML text with a timeout and a size cap. */
export async function fetchHtml(url: string, timeoutMs = 15_000, maxBytes = MAX_HTML_BYTES): Promise<{ html: string; finalUrl: string }> {
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError('only http and https URLs are supported');
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    const res = await fetch(u, { signal: ctrl.signal, redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml' } });
    if (!res.ok) throw new InputError(`HTTP ${res.status}`);
    const type = res.headers.get('content-type') ?? '';
    if (type && !/html|xml|text\/plain/i.test(type)) throw new InputError(`not HTML (content-type ${type})`);
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > maxBytes) throw new InputError(`response too large (${declared} bytes)`);
    const reader = res.body?.getReader();
    if (!reader) throw new InputError('empty response');
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw new InputError(`response too large (> ${maxBytes} bytes)`);
      }
      chunks.push(value);
    }
    const buf = new Uint8Array(total);
    let off = 0;
    for (const c of chunks) {
      buf.set(c, off);
      off += c.byteLength;
    }
    return { html: checkHtml(buf, type), finalUrl: res.url || url };
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (ctrl.signal.aborted) throw new InputError(`timed out after ${timeoutMs} ms`);
    throw new InputError(`fetch failed: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    clearTimeout(timer);
  }
}
