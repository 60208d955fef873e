import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';

/** The `charset` parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m?.[1];
}

function decoder(label: string): TextDecoder {
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('windows-1252');
  }
}

/**
 * Bytes of a page to text the way a browser picks the encoding (WHATWG HTML "determining the
 * character encoding"): a byte-order mark, then the HTTP header's charset, then a
 * `<meta charset>` / `http-equiv` or XML declaration in the first 1,024 bytes. The sniffing is
 * encoding-sniffer's implementation of that algorithm (the one cheerio uses); decoding is the
 * platform's TextDecoder, which knows every WHATWG encoding. With no label at all, valid UTF-8
 * is UTF-8 and anything else windows-1252, as browsers guess for a saved page.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const sniffer = new Sniffer({ transportLayerEncodingLabel: charsetOf(contentType), defaultEncoding: 'windows-1252' });
  sniffer.write(bytes);
  if (sniffer.resultType === ResultType.DEFAULT) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return decoder('windows-1252').decode(bytes);
    }
  }
  return decoder(sniffer.encoding).decode(bytes);
}
