import { describe, expect, it } from 'vitest';
import { composeReport, letterLanguageOf } from '../../../utils/reports/compose';
import { LETTER_LANGUAGES, letterLanguageFor, letterLanguageName, letterStrings } from '../../../utils/reports/letters';
import { letterDate } from '../../../utils/reports/letters/date';
import { newReport } from '../../../utils/reports/create';
import { seed, seedReport } from './helpers';

const RULE_ID = /\b(?:disclosure|marker|meta|leak|listed|chatbot)\.[a-z]{2,3}\.[\w-]+/;

describe('report letters', () => {
  it.each(LETTER_LANGUAGES)('%s: the whole report in that language, no rule id, the date written its way', (lang) => {
    const report = seedReport({ letterLang: lang, reporter: { name: 'Ada Reader' } });
    const s = letterStrings(lang);
    const { subject, body } = composeReport(report);
    expect(subject).toContain(seed.headline);
    expect(subject.startsWith(s.subject.split('{')[0]!)).toBe(true);
    for (const sentence of [s.intro, s.closing, s.footer, s.verdicts['ai-generated']]) expect(body).toContain(sentence);
    expect(body.toLocaleLowerCase(s.locale)).toContain(s.evidence['disclosure-text'].toLocaleLowerCase(s.locale));
    expect(body).toContain(s.greetingSite.replace('{site}', seed.siteName));
    expect(body).toContain(`${s.open}${seed.quote}${s.close}`);
    expect(body).toContain(seed.disclaimer);
    expect(body).toContain(report.correction);
    expect(body).toContain('Ada Reader');
    expect(body).not.toMatch(RULE_ID);
    expect(body).not.toContain('[disclosure');
    // The seed was published on 2025-03-27: the letter writes that day in its own format only.
    const date = letterDate(seed.publishedAt, s.locale);
    expect(body).toContain(date);
    expect(body).not.toContain(seed.publishedAt);
    expect(date).toMatch(/27/);
    expect(date).toMatch(/2025/);
  });

  it('no two languages share an intro, and every template fills every field', () => {
    const intros = new Set(LETTER_LANGUAGES.map((l) => letterStrings(l).intro));
    expect(intros.size).toBe(LETTER_LANGUAGES.length);
    for (const lang of LETTER_LANGUAGES) {
      for (const [key, value] of Object.entries(letterStrings(lang))) {
        if (typeof value === 'string') expect(value.trim(), `${lang}.${key}`).not.toBe('');
      }
      expect(letterStrings(lang).subject).toContain('{headline}');
      expect(letterStrings(lang).subjectNoHeadline).toContain('{site}');
    }
  });

  it('a German article gets a German letter without being asked', () => {
    const report = newReport({
      id: 'de-1',
      now: '2026-11-28T10:00:00.000Z',
      article: { url: 'https://taz.de/artikel', headline: 'Siemens baut Stellen ab', siteName: 'taz', publishedAt: '2025-01-13T22:30:00+01:00', lang: 'de-DE' },
      quote: 'Siemens streicht 5.000 Stellen.',
    });
    expect(letterLanguageOf(report)).toBe('de');
    const { subject, body } = composeReport({ ...report, correction: 'Es sind 2.500 Stellen.' });
    expect(subject).toBe('Korrekturhinweis: Siemens baut Stellen ab');
    expect(body.startsWith('Sehr geehrte Redaktion von taz,\n\nich möchte Sie')).toBe(true);
    expect(body).toContain('Veröffentlicht am: 13. Januar 2025');
    expect(body).toContain('„Siemens streicht 5.000 Stellen.“');
    expect(body).toContain('Mit freundlichen Grüßen');
    expect(body).not.toContain('Hello');
  });

  it('the reader’s choice wins over the article’s language', () => {
    const report = seedReport({ article: { ...seedReport().article, lang: 'de' }, letterLang: 'fr' });
    expect(composeReport(report).subject.startsWith('Demande de correction\u00a0:')).toBe(true);
  });

  it('maps page languages to templates', () => {
    expect(letterLanguageFor('de-CH')).toBe('de');
    expect(letterLanguageFor('pt_BR')).toBe('pt');
    expect(letterLanguageFor('zh-Hans-CN')).toBe('zh');
    expect(letterLanguageFor('no')).toBe('nb');
    expect(letterLanguageFor('EN')).toBe('en');
    expect(letterLanguageFor('ru')).toBeUndefined();
    expect(letterLanguageFor(undefined)).toBeUndefined();
    expect(letterLanguageOf({ article: { url: 'https://x.example/', lang: 'ru' } })).toBe('en');
  });

  it('dates: the publisher’s calendar day, each language’s format, garbage passed through', () => {
    expect(letterDate('2025-01-13', 'en-GB')).toBe('13 January 2025');
    expect(letterDate('2025-01-13T23:30:00-08:00', 'de-DE')).toBe('13. Januar 2025');
    expect(letterDate('2025-01-13', 'ja-JP')).toBe('2025年1月13日');
    expect(letterDate('2025-02-30', 'en-GB')).toBe('2025-02-30');
    expect(letterDate('yesterday', 'fr-FR')).toBe('yesterday');
  });

  it('names each language in itself', () => {
    expect(letterLanguageName('de')).toBe('Deutsch');
    expect(letterLanguageName('fr')).toBe('Français');
    expect(letterLanguageName('ja')).toBe('日本語');
  });
});
