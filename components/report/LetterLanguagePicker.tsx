import { t } from '@/utils/browser/i18n';
import { LETTER_LANGUAGES, isLetterLanguage, letterLanguageName, type LetterLanguage } from '@/utils/reports';

/** The letter's language, each named in itself; it starts as the article's. */
export function LetterLanguagePicker({ value, onChange }: { value: LetterLanguage; onChange: (lang: LetterLanguage) => void }) {
  return (
    <p class="pl-letter-lang">
      <label for="report-letter-lang">{t('report_letter_language')}</label>{' '}
      <select
        id="report-letter-lang"
        data-testid="letter-language"
        value={value}
        onChange={(e) => {
          const lang = (e.currentTarget as HTMLSelectElement).value;
          if (isLetterLanguage(lang)) onChange(lang);
        }}
      >
        {LETTER_LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {letterLanguageName(lang)}
          </option>
        ))}
      </select>
    </p>
  );
}
