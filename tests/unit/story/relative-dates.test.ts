import { describe, expect, it } from 'vitest';
import { findRelativeDates, RELATIVE_DATE_LANGS } from '../../../utils/story/relative-dates';
import { read } from './recorded';

// Thursday 27 March 2025, the seed page's date.
const PAGE = '2025-03-27';
const dates = (text: string, lang?: string, page = PAGE) => findRelativeDates(text, page, lang).map((r) => [r.kind, r.date]);

describe('relative dates', () => {
  it('the seed page: its "on Monday" is 24 March, its dateline is no relative date', () => {
    const text = read('coverage/beijing-post-article.txt');
    const found = findRelativeDates(text, PAGE, 'en');
    expect(found.map((r) => [r.text, r.date])).toEqual([['Monday', '2025-03-24']]);
  });

  // One sentence per language: a weekday (Monday → 24 March), yesterday (26), last week (~20), N days ago.
  const CASES: [string, string, [string, string][]][] = [
    ['en', 'The ministry said on Monday, and again yesterday, that talks stalled last week; 3 days ago it wrote.', [['weekday', '2025-03-24'], ['yesterday', '2025-03-26'], ['last-week', '2025-03-20'], ['days-ago', '2025-03-24']]],
    ['de', 'Das Ministerium erklärte am Montag und gestern, die Gespräche seien letzte Woche gescheitert; vor 3 Tagen schrieb es.', [['weekday', '2025-03-24'], ['yesterday', '2025-03-26'], ['last-week', '2025-03-20'], ['days-ago', '2025-03-24']]],
    ['fr', "Le ministère a déclaré lundi, puis hier, que les discussions avaient échoué la semaine dernière ; il y a 3 jours il écrivait.", [['weekday', '2025-03-24'], ['yesterday', '2025-03-26'], ['last-week', '2025-03-20'], ['days-ago', '2025-03-24']]],
    ['es', 'El ministerio dijo el lunes, y ayer, que las conversaciones fracasaron la semana pasada; hace 3 días escribió.', [['weekday', '2025-03-24'], ['yesterday', '2025-03-26'], ['last-week', '2025-03-20'], ['days-ago', '2025-03-24']]],
    ['it', 'Il ministero ha detto lunedì, e ieri, che i colloqui erano falliti la settimana scorsa; 3 giorni fa scriveva.', [['weekday', '2025-03-24'], ['yesterday', '2025-03-26'], ['last-week', '2025-03-20'], ['days-ago', '2025-03-24']]],
    ['pt', 'O ministério disse na segunda-feira, e ontem, que as conversas falharam na semana passada; há 3 dias escreveu.', [['weekday', '2025-03-24'], ['yesterday', '2025-03-26'], ['last-week', '2025-03-20'], ['days-ago', '2025-03-24']]],
    ['nl', 'Het ministerie zei maandag, en gisteren, dat de gesprekken vorige week mislukten; 3 dagen geleden schreef het.', [['weekday', '2025-03-24'], ['yesterday', '2025-03-26'], ['last-week', '2025-03-20'], ['days-ago', '2025-03-24']]],
    ['sv', 'Ministeriet sade i måndags, och igår, att samtalen misslyckades förra veckan; för 3 dagar sedan skrev det.', [['weekday', '2025-03-24'], ['yesterday', '2025-03-26'], ['last-week', '2025-03-20'], ['days-ago', '2025-03-24']]],
    ['da', 'Ministeriet sagde mandag, og i går, at forhandlingerne slog fejl i sidste uge; for 3 dage siden skrev det.', [['weekday', '2025-03-24'], ['yesterday', '2025-03-26'], ['last-week', '2025-03-20'], ['days-ago', '2025-03-24']]],
    ['nb', 'Departementet sa mandag, og i går, at samtalene mislyktes forrige uke; for 3 dager siden skrev det.', [['weekday', '2025-03-24'], ['yesterday', '2025-03-26'], ['last-week', '2025-03-20'], ['days-ago', '2025-03-24']]],
    ['ja', '商務省は月曜日に、そして昨日も、交渉は先週決裂したと述べた。3日前にも書いた。', [['weekday', '2025-03-24'], ['yesterday', '2025-03-26'], ['last-week', '2025-03-20'], ['days-ago', '2025-03-24']]],
    ['zh', '商务部周一表示，昨天又说，谈判上周破裂。3天前它写道。', [['weekday', '2025-03-24'], ['yesterday', '2025-03-26'], ['last-week', '2025-03-20'], ['days-ago', '2025-03-24']]],
    ['ko', '상무부는 월요일에 그리고 어제, 협상이 지난주 결렬됐다고 밝혔다. 3일 전에도 썼다.', [['weekday', '2025-03-24'], ['yesterday', '2025-03-26'], ['last-week', '2025-03-20'], ['days-ago', '2025-03-24']]],
  ];

  it.each(CASES)('%s', (lang, text, expected) => {
    expect(dates(text, lang)).toEqual(expected);
  });

  it('covers the detector languages', () => {
    for (const lang of ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'no', 'ja', 'zh', 'ko']) expect(RELATIVE_DATE_LANGS).toContain(lang);
  });

  it('a region subtag and no language at all both work', () => {
    expect(dates('Am Montag sagte er es.', 'de-CH')).toEqual([['weekday', '2025-03-24']]);
    expect(dates('Am Montag sagte er es.')).toEqual([['weekday', '2025-03-24']]);
  });

  it("a page's own weekday is today, unless it says the last one", () => {
    expect(dates('on Thursday', 'en')).toEqual([['weekday', '2025-03-27']]);
    expect(dates('last Thursday', 'en')).toEqual([['weekday', '2025-03-20']]);
    expect(dates('i torsdags', 'sv')).toEqual([['weekday', '2025-03-20']]);
  });

  it('the page date is its own calendar day, whatever its time zone', () => {
    expect(dates('yesterday', 'en', '2025-03-27T01:00:00+08:00')).toEqual([['yesterday', '2025-03-26']]);
    expect(dates('yesterday', 'en', '2025-01-01')).toEqual([['yesterday', '2024-12-31']]);
  });

  it('reads words, not parts of words, nor another language in a tagged page', () => {
    expect(dates('La hierarchie des normes', 'fr')).toEqual([]);
    expect(dates('Il poggio di Montaggio', 'it')).toEqual([]);
    expect(dates('He said yesterday', 'fr')).toEqual([]);
  });

  it('written dates and implausible spans are left alone', () => {
    expect(dates('Monday, March 24, 2025', 'en')).toEqual([]);
    expect(dates('Montag, 24. März', 'de')).toEqual([]);
    expect(dates('400 days ago', 'en')).toEqual([]);
  });

  it('no usable page date, no resolution', () => {
    expect(findRelativeDates('yesterday', 'not a date', 'en')).toEqual([]);
    expect(findRelativeDates('', PAGE, 'en')).toEqual([]);
  });
});

describe('relative dates: names that are not dates', () => {
  it('feasts and sales named after a weekday are left alone', () => {
    expect(dates('the best Black Friday deals', 'en')).toEqual([]);
    expect(dates('On Good Friday and Cyber Monday', 'en')).toEqual([]);
    expect(dates('le Vendredi saint', 'fr')).toEqual([]);
    expect(dates('el Viernes Santo', 'es')).toEqual([]);
    expect(dates('Black Friday sales start on Thursday', 'en')).toEqual([['weekday', '2025-03-27']]);
  });
});
