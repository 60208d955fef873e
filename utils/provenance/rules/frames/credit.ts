import { unicodeRegExp } from '../compile';
import { NAMED_PRODUCT, capitalisedName } from './lexicons';

/**
 * A label that credits a named AI product as its source, with no verb: "Titelbild via ChatGPT", "Beskrivelse fra
 * ChatGPT", "Illustration made in Firefly", "Een kerstverhaal dankzij ChatGPT", "以下回答来自ChatGPT 3.5". In a short
 * note or a note zone (a caption, a byline, a summary box) the preposition before the product's name says where the
 * text or picture came from; in prose the same words are about the product ("a lawsuit from OpenAI"), so the words
 * are counted tightly.
 */
// Products, not their makers: "Warnung von OpenAI" is news from a company.
const PRODUCT = `(?:${NAMED_PRODUCT}|Firefly|Ideogram)`;

/**
 * The product closes the label, a version or punctuation at most after it: a label has no verb after its credit ("Die
 * Antwort von ChatGPT überraschte die Forscher" is a sentence about the answer).
 */
const LAST = `(?![\\p{L}])[\\s\\d.,;:!()\\[\\]'’"«»“”\\-–—]*$`;

/**
 * "via", "from", "thanks to", "with" in the spaced languages, then the product with no article and capitalised as a
 * name ("Sonnets by the Bard", "a page from the Codex", "born under gemini" are no credits).
 */
const SPACED = unicodeRegExp(
  `(?<![\\p{L}])(?:via|from|by|with|using|in|thanks to|courtesy of|powered by|fra|från|frå|med|av|af|von|vom|mit|dank|durch|door|van|met|dankzij|de|du|par|avec|grâce à|por|con|gracias a|pelo|pela|com|graças a|da|dal|dalla|grazie a)\\s+(${PRODUCT})${LAST}`,
  'iu',
);

/** Chinese "from" ("回答来自ChatGPT", "出自Midjourney"); Japanese and Korean labels take a verb, which the frames read. */
const DENSE = unicodeRegExp(`(?:来自|來自|出自|源自|取自)\\s*${PRODUCT}${LAST}`, 'iu');

const MAX_WORDS = 7;
const MAX_DENSE_CHARS = 30;

/** Where a short label credits an AI product, or null. */
export function creditLabel(sentence: string, dense: boolean): { start: number; end: number } | null {
  if (dense ? sentence.trim().length > MAX_DENSE_CHARS : sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length > MAX_WORDS) return null;
  const m = (dense ? DENSE : SPACED).exec(sentence);
  if (!m || (!dense && !capitalisedName(m[1]!))) return null;
  return { start: m.index, end: m.index + m[0].length };
}

/**
 * A note naming the model that wrote what it sits under, as a key and its value: "AI言語モデル: gpt-4o-mini", "Genutzte
 * KI’s: ChatGPT (OpenAI), GROK (X.AI)…", "LLM: Claude 3.5 Sonnet", "使用モデル：Gemini". The key is a model word (not a
 * medium: "Bild: Midjourney" is a caption credit), the value starts with a product's name, lower-case too ("gpt-4o-mini").
 */
const MODEL_KEY =
  "(?:(?:AI|KI|IA)[\\s-]?)?(?:language model|models?|LLM|Sprachmodell|modèle(?: de langage)?|modelo(?: de (?:lenguaje|linguagem))?|modello(?: linguistico)?|taalmodel|språkmodell|sprogmodel)(?: used| utilisé| utilizado| usado| utilizzato| verwendet| gebruikt)?|(?:genutzte|verwendete|eingesetzte) KI(?:['’]?s)?|AI used|used AI|(?:使用|利用)?(?:AI)?(?:言語)?モデル|(?:使用的?)?(?:大)?模型|(?:사용\\s*)?(?:AI\\s*)?모델";
let modelCreditRe: RegExp | null = null;
// A capitalised word after the name is a surname ("Model: Claude Schiffer" credits a fashion model), unless it names a version.
const SURNAME = /^\s+(?!(?:Sonnet|Opus|Haiku|Pro|Flash|Ultra|Nano|Mini|Turbo|Code|Thinking|Instruct|Chat|Max|Plus|Lite|Large|Small|Medium|Next|Omni)(?!\p{L}))\p{Lu}\p{Ll}/u;

