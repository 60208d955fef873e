/**
 * Which outlets and feeds suit an article: same language first, the article's country before the
 * rest of that language, agencies and public broadcasters before other types. Reads only the outlet
 * list's language, country, type and host (and a feed's own language where the list gives one).
 */
import { outletTier } from './outlets';
import type { Outlet, OutletFeed } from './types';

/** Outlets publishing in `lang`, the article's country first, then by tier, list order breaking ties. */
export function outletsForLanguage(outlets: readonly Outlet[], lang: string, country?: string): Outlet[] {
  return outlets
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => o.langs.includes(lang))
    .sort((a, b) => Number(b.o.country === country) - Number(a.o.country === country) || outletTier(b.o) - outletTier(a.o) || a.i - b.i)
    .map(({ o }) => o);
}

/** Sections whose feeds carry the general news another outlet's story would be in. */
const GENERAL_SECTIONS = /^(?:top|news|home|main|latest|world|international|national|politics|all)$/i;

/** The feed of an outlet for an article in `lang`: one in that language when the list says which, else an
 * untagged one; among those, a general-news section before a specialist one (sport, culture…). */
export function feedForLanguage(feeds: readonly OutletFeed[], hostSuffix: string, lang: string): OutletFeed | undefined {
  const own = feeds.filter((f) => f.hostSuffix === hostSuffix);
  const meta = (f: OutletFeed) => f as OutletFeed & { lang?: string; section?: string };
  const general = (f: OutletFeed) => !meta(f).section || GENERAL_SECTIONS.test(meta(f).section!);
  const pick = (xs: OutletFeed[]) => xs.find(general) ?? xs[0];
  return pick(own.filter((f) => meta(f).lang === lang)) ?? pick(own.filter((f) => !meta(f).lang));
}

/** GDELT's names for languages (`sourcelang:`) and countries (`sourcecountry:`, spaces removed). */
export const GDELT_LANG: Record<string, string> = {
  en: 'english', de: 'german', fr: 'french', es: 'spanish', it: 'italian', pt: 'portuguese', nl: 'dutch', sv: 'swedish',
  da: 'danish', no: 'norwegian', nb: 'norwegian', fi: 'finnish', pl: 'polish', cs: 'czech', sk: 'slovak', hu: 'hungarian',
  ro: 'romanian', bg: 'bulgarian', el: 'greek', ru: 'russian', uk: 'ukrainian', tr: 'turkish', ar: 'arabic', fa: 'persian',
  he: 'hebrew', hi: 'hindi', bn: 'bengali', id: 'indonesian', ms: 'malay', vi: 'vietnamese', th: 'thai', ja: 'japanese',
  zh: 'chinese', ko: 'korean', lv: 'latvian', lt: 'lithuanian', et: 'estonian', sl: 'slovenian', hr: 'croatian', sr: 'serbian',
};

export const GDELT_COUNTRY: Record<string, string> = {
  US: 'unitedstates', GB: 'unitedkingdom', IE: 'ireland', CA: 'canada', AU: 'australia', NZ: 'newzealand', IN: 'india',
  ZA: 'southafrica', NG: 'nigeria', KE: 'kenya', DE: 'germany', AT: 'austria', CH: 'switzerland', FR: 'france', BE: 'belgium',
  ES: 'spain', MX: 'mexico', AR: 'argentina', CL: 'chile', CO: 'colombia', PE: 'peru', VE: 'venezuela', BO: 'bolivia',
  BR: 'brazil', PT: 'portugal', IT: 'italy', NL: 'netherlands', SE: 'sweden', NO: 'norway', DK: 'denmark', FI: 'finland',
  PL: 'poland', CZ: 'czechrepublic', SK: 'slovakia', HU: 'hungary', RO: 'romania', GR: 'greece', RU: 'russia', UA: 'ukraine',
  TR: 'turkey', EG: 'egypt', SA: 'saudiarabia', AE: 'unitedarabemirates', LB: 'lebanon', TN: 'tunisia', MA: 'morocco',
  IR: 'iran', IL: 'israel', PK: 'pakistan', ID: 'indonesia', VN: 'vietnam', TH: 'thailand', JP: 'japan', CN: 'china',
  TW: 'taiwan', HK: 'hongkong', KR: 'southkorea', LV: 'latvia', LT: 'lithuania', EE: 'estonia', PH: 'philippines', SG: 'singapore', MY: 'malaysia',
};
