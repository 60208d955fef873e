import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { AsyncIterReader } from 'warcio';
import { checkHtml, InputError } from '../shared/files';

function decompress(body: Uint8Array, encoding: string, maxBytes: number): Uint8Array {
  const opts = { maxOutputLength: maxBytes };
  try {
    switch (encoding) {
      case 'gzip':
      case 'x-gzip':
        return gunzipSync(body, opts);
      case 'br':
        return brotliDecompressSync(body, opts);
      case 'deflate':
        // Servers send both zlib-wrapped and raw deflate under this name.
        try {
          return inflateSync(body, opts);
        } catch {
          return inflateRawSync(body, opts);
        }
      default:
        throw new InputError(`unsupported Content-Encoding: ${encoding}`);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new InputError(`decoded payload over ${maxBytes} bytes`);
    throw new InputError(`payload does not decode as ${encoding}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * An HTTP body as a WARC stores it → the page's text: chunked transfer undone (warcio), gzip / deflate / br
 * undone (zlib, capped), then decoded as the file audit decodes a page (checkHtml: BOM, the header's
 * charset, a <meta> in the first 1,024 bytes).
 */
export async function decodeHtmlBody(
  raw: Uint8Array,
  h: { contentType: string | null; transferEncoding: string | null; contentEncoding: string | null },
  maxBytes: number,
): Promise<string> {
  let body = raw;
  const te = (h.transferEncoding ?? '').toLowerCase().split(',').map((s) => s.trim()).filter(Boolean);
  if (te.includes('chunked')) body = await new AsyncIterReader([raw], null, true).readFully();
  const codings = [...te.filter((t) => t !== 'chunked' && t !== 'identity'), ...(h.contentEncoding ?? '').toLowerCase().split(',').map((s) => s.trim())]
    .filter((c) => c && c !== 'identity');
  for (const c of codings.reverse()) body = decompress(body, c, maxBytes);
  if (body.length === 0) throw new InputError('empty payload');
  return checkHtml(body, h.contentType);
}
