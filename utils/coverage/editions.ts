/**
 * Google News editions (hl/gl/ceid) and how an article picks one: its language, then its region
 * (the language tag's region, else the site's country — from the outlet list or the address's
 * country domain), then its script (Chinese). The list is Google's "Language & region" menu.
 */

export interface GoogleEdition {
  hl: string;
  gl: string;
  ceid: string;
  /** Why this edition is not the article's own (no edition in that language): shown in reports. */
  note?: string;
}

/** ceid → hl, Google's edition list. */
const EDITIONS: Record<string, string> = {
  'US:en': 'en-US', 'GB:en': 'en-GB', 'IE:en': 'en-IE', 'CA:en': 'en-CA', 'AU:en': 'en-AU', 'NZ:en': 'en-NZ',
  'IN:en': 'en-IN', 'PK:en': 'en-PK', 'SG:en': 'en-SG', 'MY:en': 'en-MY', 'PH:en': 'en-PH', 'ID:en': 'en-ID',
  'ZA:en': 'en-ZA', 'NG:en': 'en-NG', 'KE:en': 'en-KE', 'GH:en': 'en-GH', 'UG:en': 'en-UG', 'TZ:en': 'en-TZ',
  'ET:en': 'en-ET', 'ZW:en': 'en-ZW', 'NA:en': 'en-NA', 'BW:en': 'en-BW', 'IL:en': 'en-IL',
  'US:es-419': 'es-419', 'MX:es-419': 'es-419', 'AR:es-419': 'es-419', 'CL:es-419': 'es-419', 'CO:es-419': 'es-419',
  'PE:es-419': 'es-419', 'VE:es-419': 'es-419', 'CU:es-419': 'es-419', 'ES:es': 'es',
  'CA:fr': 'fr-CA', 'FR:fr': 'fr', 'BE:fr': 'fr', 'CH:fr': 'fr', 'MA:fr': 'fr', 'SN:fr': 'fr',
  'DE:de': 'de', 'AT:de': 'de', 'CH:de': 'de', 'IT:it': 'it', 'NL:nl': 'nl', 'BE:nl': 'nl',
  'BR:pt-419': 'pt-BR', 'PT:pt-150': 'pt-PT',
  'SE:sv': 'sv', 'NO:no': 'no', 'FI:fi': 'fi-FI', 'PL:pl': 'pl', 'CZ:cs': 'cs', 'SK:sk': 'sk', 'HU:hu': 'hu',
  'RO:ro': 'ro', 'BG:bg': 'bg', 'GR:el': 'el', 'SI:sl': 'sl', 'RS:sr': 'sr', 'LT:lt': 'lt', 'LV:lv': 'lv', 'EE:et': 'et-EE',
  'UA:uk': 'uk', 'UA:ru': 'ru', 'RU:ru': 'ru', 'TR:tr': 'tr', 'IL:he': 'he',
  'EG:ar': 'ar', 'SA:ar': 'ar', 'AE:ar': 'ar', 'LB:ar': 'ar',
  'IN:hi': 'hi', 'IN:bn': 'bn', 'BD:bn': 'bn', 'IN:mr': 'mr', 'IN:ta': 'ta', 'IN:te': 'te', 'IN:ml': 'ml', 'IN:gu': 'gu-IN',
  'MY:ms': 'ms-MY', 'ID:id': 'id', 'VN:vi': 'vi', 'TH:th': 'th',
  'CN:zh-Hans': 'zh-CN', 'TW:zh-Hant': 'zh-TW', 'HK:zh-Hant': 'zh-HK', 'JP:ja': 'ja', 'KR:ko': 'ko',
};

/** The edition a language falls back to when its region has none of its own. */
const MAIN: Record<string, string> = {
  en: 'US:en', de: 'DE:de', fr: 'FR:fr', it: 'IT:it', nl: 'NL:nl', sv: 'SE:sv', no: 'NO:no', fi: 'FI:fi', pl: 'PL:pl',
  cs: 'CZ:cs', sk: 'SK:sk', hu: 'HU:hu', ro: 'RO:ro', bg: 'BG:bg', el: 'GR:el', sl: 'SI:sl', sr: 'RS:sr', lt: 'LT:lt',
  lv: 'LV:lv', et: 'EE:et', uk: 'UA:uk', ru: 'RU:ru', tr: 'TR:tr', he: 'IL:he', ar: 'EG:ar', hi: 'IN:hi', bn: 'BD:bn',
  mr: 'IN:mr', ta: 'IN:ta', te: 'IN:te', ml: 'IN:ml', gu: 'IN:gu', ms: 'MY:ms', id: 'ID:id', vi: 'VN:vi', th: 'TH:th',
  ja: 'JP:ja', ko: 'KR:ko', pt: 'BR:pt-419',
};

