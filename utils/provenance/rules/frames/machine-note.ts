import { unicodeRegExp } from '../compile';

/**
 * A machine-translation note need not name the page: translated sites say what they are by the caveat that comes with
 * machine translation ("La traduction automatique peut contenir des erreurs", "自動翻訳には誤りや不正確な部分が含まれる
 * 可能性があります", "자동 번역에는 오류나 부정확한 부분이 있을 수 있음") or by naming their language edition ("La versione in
 * lingua italiana … proviene da una traduzione automatica", "本コンテンツの日本語版は…自動翻訳で提供"). Either way the note
 * speaks of the text it sits on (README: Categories, ai-assisted). News about machine translation names others
 * ("Dataene … er maskinoversatt, og kan inneholde feil": the caveat belongs to a coordinated clause about other text).
 */

/** May, can, could in the 10 spaced languages (the caveat's modal). */
const MODAL = 'may|might|can|could|kann|können|könnte|könnten|peut|peuvent|pourrait|pourraient|puede|pueden|podría|podrían|può|possono|potrebbe|potrebbero|pode|podem|poderá|kan|kunnen|zou|kunne|kanske';
/** What the caveat warns of: errors, inaccuracies, imperfect wording. */
const ERROR =
  'errors?|inaccura\\p{L}*|mistakes?|imprecis\\p{L}*|(?:not|nicht|pas|no|non|não|niet|inte|ikke) (?:\\p{L}+ ){0,2}?(?:accurate|perfect|exact\\p{L}*|correct\\p{L}*|precis\\p{L}*|genau|fehlerfrei|parfait\\p{L}*|perfect[oa]|perfett[oa]|perfeit[oa]|nøyaktig|nøjagtig|korrekt\\p{L}*)|Fehler\\p{L}*|Ungenauigkeit\\p{L}*|ungenau\\p{L}*|erreurs?|inexactitud\\p{L}*|inexact\\p{L}*|errores|error|errore|errori|inesattezz\\p{L}*|erros?|impreciso\\p{L}*|fout\\p{L}*|onnauwkeurig\\p{L}*|fel(?:aktig\\p{L}*)?|felaktigheter|feil\\p{L}*|unøyaktig\\p{L}*|fejl\\p{L}*|unøjagtig\\p{L}*|oversættelsesfejl';
/** The caveat right after the machine-translation words, in the same clause: modal, then an error word. */
const CAVEAT_SPACED = `^[^.!?,;:()]{0,40}?\\b(?:${MODAL})\\b[^.!?;:()]{0,60}?\\b(?:${ERROR})(?![\\p{L}])`;
/** Japanese, Chinese, Korean: an error word, then "may" (可能性, 場合があります, 수 있). */
const CAVEAT_DENSE =
  '^[^。！？.!?]{0,20}?(?:誤り|誤訳|間違い|不正確|错误|錯誤|误差|不准确|不準確|偏差|오류|부정확|오역)[^。！？.!?]{0,30}?(?:可能|場合があ|ことがあ|수\\s*있|있을\\s*수)';

const LANGUAGES =
  'engl\\p{L}*|angl\\p{L}*|ingl\\p{L}*|deutsch\\p{L}*|german|allemand\\p{L}*|alem[aã]\\p{L}*|tedesc\\p{L}*|duits\\p{L}*|tysk\\p{L}*|fran[cç]\\p{L}*|french|franz[öo]s\\p{L}*|frans\\p{L}*|spanish|spanisch\\p{L}*|espagnol\\p{L}*|espa[ñn]\\p{L}*|spagnol\\p{L}*|spaans\\p{L}*|spansk\\p{L}*|italian\\p{L}*|italien\\p{L}*|italian[oa]|italiano|italiaans\\p{L}*|italiensk\\p{L}*|portug\\p{L}*|dutch|néerlandais\\p{L}*|holand[eé]s\\p{L}*|oland[eé]s\\p{L}*|nederlands\\p{L}*|niederländisch\\p{L}*|swedish|schwedisch\\p{L}*|suédois\\p{L}*|sueco|svedese|zweeds\\p{L}*|svensk\\p{L}*|norwegian|norwegisch\\p{L}*|norvégien\\p{L}*|noruego|norvegese|norueguês|noors\\p{L}*|norsk\\p{L}*|danish|dänisch\\p{L}*|danois\\p{L}*|danés|danese|dinamarquês|deens\\p{L}*|dansk\\p{L}*|chinese|chinesisch\\p{L}*|chinois\\p{L}*|chino|cinese|chinês|chinees\\p{L}*|kinesisk\\p{L}*|japanese|japanisch\\p{L}*|japonais\\p{L}*|japonés|giapponese|japonês|japans\\p{L}*|japansk\\p{L}*|korean|koreanisch\\p{L}*|coréen\\p{L}*|coreano|koreaans\\p{L}*|koreansk\\p{L}*';
const EDITION =
  'version\\p{L}*|edition\\p{L}*|translation|Fassung|Ausgabe|Übersetzung|édition|traduction|versión|edición|traducción|versione|edizione|traduzione|versão|edição|tradução|versie|editie|vertaling|utgåvan|översättningen|versjonen|utgaven|oversettelsen|udgaven|oversættelsen';
/**
 * The text's language edition: "the English version", "die deutsche Fassung", "la versione in lingua italiana", "la versión
 * en español", "de Nederlandse versie", "den svenska versionen", "el idioma español", "日本語版", "中文版", "한국어 버전".
 */
const EDITION_SPACED =
  `(?<![\\p{L}])(?:(?:${LANGUAGES})\\s+(?:${EDITION})|(?:${EDITION})\\s+(?:(?:in|en|em|na|em língua|in lingua|en langue|auf)\\s+)?(?:${LANGUAGES})|(?:idioma|lingua|língua|langue|Sprache)\\s+(?:${LANGUAGES}))(?![\\p{L}])`;
const EDITION_DENSE = '(?:日本語|中文|中国語|英語|韓国語|英文|한국어|영어|일본어|중국어)\\s*(?:版|訳|翻译版|翻訳版|버전|판|번역본)';

let spaced: { caveat: RegExp; edition: RegExp } | null = null;
let dense: { caveat: RegExp; edition: RegExp } | null = null;

/** The sentence's machine-translation frame (ending at `end`) is a note on this text: a caveat follows it, or the sentence names its language edition. */
export function machineNote(sentence: string, end: number, isDense: boolean): boolean {
  const r = isDense
    ? (dense ??= { caveat: unicodeRegExp(CAVEAT_DENSE, 'u'), edition: unicodeRegExp(EDITION_DENSE, 'u') })
    : (spaced ??= { caveat: unicodeRegExp(CAVEAT_SPACED, 'iu'), edition: unicodeRegExp(EDITION_SPACED, 'iu') });
  return r.caveat.test(sentence.slice(end)) || r.edition.test(sentence);
}
