import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Verdict } from '../../../utils/provenance/types';
import { sentencePage as evalPage } from '../../../cli/eval/sentence-page';
import { LABEL_TO_VERDICT, predictedFor } from '../../../cli/eval/score';
import { readParaphrases } from '../../../cli/eval/paraphrase';
import { REPO_ROOT } from '../../../cli/shared/paths';
import { detect, sentencePage } from './helpers';

/**
 * The grammar widened from the tune half of paraphrase matrix a (data/paraphrase/a-en-de-nl-da-sv-no.jsonl; id in the
 * comment). Each row stands for a gap closed for the whole language (a paradigm, a synonym set, a structure), not for
 * its own wording; the held half is never read here.
 */
const READS: Array<[string, string, Verdict, string]> = [
  // Paraphrased actors: text generators, deep-learning and machine-learning compounds.
  ['paraphrased actor', 'en', 'ai-generated', 'The following text was created by a text generator.'], // en-paraphrase-actor-3
  ['paraphrased actor', 'nl', 'ai-generated', 'Dit overzicht werd samengesteld door een tekstgenerator.'], // nl-paraphrase-actor-3
  ['paraphrased actor', 'sv', 'ai-generated', 'Artikeln har tagits fram med djupinlärningsverktyg.'], // sv-paraphrase-actor-3
  ['paraphrased actor', 'no', 'ai-generated', 'Artikkelen er laget med dyplæringsverktøy.'], // no-paraphrase-actor-3
  ['paraphrased actor, genitive', 'de', 'ai-generated', 'Diese Meldung hat eine Software auf Basis maschinellen Lernens geschrieben.'], // de-paraphrase-actor-3
  // Verb paradigms: German "entstand", Swedish supine.
  ['verb paradigm', 'de', 'ai-assisted', 'Dieser Beitrag entstand mithilfe generativer KI.'], // de-assisted-1
  // Key points pulled out of the article: summary nouns and extraction verbs.
  ['summary nouns and extraction', 'de', 'ai-summary', 'Die Stichpunkte hat eine KI aus dem Artikel erstellt.'], // de-summary-box-3
  ['summary nouns and extraction', 'nl', 'ai-summary', 'De belangrijkste punten zijn door AI uit het artikel gehaald.'], // nl-summary-box-3
  ['summary nouns and extraction', 'da', 'ai-summary', 'Hovedpunkterne er trukket ud af artiklen med AI.'], // da-summary-box-3
  ['summary nouns and extraction', 'sv', 'ai-summary', 'Punkterna ovan har AI plockat ut ur artikeln.'], // sv-summary-box-3
  ['summary nouns and extraction', 'no', 'ai-summary', 'Punktene i boksen er hentet ut av artikkelen med KI.'], // no-summary-box-3
  // Machine translation with words between, and self-reference nouns.
  ['machine translation, words between', 'de', 'ai-assisted', 'Dieser Artikel wurde maschinell aus dem Englischen übersetzt.'], // de-mt-1
  ['self-reference noun', 'nl', 'ai-assisted', 'De Nederlandse versie van dit stuk is een machinevertaling.'], // nl-mt-3
  ['self-reference noun', 'nl', 'ai-generated', 'De eerste versie van deze uitleg is gemaakt door Claude 3.5.'], // nl-product-5
  ['automated, Dutch', 'nl', 'automated', 'Geautomatiseerd bericht, gemaakt met data van Euronext.'], // nl-automated-3
  // Site scope: everything on the blog, an about page's heading.
  ['site scope', 'da', 'ai-generated', 'Alle opskrifter på bloggen er udviklet og skrevet af en AI.'], // da-site-3
  ['site scope', 'sv', 'ai-generated', 'Om sajten: Nyheterna här skrivs av artificiell intelligens, medan bilderna och rubrikerna väljs av människor.'], // sv-site-1
  ['a time, not a generic subject', 'en', 'ai-generated', 'AI-written tech news, every morning'], // en-site-3
  // Sister spellings: a Danish note read by Norwegian function words, a Norwegian one by Swedish.
  ['sister spellings', 'da', 'ai-assisted', 'Artiklen er skrevet med hjælp fra AI.'], // da-assisted-1
  ['sister spellings', 'no', 'ai-assisted', 'KI-assistert: Journalisten skrev saken med støtte fra en KI-tjeneste.'], // no-compound-3
  // An act with its own human agent is what people did.
  ['human agent', 'nl', 'ai-generated', 'Geschreven door een AI-model, nagekeken door onze redactie.'], // nl-word-order-1
  ['human agent', 'da', 'ai-generated', 'Artiklen er skrevet med ChatGPT og redigeret af Mette Holm.'], // da-product-1
  ['human agent', 'no', 'ai-generated', 'Artikkelen er skrevet med ChatGPT og redigert av desken.'], // no-product-1
  ['human agent', 'en', 'ai-assisted', 'Written by our editors, checked by AI.'],
  // A negation that sets another author aside.
  ['contrastive negation', 'en', 'ai-generated', 'It was an AI system, not one of our reporters, that wrote the text below.'], // en-word-order-3
  ['contrastive negation', 'de', 'ai-generated', 'Diesen Bericht hat nicht ein Reporter, sondern eine künstliche Intelligenz geschrieben.'], // de-word-order-3
  ['contrastive negation', 'sv', 'ai-generated', 'Det är en AI, inte en reporter, som har skrivit den här notisen.'], // sv-word-order-3
  ['contrastive negation', 'no', 'ai-generated', 'Det er KI, ikke en journalist, som har laget denne notisen.'], // no-word-order-3
  // Chatbot leaks in these languages.
  ['leak: refusal, object first', 'de', 'suspected-ai', 'Es tut mir leid, aber ich kann diesen Artikel nicht umschreiben, da er möglicherweise falsche Behauptungen enthält.'], // de-leak-1
  ['leak: refusal, object first', 'nl', 'suspected-ai', 'Het spijt me, maar ik kan dit artikel niet herschrijven omdat het onbevestigde beschuldigingen bevat.'], // nl-leak-1
  ['leak: refusal, rewrite verb', 'da', 'suspected-ai', 'Beklager, men jeg kan ikke omskrive denne artikel, da den indeholder påstande, jeg ikke kan bekræfte.'], // da-leak-1
  ['leak: refusal, regret adverb inside', 'no', 'suspected-ai', 'Jeg kan dessverre ikke oversette denne teksten, siden den kan inneholde opphavsrettsbeskyttet materiale.'], // no-leak-1
  ['leak: refusal, text as object', 'en', 'suspected-ai', 'I cannot translate this text as it may contain copyrighted material.'], // en-leak-5
  ['leak: refusal then a suggestion', 'sv', 'suspected-ai', 'Tyvärr kan jag inte bekräfta uppgifterna i artikeln, men här är ett förslag på en neutral formulering:'], // sv-leak-1
  ['leak: no access to current news', 'da', 'suspected-ai', 'Jeg kan ikke bekræfte påstanden i artiklen, da jeg ikke har adgang til aktuelle nyheder.'], // da-leak-5
  ['leak: offer with an adverb', 'da', 'suspected-ai', 'Sig endelig til, hvis du vil have teksten kortere eller i en anden tone!'], // da-leak-3
  ['leak: offer, lass mich wissen', 'de', 'suspected-ai', 'Lass mich wissen, wenn du den Text kürzer oder in einem anderen Ton haben möchtest!'], // de-leak-3
];

