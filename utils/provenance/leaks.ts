import type { Signal } from './types';
import type { CompiledRules } from './rules/compile';
import { insideQuotes, quotedFromBefore, quoteOf, sentencesOf } from './sentences';
import { locateIn, type BlockData } from './blocks';
import { Zone } from './walk';
import { gatedMatch } from './rules/literal-gate';

/** Quoted, captioned or side-box text is someone else's words or not the article's. */
const NOT_BODY = Zone.Quote | Zone.Caption | Zone.Aside;

/** A first-person pronoun and the verb after it: the speaker's own act, never someone else's report. */
const FIRST_PERSON_VERB = /(?<![\p{L}])(?:jag|jeg|ik|ich|I|je|yo|io|eu)\s+\p{L}+/gu;

/**
 * "According to my last update", "enligt dina riktlinjer": an attribution word before the speaker's or its user's own
 * possessive is no one else's report.
 */
const OWN_SOURCE =
  /(?<![\p{L}])(?:according to (?:my|your)|según (?:mis?|tus?)|segundo (?:as? )?(?:minhas?|tuas?|suas?)|conforme (?:as? )?(?:minhas?|tuas?|suas?)|secondo (?:il |la |i |le )?(?:mio|mia|miei|mie|tuo|tua|tuoi|tue)|selon (?:ma|mon|mes|ta|ton|tes|vos|votre)|volgens (?:mijn|jouw|uw)|enligt (?:min|mitt|mina|din|ditt|dina|era)|ifølge (?:min|mitt|mine|din|ditt|dine))(?![\p{L}])/giu;

/** An attribution word after a determiner or adjective is a noun ("it contains false claims"), not someone's report. */
const NOUN_BEFORE = /(?:^|[\s(])(?:the|a|an|false|these|those|this|that|its|their|his|her|such|any|some|many|new|of|your|my)\s+$/iu;

/** The sentence before asks or reports a question: what follows answers it. */
const ASKED = /[?？]\s*$|(?<![\p{L}])(?:question|asked|asks|fragte|Frage|demandé|preguntó|pregunta|chiesto|domanda|perguntou|pergunta|vroeg|vraag|frågade|fråga|spurgte|spørgsmål|spurte|spørsmål)(?![\p{L}])|问|問|質問|질문|물어/iu;

let attributionAll: RegExp | null = null;

function reported(sentence: string, rules: CompiledRules): boolean {
  const re = (attributionAll ??= new RegExp(rules.anyAttribution.source, rules.anyAttribution.flags.replace('g', '') + 'g'));
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (!NOUN_BEFORE.test(sentence.slice(0, m.index))) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

/** Leaked chatbot text in one block of the article body. */
export function findLeaks(block: BlockData, rules: CompiledRules): Signal[] {
  if (block.zones & NOT_BODY) return [];
  if (!rules.chatbotPrefilter.test(block.text)) return [];
  const text = block.text;
  const out: Signal[] = [];
  const spans = sentencesOf(text);
  spans.forEach((sp, i) => {
    const sentence = text.slice(sp.start, Math.min(sp.end, sp.start + 600));
    // A closing line runs into the next sentence ("I hope this helps! Let me know…"): a match may
    // reach into it, but must start in this one.
    const next = spans[i + 1];
    const reach = next ? text.slice(sp.start, Math.min(next.end, sp.start + 600)) : sentence;
    // "Bien sûr !" alone passes no keyword: its "Voici" does, in the sentence it opens.
    if (i !== 0 && !rules.chatbotPrefilter.test(reach)) return;
    for (const rule of rules.chatbot) {
      // Openers like "Certainly! Here is…" span two sentences and open a paragraph. Inside one, only the interjections
      // (`insideParagraph`) with their exclamation mark, and not as the answer to a question asked just before ("Can I bring my
      // dog? Absolutely! Here are our rooms…", "很多读者问我…。好的，以下是…"): "Here's a version of the previous example…" in a
      // tutorial, "Of course, here is the link" and an FAQ's answer are the writer's.
      if (rule.paragraphStart && i !== 0 && !(rule.insideParagraph && /[!！]/u.test(sentence) && !ASKED.test(text.slice(spans[i - 1]!.start, sp.start)))) continue;
      const m = gatedMatch(rule.re, rule.paragraphStart && i === 0 ? text.slice(0, 300) : reach);
      if (!m || (!rule.paragraphStart && m.index >= sentence.length)) continue;
      if (insideQuotes(sentence, m.index) || quotedFromBefore(text, sp.start, sp.start + m.index)) continue;
      // "…, skriver hon" is reported speech; "Vill du att jag skriver…" is the chatbot's own verb.
      if (reported(sentence.replace(FIRST_PERSON_VERB, '').replace(OWN_SOURCE, ''), rules)) continue;
      const q = quoteOf(sentence, m.index);
      out.push({
        kind: 'chatbot-leak',
        category: 'suspected-ai',
        scope: 'page',
        text: q.text,
        lang: rule.lang,
        rule: rule.id,
        explanation: rule.explanation,
        locator: locateIn(block, q.text),
        weight: rule.weight,
      });
      return;
    }
  });
  return out;
}
