/**
 * Where the content script's first pass spends its time in real Chromium: V8's sampling profiler
 * over the test build's visits to saved pages (the benchmark's pages, one tab, one site), with
 * time summed per content-script function and per line. Time in native code (a regular
 * expression, a DOM call, a lazy compile) goes to the script function and line that called it.
 *
 *   PL_E2E=1 PL_NO_MINIFY=1 npx wxt build    # function names and lines kept
 *   npx tsx bench/profile-content.ts [pages]  # PROF_FILTER=regex of files, PROF_REPEAT=n, PROF_US=sampling µs
 *
 * The profiler slows the page several-fold: read the shares, not the milliseconds.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../tests/e2e/server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const corpus = join(resolve(process.env.PL_SHARED ?? '../shared'), 'corpus');
const filter = process.env.PROF_FILTER ? new RegExp(process.env.PROF_FILTER) : null;
const files = readFileSync(join(corpus, 'index.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { file: string }).file)
  .filter((f) => !filter || filter.test(f))
  .slice(0, Number(process.argv[2] ?? 60));
const visits = Array.from({ length: Number(process.env.PROF_REPEAT ?? 1) }, () => files).flat();

const server = await startServer(corpus);
const dir = resolve('.output-e2e/chrome-mv3');
const profileDir = mkdtempSync(join(tmpdir(), 'pl-prof-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--headless=new', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const profiles: Profile[] = [];
let reported = 0;
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const probe = await context.newPage();
  await probe.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROF_US ?? 50) });
  const reportedFor = (u: string) =>
    probe.evaluate(async (url) => Object.values(await chrome.storage.session.get(null)).some((s) => (s as { url?: string; timing?: unknown }).url === url && !!(s as { timing?: unknown }).timing), u);
  for (const file of visits) {
    const url = `${server.origin}/${file.split('/').map(encodeURIComponent).join('/')}`;
    // One profile per visit: a profile running across a navigation loses the pages before it.
    await cdp.send('Profiler.start');
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      for (let i = 0; i < 200; i++) {
        if (await reportedFor(url)) {
          reported++;
          break;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    } catch {
      // A page that never loads is left out.
    }
    profiles.push(((await cdp.send('Profiler.stop')) as unknown as { profile: Profile }).profile);
  }
} finally {
  await context.close();
  await server.close();
  rmSync(profileDir, { recursive: true, force: true });
}

const ours = (n: ProfileNode) => n.callFrame.url.includes('content-scripts/content.js');
const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}:${n.callFrame.lineNumber + 1}`;
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const nativeUnder = new Map<string, number>();
const lines = new Map<string, number>();
let total = 0;
let ticks = 0;
for (const profile of profiles) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const up = (n: ProfileNode) => byId.get(parent.get(n.id) ?? -1);
  for (const n of profile.nodes) {
    if (!ours(n)) continue;
    for (const t of n.positionTicks ?? []) {
      add(lines, String(t.line), t.ticks);
      ticks += t.ticks;
    }
  }
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const leaf = byId.get(profile.samples[i]!);
    let node = leaf;
    while (node && !ours(node)) node = up(node);
    if (!node || !leaf) continue;
    total += dt;
    add(self, label(node), dt);
    if (leaf !== node) add(nativeUnder, `${label(node)} -> ${leaf.callFrame.functionName || '(native)'}`, dt);
    const seen = new Set<string>();
    for (let at: ProfileNode | undefined = node; at; at = up(at)) {
      if (ours(at) && !seen.has(label(at))) {
        seen.add(label(at));
        add(inclusive, label(at), dt);
      }
    }
  }
}
const perPage = (us: number) => `${(us / 1000 / Math.max(1, reported)).toFixed(3).padStart(7)} ms/page`;
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${perPage(v)}  ${k}`).join('\n');
console.log(`pages reported: ${reported}; content-script time ${perPage(total)} (profiled)`);
console.log(`\n== inclusive\n${top(inclusive, 40)}`);
console.log(`\n== self (native callees included)\n${top(self, 30)}`);
console.log(`\n== native callees by caller\n${top(nativeUnder, 20)}`);
console.log(`\n== hottest lines of content.js (share of line ticks)\n${[...lines].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([l, t]) => `${((100 * t) / ticks).toFixed(1).padStart(5)} %  line ${l}`).join('\n')}`);
