import { parseHTML } from 'linkedom';

/**
 * Parses HTML into a DOM Document with linkedom (fast, no script execution, no browser needed):
 * saved pages in the CLI, and a page's serialised DOM in the background worker, which has no
 * DOMParser.
 */
export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
