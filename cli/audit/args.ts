export type Format = 'ndjson' | 'csv' | 'table';

interface Common {
  format: Format;
  jobs: number;
}
export type Args =
  | { mode: 'help' }
  | { mode: 'error'; error: string }
  | (Common & { mode: 'audit'; inputs: string[]; output: string | null; resume: boolean })
  | (Common & { mode: 'summary'; file: string; top: number })
  | (Common & { mode: 'enqueue'; queue: string; shards: string[]; paths: string | null; prefix: string })
  | (Common & { mode: 'work'; queue: string; outDir: string; untilEmpty: boolean; lockMs: number })
  | (Common & { mode: 'status'; queue: string });

export const USAGE = (detector: string, cores: number) => `Usage: npm run audit -- [options] <file.html|dir|url|file.warc|file.warc.gz>...

Runs the Provenance Lens detector (${detector}) on saved pages, URLs and web archives.
  --format ndjson   one JSON AuditRecord per line (default)
  --format csv      header + one row per page (formula-safe)
  --format table    aligned table for reading
  --jobs N          detector threads (default: this machine's cores, here ${cores})
  --output FILE     write records to FILE, one whole line per write (default: stdout)
  --resume          with --output: keep FILE's records and skip the pages it already holds
  -h, --help        this help
Directories are searched recursively for *.html, *.htm, *.warc and *.warc.gz. In a WARC, response
records with an HTML payload are audited (url = WARC-Target-URI, fetchedAt = WARC-Date,
source = archive#offset); other records are counted and skipped with a reason (stderr).
Inputs or records that cannot be analysed (unreadable, empty, not HTML, over 20 MB, truncated,
fetch errors) produce a record with "error".

  --summary FILE    counts by verdict, category, language, domain and month of an NDJSON output
                    (--format ndjson for machine-readable lines, --top N rows per table, default 20)

Distributed mode (BullMQ on Redis; each shard is a WARC path or URL):
  --queue redis://HOST:PORT --enqueue [--paths FILE] [--prefix URL] [shard...]
                    queue shards (FILE: one per line, e.g. Common Crawl's warc.paths, .gz read too;
                    --prefix is put before each line, e.g. https://data.commoncrawl.org/)
  --queue redis://HOST:PORT --work --out-dir DIR [--jobs N] [--until-empty]
                    take shards and write DIR/<shard>.ndjson (whole shards only; a shard a dead
                    worker left is retried and resumed, records deduplicated by source;
                    --lock-ms MS: how long a silent worker keeps its shard, default 30000)
  --queue redis://HOST:PORT --status
                    counts of waiting, active, completed and failed shards
Exit code 0 when every input was analysed, 1 when any failed, 2 on a usage error.`;

function int(v: string | undefined, min: number): number | null {
  if (v === undefined || !/^\d+$/.test(v)) return null;
  const n = Number(v);
  return n >= min ? n : null;
}

export function parseArgs(argv: string[], cores: number): Args {
  let format: Format = 'ndjson';
  let jobs = cores;
  let output: string | null = null;
  let resume = false;
  let summary: string | null = null;
  let top = 20;
  let queue: string | null = null;
  let action: 'enqueue' | 'work' | 'status' | null = null;
  let paths: string | null = null;
  let prefix = '';
  let outDir: string | null = null;
  let untilEmpty = false;
  let lockMs = 30_000;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf('=');
    const name = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const value = () => (a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : argv[++i]);
    switch (name) {
      case '-h':
      case '--help':
        return { mode: 'help' };
      case '--format': {
        const v = value();
        if (v !== 'ndjson' && v !== 'csv' && v !== 'table') return { mode: 'error', error: `unknown format: ${v ?? '(missing)'}` };
        format = v;
        break;
      }
      case '--jobs': {
        const n = int(value(), 1);
        if (n === null) return { mode: 'error', error: '--jobs needs a whole number ≥ 1' };
        jobs = n;
        break;
      }
      case '--top': {
        const n = int(value(), 1);
        if (n === null) return { mode: 'error', error: '--top needs a whole number ≥ 1' };
        top = n;
        break;
      }
      case '--lock-ms': {
        const n = int(value(), 500);
        if (n === null) return { mode: 'error', error: '--lock-ms needs a whole number ≥ 500' };
        lockMs = n;
        break;
      }
      case '--output':
      case '--summary':
      case '--queue':
      case '--paths':
      case '--prefix':
      case '--out-dir': {
        const v = value();
        if (!v) return { mode: 'error', error: `${name} needs a value` };
        if (name === '--output') output = v;
        else if (name === '--summary') summary = v;
        else if (name === '--queue') queue = v;
        else if (name === '--paths') paths = v;
        else if (name === '--prefix') prefix = v;
        else outDir = v;
        break;
      }
      case '--resume':
        resume = true;
        break;
      case '--until-empty':
        untilEmpty = true;
        break;
      case '--enqueue':
      case '--work':
      case '--status':
        if (action) return { mode: 'error', error: 'give one of --enqueue, --work, --status' };
        action = name.slice(2) as 'enqueue' | 'work' | 'status';
        break;
      case '--':
        inputs.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (a.startsWith('-')) return { mode: 'error', error: `unknown option: ${a}` };
        inputs.push(a);
    }
  }
  const common = { format, jobs };
  if (summary) return { ...common, mode: 'summary', file: summary, top };
  if (action && !queue) return { mode: 'error', error: `--${action} needs --queue redis://HOST:PORT` };
  if (queue) {
    if (!/^rediss?:\/\//i.test(queue)) return { mode: 'error', error: '--queue takes a redis:// URL' };
    if (action === 'enqueue') {
      if (!inputs.length && !paths) return { mode: 'error', error: 'no shards given' };
      return { ...common, mode: 'enqueue', queue, shards: inputs, paths, prefix };
    }
    if (action === 'work') {
      if (!outDir) return { mode: 'error', error: '--work needs --out-dir DIR' };
      return { ...common, mode: 'work', queue, outDir, untilEmpty, lockMs };
    }
    if (action === 'status') return { ...common, mode: 'status', queue };
    return { mode: 'error', error: '--queue needs --enqueue, --work or --status' };
  }
  if (resume && !output) return { mode: 'error', error: '--resume needs --output FILE' };
  if (resume && format !== 'ndjson') return { mode: 'error', error: '--resume reads back ndjson output only' };
  if (!inputs.length) return { mode: 'error', error: 'no inputs given' };
  return { ...common, mode: 'audit', inputs, output, resume };
}
