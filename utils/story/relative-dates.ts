/**
 * Relative dates in a page's text ("on Monday", "yesterday", "last week", "three days ago") resolved
 * against the page's own date, in the detector's 13 languages. A page that retells a January story
 * under a March date and says "on Monday" puts the story in March: that is what the staleness check
 * looks for. News writing uses a weekday for the last seven days, so a weekday resolves to the most
 * recent such day on or before the page's date ("last Monday": strictly before).
 */
import { calendarDay, isoDay, weekday } from './days';

export type RelativeKind = 'today' | 'yesterday' | 'weekday' | 'last-week' | 'days-ago';

export interface RelativeDate {
  /** The words as the page wrote them. */
  text: string;
  kind: RelativeKind;
  lang: string;
  /** The day it names, `YYYY-MM-DD` (for "last week": seven days before the page's date). */
  date: string;
  /** True when the phrase names a span ("last week"), not one day. */
  approximate: boolean;
  /** Where it starts in the text. */
  index: number;
}

interface Lexicon {
  /** Sunday first (index = JavaScript's getUTCDay()); each entry an alternation. */
  weekdays: [string, string, string, string, string, string, string];
  /** Words before a weekday that make it "the one before this week's" (`last`). */
  last?: string;
  today: string;
  yesterday: string;
  lastWeek: string;
  /** `N` stands for the number. */
  daysAgo: string;
  /** No word boundaries (CJK). */
  unspaced?: boolean;
}

const LEXICONS: Record<string, Lexicon> = {
  en: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    last: 'last',
    today: 'today',
    yesterday: 'yesterday',
    lastWeek: 'last week',
    daysAgo: 'N days ago',
  },
  de: {
    weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag|Sonnabend'],
    last: 'letzten|vergangenen|vorigen',
    today: 'heute',
    yesterday: 'gestern',
    lastWeek: '(?:letzte|vergangene|vorige)n? Woche',
    daysAgo: 'vor N Tagen',
  },
  fr: {
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    today: "aujourd['’]hui",
    yesterday: 'hier',
    lastWeek: 'la semaine (?:dernière|passée)',
    daysAgo: 'il y a N jours',
  },
  es: {
    weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    last: 'el pasado',
    today: 'hoy',
    yesterday: 'ayer',
    lastWeek: 'la semana pasada',
    daysAgo: 'hace N días',
  },
  it: {
    weekdays: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
    today: 'oggi',
    yesterday: 'ieri',
    lastWeek: 'la settimana scorsa',
    daysAgo: 'N giorni fa',
  },
  pt: {
    weekdays: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
    last: 'no último|na última',
    today: 'hoje',
    yesterday: 'ontem',
    lastWeek: 'na semana passada',
    daysAgo: 'há N dias',
  },
  nl: {
    weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    last: 'afgelopen|vorige',
    today: 'vandaag',
    yesterday: 'gisteren',
    lastWeek: '(?:vorige|afgelopen) week',
    daysAgo: 'N dagen geleden',
  },
  sv: {
    // "i måndags" is last Monday; the -s form is matched with the base word.
    weekdays: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
    today: 'i ?dag',
    yesterday: 'i ?går',
    lastWeek: 'förra veckan',
    daysAgo: 'för N dagar sedan',
  },
  da: {
    weekdays: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
    last: 'sidste',
    today: 'i dag',
    yesterday: 'i går',
    lastWeek: '(?:i )?sidste uge',
    daysAgo: 'for N dage siden',
  },
  nb: {
    weekdays: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
    last: 'sist|forrige',
    today: 'i dag',
    yesterday: 'i går',
    lastWeek: '(?:forrige|sist) uke',
    daysAgo: 'for N dager siden',
  },
  ja: {
    weekdays: ['日曜日?', '月曜日?', '火曜日?', '水曜日?', '木曜日?', '金曜日?', '土曜日?'],
    last: '先週の?',
    today: '今日|本日',
    yesterday: '昨日',
    lastWeek: '先週(?!の?[日月火水木金土]曜)',
    daysAgo: 'N日前',
    unspaced: true,
  },
  zh: {
    weekdays: ['(?:星期|周|礼拜|禮拜)[日天]', '(?:星期|周|礼拜|禮拜)一', '(?:星期|周|礼拜|禮拜)二', '(?:星期|周|礼拜|禮拜)三', '(?:星期|周|礼拜|禮拜)四', '(?:星期|周|礼拜|禮拜)五', '(?:星期|周|礼拜|禮拜)六'],
    last: '上',
    today: '今天|今日',
    yesterday: '昨天|昨日',
    lastWeek: '上(?:周|星期|个星期|個星期|礼拜|禮拜)(?![一二三四五六日天])',
    daysAgo: 'N天前',
    unspaced: true,
  },
  ko: {
    weekdays: ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'],
    last: '지난',
    today: '오늘',
    yesterday: '어제',
    lastWeek: '지난주|지난 주',
    daysAgo: 'N일 ?전',
    unspaced: true,
  },
};
// Norwegian pages are tagged `no` as often as `nb`; Nynorsk spells these words the same way.
LEXICONS['no'] = LEXICONS['nb']!;
LEXICONS['nn'] = LEXICONS['nb']!;

