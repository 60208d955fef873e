import { MODEL_NAMES } from './frames/lexicons';
import { firstAiHit, type CompiledFrames } from './frames/match';
import { anyMatch, DEMONSTRATIVE, FIRST_PLURAL, FIRST_SINGULAR, HERE, SECOND } from './persons';
import { asWords } from './as-words';
import { unicodeRegExp } from './compile';

/**
 * A page that prints a chatbot's answer says so where it hands over: "Here is what ChatGPT wrote:", "Voici la
 * réponse de ChatGPT :", "En dit is wat ChatGPT antwoordt.", or a speaker label opening the answer ("ChatGPT: Certo!",
 * "豆包回答：…"). Newspapers' interviews with a chatbot and columns that paste its text are written this way in every
 * language; the text that follows is the AI's (README: Categories, ai-generated).
 */
const BOT = `(?:${MODEL_NAMES}|Claude)`;
/** Before Chinese, Japanese or Korean, the bare acronym and the AI words name the bot too ("AI给我们写的", "Al가 그려준"). */
const BOT_CJK = `(?:${BOT}|(?<![A-Za-z])(?:A[Il]|GPT)(?![A-Za-z])|人工智能|人工知能|生成AI|인공지능)`;

const ANSWER =
  'answer(?:s|ed)?|repl(?:y|ies|ied)|response|result|wrote|came up with|Antwort|antwortet\\w*|schrieb|Ergebnis|svar(?:et|ar|ade|te)?|skrev|resultatet|antwoord\\w*|schreef|resultaat|réponse|répond\\w*|a répondu|a écrit|résultat|respuesta|respond(?:ió|e)|escribió|resultado|risposta|rispost[oa]|risponde|ha scritto|risultato|resposta|respondeu|escreveu';

/** Speech verbs with the bot as speaker, past or present. */
const SAID =
  'said|says|replied|answered|responded|zei|zegt|antwoordde|sagte|sagt|antwortete|a dit|dit|a répondu|répond|dijo|dice|respondió|contestó|ha detto|rispose|ha risposto|disse|diz|respondeu|sa|sier|svarte|säger|svarade|sagde|siger|svarede';
/** Japanese and Korean "asked", past only (a habit in the present is no column's own question). */
const ASKED_CJK =
  '聞いた|聞いてみた|聞いてみました|聞きました|訊いた|訊いてみました|質問した|質問しました|質問してみ|尋ねた|尋ねました|頼んだ|頼みました|依頼した|依頼しました|물어봤|물었|질문했|질문을\\s*했|요청했|부탁했|시켰';

/** A conversation or interview printed whole. */
const EXCHANGE =
  'conversation|interview|exchange|dialogue|conversazione|intervista|scambio|dialogo|entretien|échange|conversación|entrevista|intercambio|diálogo|conversa|Gespräch|Interview|Unterhaltung|Dialog|gesprek|samtal|intervju|samtale';
/** "This", "our", "my" in the 10 spaced languages. */
const OWN =
  'this|our|my|questo|questa|nostro|nostra|mio|mia|cette|ce|notre|ma|mon|esta|este|nuestra|nuestro|mi|nossa|nosso|minha|meu|dieses|diese|unser\\p{L}*|mein\\p{L}*|dit|deze|onze|mijn|denne|dette|vår|vårt|min|mitt|mit|vores';
const ARTICLE = `(?:an?|the|una?|une|la|le|il|lo|el|o|a|um|uma|die|der|das|eine?n?|het|een|en|et|ett|${OWN})`;

/** A hand-over: an opener pointing at what follows, then the bot and its answer. */
const OPENER =
  "(?:here(?:['’]s| is| are)|below is|what follows is|the following is|ciò che segue è|quella che segue è|lo que sigue es|ce qui suit est|das Folgende ist|im Folgenden|this is (?:what|how)|voici|voilà|hier (?:ist|sind|is|kommt)|dit is (?:wat|het)|ecco|di seguito|aquí (?:está|tienes|va)|esto (?:es lo que|fue lo que|respondió)|eis|aqui (?:está|vai)|her (?:er|kommer)|här (?:är|kommer)|og her er|und so)";

