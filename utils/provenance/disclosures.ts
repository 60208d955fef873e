import type { Signal, SignalCategory, SignalScope } from './types';
import type { CompiledDisclosureRule, CompiledPack, CompiledRules } from './rules/compile';
import type { CompiledFrames, FrameContext, FrameMatch } from './rules/frames/match';
import { crossesIntoQuote, insideQuotes, quotedFromBefore, quoteOf, sentencesOf, stripLabelPrefix, type Span } from './sentences';
import { locateIn, type BlockData } from './blocks';
import { Zone } from './walk';
import { CJK_CLAUSE_END, cueCategory, framesFor, machineNoteFrame, matchFrame as matchFrameIn, matches, modelCreditFrame, qualifiesPeople, writerAssisted } from './rules/frames/match';
import { NAMED_PRODUCT, PRODUCT_NAMES } from './rules/frames/lexicons';
import { DISCLOSURE_EXPLANATIONS } from './rules/explanations';
import { decideFrame, observing } from './learned/decide';
import { gatedMatch } from './rules/literal-gate';
import { bareHandOver, colonHandOver, handOver } from './rules/answers';
import { toolTranslation } from './rules/tool-translation';
import { accordingTo } from './rules/according-to';
import { grammarPrefilter } from './rules/grammar-gate';
import { functionWordCounts } from './function-words';
import { unwrapNote } from './rules/note-wrapping';

const CJK_LANGS = new Set(['ja', 'zh', 'ko']);

const CLAUSE_END = new RegExp(`,|${CJK_CLAUSE_END.source}`, 'u');

/** Where the clause holding `at` ends: a CJK note's second clause ("，不代表…") is another statement. */
function clauseEnd(s: string, at: number): number {
  const m = CLAUSE_END.exec(s.slice(at));
  return m ? at + m.index : s.length;
}

/** Longest block that can be a label ("AI-generated", "Testo realizzato con AI"). */
const LABEL_MAX = 160;
/**
 * Rules see at most this much of one sentence: real notes are far shorter, and the bounded
 * gaps in the patterns stay cheap even on hostile run-on text.
 */
const MAX_SENTENCE = 600;
/** Sentences shorter than this skip the language gate (labels, bylines, short notes). */
const LANG_GATE_MIN = 80;
/** A CJK note this short needs no "this article" subject. */
const SHORT_NOTE = 100;

interface Candidate {
  rule: CompiledDisclosureRule;
  pack: CompiledPack;
  sentence: string;
  /** Offset of `sentence` in the block text. */
  sentenceStart: number;
  matchStart: number;
  matchEnd: number;
}

