import { describe, expect, it } from 'vitest';
import { detect, sentencePage } from './helpers';

/** A page handing over to a chatbot's printed answer (rules/answers.ts); sentences written for session 8 unless marked. */
const HAND_OVERS: Array<[string, string]> = [
  ["nl", "En dit is wat ChatGPT antwoordt."],
  ["en", "Here is what ChatGPT wrote:"],
  ["fr", "Voici la réponse de ChatGPT :"],
  ["de", "Die Antwort von ChatGPT:"],
  ["sv", "Här kommer ett exempel på svar från ChatGPT som gäller en kort och konkret, men ganska komplicerad fråga."],
  ["it", "ChatGPT: «Certo! Vai pure con le domande — sono tutto orecchi»."],
  ["pt", "ChatGPT: Seria difícil explicar a um macaco como resolver um problema matemático."],
  ["zh", "ChatGPT的回答："],
  ["ja", "ChatGPTの回答は以下の通りです。"],
  ["ko", "챗GPT의 답변:"],
  ["es", "Esto fue lo que respondió ChatGPT:"],
  ["da", "Og her er ChatGPT's svar:"],
  ['nl', 'En dit is wat ChatGPT antwoordt.'], // nl-004-h6
  // Session 18: the same with a copula.
  ['ko', '위 주문에 대한 챗GPT의 답변입니다.'], // ko-103-h17
  ['ja', 'これがChatGPTの回答です。'],
  ['zh', '这是ChatGPT的回答。'],
];

/** Sentences about a chatbot's answers that hand nothing over, and a subtitle after a name. */
const NOT_HAND_OVERS: Array<[string, string]> = [
  ["en", "ChatGPT's answer was wrong, researchers found."],
  ["en", "Here is what experts say about ChatGPT."],
  ["de", "Die Antwort von ChatGPT überraschte die Forscher."],
  ["en", "ChatGPT: the chatbot that changed the newsroom"],
  ["fr", "Voici comment ChatGPT a changé les rédactions."],
  ["ko", "문제는 챗GPT의 답변이 틀렸다는 점이다."],
];

describe("a chatbot's printed answer", () => {
  it.each(HAND_OVERS)('%s: the page prints an AI answer after %s', (lang, text) => {
    expect(detect(sentencePage(text, lang)).verdict).toBe('ai-generated');
  });

  it.each(NOT_HAND_OVERS)('%s: nothing handed over in %s', (lang, text) => {
    expect(detect(sentencePage(text, lang)).verdict).toBe('none');
  });

  it('reads a speaker label only where a paragraph opens, not inside one', () => {
    expect(detect(sentencePage('Wir fragten weiter. ChatGPT: Natürlich, gern.', 'de')).verdict).toBe('none');
    expect(detect(sentencePage('ChatGPT: Natürlich, gern. Hier ist mein Vorschlag.', 'de')).verdict).toBe('ai-generated');
  });
});

/** A sentence naming an AI that ends on a colon and says who hands over (colonHandOver); train sentences, session 14. */
const COLON_HAND_OVERS: Array<[string, string]> = [
  ['de', 'So fasst ChatGPT das Turnier ab dem Viertelfinale zusammen:'], // de-027-h8: a pointer ("so")
  ['en', 'Artemis, my AI assistant, had a lot to say about that:'], // en-040-h11: the writer's own AI
  ['de', 'Also probier ich es mal mit dem berühmten ChatGPT, wieder mit der Frage nach der Kulturhauptstadt:'], // de-224-h11: the writer
  ['zh', 'ChatGPT的AI評論中規中矩,它這樣評論:'], // zh-219-h9: "thus"
  ['en', 'And so ChatGPT came up with this:'], // en-033-h12
  ['en', 'Out of curiosity, I gave Claude the same prompt:'], // the reviewer's
  ['fr', 'Et voilà ce que je tiens de ChatGPT :'], // French "je" is the writer, not Dutch "je" (you)
];

/**
 * News, guides and policies leading into a list or a quote, with an AI as their topic (a reviewer's sentences, session 14;
 * the first version of the rule, which asked only for an AI and a colon, fired on every one).
 */
const NOT_COLON_HAND_OVERS: Array<[string, string]> = [
  ['en', 'What OpenAI announced at its developer conference:'],
  ['en', 'Our policy on the use of ChatGPT and other generative AI tools by staff:'],
  ['de', 'Unsere Richtlinien zum Einsatz von künstlicher Intelligenz in der Redaktion:'],
  ['it', 'Ecco le novità di Gemini annunciate da Google:'],
  ['en', 'Related: What ChatGPT means for local newsrooms:'],
  ['en', 'Read more about our use of AI:'],
  ['en', "Here's how ChatGPT can help you write a cover letter:"],
  ['de', 'So nutzen Sie ChatGPT im Büro:'],
  ['nl', 'Zo gebruik je ChatGPT op je werk:'],
  ['sv', 'Så använder du ChatGPT på jobbet:'],
  ['de', 'So kannst du ChatGPT nutzen:'],
  ['en', 'Steps to turn on Gemini in Chrome:'],
  ['ja', 'ChatGPTを仕事で使う方法：'],
  ['zh', '用ChatGPT写简历的三个技巧：'],
  ['en', 'Sam Altman, the chief executive of OpenAI, told reporters on Tuesday:'],
  ['en', 'ChatGPT, the lawsuit alleges, told the teenager:'],
  ['da', 'Det siger eksperterne om ChatGPT:'],
  ['no', 'Dette bør du vite om ChatGPT før du bruker det på jobb:'],
  ['sv', 'Så här säger forskarna om riskerna med AI:'],
  ['fr', "Ce que le patron d'OpenAI a déclaré lundi à la presse :"],
  ['en', 'OpenAI did not say what ChatGPT will do next, but listed three goals:'],
  ['en', 'Key features of the new Gemini app:'],
];

describe('a sentence naming an AI that hands over with a colon', () => {
  it.each(COLON_HAND_OVERS)('%s: what follows is the AI’s after %s', (lang, text) => {
    expect(detect(sentencePage(text, lang)).verdict).toBe('ai-generated');
  });

  it.each(NOT_COLON_HAND_OVERS)('%s: nothing handed over in %s', (lang, text) => {
    expect(detect(sentencePage(text, lang)).verdict).toBe('none');
  });

  it('quotes the whole sentence, under a rule of its own', () => {
    const r = detect(sentencePage('And so ChatGPT came up with this:', 'en'));
    expect(r.signals.map((x) => [x.rule, x.text])).toEqual([['disclosure.mul.frame-colon', 'And so ChatGPT came up with this:']]);
  });
});
