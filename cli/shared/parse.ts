import { parseHTML } from 'linkedom';

/** Parses HTML into a DOM Document with linkedom (fast, no script execution). */
export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
