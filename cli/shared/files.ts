import { open, readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

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

/** Decodes bytes as UTF-8 and rejects binary or non-HTML content. */
export function checkHtml(buf: Uint8Array): string {
  if (buf.length === 0) throw new InputError('empty input');
  const head = buf.subarray(0, 4096);
  let zeros = 0;
  for (const b of head) if (b === 0) zeros++;
  if (zeros > 0) throw new InputError('binary content, not HTML');
  const text = new TextDecoder('utf-8', { fatal: false }).decode(buf);
  if (!text.trim()) throw new InputError('empty input');
  if (!/<(?:!doctype\s+html|html|head|body|p|div|article|meta|title)[\s>/]/i.test(text.slice(0, 200_000))) {
    throw new InputError('not HTML (no HTML tags found)');
  }
  return text;
}

/** *.html / *.htm files under `dir`, recursively, sorted; iterative so deep trees are fine. */
export async function listHtmlFiles(dir: string, limit = 100_000): Promise<string[]> {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length && out.length < limit) {
    const d = stack.pop()!;
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && ['.html', '.htm'].includes(extname(e.name).toLowerCase())) out.push(p);
    }
  }
  return out.sort();
}
