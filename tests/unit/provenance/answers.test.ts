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
];

/** Sentences about a chatbot's answers that hand nothing over, and a subtitle after a name. */
const NOT_HAND_OVERS: Array<[string, string]> = [
  ["en", "ChatGPT's answer was wrong, researchers found."],
  ["en", "Here is what experts say about ChatGPT."],
  ["de", "Die Antwort von ChatGPT überraschte die Forscher."],
  ["en", "ChatGPT: the chatbot that changed the newsroom"],
  ["fr", "Voici comment ChatGPT a changé les rédactions."],
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