/** Hard negatives: the tune half's, and the edges of each widening. */
const MUST_NOT_FIRE: Array<[string, string, string]> = [
  ['imperative product copy', 'en', 'Generate SEO-optimised articles in seconds with our AI writer.'], // en-neg-product-1
  ['product copy to the reader', 'sv', 'Vår AI-skrivassistent hjälper dig att skapa produkttexter på några sekunder.'], // sv-neg-product-1
  ['job ad', 'en', 'We are hiring an editor to review AI-generated content for our partner sites.'], // en-neg-job-1
  ['job ad', 'da', 'Vi søger en redaktør til at kvalitetssikre AI-genereret indhold.'], // da-neg-job-1
  ['job ad', 'sv', 'Vi söker en redaktör som granskar AI-genererat innehåll.'], // sv-neg-job-1
  ['event listing', 'sv', 'Seminarium: Så märker redaktioner AI-skrivna artiklar'], // sv-neg-topic-1
  ['event listing', 'da', 'Kursus: Sådan deklarerer redaktioner AI-skrevne artikler'], // da-neg-topic-1
  ['reporting, present tense', 'da', 'Mediehuset Fjordposten udgiver nu artikler, der er skrevet af AI.'], // da-neg-reporting-1
  ['question', 'sv', 'Hade du märkt något om den här krönikan var skriven av en AI?'], // sv-neg-hypothetical-1
  ['question', 'en', 'Was this article written by AI?'],
  ['negation that holds the act', 'en', 'This article was not written by AI, but by our reporters.'],
  ['negation that holds the actor', 'de', 'Dieser Text stammt nicht von einer KI, sondern von unserer Redaktion.'],
  ['adjective, not a note', 'da', 'Supporten er på engelsk med mulighed for maskinoversatte svar, hvilket ikke altid giver den mest naturlige kommunikation.'], // da-018-h2 (train)
  ['a person without access to the internet', 'da', 'Jeg har ikke adgang til internettet derhjemme, siger hun.'],
  ['a spokesperson who cannot confirm', 'sv', 'Tyvärr kan jag inte bekräfta uppgifterna, säger presschefen.'],
  ['a generic every', 'en', 'Every newsroom now publishes AI-written stories.'],
];

