import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const LOCALES_DIR = 'public/_locales';
/** The detector's languages: the UI speaks each of them. */
const REQUIRED = ['en', 'de', 'fr', 'es', 'it', 'pt_BR', 'nl', 'sv', 'da', 'nb', 'ja', 'zh_CN', 'ko'];

const read = (locale: string) => JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Catalogue;
const locales = readdirSync(LOCALES_DIR).filter((d) => statSync(join(LOCALES_DIR, d)).isDirectory());
const en = read('en');
const placeholdersIn = (text: string) => [...new Set([...text.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();

/** Every source file that can ask for a message (UI, worker, content script, manifest). */
function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(readFileSync(path, 'utf8'));
  }
  return out;
}
const code = [...['components', 'entrypoints', 'utils'].flatMap((d) => sources(d)), readFileSync('wxt.config.ts', 'utf8')].join('\n');
/** Keys built at run time, e.g. `options_mode_${mode}`: their fixed prefix. */
const dynamicPrefixes = [...code.matchAll(/[`'"]([a-z][a-z0-9_]*_)\$\{/g)].map((m) => m[1]!);

describe('UI languages', () => {
  it('ships every required language', () => {
    expect(locales.sort()).toEqual([...REQUIRED].sort());
  });

  it.each(REQUIRED.filter((l) => l !== 'en'))('%s has exactly the English keys, each translated with the same placeholders', (locale) => {
    const cat = read(locale);
    expect(Object.keys(cat).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const got = cat[key]!;
      expect(got.message.trim(), `${locale}.${key}`).not.toBe('');
      expect(placeholdersIn(got.message), `${locale}.${key}`).toEqual(placeholdersIn(entry.message));
      expect(got.placeholders ?? {}, `${locale}.${key}`).toEqual(entry.placeholders ?? {});
    }
  });

  it('each catalogue names its own language as a tag Intl understands', () => {
    for (const locale of REQUIRED) {
      const tag = read(locale).ui_locale_tag!.message;
      expect(tag.toLowerCase().replace('-', '_')).toBe(locale.toLowerCase());
      expect(Intl.DateTimeFormat.supportedLocalesOf([tag])).toEqual([tag]);
    }
  });

  it('every English placeholder is declared, and every declared one is used', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(Object.keys(entry.placeholders ?? {}).sort(), key).toEqual(placeholdersIn(entry.message));
    }
  });

  it('every key is used by the code (literally, or through a run-time prefix such as options_mode_)', () => {
    const unused = Object.keys(en).filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !code.includes(`__MSG_${key}__`) && !dynamicPrefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
});
