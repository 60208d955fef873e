/**
 * npm run related -- [--format ndjson|table] [--providers google-news,gdelt,feeds,guardian]
 *   [--endpoint NAME=URL]... [--guardian-key KEY] [--include-unlisted] [--limit N] <file.html|url>
 *
 * Runs the extension's related-coverage pipeline on a saved page (or a live URL) and prints the
 * ranked results. Provider failures go to stderr and make the exit code 1; results from providers
 * that worked are still printed.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { detectProvenance } from '../utils/provenance';
import { findRelated, MemoryCoverageCache, PROVIDER_IDS, type CoverageSettings, type ProviderId, type RankedResult } from '../utils/coverage';
import { fetchHtml } from './shared/fetch-page';
import { MAX_HTML_BYTES, readHtmlFile } from './shared/files';
import { jsonLine, stripControls } from './shared/terminal';
import { storyRecord, type StoryRecord } from '../utils/story/story';

interface Args {
  format: 'ndjson' | 'table';
  providers: ProviderId[];
  endpoints: Partial<Record<ProviderId, string>>;
  guardianKey?: string;
  includeUnlisted: boolean;
  limit: number;
  target?: string;
}

const USAGE = `usage: related [--format ndjson|table] [--providers ${PROVIDER_IDS.join(',')}] [--endpoint NAME=URL]... [--guardian-key KEY] [--include-unlisted] [--limit N] <file.html|url>`;

function fail(msg: string): never {
  process.stderr.write(`${msg}\n${USAGE}\n`);
  process.exit(2);
}

function isProvider(s: string): s is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(s);
}

export function parseArgs(argv: string[]): Args {
  const a: Args = { format: 'table', providers: ['google-news', 'gdelt'], endpoints: {}, includeUnlisted: false, limit: 20 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // `--flag=value` and `--flag value` both work (`--endpoint=gdelt=URL` splits at the first `=`).
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => inline ?? argv[++i] ?? fail(`${flag} needs a value`);
    switch (flag) {
      case '--format': {
        const v = value();
        if (v !== 'ndjson' && v !== 'table') fail(`unknown format ${v}`);
        a.format = v;
        break;
      }
      case '--providers':
        a.providers = value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .map((s) => (isProvider(s) ? s : fail(`unknown provider ${s}`)));
        break;
      case '--endpoint': {
        const v = value();
        const eq = v.indexOf('=');
        const name = v.slice(0, eq);
        if (eq < 1 || !isProvider(name)) fail(`--endpoint wants NAME=URL with NAME one of ${PROVIDER_IDS.join(', ')}`);
        a.endpoints[name] = v.slice(eq + 1);
        break;
      }
      case '--guardian-key':
        a.guardianKey = value();
        break;
      case '--include-unlisted':
        a.includeUnlisted = true;
        break;
      case '--limit':
        a.limit = Math.max(1, parseInt(value(), 10) || 20);
        break;
      case '--help':
      case '-h':
        process.stdout.write(USAGE + '\n');
        return process.exit(0);
      default:
        if (arg.startsWith('--')) fail(`unknown option ${arg}`);
        if (a.target) fail('only one page at a time');
        a.target = arg;
    }
  }
  if (a.guardianKey && !a.providers.includes('guardian')) a.providers.push('guardian');
  return a;
}

/** The page, with the audit's limits: a timeout and a size cap on URLs and files, and the page's own charset. */
export async function loadPage(target: string, opts: { timeoutMs?: number; maxBytes?: number } = {}): Promise<{ html: string; url: string }> {
  const maxBytes = opts.maxBytes ?? MAX_HTML_BYTES;
  if (/^https?:\/\//i.test(target)) {
    const { html, finalUrl } = await fetchHtml(target, opts.timeoutMs ?? 15_000, maxBytes);
    return { html, url: finalUrl };
  }
  const path = resolve(target);
  return { html: await readHtmlFile(path, maxBytes), url: pathToFileURL(path).href };
}

