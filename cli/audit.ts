/**
 * npm run audit -- [options] <file.html|dir|url|file.warc|file.warc.gz>...
 * Runs the provenance detector on saved pages (directories recursively), URLs and web archives (WARC),
 * on a pool of worker threads, printing one AuditRecord per page (schema/audit-record.schema.json).
 * Also: --summary (counts over an NDJSON output) and a distributed mode on BullMQ (--queue).
 * Exit code: 0 all analysed, 1 some input failed (its record has `error`), 2 usage error.
 */
import type { AuditRecord } from '../utils/provenance/record';
import { DETECTOR_VERSION } from '../utils/provenance/version';
import { csvRow } from './shared/csv';
import { jsonLine, stripControls } from './shared/terminal';
import { inputItems } from './audit/inputs';
import { keysIn, LineFile } from './audit/output';
import { defaultJobs, describeStats, runAudit } from './audit/run';
import { printSummary, summarise } from './audit/summary';
import { parseArgs, USAGE, type Args } from './audit/args';

const CSV_COLUMNS = [
  'input', 'verdict', 'confidence', 'isArticle', 'title', 'publishedAt', 'lang', 'domain', 'siteName', 'url',
  'canonicalUrl', 'signalCount', 'rules', 'topSignal', 'textSha256', 'detector', 'schema', 'error', 'fetchedAt', 'source',
] as const;

function csvValues(r: AuditRecord): unknown[] {
  const top = r.signals.find((s) => !s.informational);
  const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    input: r.input, verdict: r.verdict, confidence: r.confidence, isArticle: r.isArticle, title: r.title,
    publishedAt: r.publishedAt, lang: r.lang, domain: r.domain, siteName: r.siteName, url: r.url,
    canonicalUrl: r.canonicalUrl, signalCount: r.signals.length, rules: [...new Set(r.signals.map((s) => s.rule))].join(';'),
    topSignal: top ? top.text : '', textSha256: r.textSha256 ?? '', detector: r.detector, schema: r.schema, error: r.error ?? '',
    fetchedAt: r.fetchedAt ?? '', source: r.source ?? '',
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

async function audit(args: Extract<Args, { mode: 'audit' }>): Promise<number> {
  const file = args.output ? LineFile.open(args.output, args.resume) : null;
  const done = args.output && args.resume ? await keysIn(args.output) : undefined;
  const table: AuditRecord[] = [];
  const write = file ? (l: string) => file.write(l) : (l: string) => process.stdout.write(`${l}\n`);
  if (args.format === 'csv' && !(done && done.size)) write(csvRow([...CSV_COLUMNS]));
  try {
    const stats = await runAudit(inputItems(args.inputs), {
      jobs: args.jobs,
      ...(done ? { done } : {}),
      emit: (r) => {
        if (args.format === 'ndjson') write(jsonLine(r));
        else if (args.format === 'csv') write(csvRow(csvValues(r)));
        else table.push(r);
      },
    });
    if (args.format === 'table') printTable(table);
    console.error(`audit: ${describeStats(stats)}`);
    return stats.errors ? 1 : 0;
  } finally {
    file?.close();
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), defaultJobs());
  if (args.mode === 'help') {
    console.log(USAGE(DETECTOR_VERSION, defaultJobs()));
    return 0;
  }
  if (args.mode === 'error') {
    console.error(`audit: ${args.error}\n\n${USAGE(DETECTOR_VERSION, defaultJobs())}`);
    return 2;
  }
  switch (args.mode) {
    case 'summary':
      printSummary(await summarise(args.file), args.format === 'ndjson' ? 'ndjson' : 'table', args.top);
      return 0;
    // BullMQ and ioredis are loaded only for the distributed mode.
    case 'enqueue':
      return (await import('./audit/queue')).enqueue(args);
    case 'work':
      return (await import('./audit/queue')).work(args);
    case 'status':
      return (await import('./audit/queue')).queueStatus(args);
    default:
      return audit(args);
  }
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
