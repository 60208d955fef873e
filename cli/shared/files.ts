import { open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decodeHtml } from './decode';

export const MAX_HTML_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {}

/** Reads a saved page as text, refusing what is too big, empty, or clearly not HTML. */
export async function readHtmlFile(path: string, maxBytes = MAX_HTML_BYTES): Promise<string> {
  const st = await stat(path);
  if (!st.isFile()) throw new InputError('not a regular file');
  if (st.size === 0) throw new InputError('empty file');
  if (st.size > maxBytes) throw new InputError(`file too large (${st.size} bytes > ${maxBytes})`);
  const fh = await open(path, 'r');
  try {
    const buf = await fh.readFile();
    return checkHtml(buf);
  } finally {
    await fh.close();
  }
}

/**
 * Decodes bytes in the page's own encoding (BOM, the HTTP header's charset, `<meta charset>`) and
 * rejects binary or non-HTML content. NUL bytes are judged after decoding, so UTF-16 is text.
 */
export function checkHtml(buf: Uint8Array, contentType?: string | null): string {
  if (buf.length === 0) throw new InputError('empty input');
  const text = decodeHtml(buf, contentType);
  if (text.slice(0, 4096).includes('\u0000')) throw new InputError('binary content, not HTML');
  if (!text.trim()) throw new InputError('empty input');
  if (!/<(?:!doctype\s+html|html|head|body|p|div|article|meta|title)[\s>/]/i.test(text.slice(0, 200_000))) {
    throw new InputError('not HTML (no HTML tags found)');
  }
  return text;
}

/**
 * *.html / *.htm files (or those `accept` takes) under `dir`, recursively, sorted; iterative so deep trees are fine.
 * Symbolic links are followed (each real directory once, so a link cycle ends).
 */
export async function listHtmlFiles(dir: string, limit = 100_000, accept = (name: string) => ['.html', '.htm'].includes(extname(name).toLowerCase())): Promise<string[]> {
  const out: string[] = [];
  const stack = [dir];
  const seen = new Set<string>();
  while (stack.length && out.length < limit) {
    const d = stack.pop()!;
    let entries;
    try {
      const real = await realpath(d);
      if (seen.has(real)) continue;
      seen.add(real);
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        // A dangling link is listed, so its record says what is wrong instead of it vanishing.
        const target = await stat(p).catch(() => null);
        isDir = !!target?.isDirectory();
        isFile = !target || target.isFile();
      }
      if (isDir) stack.push(p);
      else if (isFile && accept(e.name)) out.push(p);
    }
  }
  return out.sort();
}
