/** The status line and headers at the start of a WARC response block. */
export interface HttpHead {
  status: number;
  /** Lower-case header names; repeated headers joined with ", ". */
  headers: Map<string, string>;
  /** Bytes of the head, blank line included: the payload starts here. */
  length: number;
}

export const MAX_HEAD = 64 * 1024;

/**
 * Parses the HTTP response head at the start of `bytes`, or returns null while the blank line that ends
 * it has not arrived yet; throws when there is none within 64 KB or the status line is not HTTP.
 * (warcio's own HTTP parsing loses bytes after a record whose block is only a head, e.g. a GET request
 * in a .warc.gz, so the blocks are read raw and the head parsed here.)
 */
export function parseHttpHead(bytes: Uint8Array): HttpHead | null {
  let end = -1;
  let sep = 0;
  for (let i = 0; i < Math.min(bytes.length, MAX_HEAD); i++) {
    if (bytes[i] !== 10) continue;
    if (bytes[i + 1] === 10) {
      end = i;
      sep = 2;
      break;
    }
    if (bytes[i + 1] === 13 && bytes[i + 2] === 10) {
      end = i;
      sep = 3;
      break;
    }
  }
  if (end < 0) {
    if (bytes.length >= MAX_HEAD) throw new Error('no end of the HTTP headers within 64 KB');
    return null;
  }
  const lines = new TextDecoder('latin1').decode(bytes.subarray(0, end)).split(/\r?\n/);
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})\b/.exec(lines[0]!);
  if (!m) throw new Error('response record without an HTTP status line');
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(name, headers.has(name) ? `${headers.get(name)!}, ${value}` : value);
  }
  return { status: Number(m[1]), headers, length: end + sep };
}