let handOverRe: RegExp | null = null;
let speakerRe: RegExp | null = null;

const handOverSource = (): string =>
  `\\b${OPENER}\\b[^.!?:;]{0,60}?(?:\\b${BOT}\\b[^.!?:;]{0,40}?\\b(?:${ANSWER})\\b|\\b(?:${ANSWER})\\b[^.!?:;]{0,20}?\\b${BOT}\\b)` +
    // "ChatGPT's answer:", "Die Antwort von ChatGPT:", "La réponse de ChatGPT :", "svar från ChatGPT:"
    `|\\b${BOT}(?:['’]s|s)? (?:${ANSWER})\\s*[:：]\\s*$` +
    `|\\b(?:${ANSWER}) (?:von|de|di|do|da|från|fra|van|from|of|by) ${BOT}\\s*[:：]\\s*$` +
    // "This interview with ChatGPT", "In questo esclusivo scambio con ChatGPT", "Ciò che segue è una conversazione avuta con
    // ChatGPT": the page is the exchange. The noun comes right after the pointer ("Here is how to have a conversation with
    // ChatGPT" is a tutorial), or after "this" opening the sentence ("The minister gave this interview with ChatGPT open…").
    `|(?:^[^\\p{L}]*(?:(?:in|dans|en|nel|nella|em|na|no|i|im)\\s+)?(?:${OWN})|\\b${OPENER}(?:\\s+${ARTICLE})?)\\s+(?:[\\p{L}-]+\\s+)?(?:${EXCHANGE})(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:with|con|avec|com|mit|met|med)\\s+${BOT}\\b` +
    // "The following comes courtesy of Bard", "Ce qui suit a été écrit par ChatGPT": what follows is the bot's.
    `|\\b(?:the following|what follows|below|ce qui suit|lo que sigue|ciò che segue|o que se segue|das Folgende|het volgende)\\b[^.!?:;]{0,20}?\\b(?:comes? (?:courtesy of|from)|is (?:courtesy of|from|by)|was (?:written|generated|produced|created) by|a été (?:écrit|généré|rédigé) par|fue (?:escrito|generado) por|è stato (?:scritto|generato) da|foi (?:escrito|gerado) por|wurde von|werd door|is (?:geschreven|gegenereerd) door)\\s+${BOT}(?![\\p{L}\\d])(?!\\s+\\p{Lu})` +
    // Japanese "ChatGPTによる回答" (the answer by ChatGPT) labels what follows.
    `|${BOT}\\s*による\\s*(?:回答|返答|応答)` +
    // The bot as speaker of what follows ("ChatGPT zei:", "ChatGPT svarte:"), or a label that is only "ChatGPT response".
    `|\\b${BOT}\\s+(?:${SAID})\\s*[:：]\\s*$` +
    `|^[^\\p{L}]*${BOT}(?:['’]s|s|-)?\\s*(?:${ANSWER})[^\\p{L}]*$|^[^\\p{L}]*(?:${ANSWER})\\s+(?:von|de|di|do|da|från|fra|van|from|of|by)\\s+${BOT}[^\\p{L}]*$` +
    // Asked the bot, in the past, in Chinese (with "I"), Japanese, Korean: the columnist prints what it said
    // ("我问了一下deepseek", "ChatGPTに聞いてみました", "챗gpt에게 물어봤다").
    `|我们?(?:问|問|请|請|让|讓)了?(?:一下)?\\s*${BOT}` +
    `|${BOT}\\s*(?:に|에게|한테)\\s*(?:${ASKED_CJK})` +
    // …with words between, or asking it to make something: "챗GPT에게 시 한 수 지어달라고 요청했다", "ChatGPT에 물어봤더니",
    // "ChatGPTに、下手な文章について聞いてみました", "ChatGPTを使って書かせてみました", "我请ChatGPT写一首诗", "AI给我们写的七律诗".
    // The words between hold no other particle of the same kind ("AIに詳しい弁護士に聞きました" asks a lawyer; "AI에게 일자리를
    // 뺏긴 노동자들은 정부에 대책을 요청했다" asks the government), and "AIについて" is a topic.
    `|${BOT_CJK}\\s*(?:에게|한테)(?:(?!에)[^.!?。]){0,30}?(?:요청했|부탁했|시켰|(?:지어|써|작성해|만들어|그려|요약해|정리해|번역해)\\s*(?:달라|주라|보라))|${BOT_CJK}\\s*에\\s*(?:${ASKED_CJK})` +
    `|${BOT_CJK}\\s*に(?!つい|関し|關)[、,\\s]*(?:[^。！？!?に]|につい){0,24}?(?:${ASKED_CJK}|問いかけ(?:ると|てみ)|お願いしてみ)` +
    // A causative the writer tried or did ("書かせてみました", "書かせた"), not what companies are doing ("書かせている").
    `|${BOT_CJK}\\s*(?:を使って|を使い|で|に)(?:[^。！？!?に]){0,24}?(?:書か|作ら|描か|生成さ|まとめさ|答えさ)せ(?:てみ|た|まし)` +
    // Chinese with the writer as the one asking ("我…请ChatGPT写"; not "政府计划让AI作为…").
    `|我[^。！？!?，,]{0,10}?(?:请|請|让|讓)\\s*${BOT_CJK}\\s*(?:帮我|幫我|给我|給我)?\\s*(?:写|寫|画|畫|生成)` +
    `|${BOT_CJK}\\s*(?:给|給|帮|幫)(?:我|我们|我們)(?:写|寫|画|畫|生成)` +
    `|${BOT_CJK}(?:가|이)\\s*[^.!?。]{0,20}?(?:그려|써|지어|만들어|정리해|요약해)\\s*(?:준|줬|주었)` +
    // A label that is only the bot's answer or output: "◆ChatGPTのアウトプット", "豆包的回答", "챗GPT의 답변".
    `|^[^\\p{L}\\p{N}]*${BOT}\\s*(?:的|の|의)?\\s*(?:回答|返答|応答|回覆|回应|回應|答复|答覆|답변|대답|アウトプット|出力|输出|輸出)[^\\p{L}\\p{N}]*$` +
    // Chinese, Japanese, Korean: "ChatGPT的回答：", "ChatGPTの回答は以下", "챗GPT의 답변:"
    `|${BOT}\\s*(?:的|の|의)\\s*(?:回答|回覆|回应|回應|答复|答覆|답변|대답)\\s*(?:[:：]|は以下|如下)` +
    // …or after a pointer to what follows, with no colon: "下面是GPT5.2的回答", "以下はChatGPTの回答です", "아래는 챗GPT의 답변".
    `|(?:下面是|以下是|以下为|以下為|以下は|次は|아래는|다음은)\\s*${BOT}\\s*(?:的|の|의)?\\s*(?:回答|回覆|回应|回應|答复|答覆|답변|대답)` +
    // Since 1.16.0 the same said with a copula: "위 주문에 대한 챗GPT의 답변입니다", "これがChatGPTの回答です", "这是ChatGPT的回答".
    `|${BOT}\\s*의\\s*(?:답변|대답|응답)(?:입니다|이다|이에요|예요)|${BOT}\\s*の\\s*(?:回答|返答|応答)(?:です|でした)|(?:这是|這是|这就是|這就是|以上是|以上为|以上為|以上就是)\\s*${BOT}\\s*的\\s*(?:回答|回覆|回应|回應|答复|答覆)`;

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

