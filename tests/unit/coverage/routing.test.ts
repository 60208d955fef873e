import { describe, expect, it } from 'vitest';
import { countryFromHost, pickEdition } from '../../../utils/coverage/editions';
import { feedForLanguage, outletsForLanguage } from '../../../utils/coverage/outlet-select';
import { selectFeeds } from '../../../utils/coverage/providers/feeds';
import type { Outlet, OutletFeed } from '../../../utils/coverage/types';

describe('Google News edition', () => {
  const ed = (langTag: string | undefined, lang: string, host?: string, sample?: string) => pickEdition({ langTag, lang, host, sample }).ceid;

  it('takes the region from the tag, else from the site', () => {
    expect(ed('en-GB', 'en')).toBe('GB:en');
    expect(ed('en', 'en', 'www.abc.net.au')).toBe('AU:en');
    expect(ed('en', 'en', 'www.nytimes.com')).toBe('US:en');
    expect(ed('de', 'de', 'orf.at')).toBe('AT:de');
    expect(ed('fr', 'fr', 'www.rtbf.be')).toBe('BE:fr');
  });

  it('sends Spanish to Spain or to Latin America, never to US English', () => {
    expect(ed('es', 'es', 'www.ultimahora.es')).toBe('ES:es');
    expect(ed('es', 'es', 'www.cooperativa.cl')).toBe('CL:es-419');
    expect(ed('es-AR', 'es')).toBe('AR:es-419');
    expect(ed('es', 'es', 'www.lostiempos.com')).toBe('US:es-419');
    expect(ed('es', 'es', 'x.bo')).toBe('US:es-419');
  });

  it('tells Chinese scripts apart', () => {
    expect(ed('zh-Hans', 'zh')).toBe('CN:zh-Hans');
    expect(ed('zh-TW', 'zh')).toBe('TW:zh-Hant');
    expect(ed('zh', 'zh', 'x.hk')).toBe('HK:zh-Hant');
    expect(ed(undefined, 'zh', undefined, '這個國家的經濟發展')).toBe('TW:zh-Hant');
    expect(ed(undefined, 'zh', undefined, '这个国家的经济发展')).toBe('CN:zh-Hans');
  });

  it('has an edition for every detection language and the routing ones, and says so where Google has none', () => {
    const want: Record<string, string> = {
      en: 'US:en', de: 'DE:de', fr: 'FR:fr', es: 'US:es-419', it: 'IT:it', pt: 'BR:pt-419', nl: 'NL:nl', sv: 'SE:sv', nb: 'NO:no', ja: 'JP:ja', ko: 'KR:ko',
      ar: 'EG:ar', ru: 'RU:ru', uk: 'UA:uk', tr: 'TR:tr', pl: 'PL:pl', cs: 'CZ:cs', hi: 'IN:hi', id: 'ID:id', vi: 'VN:vi', th: 'TH:th',
    };
    for (const [lang, ceid] of Object.entries(want)) {
      const e = pickEdition({ langTag: lang, lang });
      expect(e.ceid, lang).toBe(ceid);
      expect(e.gl).toBe(ceid.split(':')[0]);
      expect(e.note).toBeUndefined();
    }
    for (const lang of ['da', 'fa']) expect(pickEdition({ langTag: lang, lang }).note).toMatch(/no edition in this language/);
  });

  it('reads country domains, not generic ones', () => {
    expect(countryFromHost('www.bbc.co.uk')).toBe('GB');
    expect(countryFromHost('lemonde.fr')).toBe('FR');
    expect(countryFromHost('example.com')).toBeUndefined();
    expect(countryFromHost('')).toBeUndefined();
  });
});

describe('outlets and feeds by language', () => {
  const o = (hostSuffix: string, country: string, langs: string[], type: Outlet['type'] = 'newspaper'): Outlet => ({ hostSuffix, name: hostSuffix, country, langs, type, pc1: null, review: false });
  const outlets = [o('dw.com', 'DE', ['en', 'de', 'es'], 'intl_broadcaster'), o('faz.net', 'DE', ['de']), o('orf.at', 'AT', ['de'], 'psb'), o('bbc.co.uk', 'GB', ['en'], 'psb')];
  const feeds = [
    { hostSuffix: 'dw.com', kind: 'rss', url: 'https://rss.dw.com/rdf/rss-en-all', status: 'valid', lang: 'en' },
    { hostSuffix: 'dw.com', kind: 'rss', url: 'https://rss.dw.com/rdf/rss-de-all', status: 'valid', lang: 'de' },
    { hostSuffix: 'faz.net', kind: 'rss', url: 'https://www.faz.net/rss/aktuell/', status: 'valid' },
    { hostSuffix: 'orf.at', kind: 'rss', url: 'https://rss.orf.at/news.xml', status: 'valid' },
    { hostSuffix: 'bbc.co.uk', kind: 'rss', url: 'https://feeds.bbci.co.uk/news/rss.xml', status: 'valid' },
  ] as unknown as OutletFeed[];

  it('puts the article country first, then tier', () => {
    expect(outletsForLanguage(outlets, 'de', 'AT').map((x) => x.hostSuffix)).toEqual(['orf.at', 'dw.com', 'faz.net']);
    expect(outletsForLanguage(outlets, 'de').map((x) => x.hostSuffix)).toEqual(['orf.at', 'dw.com', 'faz.net']);
  });

  it("reads a multilingual outlet's feed in the article's language", () => {
    expect(feedForLanguage(feeds, 'dw.com', 'de')?.url).toMatch(/rss-de-all/);
    expect(feedForLanguage(feeds, 'dw.com', 'en')?.url).toMatch(/rss-en-all/);
    expect(feedForLanguage(feeds, 'dw.com', 'fr')).toBeUndefined();
    const de = selectFeeds(feeds, outlets, 'de', { maxFeeds: 3 }).map((f) => f.url);
    expect(de[0]).toMatch(/rss-de-all/);
    expect(de).not.toContain('https://rss.dw.com/rdf/rss-en-all');
  });

  it('prefers a general-news section to a specialist one', () => {
    const sectioned = [
      { hostSuffix: 'bbc.co.uk', kind: 'rss', url: 'https://feeds.bbci.co.uk/sport/rss.xml', status: 'valid', lang: 'en', section: 'sport' },
      { hostSuffix: 'bbc.co.uk', kind: 'rss', url: 'https://feeds.bbci.co.uk/news/world/rss.xml', status: 'valid', lang: 'en', section: 'world' },
    ] as unknown as OutletFeed[];
    expect(feedForLanguage(sectioned, 'bbc.co.uk', 'en')?.url).toMatch(/news\/world/);
    expect(feedForLanguage(sectioned.slice(0, 1), 'bbc.co.uk', 'en')?.url).toMatch(/sport/);
  });
});
