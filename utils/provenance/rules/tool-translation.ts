import { unicodeRegExp } from './compile';

/**
 * A translation note names its tool: "some text passages were translated with the help of DeepL", "Google Translate
 * was used to translate the news release", "Traducción realizada con la versión gratuita del traductor DeepL.com",
 * DeepL's free-version watermark ("Translated with www.DeepL.com/Translator"). Whatever the subject's length, a passive
 * translation by a named machine-translation tool is machine translation (README: Categories, ai-assisted).
 */
const TOOL =
  '(?:www\\.)?DeepL(?:\\.com)?(?:/Translator)?|Google (?:Translate|Traduction|Traductor|Tradutor|Übersetzer|Vertalen|Oversæt|Översätt|Oversetter|翻译|翻訳|번역)|Traductor de Google|Microsoft Translator|Bing Translator|Papago|Yandex Translate|(?:Google )?Cloud Translation(?: API)?|WeChat Translat\\p{L}*|百度翻译|有道翻译';

const TRANSLATED =
  'translat\\p{L}*|übersetz\\p{L}*|Übersetzung|traduc\\p{L}*|tradu[zçi]\\p{L}*|tradott\\p{L}*|traduzion\\p{L}*|vertaa?l\\p{L}*|översatt\\p{L}*|översättning\\p{L}*|oversat\\p{L}*|oversett\\p{L}*|oversættelse|翻译|翻譯|翻訳|번역';

let re: RegExp | null = null;

const source = (): string =>
  `(?:${TRANSLATED})[^.!?。！？，、;；]{0,60}?\\b(?:${TOOL})(?![\\p{L}])` +
  // "Google Translate was used to translate…", "DeepL wurde für die Übersetzung verwendet"
  `|\\b(?:${TOOL})\\s+(?:was|were|has been|have been|wurde|wurden|fue|foi|a été|è stato|werd|blev|ble)\\s+(?:used|verwendet|genutzt|eingesetzt|utilizad[oa]|usad[oa]|utilisé|utilizzato|gebruikt|använd|brukt|brugt)\\b[^.!?]{0,30}?(?:${TRANSLATED})` +
  // German and Dutch put the participle last: "Einige Passagen wurden mit DeepL aus dem Englischen übersetzt".
  `|\\b(?:mit|mithilfe von|durch|met|door|med|via)\\s+(?:${TOOL})(?![\\p{L}])[^.!?]{0,40}?(?:${TRANSLATED})` +
  // …also with the tool as agent, named as such: "Sie wurde von der Software DeepL aus dem Englischen übersetzt".
  `|\\b(?:von|vom|van|av|af)\\s+(?:(?:der|dem|de|het|den|det)\\s+)?(?:Software|Programm|Dienst|Tool|KI|programma|dienst|tjänsten|tjenesten|værktøjet|verktøyet|verktyget)\\s+(?:${TOOL})(?![\\p{L}])[^.!?]{0,40}?(?:${TRANSLATED})` +
  // Chinese, Japanese, Korean name the tool first: "此页面由 Cloud Translation API 翻译", "Cloud Translation API를 통해 번역되었습니다".
  `|(?:${TOOL})(?![\\p{L}])[^.!?。！？]{0,10}?(?:翻译|翻譯|翻訳|번역)` +
  `|(?:www\\.)?DeepL\\.com/Translator`;

/** A comparison or a study of translation tools declares nothing about this text. */
const COMPARES = /(?<![\p{L}])(?:compar\p{L}*|vergleich\p{L}*|versus|vs\.?|than|als|que|che|dan|än|enn|end|study|studie|étude|estudio|studio|estudo|onderzoek)(?![\p{L}])|[?？]|比较|比較|相比|对比|對比|遠勝|远胜|より|比べ|비교|보다/iu;

/**
 * A review or comment labelled by the platform that translated it: "(Translated by Google)", "(Tradução do Google)",
 * "Oversat af Google:", "（由 Google 提供翻译）". Bare "Google" is a translator only as such a leading label, and the review
 * after it may compare what it likes ("besser als erwartet").
 */
const REVIEW_LABEL = (): string =>
  `^[\\s(（\\[]*(?:${TRANSLATED})\\s+(?:by|von|par|por|pelo|do|da|di|door|av|af|de|del)\\s+Google\\s*[)）\\]:：]` +
  `|^[\\s(（\\[]*(?:由\\s*)?Google\\s*(?:提供)?\\s*(?:による|에서|で)?\\s*(?:翻译|翻譯|翻訳|번역)(?:済み|됨)?\\s*[)）\\]:：]`;
let label: RegExp | null = null;

/** Where the sentence says a named tool translated it, or null. */
export function toolTranslation(sentence: string): { start: number; end: number } | null {
  label ??= unicodeRegExp(REVIEW_LABEL(), 'iu');
  const l = label.exec(sentence);
  if (l) return { start: l.index, end: l.index + l[0].length };
  re ??= unicodeRegExp(source(), 'iu');
  const m = re.exec(sentence);
  return m && !COMPARES.test(sentence) ? { start: m.index, end: m.index + m[0].length } : null;
}
