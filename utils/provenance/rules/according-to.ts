import { NAMED_PRODUCT, capitalisedName } from './frames/lexicons';
import { unicodeRegExp } from './compile';

/**
 * Content credited to a chatbot as its source: "Top 10 das cidades mais feias do Brasil segundo o ChatGPT:", "Los 5 peores
 * países para vivir en Sudamérica, según Gemini", "Di seguito i 5 motivi secondo ChatGPT per visitare Matera", "(volgens
 * ChatGPT zelf)". Lists, rankings and predictions that an outlet had a chatbot make are printed this way in every
 * language; the content is the AI's (README: Categories, ai-generated). The chatbot must be the whole object of the
 * preposition: a maker ("according to OpenAI"), a compound ("laut einer KI-Studie", "according to AI experts", "the AI
 * Act") or a company ("según la empresa") is someone else's word.
 */
const SOURCE = "according to|segundo|según|secondo|laut|selon|volgens|enligt|ifølge|iflg\\.?";
const ARTICLE = "(?:the|o|a|el|la|il|l['’]|den|det|die|der|de)\\s+";
/** "a inteligência artificial do ChatGPT", "la IA Midjourney": an AI noun phrase naming the product. */
const AI_PHRASE =
  "(?:AI|IA|KI|intelig[eê]ncia artificial|inteligencia artificial|intelligenza artificiale|intelligence artificielle|künstliche[rn]? Intelligenz|kunstig intelligens|artificiell intelligens|kunstmatige intelligentie|chatbot|Chatbot)\\s+(?:(?:do|da|del|di|de|du|von|van|fra|från)\\s+)?";
/** The product closes the phrase: punctuation, the end, "itself", or a purpose ("per visitare", "para viver"). */
const CLOSE =
  "(?:\\s+(?:zelf|lui-même|elle-même|itself|selbst|mismo|misma|stesso|stessa|mesmo|själv|selv))?(?=\\s*(?:[,.;:!?)\\]–—-]|$)|\\s+(?:per|para|pour|für|voor|för|for|to|som|que|che)\\s)";

const SPACED = `(?<![\\p{L}])(?:${SOURCE})\\s+(${ARTICLE})?(${AI_PHRASE}(?:${ARTICLE})?)?(${NAMED_PRODUCT})(?:[\\s-]?\\d+(?:\\.\\d+)?)?${CLOSE}`;
/** "ChatGPTによると", "ChatGPT에 따르면", "据ChatGPT", "根据ChatGPT的回答". */
const DENSE = `${NAMED_PRODUCT}\\s*(?:によると|によれば|에\\s*따르면)|(?:根据|根據|据|據)\\s*${NAMED_PRODUCT}(?:的(?:回答|说法|說法))?[，,：:]`;

/** Names that are also words, after an article with no AI word: "according to the Bard" is Shakespeare, "the Codex" a book. */
const ALSO_WORDS = /^(?:Bard|Codex|Copilot|Mistral|Perplexity|Grok|Llama|Suno|Gemini)$/u;

let re: RegExp | null = null;

/** Where the sentence credits its content to a chatbot as the source, or null. */
export function accordingTo(sentence: string): { start: number; end: number } | null {
  re ??= unicodeRegExp(`${SPACED}|${DENSE}`, 'iu');
  const m = re.exec(sentence);
  if (!m) return null;
  const [, article, aiPhrase, product] = m;
  // A word-like name needs the AI beside it.
  if (product !== undefined && (!capitalisedName(product) || (article && !aiPhrase && ALSO_WORDS.test(product)))) return null;
  return { start: m.index, end: m.index + m[0].length };
}
