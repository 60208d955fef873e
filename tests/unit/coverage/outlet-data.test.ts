import { readFileSync } from 'node:fs';
import { getDomain } from 'tldts';
import { describe, expect, it } from 'vitest';
import {
  outletFigures,
  parseOutletData,
  parseOutlets,
  renderOutletModule,
  reviewFor,
} from '../../../scripts/outlets/outlet-csv';
import { cleanHostSuffix, matchOutlet, SHIPPED_FEEDS, SHIPPED_OUTLETS } from '../../../utils/coverage/outlets';
import { EXCLUDED_HOSTS } from '../../../utils/coverage/outlets-data';

const read = (name: string) => readFileSync(new URL(`../../../data/outlets/${name}`, import.meta.url), 'utf8');
const data = parseOutletData({ outlets: read('outlets.csv'), feeds: read('feeds.csv'), excluded: read('excluded.csv') });
const figures = outletFigures(data);

const G20 = ['AR', 'AU', 'BR', 'CA', 'CN', 'DE', 'FR', 'GB', 'IN', 'ID', 'IT', 'JP', 'KR', 'MX', 'RU', 'SA', 'TR', 'US', 'ZA'];
const EU = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'ja', 'zh', 'ko', 'ar', 'ru', 'uk', 'tr', 'pl', 'cs', 'hi', 'fa', 'id', 'vi', 'th'];

describe('the outlet CSVs', () => {
  it('generate exactly the shipped module', () => {
    const shipped = readFileSync(new URL('../../../utils/coverage/outlets-data.ts', import.meta.url), 'utf8');
    expect(renderOutletModule(data)).toBe(shipped);
    expect(SHIPPED_OUTLETS.length).toBe(data.outlets.length);
    expect(SHIPPED_FEEDS.length).toBe(data.feeds.length);
  });

  it('reach the size targets: 400 outlets, 60 countries, every G20 and EU member', () => {
    expect(figures.outlets).toBeGreaterThanOrEqual(400);
    expect(figures.countries).toBeGreaterThanOrEqual(60);
    const countries = new Set(data.outlets.map((o) => o.country));
    expect([...G20, ...EU].filter((c) => !countries.has(c))).toEqual([]);
  });

  it('cover every target language with several outlets each', () => {
    const thin = LANGS.filter((l) => (figures.perLanguage[l] ?? 0) < 3);
    expect(thin).toEqual([]);
  });

  // Countries whose only wire services and broadcasters are excluded as state propaganda (CN: Xinhua,
  // CCTV/CGTN) or no longer exist (MX: Notimex closed in 2023), per data/outlets/README.md.
  const NO_ACCEPTABLE_WIRE_OR_PSB = ['CN', 'MX'];

  it('give each other G20 and EU country a wire service or a public broadcaster', () => {
    const without = [...G20, ...EU].filter((c) => !NO_ACCEPTABLE_WIRE_OR_PSB.includes(c)).filter(
      (c) => !data.outlets.some((o) => o.country === c && (o.type === 'agency' || o.type === 'psb')),
    );
    expect(without).toEqual([]);
  });

  it('have unique, clean host suffixes, each with a name, type and source', () => {
    const hosts = data.outlets.map((o) => o.hostSuffix);
    expect(hosts.length - new Set(hosts).size).toBe(0);
    for (const o of data.outlets) {
      expect(cleanHostSuffix(o.hostSuffix), o.hostSuffix).toBe(o.hostSuffix);
      expect(o.name.trim()).not.toBe('');
      expect(o.source?.trim(), o.hostSuffix).toBeTruthy();
    }
  });

  it('flag for review exactly the state-controlled or captured newsrooms', () => {
    for (const o of data.outlets) expect(o.review, o.hostSuffix).toBe(o.control === 'state' || o.control === 'captured');
    const shipped = new Map(SHIPPED_OUTLETS.map((o) => [o.hostSuffix, o.review]));
    for (const o of data.outlets) expect(shipped.get(o.hostSuffix), o.hostSuffix).toBe(o.review);
    // The rule bites both ways on the list itself, so neither value is vacuous.
    expect(figures.review).toBeGreaterThan(0);
    expect(figures.review).toBeLessThan(figures.outlets / 2);
  });

  it('derive the flag from control alone, ignoring any review column', () => {
    const csv = 'host_suffix,name,country,langs,type,control,pc1,source,review\nx.example,X,DE,de,agency,state,,somewhere,false\n';
    expect(parseOutlets(csv)[0]?.review).toBe(true);
    expect(reviewFor('public')).toBe(false);
    expect(reviewFor('captured')).toBe(true);
  });

  it('never list an excluded host (propaganda, content farms, press-release wires, aggregators)', () => {
    expect(EXCLUDED_HOSTS).toEqual(data.excluded.map((e) => e.hostSuffix));
    expect(EXCLUDED_HOSTS).toEqual(expect.arrayContaining(['rt.com', 'sputniknews.com', 'xinhuanet.com', 'prnewswire.com']));
    for (const h of EXCLUDED_HOSTS) {
      expect(matchOutlet(h, SHIPPED_OUTLETS)?.hostSuffix, h).toBeUndefined();
      expect(matchOutlet(`www.${h}`, SHIPPED_OUTLETS)?.hostSuffix, h).toBeUndefined();
    }
  });

  it('have feeds only for listed outlets, each with a source and a language the outlet publishes in', () => {
    const byHost = new Map(data.outlets.map((o) => [o.hostSuffix, o]));
    for (const f of data.feeds) {
      const o = byHost.get(f.hostSuffix);
      expect(o, f.url).toBeDefined();
      expect(f.lang && o?.langs.includes(f.lang), `${f.url} ${f.lang}`).toBe(true);
    }
    expect(data.feeds.every((f) => /^https?:\/\//.test(f.url))).toBe(true);
  });

  // Feed hosts outside an outlet's own domain: its feed CDN or a feed proxy it publishes through.
  const FEED_HOST_ALIASES: Record<string, string[]> = {
    'bbc.co.uk': ['bbci.co.uk'],
    'bbc.com': ['bbci.co.uk'],
    'elmundo.es': ['uecdn.es'],
    'expansion.com': ['uecdn.es'],
    'expresso.pt': ['impresa.pt'],
  };
  const PROXIES = ['feedburner.com'];

  it("read each feed from its outlet's own site, CDN or feed proxy", () => {
    const strays = data.feeds.filter((f) => {
      const host = new URL(f.url).hostname;
      const domain = getDomain(host);
      const own = getDomain(f.hostSuffix);
      return !(domain === own || FEED_HOST_ALIASES[f.hostSuffix]?.includes(domain ?? '') || PROXIES.includes(domain ?? ''));
    });
    expect(strays.map((f) => `${f.hostSuffix} ${f.url}`)).toEqual([]);
  });

  it('reject rows that break the format', () => {
    const head = 'host_suffix,name,country,langs,type,control,pc1,source\n';
    expect(() => parseOutlets(`${head}www.x.example,X,DE,de,agency,public,,s\n`)).toThrow(/host suffix/);
    expect(() => parseOutlets(`${head}x.example,X,DE,de,tabloid,public,,s\n`)).toThrow(/type/);
    expect(() => parseOutlets(`${head}x.example,X,DE,de,agency,friendly,,s\n`)).toThrow(/control/);
    expect(() => parseOutlets(`${head}x.example,X,DE,de,agency,public,,\n`)).toThrow(/source/);
    expect(() => parseOutlets(`${head}x.example,X,Germany,de,agency,public,,s\n`)).toThrow(/country/);
  });
});