describe('paraphrase matrix a: the widened grammar reads', () => {
  for (const [family, lang, verdict, text] of READS) {
    it(`${family} (${lang}): ${text}`, () => {
      expect(detect(sentencePage(text, lang)).verdict).toBe(verdict);
    });
  }
});

describe('paraphrase matrix a: and still does not fire on', () => {
  for (const [family, lang, text] of MUST_NOT_FIRE) {
    it(`${family} (${lang}): ${text}`, () => {
      expect(detect(sentencePage(text, lang)).verdict).toBe('none');
    });
  }

  it('keeps "av/af" as "of" when no other act pairs: a summary of the case is still the AI\'s summary', () => {
    // no-043-h3 (train): "oppsummering av plansaken" is no human agent.
    expect(detect(sentencePage('Dette er en foreløpig KI-oppsummering av plansaken.', 'no')).verdict).not.toBe('none');
  });
});

describe('paraphrase matrix a: tune half as a whole (a regression floor, not a target)', () => {
  it('reads the tune half as the eval does, and no tune negative fires', () => {
    const rows = readParaphrases(join(REPO_ROOT, 'data', 'paraphrase')).filter((r) => r.file.startsWith('a-') && r.half === 'tune');
    expect(rows.length).toBeGreaterThan(200);
    let positives = 0;
    let anyAi = 0;
    let exact = 0;
    const fired: string[] = [];
    for (const r of rows) {
      const report = detect(evalPage(r.text, r.lang, r.placement), `https://eval.example/news/${r.id}`);
      const v = predictedFor(r, report);
      if (r.label === 'negative') {
        if (v !== 'none') fired.push(r.id);
        continue;
      }
      positives++;
      if (v !== 'none') anyAi++;
      if (LABEL_TO_VERDICT[r.label]!.includes(v)) exact++;
    }
    expect(fired).toEqual([]);
    // Session 8, after widening, `npm run eval -- --paraphrase --half=tune` gave recall 0.993 and exact 0.994.
    expect(anyAi / positives).toBeGreaterThanOrEqual(0.97);
    expect(exact / positives).toBeGreaterThanOrEqual(0.95);
  });
});