/** "Everything on this site, except the photos, is…": an exception names what the note is not about. */
const EXCEPT =
  /(?<![\p{L}])(?:except(?: for)?|apart from|other than|save for|außer|ausgenommen|sauf|à l['’]exception d\S*|excepto|salvo|tranne|eccetto|exceto|behalve|utom|förutom|undtagen|bortset fra|bortsett fra|unntatt)(?![\p{L}])[^,;:()]*/giu;

/**
 * A suspicion is no declaration ("Därför misstänks nu bilden vara AI-generad", "likely AI-generated"): a publisher
 * states what it did; hedges speak of someone else's text. Every language's words, whatever the pack.
 */
const HEDGED =
  /(?<![\p{L}])(?:suspected|alleged(?:ly)?|apparently|likely|probably|possibly|presumably|believed to|appears? to|seems? to|vermutlich|mutmaßlich|angeblich|offenbar|wahrscheinlich|soupçonn\p{L}*|présum\p{L}*|probablement|supuestamente|presuntamente|probablemente|presumibilmente|sospett\p{L}*|probabilmente|suspeit\p{L}*|supostamente|provavelmente|vermoedelijk|waarschijnlijk|misstänk\p{L}*|troligen|antagligen|mistenk\p{L}*|trolig|sannsynligvis|mistænk\p{L}*|formentlig|sandsynligvis)(?![\p{L}])|疑似|疑い|とみられ|可能是|疑为|疑為|추정|의혹/iu;

/** Product copy announces a new feature ("「スマニューAIまとめ」は…要約する新機能", "a new feature that summarises…"). */
const NEW_FEATURE =
  /(?<![\p{L}])(?:new|neue[nrs]?|nouvelles?|nuevas?|nuov[ao]|novas?|nieuwe|nya?|nye)\s+(?:features?|Funktion(?:en)?|fonctionnalités?|funci(?:ón|ones)|funzion[ei]|funcionalidades?|functies?|funktion(?:er)?|funksjon(?:er)?|funktionalitet(?:er)?)(?![\p{L}])|新機能|新功能|신기능|새로운\s*기능/iu;

/**
 * …or describes one, or an app or tool ("Dieses Feature wird … von KI erzeugt", "本機能は…生成する", "このアプリでは…"): the
 * feature is not the text it sits in — unless the sentence names that text too, or sits in the summary box it describes.
 */
const THIS_FEATURE =
  /(?<![\p{L}])(?:this|diese[rs]?|cette|cet|ce|esta|este|questa|questo|deze|dit|detta|denna|den här|det här|denne|dette)\s+(?:features?|Funktion|fonctionnalité|función|funzione|funcionalidade|functie|funktion(?:en)?|funksjon(?:en)?|app(?:en)?|tool|plugin|plug-in|extension|Erweiterung|outil|herramienta|extensión|strumento|estensione|ferramenta|extensão|verktyg(?:et)?|værktøj(?:et)?|verktøy(?:et)?)(?![\p{L}])|本機能|この機能|该功能|該功能|此功能|本功能|이\s*기능|(?:この|本)(?:アプリ|ツール|サービス)|(?:这款|這款|该|該|此)(?:应用|應用|工具|软件|軟體)|이\s*(?:앱|도구|서비스)/iu;

const THIS_FEATURE_ALL = new RegExp(THIS_FEATURE.source, 'giu');

/** A how-to title teaches the reader to use a tool ("How to translate with DeepL", "파파고로 번역하기", "ChatGPTで要約する方法"). */
const HOW_TO =
  /^\W*(?:how to|wie man|hoe je|hur man|hvordan (?:man|du)|cómo (?:usar|utilizar|traducir|generar|escribir|crear|resumir)|comment (?:utiliser|traduire|générer|écrire|rédiger|créer|résumer)|come (?:usare|utilizzare|tradurre|generare|scrivere|creare|riassumere)|como (?:usar|utilizar|traduzir|gerar|escrever|criar|resumir))(?![\p{L}])|(?:하기|하는\s*(?:법|방법))\s*[.!]?\s*$|(?:する方法|のやり方|の使い方)\s*[。.!！]?\s*$|^\W*(?:如何|怎么|怎樣|怎样)/iu;

/**
 * Chinese, Japanese and Korean point back to something already named ("该网站的文章由AI生成", "同社の記事は…", "해당 매체는…"):
 * another outlet's text, unless the sentence also names its own ("本文", "この記事", "이 기사").
 */
const ANAPHOR = /[该該](?:[项項]\s*)?(?:网站|網站|公司|媒体|媒體|平台|报社|報社|刊|研究|论文|論文|机构|機構|账号|帳號)|同(?:社|紙|誌|サイト|局|メディア)|해당\s*(?:매체|언론사|사이트|업체|기업|논문|연구)/u;
const OWN_CJK = /本文|本站|本篇|此文|这篇|這篇|本网|本網|本报|本報|本記事|この記事|当サイト|本サイト|이\s*기사|이\s*글|본\s*기사/u;

/**
 * A labelling policy: the outlet says it labels AI content ("Vi AI-märker alltid innehåll som…", "Wir kennzeichnen mit KI
 * generierte Inhalte") or that such content must be labelled ("…skal merkes tydelig"): a rule, not a note on this text.
 */
const LABEL_POLICY =
  /(?<![\p{L}])(?:we|wir|nous|wij|vi|noi|nosotros|nós)\s+(?:\p{L}+\s+){0,2}?(?:always\s+|immer\s+|toujours\s+|altijd\s+|alltid\s+|altid\s+|sempre\s+|siempre\s+)?(?:label|mark|flag|tag|kennzeichnen|markieren|étiquetons|signalons|etiquetamos|señalamos|etichettiamo|segnaliamo|sinalizamos|identificamos|labelen|markeren|\p{L}*-?märker|\p{L}*-?merker|\p{L}*-?mærker)(?![\p{L}])|(?<![\p{L}])(?:must|shall|should|muss|müssen|soll|sollen|doit|doivent|debe|deben|deve|devono|moet|moeten|ska|skal|skall)\s+(?:\p{L}+\s+){0,2}?(?:labell?ed|marked|flagged|disclosed|gekennzeichnet|markiert|étiqueté\p{L}*|signalé\p{L}*|etiquetad\p{L}*|señalad\p{L}*|etichettat\p{L}*|segnalat\p{L}*|sinalizad\p{L}*|gelabeld|gemarkeerd|märkas|märkt|merkes|merket|mærkes|mærket)(?![\p{L}])/iu;

/** A trend is about the world, not this text ("AI-generated summaries are more and more common", "ますます一般的に"). */
const TREND =
  /(?<![\p{L}])(?:increasingly|more and more|more common|de plus en plus|immer (?:mehr|häufiger|öfter)|cada vez (?:más|mais)|sempre più|steeds (?:meer|vaker)|allt (?:fler|vanligare|oftare)|stadig (?:mer|flere|oftere)|mere og mere|mer og mer|oftere og oftere)(?![\p{L}])|ますます|越来越|越來越|점점\s*(?:더|늘|많)/iu;

/**
 * Since 1.17.0 a picture a text is based on is its source, not what the note is about ("해당 포스팅은 아래 영상의 설명을
 * 기반으로 하였으며, … Gemini의 도움을 받아 작성되었습니다", "This summary is based on the video and …"): the source phrase is
 * left out where image words are looked for.
 */
const SOURCE_PHRASE =
  /(?<![\p{L}])(?:based on|basierend auf|auf (?:der )?Grundlage (?:von|des|der)|à partir d(?:e|u|es|['’])|d['’]après|basad[oa]s? en|com base em|sulla base d\p{L}*|gebaseerd op|baseret på|basert på|baserad på)\s+(?:(?:the|an?|this|der|die|das|den|dem|des|le|la|les|l['’]|el|los|las|il|lo|gli|o|os|as|het|en|ett|et)\s+)?[\p{L}\d'’-]+(?:\s+(?!(?:and|und|et|y|e|en|og|och|ed|which|that|was|is|wurde|fue|foi)(?![\p{L}]))[\p{L}\d'’-]+)?|(?:[^\s,，、。]+\s*){1,3}?(?:기반으로|바탕으로|토대로)|[^\s,，、。]{1,16}?(?:をもとに|を基に|に基づ\p{L}*|を参考に)|(?:根据|基于|根據|基於)[^\s,，、。]{1,16}/giu;

/**
 * Since 1.17.0 a product's name upgrades an automatic note as an AI word does ("この記事は Claude により…自動生成されています"):
 * the packs' own AI words name few products.
 */
const NAMES_PRODUCT = new RegExp(`(?<![\\p{L}\\d])${NAMED_PRODUCT}(?![\\p{L}])`, 'u');

/** The last AI word inside a hand rule's match names people or a company ("written by our AI team"): no AI acted. */
function lastAiQualifiesPeople(pack: CompiledPack, sentence: string, matchStart: number, matchEnd: number): boolean {
  const ai = new RegExp(pack.ai.source, pack.ai.flags.replace('g', '') + 'g');
  ai.lastIndex = matchStart;
  let last: RegExpExecArray | null = null;
  for (let m = ai.exec(sentence); m && m.index < matchEnd; m = ai.exec(sentence)) {
    last = m;
    if (m[0].length === 0) ai.lastIndex++;
  }
  return last !== null && qualifiesPeople(sentence, last.index, last.index + last[0].length, true);
}

/**
 * A negated phrase set aside for the actor negates another author, not the note: "an AI system, not one of our reporters,
 * wrote…", "nicht ein Reporter, sondern eine KI", "en AI, inte en reporter, som…", "ikke skapt av mennesker, men av KI-programmet
 * Dall-E" (an act done by people is denied, the AI's is not). Not when the phrase holds an actor ("not written by AI, but by
 * our staff").
 */
const CONTRAST =
  /(?<![\p{L}])(?:not|nicht|niet|inte|ikke|ikkje|pas|non|não)\s+([^,;:.]{1,40}?)(?:,|\s+(?=(?:sondern|but|maar|utan|men|mais|sino|ma|mas)(?![\p{L}])))/giu;

const CONTRAST_WORD = /^\s*(?:sondern|but|maar|utan|men|mais|sino|ma|mas)(?![\p{L}])/iu;

function withoutContrast(s: string, lang: string): string {
  const f = framesFor(lang);
  if (!f) return s;
  return s.replace(CONTRAST, (whole: string, np: string, at: number) => {
    // With "but" after it, only an actor keeps the phrase; a list ("do not publish content that has been written, generated…")
    // is kept by an act too.
    const kept = CONTRAST_WORD.test(s.slice(at + whole.length)) ? [f.actor, f.acronym] : [f.actor, f.acronym, f.gen, f.assist, f.translate, f.summaryAll];
    return kept.some((re) => matches(re, np)) ? whole : ' '.repeat(whole.length);
  });
}

/**
 * A negation that ends a subordinate clause before the note's verb negates that clause, not the note ("한국어 README가 없어 …
 * 자동 생성되었습니다": there being no Korean README, it was generated; "原文がないため…"): Korean and Japanese connective endings.
 */
const SUBORDINATE_NEGATION = /(?:없|않)(?:어서?|아서?|이|는|고|으며|으므로|기\s*때문에)|(?:ない|なく)(?:ため|ので|から|て)|のない|がない(?=[^。]*、)/gu;

/** Japanese: "that … is so" turned into a noun of disclosing (…ことの明示, …旨を表示すること): a policy's item. */
const REQUIREMENT_JA = /(?:こと|旨)(?:の|を)(?:明示|明記|表示|開示)(?:する(?:こと)?)?[。.]?\s*$/u;
/** Korean, the same as a noun or an instruction ("AI 생성 콘텐츠임을 명시적으로 표시 (예: …)"); "…음을 밝힙니다" declares. */
const REQUIREMENT_KO = /(?:임|음)을\s*(?:명시적으로\s*|분명히\s*)?(?:명시|표시|고지)(?:할\s*것|하기)?(?=\s*(?:[(（.]|$))/u;

/** A question asks, it does not declare ("Would you notice if this column had been written by AI?"). */
const QUESTION = /[?？]\s*$/u;

function classify(c: Candidate, block: BlockData): { category: SignalCategory; scope: SignalScope } | null {
  const { rule, pack, sentence } = c;
  const upToMatch = sentence.slice(0, c.matchEnd);
  // Japanese, Chinese and Korean put the negation after the verb ("…生成することはありません").
  const negationScope = CJK_LANGS.has(pack.lang)
    ? sentence.slice(0, c.matchStart).replace(SUBORDINATE_NEGATION, ' ') + sentence.slice(c.matchStart, clauseEnd(sentence, c.matchEnd))
    : withoutContrast(upToMatch, pack.lang);
  if (!rule.ignoreNegation && pack.negation.test(negationScope)) return null;
  if (QUESTION.test(sentence)) return null;
  // Since 1.18.0: a list item naming a requirement to disclose ("記事がAIによって生成されていることの明示") declares nothing itself.
  if ((pack.lang === 'ja' && REQUIREMENT_JA.test(sentence)) || (pack.lang === 'ko' && REQUIREMENT_KO.test(sentence))) return null;
  // Reported speech around the match ("…, the lawsuit alleges"), not the match's own verb ("A robot wrote this").
  if (pack.attribution.test(sentence.slice(0, c.matchStart) + ' … ' + sentence.slice(c.matchEnd))) return null;
  if (pack.hypothetical.test(upToMatch) || HEDGED.test(upToMatch) || NEW_FEATURE.test(sentence) || HOW_TO.test(sentence)) return null;
  const frames = framesFor(pack.lang);
  // Policies, trends and products describe the world; a sentence that also names its own text ("…, we used AI to translate
  // this article") still declares. (The feature's own words are no self-reference: Japanese "本機能" reads like "本記事".)
  const aboutTheWorld = TREND.test(sentence) || LABEL_POLICY.test(sentence) || (THIS_FEATURE.test(sentence) && !(block.zones & Zone.SummaryBox));
  if (aboutTheWorld && !matches(frames?.scope ?? /$^/, sentence.replace(THIS_FEATURE_ALL, ' '))) return null;
  if (CJK_LANGS.has(pack.lang) && ANAPHOR.test(upToMatch) && !OWN_CJK.test(sentence)) return null;
  if (insideQuotes(sentence, c.matchStart, true, c.matchEnd)) return null;
  // Since 1.21.0 a match that reaches into a quotation, or sits in one opened in an earlier sentence, is the quotation's too.
  // Not while training observes: a sentence a hand rule no longer takes would be read by the grammar and join the heads'
  // training rows, which are the ones model.ts was fitted on (a refit is a change of its own, measured on its own).
  if (!observing() && (crossesIntoQuote(sentence, c.matchStart, c.matchEnd) || quotedFromBefore(block.text, c.sentenceStart, c.sentenceStart + c.matchStart))) return null;
  if (rule.requireInBlock && !rule.requireInBlock.test(block.text)) return null;
  if (!rule.frame && lastAiQualifiesPeople(pack, sentence, c.matchStart, c.matchEnd)) return null;

  let category = rule.category;
  // The grammar decides its category from actor, act and cues itself (README: Categories).
  if (!rule.frame) {
    if (rule.upgradeOnAI && (pack.ai.test(sentence) || NAMES_PRODUCT.test(sentence))) category = 'ai-generated';
    else if (category === 'automated' && pack.humanReview?.test(sentence)) category = 'ai-assisted';
    // Translated automatically is machine translation, whatever rule read it (README: Categories).
    else if (category === 'automated' && matches(frames?.machine ?? /$^/, sentence)) category = 'ai-assisted';
    // One rule for every language: "with the help of AI" is assistance, whatever the verb (README: Categories).
    if (category === 'ai-generated' && (pack.assistCues.test(upToMatch) || frames?.help.test(upToMatch))) category = 'ai-assisted';
    // Block-wide cues only for short notes, where the caveat and what it is about sit together.
    // A label's words all name what it labels ("AI-genererad sammanfattning"): the whole label is its cue.
    const cueText = rule.mode === 'label' ? sentence : rule.blockCues && block.text.length <= 300 ? block.text : upToMatch;
    if (pack.summaryCues.test(cueText)) category = 'ai-summary';
  }
  if (block.zones & Zone.SummaryBox) category = 'ai-summary';

  let scope: SignalScope = 'page';
  if (block.zones & Zone.Caption || pack.imageCues.test(upToMatch.replace(EXCEPT, '').replace(SOURCE_PHRASE, ' '))) {
    scope = 'image';
  } else if (block.zones & Zone.SummaryBox || (block.zones & Zone.Aside && rule.mode === 'label')) {
    // A note that names "this article" speaks for the page even when a theme wraps it in a side box.
    scope = 'element';
  }
  return { category, scope };
}

function candidatesInBlock(block: BlockData, rules: CompiledRules, spans: readonly Span[]): Candidate[] {
  const out: Candidate[] = [];
  const text = block.text;
  const trimmedLen = text.trim().length;
  const label = trimmedLen <= LABEL_MAX ? stripLabelPrefix(text.trim()) : null;
  const labelBase = label ? text.indexOf(text.trim()) + label.offset : 0;
  for (const pack of rules.packs) {
    if (!pack.prefilter.test(text)) continue;
    const live = spans.filter((sp) => {
      const sentence = text.slice(sp.start, Math.min(sp.end, sp.start + MAX_SENTENCE));
      // A long sentence must also read like the pack's language: "AI" alone would wake every pack.
      // A sentence that is the whole block passed the block's test just above.
      return (sentence === text || pack.prefilter.test(sentence)) && (sentence.length < LANG_GATE_MIN || !pack.looksLike || pack.looksLike.test(sentence));
    });
    // Touching pack.rules compiles the pack: only when something can match.
    if (live.length === 0 && !label) continue;
    for (const rule of pack.rules) {
      if (rule.mode === 'label' || rule.mode === 'byline') {
        if (!label) continue;
        if (rule.mode === 'byline' && !(block.zones & Zone.Byline)) continue;
        const m = gatedMatch(rule.re, label.text);
        if (!m) continue;
        if (rule.mode === 'label' && block.linkText) continue;
        out.push({ rule, pack, sentence: label.text, sentenceStart: labelBase, matchStart: m.index, matchEnd: m.index + m[0].length });
        continue;
      }
      for (const sp of live) {
        const sentence = text.slice(sp.start, Math.min(sp.end, sp.start + MAX_SENTENCE));
        const m = gatedMatch(rule.re, sentence);
        if (!m) continue;
        if (rule.mode === 'self-or-short' && !pack.self?.test(sentence) && trimmedLen > SHORT_NOTE) continue;
        // News prose about someone's "記事" is not this page's note: only a demonstrative self-reference overrides its ending.
        const frames = rule.mode === 'self-or-short' ? framesFor(pack.lang) : null;
        if (frames?.reportingEnd?.test(sentence) && !frames.scope.test(sentence)) continue;
        out.push({ rule, pack, sentence, sentenceStart: sp.start, matchStart: m.index, matchEnd: m.index + m[0].length });
      }
    }
  }
  return out;
}

/** Blocks this short are notes or labels by themselves ("Content created with AI tools."). */
const SHORT_BLOCK = 220;
const HANGUL = /[\uAC00-\uD7AF]/;
const KANA = /[\u3040-\u30FF]/;
const HAN = /[\u4E00-\u9FFF]/;

/**
 * Packs whose frames may read a sentence: by script for CJK; for Latin text the language whose
 * function words it uses most, or every Latin language for a label too short to tell.
 */
function framePacks(sentence: string, rules: CompiledRules): { packs: CompiledPack[]; sure: boolean; near?: CompiledPack[] } {
  if (HANGUL.test(sentence)) return { packs: rules.packs.filter((p) => p.lang === 'ko'), sure: true };
  if (KANA.test(sentence)) return { packs: rules.packs.filter((p) => p.lang === 'ja'), sure: true };
  // Japanese prose always carries kana: a Han-only sentence is Chinese, a Han-only label ("AI要約") may be either.
  if (HAN.test(sentence)) return { packs: rules.packs.filter((p) => p.lang === 'zh' || (p.lang === 'ja' && sentence.length <= 16)), sure: true };
  const latin = rules.latinPacks;
  const counts = functionWordCounts(sentence, rules);
  let best: CompiledPack[] = [];
  let top = 0;
  latin.forEach((p, i) => {
    const n = counts[i]!;
    if (n > top) [best, top] = [[p], n];
    else if (n === top && n > 0) best.push(p);
  });
  if (top === 0) return { packs: latin, sure: false };
  // A few function words tell a language from its neighbours poorly ("a", "de", "e" are Portuguese, Spanish and more): the
  // extended grammar (since 1.15.0) also reads a language one word behind ("Boletín generado automáticamente el 6 de
  // septiembre de 2026 a partir de PubMed" counts Portuguese 5, Spanish 4).
  const near = top <= 5 ? latin.filter((p, i) => counts[i]! > 0 && counts[i]! === top - 1) : [];
  return { packs: best, sure: best.length === 1, ...(near.length ? { near } : {}) };
}


/** A heading is a title about something, never a note about the page ("Generative AI writes the news"): the block's own element is h1–h6. */
const HEADING = /(?:^|> )(?:h[1-6]|title)(?::[^>]*)?$/;

const frameRules = new Map<string, CompiledDisclosureRule>();

/**
 * A cheap look for a chatbot's or translation tool's name before the fallback patterns are compiled: the product names, and
 * looser stems than theirs ("gpt" in "NewsGPT", "文心", "通义" without the model's full name).
 */
const NAMES_A_TOOL = new RegExp(`gpt|gtp|claude|文心|通义|${PRODUCT_NAMES}|챗|deepl|google|translat|papago|yandex|百度翻译|有道翻译|人工智能|人工知能|인공지능|\\bA[Il](?=[\\u3040-\\u30FF\\u4E00-\\u9FFF\\uAC00-\\uD7A3])`, 'i');

function frameRule(lang: string, act: string, category: CompiledDisclosureRule['category']): CompiledDisclosureRule {
  const id = `disclosure.${lang}.frame-${act}-${category}`;
  let r = frameRules.get(id);
  if (!r) {
    r = {
      id: `disclosure.${lang}.frame-${act}`,
      lang,
      category,
      mode: 'self',
      re: /$^/,
      weight: 0.85,
      explanation: DISCLOSURE_EXPLANATIONS[category],
      ignoreNegation: false,
      blockCues: false,
      requireInBlock: null,
      upgradeOnAI: false,
      frame: true,
    };
    frameRules.set(id, r);
  }
  return r;
}

/** A language's frames read for one sentence, with what the grammar knows of its block. */
interface Context {
  pack: CompiledPack;
  f: CompiledFrames | null;
  ctx: FrameContext;
}

// frameCandidates' helpers are module functions, not closures made for every sentence (tsx names each closure it makes, at a cost).

/** What the grammar knows of a block, the same for each of its sentences and languages. */
type BlockContext = Omit<FrameContext, 'negation' | 'langSure'>;

function contextsOf(ps: CompiledPack[], extended: boolean, block: BlockContext, langSure: boolean): Context[] {
  return ps.map((pack) => ({ pack, f: framesFor(pack.lang, extended), ctx: { ...block, negation: pack.negation, langSure } }));
}

function pushFrame(out: Candidate[], sentence: string, sentenceStart: number, x: Context, m: FrameMatch): void {
  const { act, category, start, end } = writerAssisted(sentence, x.f!, m);
  out.push({ rule: frameRule(x.pack.lang, act, category), pack: x.pack, sentence, sentenceStart, matchStart: start, matchEnd: end });
}

/** The first language whose frames `read` finds a match in. */
function first(xs: Context[], read: (f: CompiledFrames, x: Context) => FrameMatch | null): { x: Context; m: FrameMatch } | null {
  for (const x of xs) {
    const m = x.f && read(x.f, x);
    if (m) return { x, m };
  }
  return null;
}

/**
 * Since 1.18.0 a robot emoji opening a line is an AI badge ("🤖 Sammanfattning av dagens händelser", "🤖 AI要約：Claude"): the
 * extended grammar reads it as "AI", written in as many characters so every offset stands.
 */
const ROBOT_BADGE = /^(\s*)🤖\uFE0F?(?=\s)/u;
function robotBadge(sentence: string): string {
  return sentence.replace(ROBOT_BADGE, (badge: string, space: string) => space + 'AI'.padEnd(badge.length - space.length));
}

/** A text ending in one full stop (after any closing quotes or brackets): a sentence, not a title nor a teaser cut short ("…Police Its..."). */
const LINKED_SENTENCE = /(?<!\.)[.。]["”’»」』)）]*\s*$/u;

/**
 * The compositional grammar (rules/frames) for sentences no hand-written rule matched: actor × act
 * × scope, free word order within a clause. Hand-written rules stay first: they carry finer
 * categories and explanations.
 */
function frameCandidates(block: BlockData, rules: CompiledRules, spans: readonly Span[], taken: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  // A whole-link block is a teaser or menu item ("AI-generated content" → a section), not a note; since 1.19.0 unless it is a
  // sentence, ended by a full stop, as a disclosure linking to the publisher's AI policy is ("This article was written with
  // the help of AI." → /ai-policy) and a headline or menu item is not.
  if (block.linkText && !LINKED_SENTENCE.test(block.text)) return out;
  const heading = HEADING.test(block.css);
  const shortNote = block.text.trim().length <= SHORT_BLOCK && !heading;
  // A disclaimer box speaks for the page as a whole, like a byline does (a footer does not: author bios).
  const noteZone = (block.zones & (Zone.Byline | Zone.Caption | Zone.SummaryBox | Zone.Disclaimer)) !== 0;
  const blockCtx: BlockContext = { shortNote, noteZone, byline: (block.zones & Zone.Byline) !== 0, caption: (block.zones & Zone.Caption) !== 0, heading };
  for (const sp of spans) {
    if (taken.has(sp.start)) continue;
    const sentence = block.text.slice(sp.start, Math.min(sp.end, sp.start + MAX_SENTENCE));
    if (!sentence.trim()) continue;
    const found = out.length;
    readSentence(out, block, rules, blockCtx, sentence, sp.start, sp.start === 0);
    // Since 1.20.0 a note with a heading before it, a link after it or an icon opening it in the same line ("Note: …",
    // "… Learn more", "ℹ️ …") is read again without them (rules/note-wrapping.ts) when the whole line gave nothing. Not
    // while training observes: the heads learn from the grammar's first reading of each sentence.
    const inner = out.length === found && !observing() ? unwrapNote(sentence) : null;
    if (inner) readSentence(out, block, rules, blockCtx, inner.text, sp.start + inner.offset, sp.start === 0);
  }
  return out;
}

/** One sentence of a block, read by the grammar and then by the narrower readings after it; what it finds goes to `out`. */
function readSentence(out: Candidate[], block: BlockData, rules: CompiledRules, blockCtx: BlockContext, sentence: string, start: number, opens: boolean): void {
  const heading = blockCtx.heading;
  // The keyword gate, per sentence: a sentence with no rule keyword names no AI, act or tool for the grammar to read
  // (a block passes the gate on any one of its sentences); it can only hand over to an answer named before it.
  if (!grammarPrefilter().test(sentence)) {
    const bare = heading ? null : bareHandOverCandidate(block, rules, sentence, start, () => framePacks(sentence, rules).packs[0]);
    if (bare) out.push(bare);
    return;
  }
  const { packs, sure, near = [] } = framePacks(sentence, rules);
  const contexts = contextsOf(packs, false, blockCtx, sure);
  // The learned heads (learned/decide.ts) were fitted on the 1.14.0 grammar's candidates: they read it, language by
  // language, exactly as when trained (training observes them here). The grammar's answer is the extended one (since
  // 1.15.0: LEXICON_EXTENSIONS and the rules marked so in match.ts), in each language the sentence may be in; a head's
  // own finding (a frame the 1.14.0 grammar found no scope for, an AI with no frame) stands when the extended grammar
  // finds nothing, a 1.14.0 frame the extended grammar rules out does not. Then the notes, read after all of them.
  const badged = robotBadge(sentence);
  const extended = first(contextsOf([...packs, ...near], true, blockCtx, sure && !near.length), (f, x) => matchFrameIn(badged, f, x.ctx));
  let base: { x: Context; m: FrameMatch; byHead: boolean } | null = null;
  if (!extended || observing()) {
    for (const x of contexts) {
      if (!x.f) continue;
      const kept = matchFrameIn(sentence, x.f, x.ctx);
      const m = decideFrame(sentence, x.f, x.pack, x.ctx, kept);
      if (m) {
        base = { x, m, byHead: !kept };
        break;
      }
    }
  }
  if (extended) {
    // A veto head (none ships) has its say on an extended finding too; not while training observes, which it would confuse.
    if (observing() || decideFrame(sentence, framesFor(extended.x.pack.lang)!, extended.x.pack, extended.x.ctx, extended.m)) pushFrame(out, sentence, start, extended.x, extended.m);
  } else if (base?.byHead) pushFrame(out, sentence, start, base.x, base.m);
  else if (!base) {
    const note = first(contexts, (f, x) => machineNoteFrame(sentence, f, x.ctx) ?? modelCreditFrame(sentence, f, x.ctx));
    if (note) pushFrame(out, sentence, start, note.x, note.m);
  }
  if (out.at(-1)?.sentenceStart === start || !packs[0] || heading) return;
  // Content credited to a chatbot as its source ("…segundo o ChatGPT:", rules/according-to.ts).
  const src = accordingTo(sentence);
  if (src) {
    out.push({ rule: frameRule('mul', 'answer', 'ai-generated'), pack: packs[0], sentence, sentenceStart: start, matchStart: src.start, matchEnd: src.end });
    return;
  }
  // A sentence that names no bot after one in the same block that names an AI: a hand-over to its answer.
  if (!NAMES_A_TOOL.test(sentence)) {
    const colon = colonCandidate(sentence, start, packs[0]);
    if (colon) {
      out.push(colon);
      return;
    }
    const bare = bareHandOverCandidate(block, rules, sentence, start, () => packs[0]);
    if (bare) out.push(bare);
    return;
  }
  // No frame: the sentence may hand over to a chatbot's printed answer (rules/answers.ts) or name the tool that
  // translated it (rules/tool-translation.ts).
  const h = handOver(sentence, opens);
  const t = h ? null : toolTranslation(sentence);
  if (h) out.push({ rule: frameRule('mul', 'answer', 'ai-generated'), pack: packs[0], sentence, sentenceStart: start, matchStart: h.start, matchEnd: h.end });
  else if (t) out.push({ rule: frameRule('mul', 'translate', 'ai-assisted'), pack: packs[0], sentence, sentenceStart: start, matchStart: t.start, matchEnd: t.end });
  else {
    const colon = colonCandidate(sentence, start, packs[0]);
    if (colon) out.push(colon);
  }
}

/**
 * A sentence that names no bot after one of the same paragraph that names an AI: a hand-over to its answer
 * (rules/answers.ts). The short hand-over test first: the paragraph so far is read only for a sentence that passes it.
 */
function bareHandOverCandidate(block: BlockData, rules: CompiledRules, sentence: string, sentenceStart: number, pack: () => CompiledPack | undefined): Candidate | null {
  const b = sentenceStart > 0 ? bareHandOver(sentence) : null;
  const p = b && pack();
  return b && p && namesAI(block.text.slice(0, sentenceStart), rules) ? { rule: frameRule('mul', 'answer', 'ai-generated'), pack: p, sentence, sentenceStart, matchStart: b.start, matchEnd: b.end } : null;
}

/**
 * A sentence naming an AI that hands over with a colon (rules/answers.ts), after the narrower hand-overs and translating
 * tools had their turn; the hand-over's cue words set the category ("…, og jeg forfiner:" is the writer refining a draft).
 */
function colonCandidate(sentence: string, sentenceStart: number, pack: CompiledPack): Candidate | null {
  const f = framesFor(pack.lang);
  const m = f && colonHandOver(sentence, f);
  if (!m) return null;
  const { category, act } = cueCategory(sentence, f);
  const kind = act === 'generate' ? 'colon' : `colon-${act}`;
  return { rule: frameRule('mul', kind, category), pack, sentence, sentenceStart, matchStart: m.start, matchEnd: m.end };
}

/** The text names an AI: an AI word or a model's name in its own language's frames. */
function namesAI(text: string, rules: CompiledRules): boolean {
  const pack = framePacks(text.slice(-MAX_SENTENCE), rules).packs[0];
  const f = pack && framesFor(pack.lang);
  if (!f) return false;
  return matches(f.actor, text) || matches(f.acronym, text);
}

/** Written disclosures in one block of text, at most one per sentence (the first rule wins). */
export function findDisclosures(block: BlockData, rules: CompiledRules): Signal[] {
  const spans = sentencesOf(block.text);
  const seen = new Set<number>();
  const out: Signal[] = [];
  const accept = (c: Candidate): void => {
    if (seen.has(c.sentenceStart)) return;
    const cls = classify(c, block);
    if (!cls) return;
    seen.add(c.sentenceStart);
    const q = quoteOf(c.sentence, c.matchStart);
    let weight = c.rule.weight;
    if (block.zones & Zone.Quote) weight *= 0.7;
    if (block.zones & Zone.Aside) weight *= 0.8;
    out.push({
      kind: 'disclosure-text',
      category: cls.category,
      scope: cls.scope,
      text: q.text,
      lang: c.rule.lang,
      rule: c.rule.id,
      explanation: c.rule.explanation,
      locator: locateIn(block, q.text),
      weight: Math.round(weight * 100) / 100,
    });
  };
  candidatesInBlock(block, rules, spans).forEach(accept);
  // The grammar reads every sentence no hand rule kept, including those a hand rule matched but
  // classify dropped (its narrower pattern may have caught the wrong part of the sentence).
  frameCandidates(block, rules, spans, seen).forEach(accept);
  return out;
}
