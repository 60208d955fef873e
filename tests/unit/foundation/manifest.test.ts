import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { permissionAskFor, permissionOriginsFor, SENDS_WEBSITE_CONTENT } from '@/utils/coverage';
import { allFeedOrigins } from '@/utils/coverage/providers/feeds';
import { SHIPPED_OUTLETS } from '@/utils/coverage/outlets-data';
import { PROVIDER_IDS, type CoverageSettings } from '@/utils/coverage/types';
import { WATCH_HOST_PATTERNS } from '@/utils/reports/watch-hosts';
import { originPattern } from '@/utils/browser/report-watch';

type Manifest = {
  optional_host_permissions: string[];
  browser_specific_settings?: { gecko: { data_collection_permissions: { required: string[]; optional?: string[] } } };
};
const manifest = (browser: 'chrome' | 'firefox') =>
  (config.manifest as (env: { browser: string; manifestVersion: number; mode: string; command: string }) => Manifest)({
    browser,
    manifestVersion: 3,
    mode: 'production',
    command: 'build',
  });

const all: CoverageSettings = { providers: [...PROVIDER_IDS] };
const LANGS = [...new Set(['en', ...SHIPPED_OUTLETS.flatMap((o) => o.langs)])];

describe('the manifest declares what the code does (issue 14, finding 7)', () => {
  it('lists exactly the origins the code can ask for: no wildcard hosts beyond the correction watch’s', () => {
    // The correction watch asks for one reported site at a time (scheme and host, never a wildcard),
    // which the browser grants only when the manifest's optional list covers it.
    const declared = manifest('chrome').optional_host_permissions;
    expect(declared.filter((o) => (WATCH_HOST_PATTERNS as readonly string[]).includes(o))).toEqual([...WATCH_HOST_PATTERNS]);
    expect(originPattern('https://www.taz.de')).toBe('https://www.taz.de/*');
    const listed = declared.filter((o) => !(WATCH_HOST_PATTERNS as readonly string[]).includes(o));
    expect(listed.filter((o) => o.includes('*.') || /^https?:\/\/\*\//.test(o))).toEqual([]);
    const asked = new Set(PROVIDER_IDS.flatMap((id) => permissionAskFor(all, id, false).origins));
    for (const lang of LANGS) for (const o of permissionOriginsFor(all, lang)) expect(asked.has(o), `${lang}: ${o}`).toBe(true);
    expect([...asked].sort()).toEqual([...listed].sort());
  });

  it('Firefox: nothing collected by default, website content optional and asked for with the sources that send keywords', () => {
    const dc = manifest('firefox').browser_specific_settings!.gecko.data_collection_permissions;
    expect(dc).toEqual({ required: ['none'], optional: ['websiteContent'] });
    for (const id of PROVIDER_IDS) {
      const ask = permissionAskFor(all, id, true);
      expect(ask.data_collection ?? [], id).toEqual(SENDS_WEBSITE_CONTENT.includes(id) ? ['websiteContent'] : []);
      expect(permissionAskFor(all, id, false).data_collection, id).toBeUndefined();
    }
    expect(SENDS_WEBSITE_CONTENT).not.toContain('feeds');
  });

  it('the README names the real reach: no "no <all_urls>" claim, no "no network request at all", the feed host count', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).not.toMatch(/no `<all_urls>`/);
    expect(readme).not.toMatch(/no network request at all/);
    expect(readme).toContain('`HEAD`');
    expect(readme).toContain(`the hosts of the ${allFeedOrigins().length} outlet feeds`);
    expect(readme).toContain('optional: websiteContent');
  });
});

describe('feeds by article language (issue 14, finding 9)', () => {
  it('turning the feeds on asks for every host an article in any language will use', () => {
    const asked = new Set(permissionAskFor(all, 'feeds', false).origins);
    for (const lang of ['de', 'fr', 'ja', ...LANGS]) {
      const needed = permissionOriginsFor({ providers: ['feeds'] }, lang);
      expect(needed.filter((o) => !asked.has(o)), lang).toEqual([]);
    }
  });
});