let bareRe: RegExp | null = null;

/** Answer nouns (not verbs: "Here is what the minister wrote:" hands over to a person). */
const ANSWER_NOUN =
  'answers?|repl(?:y|ies)|responses?|Antwort(?:en)?|svar(?:et|ene|en)?|antwoord(?:en)?|réponses?|respuestas?|rispost[ae]|respostas?';
/** Result nouns, only after a pointer ("Voici le résultat :"; "The results:" after a test may be anyone's). */
const RESULT_NOUN = 'results?|Ergebnis(?:se)?|resultat(?:et)?|resultaat|résultats?|resultados?|risultat[oi]';
/** A person's possessive or a person named: "His answer:", "Ihre Antwort:", "la réponse du ministre :" hand over to a person. */
const PERSON =
  /(?<![\p{L}])(?:his|their|her (?=answer|reply|response)|sein\p{L}*|ihr\p{L}*|son|sa|ses|leurs?|sus?|suo|sua|suoi|loro|seus?|suas?|dele|dela|zijn|haar|hun|hans|hennes|hendes|deras|deres|ministr?\p{L}*|expert\p{L}*|experto?s?|esperti|especialistas?|deskundigen?|eksperte?r?|experter)(?![\p{L}])|[他她]|그(?:의|녀)/iu;