/** Where a short note names its model as key and value, or null. */
export function modelCredit(sentence: string): { start: number; end: number } | null {
  if (sentence.trim().length > 90) return null;
  modelCreditRe ??= unicodeRegExp(`^[^\\p{L}\\p{N}]*(?:${MODEL_KEY})\\s*[:：]\\s*(${PRODUCT})(?![\\p{L}])`, 'iu');
  const m = modelCreditRe.exec(sentence);
  return m && !SURNAME.test(sentence.slice(m.index + m[0].length)) ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * A label that is only an AI acronym and the kind of content it labels, in either order: "AI Analys", "Textversion KI",
 * "Immagine AI", "Réponse de l’IA", "KI-Text". The acronym is case-sensitive ("ai" and "ia" are Italian and Portuguese
 * words); the noun names content, not a topic ("AI News", "KI-Gesetz" are sections and subjects, no labels).
 */
const CONTENT_NOUN =
  'analys[ie]s|analy[sz]e|analys|analisi|análisis|análise|text|texte|texto|testo|tekst|textversion|version|versión|versione|versão|versie|versjon|image|images|imagen|immagine|imagem|bild|bilde|billede|beeld|afbeelding|illustration|illustrazione|ilustración|ilustração|illustratie|illustrasjon|answer|réponse|respuesta|risposta|resposta|antwort|antwoord|svar|summary|résumé|resumen|riassunto|resumo|zusammenfassung|samenvatting|sammanfattning|oppsummering|opsummering|draft|entwurf|brouillon|borrador|bozza|rascunho|concept|utkast|udkast';
const ACRONYM = '(?:AI|KI|IA|A\\.I\\.|GenAI)';
const OF = "(?:(?:by|von|vom|der|de|du|des|di|dell['’]|della|da|do|van|door|från|fra|av|af|par|por|per)\\s+)?(?:l['’]\\s?|the\\s+|la\\s+)?";
const NOUN_LABEL = unicodeRegExp(
  `^[^\\p{L}\\p{N}]*(?:${ACRONYM}(?:['’]s)?[\\s-]?(${CONTENT_NOUN})|(${CONTENT_NOUN})[\\s-]?${OF}${ACRONYM})(?![\\p{L}])[^\\p{L}\\p{N}]*$`,
  'u',
);

/** Where a label is only an AI acronym and a content noun, or null. */
export function aiNounLabel(sentence: string): { start: number; end: number } | null {
  const t = sentence.trim();
  if (t.length > 40) return null;
  // Case-insensitive for the noun alone: the acronym keeps its capitals.
  const m = NOUN_LABEL.exec(t.replace(/\p{L}+/gu, (w) => (/^(?:AI|KI|IA|GenAI|A|I)$/u.test(w) ? w : w.toLowerCase())));
  if (!m) return null;
  const start = sentence.indexOf(t);
  return { start, end: start + t.length };
}

/**
 * A product credited in brackets after what it made: "minimal module code (with an assist from ChatGPT):", "le poème
 * (généré par ChatGPT)", "das Titelbild (via Midjourney)". The bracket closes on the product (a version at most).
 */
const PAREN = unicodeRegExp(
  // Verbs and help words only: a bare "(mit Copilot)", "(con Gemini)" names a product's feature, not a credit.
  `\\((?:with (?:an? |some )?(?:help|assist(?:ance)?|support) from|courtesy of|(?:generated|written|made|created|drafted) (?:by|with)|thanks to|avec l['’]aide de|(?:généré|écrit|rédigé)(?:e|s|es)? (?:par|avec)|grâce à|mit Hilfe von|mithilfe von|(?:generiert|erstellt|geschrieben) (?:von|mit)|dank|met (?:hulp van|behulp van)|(?:gegenereerd|geschreven) (?:door|met)|dankzij|med hjälp av|med hjelp (?:av|fra)|med hjælp (?:af|fra)|(?:genererad|generert|genereret) (?:av|af|med)|con (?:la )?ayuda de|(?:generad|escrit)[oa] (?:por|con)|gracias a|con l['’]aiuto di|(?:generat|scritt)[oa] (?:da|con)|grazie a|com (?:a )?ajuda d[oa]|(?:gerad|escrit)[oa] (?:por|com)|graças a)\\s+(${PRODUCT})(?:[\\s\\d.,-]{0,12})\\)`,
  'iu',
);
const PAREN_HELP = /help|assist|aide|Hilfe|hulp|hjälp|hjelp|hjælp|ayuda|aiuto|ajuda/iu;

/** Where a bracket credits an AI product with what comes before it, and whether it only helped; or null. */
export function parenCredit(sentence: string): { start: number; end: number; help: boolean } | null {
  const m = PAREN.exec(sentence);
  if (!m || !capitalisedName(m[1]!)) return null;
  return { start: m.index, end: m.index + m[0].length, help: PAREN_HELP.test(m[0]) };
}
