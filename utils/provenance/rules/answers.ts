import { MODEL_NAMES } from './frames/lexicons';
import { unicodeRegExp } from './compile';

/**
 * A page that prints a chatbot's answer says so where it hands over: "Here is what ChatGPT wrote:", "Voici la
 * réponse de ChatGPT :", "En dit is wat ChatGPT antwoordt.", or a speaker label opening the answer ("ChatGPT: Certo!",
 * "豆包回答：…"). Newspapers' interviews with a chatbot and columns that paste its text are written this way in every
 * language; the text that follows is the AI's (README: Categories, ai-generated).
 */
const BOT = `(?:${MODEL_NAMES}|Claude)`;

const ANSWER =
  'answer(?:s|ed)?|repl(?:y|ies|ied)|response|result|wrote|came up with|Antwort|antwortet\\w*|schrieb|Ergebnis|svar(?:et|ar|ade|te)?|skrev|resultatet|antwoord\\w*|schreef|resultaat|réponse|répond\\w*|a répondu|a écrit|résultat|respuesta|respond(?:ió|e)|escribió|resultado|risposta|rispost[oa]|risponde|ha scritto|risultato|resposta|respondeu|escreveu';

/** A hand-over: an opener pointing at what follows, then the bot and its answer. */
const OPENER =
  "(?:here(?:['’]s| is| are)|below is|this is (?:what|how)|voici|voilà|hier (?:ist|sind|is|kommt)|dit is (?:wat|het)|ecco|di seguito|aquí (?:está|tienes|va)|esto (?:es lo que|fue lo que|respondió)|eis|aqui (?:está|vai)|her (?:er|kommer)|här (?:är|kommer)|og her er|und so)";

let handOverRe: RegExp | null = null;
let speakerRe: RegExp | null = null;

const handOverSource = (): string =>
  `\\b${OPENER}\\b[^.!?:;]{0,60}?(?:\\b${BOT}\\b[^.!?:;]{0,40}?\\b(?:${ANSWER})\\b|\\b(?:${ANSWER})\\b[^.!?:;]{0,20}?\\b${BOT}\\b)` +
    // "ChatGPT's answer:", "Die Antwort von ChatGPT:", "La réponse de ChatGPT :", "svar från ChatGPT:"
    `|\\b${BOT}(?:['’]s|s)? (?:${ANSWER})\\s*[:：]\\s*$` +
    `|\\b(?:${ANSWER}) (?:von|de|di|do|da|från|fra|van|from|of|by) ${BOT}\\s*[:：]\\s*$` +
    // Chinese, Japanese, Korean: "ChatGPT的回答：", "ChatGPTの回答は以下", "챗GPT의 답변:"
    `|${BOT}\\s*(?:的|の|의)\\s*(?:回答|回覆|回应|回應|答复|答覆|답변|대답)\\s*(?:[:：]|は以下|如下)` +
    // …or after a pointer to what follows, with no colon: "下面是GPT5.2的回答", "以下はChatGPTの回答です", "아래는 챗GPT의 답변".
    `|(?:下面是|以下是|以下为|以下為|以下は|次は|아래는|다음은)\\s*${BOT}\\s*(?:的|の|의)?\\s*(?:回答|回覆|回应|回應|答复|答覆|답변|대답)`;

/** A paragraph opening with the bot's name as speaker: its words follow, capitalised ("ChatGPT: the chatbot that…" is a subtitle). */
const speakerSource = `^\\s*${BOT}\\s*(?:回答|답변|の回答)?\\s*[:：]\\s*[\\p{Lu}\\p{Lo}«"“„]`;

/** Where the sentence hands over to a chatbot's printed answer, or null. */
export function handOver(sentence: string, paragraphStart: boolean): { start: number; end: number } | null {
  // Compiled on first use: most pages never name a chatbot.
  handOverRe ??= unicodeRegExp(handOverSource(), 'iu');
  speakerRe ??= unicodeRegExp(speakerSource, 'u');
  const m = handOverRe.exec(sentence) ?? (paragraphStart ? speakerRe.exec(sentence) : null);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