/** A name just before the colon ("…, svarade Löfven:"). */
const NAMED = /\s\p{Lu}\p{Ll}+\s*[:：]\s*$/u;

/**
 * A hand-over that names no bot: "Og her er dens svar:", "Som vanligt kommer svaret inom några sekunder:", "Here is what
 * it came up with:", "它是这样回答的：". Read only after a sentence of the same paragraph that names an AI (disclosures.ts):
 * the line hands over to that AI's printed answer, unless it names a person whose answer it is.
 */
const bareSource = (): string =>
  `(?:\\b(?:${ANSWER_NOUN})\\b|\\b${OPENER}\\b[^.!?]{0,30}?\\b(?:${RESULT_NOUN})\\b|\\bwhat it (?:wrote|came up with|said|answered|replied|produced|generated)\\b)[^.!?]{0,80}[:：]\\s*$` +
  `|(?:回答|答え|返答|回覆|答复|回应|回應|답변|대답)[^。.!?！？]{0,20}?[:：]\\s*$|(?:以下|下記|下面|아래)[^。]{0,10}?(?:回答|答え|返答|回覆|答复|답변|대답)` +
  // Chinese "it" asked to write, or writing for me: "請它寫一首詩", "它给我写出了这个".
  `|我[^。！？!?]{0,10}?(?:请|請|让|讓)它\\s*(?:帮我|幫我)?\\s*(?:写|寫|画|畫)|它(?:给|給)我(?:们|們)?(?:写|寫|画|畫)`;

const WHITESPACE_RUN = /\s+/g;
/** More than `n` runs of whitespace: split(/\s+/) would give more than n + 1 pieces. Counted without splitting, stopping early. */
function moreWhitespaceRuns(s: string, n: number): boolean {
  WHITESPACE_RUN.lastIndex = 0;
  let runs = 0;
  while (WHITESPACE_RUN.test(s)) if (++runs > n) break;
  WHITESPACE_RUN.lastIndex = 0;
  return runs > n;
}

