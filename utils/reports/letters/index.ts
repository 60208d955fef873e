import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nb } from './nb';
import { nl } from './nl';
import { pt } from './pt';
import { sv } from './sv';
import type { LetterStrings } from './types';
import { zh } from './zh';

export type { LetterStrings } from './types';

/** The detector's languages, each with a letter template. */
export const LETTER_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'ja', 'zh', 'ko'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

const LETTERS: Record<LetterLanguage, LetterStrings> = { en, de, fr, es, it, pt, nl, sv, da, nb, ja, zh, ko };

export function isLetterLanguage(value: unknown): value is LetterLanguage {
  return typeof value === 'string' && (LETTER_LANGUAGES as readonly string[]).includes(value);
}

/** Norwegian pages often say `no` or `nn`; both get the Bokmål letter, the written standard most outlets use. */
const ALIASES: Record<string, LetterLanguage> = { no: 'nb', nn: 'nb' };

/**
 * The letter language for a page language (`de-CH`, `pt_BR`, `zh-Hans`…), or undefined when
 * there is no template for it.
 */
export function letterLanguageFor(pageLang: string | undefined): LetterLanguage | undefined {
  const primary = pageLang?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const lang = ALIASES[primary] ?? primary;
  return isLetterLanguage(lang) ? lang : undefined;
}

export function letterStrings(lang: LetterLanguage): LetterStrings {
  return LETTERS[lang];
}

/** The language's own name for itself, for the reader's language switch. */
export function letterLanguageName(lang: LetterLanguage): string {
  const name = safeDisplayName(LETTERS[lang].locale, lang);
  return name ? name.charAt(0).toLocaleUpperCase(LETTERS[lang].locale) + name.slice(1) : lang;
}

function safeDisplayName(locale: string, lang: string): string | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(lang);
  } catch {
    return undefined;
  }
}
