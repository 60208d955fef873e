import { analyse } from './analyse';
import { failed, message, type ArchiveOrigin } from './records';
import { readHtmlFile } from '../shared/files';
import { decodeHtmlBody } from '../warc/payload';
import type { AuditRecord } from '../../utils/provenance/index';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

/** One page for a pool thread: a saved file, fetched HTML, or an HTTP body out of a WARC. */
export type AuditTask =
  | { type: 'file'; path: string }
  | { type: 'html'; input: string; html: string; url: string }
  | {
      type: 'warc';
      input: string;
      url: string;
      origin: ArchiveOrigin;
      body: Uint8Array;
      contentType: string | null;
      transferEncoding: string | null;
      contentEncoding: string | null;
      maxBytes: number;
    };

/** Runs one task to its record; never throws (a failure is an error record). */
export async function runTask(t: AuditTask): Promise<AuditRecord> {
  switch (t.type) {
    case 'file':
      try {
        return analyse(t.path, await readHtmlFile(t.path), pathToFileURL(resolve(t.path)).href);
      } catch (e) {
        return failed(t.path, message(e));
      }
    case 'html':
      try {
        return analyse(t.input, t.html, t.url);
      } catch (e) {
        return failed(t.input, message(e));
      }
    case 'warc':
      try {
        return analyse(t.input, await decodeHtmlBody(t.body, t, t.maxBytes), t.url, t.origin);
      } catch (e) {
        return failed(t.input, message(e), t.origin, t.url);
      }
  }
}
