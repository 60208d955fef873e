/**
 * npm run audit -- [--format ndjson|csv|table] <file.html|dir|url>...
 * Runs the provenance detector on saved pages (directories recursively, *.html/*.htm) and URLs,
 * printing one AuditRecord per page (schema/audit-record.schema.json).
 * Exit code: 0 all analysed, 1 some input failed (its record has `error`), 2 usage error.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectProvenance, DETECTOR_VERSION, errorRecord, toAuditRecord, type AuditRecord } from '../utils/provenance/index';
import { csvRow } from './shared/csv';
import { jsonLine, stripControls } from './shared/terminal';
import { fetchHtml } from './shared/fetch-page';
import { InputError, listHtmlFiles, readHtmlFile } from './shared/files';
import { parseDocument } from '../utils/provenance/parse-html';

type Format = 'ndjson' | 'csv' | 'table';

const USAGE = `Usage: npm run audit -- [--format ndjson|csv|table] <file.html|dir|url>...

Runs the Provenance Lens detector (${DETECTOR_VERSION}) on saved pages and URLs.
  --format ndjson   one JSON AuditRecord per line (default)
  --format csv      header + one row per page (formula-safe)
  --format table    aligned table for reading
  -h, --help        this help
Directories are searched recursively for *.html and *.htm. Inputs that cannot be analysed
(unreadable, empty, not HTML, over 20 MB, fetch errors) produce a record with "error".
Exit code 0 when every input was analysed, 1 when any failed, 2 on a usage error.`;

const CSV_COLUMNS = [
  'input', 'verdict', 'confidence', 'isArticle', 'title', 'publishedAt', 'lang', 'domain', 'siteName', 'url',
  'canonicalUrl', 'signalCount', 'rules', 'topSignal', 'textSha256', 'detector', 'schema', 'error',
] as const;

function parseArgs(argv: string[]): { format: Format; inputs: string[] } | { help: true } | { error: string } {
  let format: Format = 'ndjson';
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'ndjson' && v !== 'csv' && v !== 'table') return { error: `unknown format: ${v ?? '(missing)'}` };
      format = v;
    } else if (a === '--') {
      inputs.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-')) {
      return { error: `unknown option: ${a}` };
    } else inputs.push(a);
  }
  if (!inputs.length) return { error: 'no inputs given' };
  return { format, inputs };
}

function analyse(input: string, html: string, url: string): AuditRecord {
  const report = detectProvenance(parseDocument(html), { url });
  const sha = report.text ? createHash('sha256').update(report.text, 'utf8').digest('hex') : null;
  return toAuditRecord(input, report, sha ?? undefined);
}

function message(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const code = (e as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  return e instanceof Error ? e.message : String(e);
}

async function* records(inputs: string[]): AsyncGenerator<AuditRecord> {
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      try {
        const { html, finalUrl } = await fetchHtml(input);
        yield analyse(input, html, finalUrl);
      } catch (e) {
        yield errorRecord(input, message(e), DETECTOR_VERSION);
      }
      continue;
    }
    let files: string[];
    try {
      const st = await stat(input);
      files = st.isDirectory() ? await listHtmlFiles(input) : [input];
      if (st.isDirectory() && files.length === 0) {
        yield errorRecord(input, 'directory holds no .html or .htm files', DETECTOR_VERSION);
        continue;
      }
    } catch (e) {
      yield errorRecord(input, message(e), DETECTOR_VERSION);
      continue;
    }
    for (const f of files) {
      try {
        const html = await readHtmlFile(f);
        yield analyse(f, html, pathToFileURL(resolve(f)).href);
      } catch (e) {
        yield errorRecord(f, message(e), DETECTOR_VERSION);
      }
    }
  }
}

function csvValues(r: AuditRecord): unknown[] {
  const top = r.signals.find((s) => !s.informational);
  const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    input: r.input, verdict: r.verdict, confidence: r.confidence, isArticle: r.isArticle, title: r.title,
    publishedAt: r.publishedAt, lang: r.lang, domain: r.domain, siteName: r.siteName, url: r.url,
    canonicalUrl: r.canonicalUrl, signalCount: r.signals.length, rules: [...new Set(r.signals.map((s) => s.rule))].join(';'),
    topSignal: top ? top.text : '', textSha256: r.textSha256 ?? '', detector: r.detector, schema: r.schema, error: r.error ?? '',
  };
  return CSV_COLUMNS.map((c) => row[c]);
}

function clip(s: string, n: number): string {
  const flat = stripControls(s).replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

function printTable(rows: AuditRecord[]): void {
  const head = ['input', 'verdict', 'conf', 'article', 'signals', 'title / error'];
  const body = rows.map((r) => [
    clip(r.input, 48), r.error ? 'ERROR' : r.verdict, r.confidence.toFixed(2), r.isArticle ? 'yes' : 'no',
    String(r.signals.length), clip(r.error ?? r.title ?? '', 60),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ('help' in args) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in args) {
    console.error(`audit: ${args.error}\n\n${USAGE}`);
    return 2;
  }
  let failed = false;
  const table: AuditRecord[] = [];
  if (args.format === 'csv') console.log(csvRow([...CSV_COLUMNS]));
  for await (const r of records(args.inputs)) {
    if (r.error) failed = true;
    if (args.format === 'ndjson') console.log(jsonLine(r));
    else if (args.format === 'csv') console.log(csvRow(csvValues(r)));
    else table.push(r);
  }
  if (args.format === 'table') printTable(table);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`audit: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