export const RELATIVE_DATE_LANGS = Object.keys(LEXICONS);

interface Rule {
  re: RegExp;
  lang: string;
  resolve: (m: RegExpExecArray, page: number) => { day: number; kind: RelativeKind; approximate: boolean } | undefined;
}

const MAX_DAYS_AGO = 60;
/** Days with names of their own: a weekday after or before these words is a feast or a sale, not a date. */
const NAMED_DAY_BEFORE = /(?:black|cyber|good|super|ash|holy|maundy|easter|palm|blue|giving|goede|stille)\s+$/i;
const NAMED_DAY_AFTER = /^\s+(?:saint|sainte|santo|santa|gras)(?![\p{L}])/iu;
/** A weekday followed by a day number or a month and day: a written date. */
const WRITTEN_DATE_AFTER = /^\s*,?\s*(?:\d{1,4}(?!\p{L})|\p{L}{3,}\.?\s+\d{1,2}(?!\p{L})|\d{1,2}\s*日)/u;

function compile(lang: string, lx: Lexicon): Rule[] {
  // Letters on either side mean another word (`hier` in `hierarchy`, `oggi` in `poggio`).
  const [pre, post] = lx.unspaced ? ['', ''] : ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])'];
  const make = (body: string) => new RegExp(`${pre}(?:${body})${post}`, 'giu');
  const rules: Rule[] = [];
  const weekdayAlt = lx.weekdays.map((w, i) => `(?<d${i}>${w})`).join('|');
  const lastPart = lx.last ? `(?<last>(?:${lx.last})\\s*)?` : '';
  rules.push({
    re: make(`${lastPart}(?:${weekdayAlt})${lang === 'sv' || lang === 'da' ? 's?' : ''}`),
    lang,
    resolve: (m, page) => {
      const target = lx.weekdays.findIndex((_, i) => m.groups?.[`d${i}`] !== undefined);
      if (target < 0) return undefined;
      let back = (weekday(page) - target + 7) % 7;
      // Swedish and Danish "i måndags" / "i mandags" mean the last one, as "last" does.
      const last = !!m.groups?.['last'] || /s$/i.test(m[0]!) ;
      if (back === 0 && last) back = 7;
      return { day: page - back, kind: 'weekday', approximate: false };
    },
  });
  rules.push({ re: make(lx.today), lang, resolve: (_m, page) => ({ day: page, kind: 'today', approximate: false }) });
  rules.push({ re: make(lx.yesterday), lang, resolve: (_m, page) => ({ day: page - 1, kind: 'yesterday', approximate: false }) });
  rules.push({ re: make(lx.lastWeek), lang, resolve: (_m, page) => ({ day: page - 7, kind: 'last-week', approximate: true }) });
  rules.push({
    re: make(lx.daysAgo.replace('N', '(?<n>\\d{1,3})\\s*')),
    lang,
    resolve: (m, page) => {
      const n = Number(m.groups?.['n']);
      return n >= 1 && n <= MAX_DAYS_AGO ? { day: page - n, kind: 'days-ago', approximate: false } : undefined;
    },
  });
  return rules;
}

const compiled = new Map<string, Rule[]>();
function rulesFor(lang: string): Rule[] {
  let rules = compiled.get(lang);
  if (!rules) compiled.set(lang, (rules = compile(lang, LEXICONS[lang]!)));
  return rules;
}

/** The primary subtag if it is one of ours (`de-CH` → `de`), else undefined. */
function ourLang(lang: string | undefined): string | undefined {
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  return primary && primary in LEXICONS ? primary : undefined;
}

/**
 * Relative dates in `text`, resolved against `pageDate` (an ISO date or date-time: its calendar day).
 * With a known `lang` only that language's words are read (English words in a French page are not
 * French dates); without one, every language's. Overlapping matches keep the longer one.
 */
export function findRelativeDates(text: string, pageDate: string, lang?: string): RelativeDate[] {
  const page = calendarDay(pageDate);
  if (page === undefined || !text) return [];
  const own = ourLang(lang);
  const langs = own ? [own] : Object.keys(LEXICONS).filter((l) => l !== 'no' && l !== 'nn');
  const found: RelativeDate[] = [];
  const slice = text.slice(0, 50_000);
  for (const l of langs) {
    for (const rule of rulesFor(l)) {
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
        const r = rule.resolve(m, page);
        if (r?.kind === 'weekday') {
          const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 24);
          // "Thursday, Mar 27, 2025" is a dateline, not a relative date; "Black Friday" is a name.
          if (WRITTEN_DATE_AFTER.test(after) || NAMED_DAY_BEFORE.test(slice.slice(Math.max(0, m.index - 12), m.index)) || NAMED_DAY_AFTER.test(after)) continue;
        }
        if (r) found.push({ text: m[0]!.trim(), kind: r.kind, lang: l, date: isoDay(r.day), approximate: r.approximate, index: m.index });
      }
    }
  }
  found.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: RelativeDate[] = [];
  let end = -1;
  for (const f of found) {
    if (f.index < end) continue;
    kept.push(f);
    end = f.index + f.text.length;
  }
  return kept;
}