/** Where a sentence that names no bot hands over to an answer, or null. */
export function bareHandOver(sentence: string): { start: number; end: number } | null {
  if (moreWhitespaceRuns(sentence, 13) || PERSON.test(sentence) || NAMED.test(sentence)) return null;
  bareRe ??= unicodeRegExp(bareSource(), 'iu');
  const m = bareRe.exec(sentence);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const COLON_END = /[:：]\s*$/u;
/** "So", "thus", "like this": the sentence points at how the AI did it ("So fasst ChatGPT … zusammen:", "它這樣評論:"). */
const POINTER = new RegExp(
  `${asWords('so|thus|like this|as follows|folgendermaßen|ainsi|así|assim|così|zo|så|slik|sådan')}|这样|這樣|如下|こう|このように|次のよう|이렇게|다음과\\s*같이`,
  'iu',
);
/** A guide or a product page addresses its reader ("Here's how ChatGPT can help you…:", "So nutzen Sie ChatGPT im Büro:"). */
const READER = [...SECOND, new RegExp(asWords('puedes|podés|puoi'), 'iu')];
/**
 * The familiar "you" of the Germanic languages. Dutch "je" only after its verb ("Zo gebruik je…"): French "je" is "I". The
 * sentence's language cannot decide "du" (it is also a French function word), so French "…du chatbot…:" is given up.
 */
const FAMILIAR_YOU = new RegExp(asWords('du|dich|dir|dig|deg|jij|jullie|(?:gebruik|kun|kan|wil|heb|ben|zie|maak|vind|krijg) je'), 'iu');
const GUIDE =
  /\b(?:how to|steps? to|tips? (?:for|to)|wie man|comment (?:utiliser|faire)|cómo (?:usar|utilizar|hacer)|come (?:usare|utilizzare|fare)|como (?:usar|utilizar|fazer)|hoe je|hur man|hvordan (?:man|du))\b|使い方|使う方法|方法[:：]|技巧|やり方|사용법|하는\s*법/iu;

/** A company announces; its products write ("What OpenAI announced:"). */
const COMPANY = /^(?:OpenAI|Anthropic|Google|Microsoft|Meta|DeepMind|xAI|Mistral AI|Baidu|Alibaba|Naver|Kakao)$/iu;
/** The AI as a topic ("Our policy on the use of ChatGPT:", "Das sagen Experten über KI:", "Det siger eksperterne om ChatGPT:"). */
const TOPIC = new RegExp(
  `${asWords('about|regarding|on the use of|use of|über|zum Einsatz von|Einsatz von|Umgang mit|om|sur|sobre|riguardo a|su|over|gebruik van|bruk av|brug af|användning av|utilisation de|uso de|uso di')}(?:\\s+[\\p{L}-]+){0,2}\\s*$|について$|に関する$|关于$|關於$|에\\s*대한\\s*$|에\\s*대해\\s*$`,
  'iu',
);

/**
 * A sentence that names an AI and ends on a colon hands over to what follows — the AI's printed text — when it also says
 * who hands over: the writer ("Out of curiosity, I gave Claude the same prompt:", "Also probier ich es mal mit … ChatGPT…:"),
 * a pointer at how the AI did it ("So fasst ChatGPT das Turnier zusammen:", "它這樣評論:") or its answer ("…, blir svaret:").
 * News leading into a list or a quote names an AI as a topic and none of these ("Key features of the new Gemini app:",
 * "ChatGPT vs. Gemini:"), or reports someone (the span is the AI's name, so classify's attribution test reads "told
 * reporters" around it); a guide addresses its reader. Not a question (classify).
 */
export function colonHandOver(sentence: string, f: CompiledFrames): { start: number; end: number } | null {
  if (!COLON_END.test(sentence) || GUIDE.test(sentence) || anyMatch(READER, sentence) || FAMILIAR_YOU.test(sentence)) return null;
  const ai = firstAiHit(f, sentence);
  if (!ai || COMPANY.test(sentence.slice(ai.start, ai.end)) || TOPIC.test(sentence.slice(0, ai.start))) return null;
  const hands = anyMatch(FIRST_SINGULAR, sentence) || FIRST_PLURAL.test(sentence) || DEMONSTRATIVE.test(sentence) || HERE.test(sentence) || POINTER.test(sentence) || answerWord(sentence);
  return hands ? ai : null;
}

let answerRe: RegExp | null = null;
const answerWord = (s: string): boolean => (answerRe ??= unicodeRegExp(`\\b(?:${ANSWER}|${ANSWER_NOUN}|had (?:this|a lot|much|plenty) to say)\\b|回答|返答|回覆|答复|답변|대답`, 'iu')).test(s);