/** `url` is always the publisher's address, or null: a Google News redirect is printed as such, never as the article's address. */
function row(r: RankedResult, rank: number) {
  return { rank, title: r.title, url: r.redirect ? null : r.url, outlet: r.outlet, host: r.host, country: r.country, publishedAt: r.publishedAt ?? null, provider: r.provider, score: r.score, why: r.why, ...(r.redirect ? { google_news_link: r.url } : {}) };
}

/** Feed titles and URLs are someone else's text: no control character reaches the terminal. */
export function table(results: RankedResult[]): string {
  if (!results.length) return 'no related coverage found\n';
  const t = (s: string) => stripControls(s);
  return (
    results
      .map((r, i) => {
        const date = r.publishedAt?.slice(0, 10) ?? '          ';
        return `${String(i + 1).padStart(2)}. ${r.score.toFixed(3)}  ${date}  ${t(r.outlet)} (${t(r.host)}${r.country ? ', ' + t(r.country) : ''})\n    ${t(r.title)}\n    ${r.redirect ? 'Google News link (not the publisher address): ' : ''}${t(r.url)}\n    ${t(r.why.join(' · '))}`;
      })
      .join('\n') + '\n'
  );
}

/** The story record in words; a dating discrepancy, not a verdict on the facts. */
export function storyLines(s: StoryRecord): string {
  const t = (x: string) => stripControls(x);
  const first = s.firstReported
    ? `first reported ${s.firstReported.publishedAt.slice(0, 10)} by ${t(s.firstReported.outlet)} (${t(s.firstReported.url)})`
    : 'first report: unknown (fewer than two dated reports of the story)';
  const gap = s.daysAfterFirstReport === null ? '' : `; page dated ${s.pageDate}, ${s.daysAfterFirstReport} days after it`;
  const mark = s.staleness === 'unknown' ? `dating: unknown (${s.reason ?? 'no reason'})` : `dating: ${s.staleness}`;
  const framed = s.presentedAsCurrent.length ? `; presented as recent: ${s.presentedAsCurrent.map((r) => `"${t(r.text)}" = ${r.date}`).join(', ')}` : '';
  const days = s.timeline.map((d) => `${d.date} ${d.count} (${d.outlets.map(t).join(', ')})`).join(' · ');
  return `story: ${first}${gap}\n  ${mark}${framed}\n  timeline: ${days || 'no dated reports'}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (!args.target) fail('missing page');
  const page = await loadPage(args.target);
  const { document } = parseHTML(page.html);
  const doc = document as unknown as Document;
  // A saved file's own URL is file://; its canonical link says where it lives (and what to exclude).
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const url = page.url.startsWith('file:') && canonical && /^https?:/.test(canonical) ? canonical : page.url;
  const report = detectProvenance(doc, { url });

  const settings: CoverageSettings = {
    providers: args.providers,
    endpoints: args.endpoints,
    guardianKey: args.guardianKey ?? process.env.GUARDIAN_API_KEY,
    includeUnlisted: args.includeUnlisted,
    maxResults: args.limit,
  };
  const out = await findRelated(report, { fetch: (u, init) => fetch(u, init), settings, cache: new MemoryCoverageCache() });

  const story = storyRecord({ meta: report.meta, text: report.text, results: out.results, now: Date.now() });
  if (args.format === 'ndjson') {
    process.stdout.write(out.results.map((r, i) => jsonLine(row(r, i + 1)) + '\n').join(''));
    process.stdout.write(jsonLine(story) + '\n');
  } else {
    process.stdout.write(`query: ${stripControls(out.query.keywordQueries.join(' | '))}  (${out.query.window.from} … ${out.query.window.to})\n`);
    process.stdout.write(table(out.results));
    process.stdout.write(storyLines(story));
  }
  for (const f of out.failures) process.stderr.write(`${f.provider}: ${f.error.kind}: ${stripControls(f.error.message)}\n`);
  return out.failures.length ? 1 : 0;
}

const invoked = process.argv[1] ? import.meta.url === pathToFileURL(resolve(process.argv[1])).href : false;
if (invoked) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`related: ${stripControls((err as Error).message ?? String(err))}\n`);
      process.exitCode = 2;
    },
  );
}