/** Spanish outside Spain: Latin America's editions, the US Spanish one for countries without their own. */
const LATAM = new Set(['MX', 'AR', 'CL', 'CO', 'PE', 'VE', 'CU', 'BO', 'EC', 'UY', 'PY', 'GT', 'HN', 'SV', 'NI', 'CR', 'PA', 'DO', 'PR', 'US']);

/** Country-code domains whose label is not the ISO code. */
const TLD_COUNTRY: Record<string, string> = { uk: 'GB' };
const GENERIC_TLDS = new Set(['com', 'org', 'net', 'info', 'eu', 'io', 'co', 'tv', 'me', 'news', 'app', 'int', 'example', 'invalid', 'test', 'localhost']);

/** The site's country from its address: `lemonde.fr` → FR, `bbc.co.uk` → GB, `.com` → undefined. */
export function countryFromHost(host: string | undefined): string | undefined {
  const labels = (host ?? '').toLowerCase().replace(/\.$/, '').split('.');
  const tld = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || GENERIC_TLDS.has(tld) || !/^[a-z]{2}$/.test(tld)) return undefined;
  return TLD_COUNTRY[tld] ?? tld.toUpperCase();
}

function edition(ceid: string, note?: string): GoogleEdition {
  return { hl: EDITIONS[ceid]!, gl: ceid.split(':')[0]!, ceid, ...(note ? { note } : {}) };
}

const HANT_ONLY = /[這個們為來說對時會從後於過還點開關與體國學當產發經東書現實與區]/u;
const HANS_ONLY = /[这个们为来说对时会从后于过还点开关与体国学当产发经东书现实与区]/u;

/** Traditional or simplified: the tag's script or region when it says, else the characters. */
function chineseScript(tag: string, region: string | undefined, sample: string): 'Hant' | 'Hans' {
  if (/hant/i.test(tag) || ['TW', 'HK', 'MO'].includes(region ?? '')) return 'Hant';
  if (/hans/i.test(tag) || ['CN', 'SG', 'MY'].includes(region ?? '')) return 'Hans';
  const t = [...sample.matchAll(new RegExp(HANT_ONLY.source, 'gu'))].length;
  const s = [...sample.matchAll(new RegExp(HANS_ONLY.source, 'gu'))].length;
  return t > s ? 'Hant' : 'Hans';
}

export interface EditionInput {
  /** The page's language tag as written (`en-GB`, `zh-Hant-TW`, `es`). */
  langTag?: string;
  /** Primary language when the tag is missing (detected from the text). */
  lang: string;
  /** The site's country when known (outlet list), ISO 3166 alpha-2. */
  siteCountry?: string;
  /** The page's host, for its country domain. */
  host?: string;
  /** Some of the article's text, to tell Chinese scripts apart. */
  sample?: string;
}

export function pickEdition(input: EditionInput): GoogleEdition {
  const parts = (input.langTag ?? '').replace(/_/g, '-').split('-');
  let lang = (/^[a-z]{2,3}$/i.test(parts[0] ?? '') ? parts[0]!.toLowerCase() : input.lang) || 'en';
  if (lang === 'nb' || lang === 'nn') lang = 'no';
  if (lang === 'iw') lang = 'he';
  if (lang === 'in') lang = 'id';
  if (lang === 'und') lang = 'en';
  const tagRegion = parts.slice(1).find((p) => /^[A-Za-z]{2}$/.test(p))?.toUpperCase();
  const region = tagRegion ?? input.siteCountry?.toUpperCase() ?? countryFromHost(input.host);

  if (lang === 'zh') {
    if (region === 'HK') return edition('HK:zh-Hant');
    return chineseScript(input.langTag ?? '', region, input.sample ?? '') === 'Hant' ? edition('TW:zh-Hant') : edition('CN:zh-Hans');
  }
  if (lang === 'es') {
    if (region && EDITIONS[`${region}:es-419`]) return edition(`${region}:es-419`);
    if (region === 'ES') return edition('ES:es');
    // Most Spanish-language newsrooms are in the Americas: without a region, the Latin American edition.
    if (!region || LATAM.has(region)) return edition('US:es-419');
  }
  if (lang === 'pt') return region === 'PT' || region === 'AO' || region === 'MZ' ? edition('PT:pt-150') : edition('BR:pt-419');
  if (region) {
    const own = Object.keys(EDITIONS).find((c) => c.startsWith(`${region}:`) && c.split(':')[1]!.split('-')[0] === lang);
    if (own) return edition(own);
  }
  if (lang === 'es') return edition('ES:es');
  const main = MAIN[lang];
  if (main) return edition(main);
  return edition('US:en', `Google News has no edition in this language (${lang}); searching the US English edition`);
}
