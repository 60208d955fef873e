import type { SignalCategory } from '../../types';
import { asWords } from '../as-words';
import { machineNote } from './machine-note';
import { unicodeRegExp } from '../compile';
import { EXTENDED_MODEL_NAMES, LEXICON_EXTENSIONS, LEXICONS, MODEL_NAMES, VENDORS } from './lexicons';
import { aiNounLabel, creditLabel, modelCredit, parenCredit } from './credit';
import { toolAgent, type ToolAgent } from './tool-agent';
import { lastRead } from '../last-read';
import { alternativesRead, gatedAnyTest, gatedMatch, gatedTest, passesGate } from '../literal-gate';
import type { FrameLexicon } from './types';

/** AI acronyms, case-sensitive: "ai"/"ia" are ordinary words in Italian and Portuguese. Compounds count ("KI-gestützt", "AI生成"). */
const ACRONYMS =
  // Named bots count too ("IamFNBOT", "NewsGPT", "WeatherBot", "LilysAI"; not "DUBAI"). "Claude" after a capitalised word
  // inside a sentence is a person ("engineer Georges Claude", "by Jean-Claude"), unless it is Anthropic's; so is "Claude" before
  // a capitalised surname ("Claude Lévi-Strauss"), not before a model's name ("Claude Sonnet", "Claude Code").
  '\\b\\p{Lu}[\\p{L}\\d]*(?:GPT|Bot|BOT)\\b|\\b\\p{Lu}[\\p{L}\\d]*\\p{Ll}AI\\b|(?<![\\p{Ll},]\\s+(?!Anthropic)\\p{Lu}\\p{Ll}+[\\s-])\\bClaude\\b(?!\\s+(?!Sonnet|Opus|Haiku|Code|Instant|Pro\\b|Max\\b)\\p{Lu}\\p{Ll})|' +
  // "Ai가 요약한", "Aiが作成": before Chinese, Japanese or Korean the acronym is often written "Ai", or "Al" (a lower-case L
  // for the capital I: "Al가 그려준 그림", "Al写的七律").
  '\\bAi(?=[\\u3040-\\u30FF\\u4E00-\\u9FFF\\uAC00-\\uD7A3])|\\bAl(?=[\\uAC00-\\uD7A3]|[がでに]|[写寫生画畫创創])|' +
  // After the dotted forms a space follows, where \\b cannot stand ("L’A.I. in pochi secondi ha scritto questo testo"); a
  // capitalised name after them makes them a person's initials ("Written by A.I. Smith", "I.A. Richards").
  '\\b(?:AI|A\\.I\\.(?!\\s+\\p{Lu}[\\p{Ll}.])|KI|K\\.I\\.(?!\\s+\\p{Lu}[\\p{Ll}.])|IA|I\\.A\\.(?!\\s+\\p{Lu}[\\p{Ll}.])|AIGC|LLMs?|GenAI|GPT)(?!\\w)(?![-‑](?:[Ee]xpert|[Ff]orsk|[Ff]orscher|[Rr]esearch|[Ee]ngineer|[Ii]ngenieur|[Ee]thi|[Pp]olic|[Gg]esetz|[Aa]ct\\b|[Vv]erordn|[Dd]etect))';

export interface CompiledFrames {
  actor: RegExp;
  acronym: RegExp;
  gen: RegExp;
  assist: RegExp;
  translate: RegExp;
  use: RegExp | null;
  summary: RegExp;
  summaryAll: RegExp;
  help: RegExp;
  machine: RegExp;
  auto: RegExp;
  vendor: RegExp;
  scope: RegExp;
  subject: RegExp | null;
  firstPerson: RegExp | null;
  firstPersonAll: RegExp | null;
  genBase: RegExp | null;
  request: RegExp | null;
  reporting: RegExp;
  reportingEnd: RegExp | null;
  dense: boolean;
  /** The lexicon's language, when compiled for one. */
  lang: string | null;
  /** Compiled with what the grammar reads since 1.15.0 (LEXICON_EXTENSIONS), after the learned heads (disclosures.ts). */
  extended: boolean;
}

/** Word characters as the rules' \\b sees them (rules/compile.ts): "rédig\\w*" must read "rédigé". */
const W = '[0-9A-Za-z_\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1EFF]';

/** `\\w` outside character classes, made Unicode-aware. */
function unicodeWords(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      out += next === 'w' && !inClass ? W : c + next;
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c;
  }
  return out;
}

export function compileFrames(raw: FrameLexicon, lang: string | null = null, extended = false): CompiledFrames {
  if (extended && lang) {
    const edits = LEXICON_EXTENSIONS[lang] ?? {};
    raw = { ...raw, ...Object.fromEntries(Object.entries(edits).map(([k, edit]) => [k, edit(String(raw[k as keyof typeof edits] ?? ''))])) };
  }
  const lex = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'string' ? unicodeWords(v) : v])) as unknown as FrameLexicon;
  const g = (s: string): RegExp => unicodeRegExp(s, 'giu');
  const w = (s: string): string => (lex.dense ? `(?:${s})` : `\\b(?:${s})\\b`);
  return {
    actor: g(w(`${lex.actor}|${unicodeWords(MODEL_NAMES)}${extended ? `|${unicodeWords(EXTENDED_MODEL_NAMES)}` : ''}|${unicodeWords(VENDORS)}`)),
    acronym: acronymRegExp(),
    gen: g(w(lex.gen)),
    assist: g(w(lex.assist)),
    translate: g(w(lex.translate)),
    use: lex.use ? g(w(lex.use)) : null,
    summary: unicodeRegExp(w(lex.summary), 'iu'),
    summaryAll: g(w(lex.summary)),
    help: unicodeRegExp(w(lex.help), 'iu'),
    machine: unicodeRegExp(w(lex.machine), 'iu'),
    auto: unicodeRegExp(w(lex.auto), 'iu'),
    vendor: vendorRegExp(),
    scope: unicodeRegExp(lex.scope, 'iu'),
    subject: lex.subject ? unicodeRegExp(`^[^\\p{L}]*(?:${lex.subject})`, 'iu') : null,
    firstPerson: lex.firstPerson ? unicodeRegExp(lex.firstPerson, 'iu') : null,
    firstPersonAll: lex.firstPerson ? unicodeRegExp(lex.firstPerson, 'giu') : null,
    // A base verb or request before a hyphen is the first part of a compound noun ("skrive-makker", "write-up").
    genBase: lex.genBase ? g(`${w(lex.genBase)}(?![-‐])`) : null,
    request: lex.request ? g(`${w(lex.request)}(?![-‐])`) : null,
    reporting: unicodeRegExp(lex.reporting, 'iu'),
    reportingEnd: lex.reportingEnd ? new RegExp(lex.reportingEnd, 'u') : null,
    dense: !!lex.dense,
    lang,
    extended,
  };
}

let vendorRe: RegExp | null = null;
/** One vendor pattern for every language (it is the same in all): its hit is then read once per clause (clauseShared). */
function vendorRegExp(): RegExp {
  return (vendorRe ??= unicodeRegExp(`\\b(?:${unicodeWords(VENDORS)})\\b`, 'iu'));
}

let acronymRe: RegExp | null = null;
/** One acronym pattern for every language (it is the same in all): its hits are then read once per text (acronymHits). */
function acronymRegExp(): RegExp {
  return (acronymRe ??= unicodeRegExp(ACRONYMS, 'gu'));
}

const compiled = new Map<string, CompiledFrames | null>();

/**
 * The language's frames, compiled on first use (the content script never loads them); `extended`, with what the grammar
 * reads since 1.15.0 (frameCandidates reads those after the learned heads, which were fitted on the others).
 */
export function framesFor(lang: string, extended = false): CompiledFrames | null {
  const key = extended ? `${lang}+` : lang;
  if (!compiled.has(key)) compiled.set(key, LEXICONS[lang] ? compileFrames(LEXICONS[lang], lang, extended) : null);
  return compiled.get(key)!;
}

/**
 * Every pattern of every language's frames, in both grammars, and the every-language ones built from them: what the grammar
 * and the learned features may read behind a literal gate (the gates' soundness test reads them all).
 */
export function framePatterns(): RegExp[] {
  const out = new Set<RegExp>([anyReporting(), ...alternativesRead(anyReporting()), I_USE]);
  for (const lang of Object.keys(LEXICONS))
    for (const extended of [false, true])
      for (const v of Object.values(framesFor(lang, extended) ?? {})) if (v instanceof RegExp) out.add(v);
  return [...out];
}

export interface FrameContext {
  /** The block is short enough to be a note or label standing for the page. */
  shortNote: boolean;
  /** The block sits where a note speaks for the page or an element (byline, caption, summary box). */
  noteZone: boolean;
  /** The pack's negation words. */
  negation: RegExp;
  /** The block is a byline: an AI name alone is the author ("Claude Sonnet 5 (Anthropic)"). */
  byline: boolean;
  /** The block is an image caption: an image generator's name alone is the image's author ("Illustration: Midjourney"). */
  caption?: boolean;
  /** The sentence's language was told from its function words or script (else every language's reporting words count). */
  langSure?: boolean;
  /** The block is a heading: a title about something, never a note. */
  heading?: boolean;
}

export interface FrameMatch {
  start: number;
  end: number;
  category: SignalCategory;
  act: 'generate' | 'assist' | 'translate' | 'summary' | 'automatic' | 'vendor' | 'use';
  /** The actor is the act's grammatical subject and an object follows ("A robot wrote the … article"). */
  activeObject?: boolean;
  /** Where the earliest act paired with an actor starts ("Redactado por Marta Gil con la asistencia de una IA"): a note opens with it. */
  lead?: number;
}

interface Hit {
  start: number;
  end: number;
}

/** Whether `re` matches `s`, from the start and leaving no state behind (the frames' regexes are global). */
export function matches(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  // Behind its literal gate (literal-gate.ts): a text without one of the literals every match holds cannot match.
  const r = gatedTest(re, s);
  re.lastIndex = 0;
  return r;
}

/**
 * What an AI named with no act paired is said to have done, from the sentence's cue words: a summary, help (assist,
 * translate, "with the help of"), else generation. `anyLanguage`: summary words of every spaced language count too (a
 * label too short to tell its language).
 */
export function cueCategory(sentence: string, f: CompiledFrames, anyLanguage = false): Pick<FrameMatch, 'category' | 'act'> {
  if (matches(f.summaryAll, sentence) || (anyLanguage && anySummary().test(sentence))) return { category: 'ai-summary', act: 'summary' };
  if (matches(f.assist, sentence) || matches(f.translate, sentence) || helpCue(sentence, f)) return { category: 'ai-assisted', act: 'assist' };
  return { category: 'ai-generated', act: 'generate' };
}

/**
 * "In whole or in part", "geheel of gedeeltelijk", "全部または一部": the text may be wholly the AI's, so "in part" is no
 * help (since 1.16.0; README: Categories).
 */
const WHOLE_OR_PART =
  /(?<![\p{L}])(?:(?:wholly|entirely|fully|completely|in whole) or (?:partly|partially|in part)|(?:partly|partially|in part) or (?:wholly|entirely|fully|completely|in whole)|(?:ganz|vollständig|komplett) oder (?:teilweise|zum Teil)|(?:teilweise|zum Teil) oder (?:ganz|vollständig|komplett)|en tout ou (?:en )?partie|(?:totalement|entièrement) ou (?:partiellement|en partie)|(?:partiellement|en partie) ou (?:totalement|entièrement)|(?:total|totalmente|completamente|íntegramente|integralmente) (?:o|ou) (?:parcial|parcialmente|en parte|em parte)|(?:parcialmente|en parte|em parte) (?:o|ou) (?:total|totalmente|completamente)|no todo ou em parte|in tutto o in parte|(?:totalmente|interamente|completamente) o (?:parzialmente|in parte)|(?:parzialmente|in parte) o (?:totalmente|interamente|completamente)|(?:geheel|volledig|helemaal) of (?:gedeeltelijk|deels)|(?:gedeeltelijk|deels) of (?:geheel|volledig|helemaal)|(?:helt|fullständigt|fullstendig|fuldstændig) eller (?:delvis|till viss del|til dels)|delvis eller helt)(?![\p{L}])|全部(?:または|もしくは|又は)一部|一部(?:または|もしくは|又は)全部|全部或部分|部分或全部|전부\s*(?:또는|혹은)\s*일부|일부\s*(?:또는|혹은)\s*전부/giu;

function helpCue(text: string, f: CompiledFrames): boolean {
  return f.help.test(f.extended ? text.replace(WHOLE_OR_PART, ' ') : text);
}

function all(re: RegExp, s: string): Hit[] {
  re.lastIndex = 0;
  const out: Hit[] = [];
  // Behind its literal gate (literal-gate.ts): no literal every match holds, no hit (and lastIndex stays 0, as after a failed exec).
  if (!passesGate(re, s)) return out;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null && out.length < 20) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const acronymMemo = new Map<string, Hit[]>();
/**
 * all(f.acronym, text), read once per text: the acronyms are the same in every language, and a sentence no language can be
 * told for is read in all ten Latin ones. The hits are shared: callers only read them.
 */
function acronymHits(f: CompiledFrames, text: string): Hit[] {
  return f.acronym === acronymRe ? cachedHits(acronymMemo, f.acronym, text, 256) : all(f.acronym, text);
}

/** all(re, text) through a cache of at most `cap` texts (emptied when full). */
function cachedHits(cache: Map<string, Hit[]>, re: RegExp, text: string, cap: number): Hit[] {
  let hits = cache.get(text);
  if (!hits) {
    if (cache.size >= cap) cache.clear();
    hits = all(re, text);
    cache.set(text, hits);
  }
  return hits;
}

const actorMemo = new Map<RegExp, Map<string, Hit[]>>();
/**
 * all(f.actor, text), read once per language, grammar and text: a one-clause sentence is read by clauseFrame, by the learned
 * head's actor test (firstAiHit) and by the byline and subject checks. The hits are shared: callers only read them.
 */
function actorHits(f: CompiledFrames, text: string): Hit[] {
  let byText = actorMemo.get(f.actor);
  if (!byText) actorMemo.set(f.actor, (byText = new Map()));
  return cachedHits(byText, f.actor, text, 64);
}

/** The first AI the text names (an acronym or an AI word, product or model), or null. */
export function firstAiHit(f: CompiledFrames, text: string): Hit | null {
  let best: Hit | null = null;
  // The first acronym is the first of the acronym hits, which every language shares (acronymHits).
  const acronym = acronymHits(f, text)[0];
  if (acronym) best = { start: acronym.start, end: acronym.end };
  // The first actor hit is the first of its hits, which clauseFrame has often read already for the same text (actorHits).
  const m = actorHits(f, text)[0];
  if (m && (!best || m.start < best.start)) best = { start: m.start, end: m.end };
  return best;
}

/** Every AI the text names, acronyms first ("KI", "ChatGPT"), then AI words and products ("künstliche Intelligenz", "Claude Code"). */
function aiHits(f: CompiledFrames, text: string): Hit[] {
  return [...acronymHits(f, text), ...actorHits(f, text)];
}

/**
 * Where a CJK clause ends for a trailing negation: a comma (full-width, or an ASCII one before Chinese or Japanese: "…AI生成的文档,…内容细节不正确"; a Korean ASCII comma
 * also lists: "정확성, 완전성"), or a Japanese "、" / Korean space after a
 * connective ("生成されたものであり、必ずしも正確とは限りません", "자동 생성되며 투자 권유가 아닙니다"): a second statement.
 */
export const CJK_CLAUSE_END = /[，；;：:]|,(?=[\u3040-\u30FF\u4E00-\u9FFF])|(?<=であり|ており|ですが|ますが|ものの|もので|ため)、|(?<=며|지만)\s/u;

const KATAKANA_NEXT = /^[\u30A1-\u30FA]/u;
/** A Japanese sentence that ends on its being translated ("…翻訳されました。"), in the clause that named the tool. */
const TRANSLATED_LAST = /^[^、。]{0,30}?翻訳され(?:まし)?た[。.]?\s*$/u;

/** A machine-translation hit that is only a tool's name. */
const TOOL_NAME = /^(?:DeepL|Google (?:Translate|Traduction|Traductor|Tradutor|Übersetzer|Vertalen)|Traductor de Google|Papago)$/iu;

/**
 * An AI word that qualifies people or a company names who they are, not who acted: "Claude Code 团队成员 … 撰写",
 * "AIの受託開発会社…のAIエンジニアが執筆", "our AI team wrote", "chercheurs en IA". (Not journalist or reporter: "AI
 * reporter" is a persona; nor a CJK "team" alone: "全てAIチームが行いました" is the AI at work.)
 */
const PERSON_AFTER =
  /^(?:[\s-]*[\p{L}\d.]+){0,1}?[\s-]*(?:engineers?|researchers?|experts?|developers?|scientists?|specialists?|consultants?|team|staff|company|companies|firms?|start-?ups?|labs?|Expert\p{L}*|Forscher\p{L}*|Entwickler\p{L}*|Team|Firma|Unternehmen|Fachleute|onderzoekers?|ontwikkelaars?|bedrijf|forskare|forskere|utvecklare|udviklere|utviklere|företag|selskap|virksomhed)(?![\p{L}])|^[\s-]*(?:[\p{L}\d.][\p{L}\d.\s]{0,11}?)?(?:成员|成員|公司|工程师|工程師|研究员|研究員|专家|專家|エンジニア|会社|企業|研究者|専門家|開発者|엔지니어|회사|기업|연구원|연구자|전문가|개발자)/iu;
/**
 * The AI word at [start, end) of `s` qualifies people or a company ("AI team", "chercheurs en IA"); with `named`, since 1.17.0,
 * also the name of a company someone leads ("rédigé par Song Zhi, PDG de Senqi AI").
 */
export function qualifiesPeople(s: string, start: number, end: number, named = false): boolean {
  const before = s.slice(Math.max(0, start - 40), start);
  const after = s.slice(end, end + 40);
  return PERSON_AFTER.test(after) || PERSON_BEFORE.test(before) || (named && (ROLE_OF.test(before) || MAKERS_AFTER.test(after)));
}

/** People who build or sell AI, named by a compound ("Geschreven door AI-builders", "AI-bureaus", "KI-Agenturen"). */
const MAKERS_AFTER = /^-?\s*(?:builders?|bouwers?|makers?|agenc(?:y|ies)|bureaus?|byråer|bureauer|Agentur(?:en)?|agences?|agencias?|agenzie|coaches?|trainers?|freelancers?)(?![\p{L}])/iu;

/** A leader's role and the start of the company's name ("CEO of Acme ", "PDG de Senqi ", "Gründer von Aleph "). */
const ROLE_OF =
  /(?<![\p{L}])(?:CEO|CTO|COO|PDG|[Ff]ounder|[Cc]o-?founder|[Ff]ondat(?:eur|rice)|[Dd]irect(?:eur|rice|or|ora)|[Pp]r[ée]sident[ea]?|[Gg]ründer(?:in)?|[Gg]eschäftsführer(?:in)?|[Ff]undador[a]?|[Oo]prichter|[Gg]rundare|[Gg]rundlægger|[Aa]mministratore delegato)\s+(?:of|de|di|da|do|von|der|van|av|af|at|chez|bei|bij|hos|på)\s+(?:\p{Lu}[\p{L}\d.&-]*\s+){0,3}$/u;

const PERSON_BEFORE =
  /(?:ingénieur|chercheu?r|expert|équipe|entreprise|ingeniero|investigador|experto|equipo|empresa|ingegner[ei]|ricercator[ei]|espert[oi]|squadra|aziend[ae]|engenheiro|pesquisador|especialista|equipe)s?\s+(?:en|de|di|da|do|em|in|d['’])\s*(?:l['’]|la\s+)?$/iu;

/** Clause boundaries: a disclosure's actor and act sit in one clause ("…; the rest was written by staff"). */
const CLAUSE = /[;；]|\s[—–]\s|\s-\s|(?<=[^\d\s]):\s|\s:\s|[，,]\s*(?=(?:but|aber|mais|pero|ma|mas|maar|men|但|但是|しかし)\b)/gu;

function clauses(s: string): Hit[] {
  const out: Hit[] = [];
  let start = 0;
  CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE.exec(s)) !== null) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < s.length) out.push({ start, end: s.length });
  return out;
}

/** A clause joined by "and" shares the subject of the clause before it. */
const COORDINATED = new RegExp(`^[\\s–—-]*${asWords('and|und|en|og|och|et|y|e|ed')}\\s`, 'iu');

/**
 * Where a clause's subject is read: its own text, or from the sentence's start when it opens with "and" and the AI
 * ("Ich habe die Probe aufs Exempel gemacht – und „ChatGPT“ gebeten, …": the writer asked).
 */
function subjectText(s: string, c: Hit, f: CompiledFrames): string {
  const clause = s.slice(c.start, c.end);
  const and = c.start > 0 ? COORDINATED.exec(clause) : null;
  if (!and) return clause;
  // Only when the AI comes right after "and": "…– and the superintendent asked ChatGPT…" has a subject of its own.
  const at = and[0].length + (/^[\s„“”"«»]*/u.exec(clause.slice(and[0].length))?.[0].length ?? 0);
  return aiHits(f, clause).some((h) => h.start === at) ? s.slice(0, c.end) : clause;
}

function gap(a: Hit, b: Hit): number {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}

/** Modal verbs of the Latin-script languages ("AI can help", "KI kann", "l'IA peut"). */
const MODAL_WORDS =
  'can|could|may|might|would|should|must|kann|können|könnte|soll|peut|peuvent|pourrait|peux|pouvons|pouvez|pourra|pourront|pourraient|puede|pueden|podría|puedo|puedes|podemos|podéis|podrá|podrán|podrían|può|possono|potrebbe|posso|puoi|possiamo|potete|potrà|potranno|potrebbero|pode|podem|poderá|podes|poderão|poderia|poderiam|kan|kunne|skal|ska|kunnen|mag|mogen|' +
  // Obligation is policy ("should be translated automatically", "muss gekennzeichnet werden"), as English "must" and "should" are.
  'sollte|sollten|muss|müssen|devrait|devraient|doit|doivent|debería|deberían|dovrebbe|dovrebbero|deveria|deveriam|moet|moeten|zou|zouden|bör|bør|burde';

/** Modal verbs before the frame make it a statement about what AI can do, not what it did here. */
const MODAL_BEFORE = new RegExp(`${asWords(MODAL_WORDS)}|ことがあ|場合があ|可以|可能|수\\s*있`, 'iu');

/** Modal or future verbs between actor and act: what AI can or will do, not what it did here. */
const MODAL = new RegExp(`${asWords(`${MODAL_WORDS}|will|wird|werden|vil|zal`)}|可以|可能|将|將|会|會|できる|수\\s*있`, 'iu');

/** A determiner right after the verb opens its object. */
const OBJECT_NEXT = new RegExp(`^\\s+${asWords('the|a|an|his|her|their|its|der|die|das|den|dem|einen|eine|le|la|les|un|une|des|el|los|las|una|il|lo|gli|o|os|as|um|uma|het|een|en|ett|et|det')}`, 'iu');

/** An agent phrase after a verb ("checked by our editors", "redigeret af Mette Holm", "nagekeken door de redactie"). */
const AGENT_NEXT = new RegExp(`^\\s+${asWords('by|von|vom|durch|door|af|av|par|por|pelo|pela|da|dal|dalla')}\\s+`, 'iu');
/** Where an agent phrase ends: the next clause or coordinated verb. */
const AGENT_END = new RegExp(`[,;:.()]|\\s${asWords('and|und|en|og|och|et|y|e|but|aber|maar|men|mais|pero|ma|mas')}\\s`, 'iu');

/** Image generators: in a caption, their name credits the image to them. */
const IMAGE_GENERATORS = /\b(?:Midjourney|DALL[-·]?E(?:\s*\d)?|Stable Diffusion|Adobe Firefly|Ideogram|Bing Image Creator|DeepAI|Craiyon|NightCafe|Leonardo\.Ai)\b/iu;

/** A caption's credit names AI as the maker ("Foto: THINKcreative (AI)", "Illustration: KI") or calls the picture synthetic. */
const CAPTION_CREDIT = /\((?:AI|KI|IA|A\.I\.)\)|[:：]\s*(?:AI|KI|IA)(?![\p{L}])/u;
/** Since 1.15.0: a caption that opens by calling the picture an AI one ("KI-illustrasjon av …", "AI image of …", "Illustration IA du …"). */
const AI_PICTURE =
  /^[^\p{L}]*(?:(?:AI|KI|IA|A\.I\.)[\s-]?(?:[Gg]enerated\s+|[Gg]enerierte?s?\s+)?(?:[Ii]mage|[Pp]hoto|[Pp]icture|[Ii]llustra\p{L}*|[Bb]ild\p{L}*|[Bb]illede\p{L}*|[Ff]oto\p{L}*|[Gg]rafik\p{L}*|[Aa]fbeelding|[Ii]magen|[Ii]mmagine|[Ii]magem|[Aa]rtwork|[Rr]ender\p{L}*)|(?:[Ii]mage|[Ii]llustration|[Ii]magen|[Ii]mmagine|[Ii]magem|[Pp]hoto|[Vv]isuel)\s+(?:IA|AI|KI)(?![\p{L}]))/u;
/** "Synthetic" speaks of the picture only beside a picture word ("dette bildet er helt syntetisk", not "synthetic stuffing"). */
const PICTURE = /(?<![\p{L}])(?:image|photo|picture|illustration|bild\p{L}*|foto\p{L}*|afbeelding|imagen|immagine|imagem|billede\p{L}*|kuva)(?![\p{L}])/iu;
const SYNTHETIC = /(?<![\p{L}])(?:synthetic|synthetisch\p{L}*|syntetisk\p{L}*|synthétique|sintétic[oa]|sintetic[oa])(?![\p{L}])/iu;

/** A topic preposition between act and actor: "wrote about AI" is a subject, not an author. */
const TOPIC = new RegExp(asWords('about|über|sobre|over|om|kring|angående|betreffend|concernant|acerca|riguardo'), 'iu');

function nearest(text: string, actors: Hit[], acts: Hit[], maxGap: number): { actor: Hit; act: Hit } | null {
  let best: { actor: Hit; act: Hit; d: number } | null = null;
  for (const a of actors) for (const v of acts) {
    const d = gap(a, v);
    if (d > maxGap || (best && d >= best.d)) continue;
    const between = a.end <= v.start ? text.slice(a.end, v.start) : text.slice(v.end, a.start);
    if (MODAL.test(between) || TOPIC.test(between)) continue;
    best = { actor: a, act: v, d };
  }
  return best;
}

type PairAct = 'summary' | 'translate' | 'assist' | 'generate';
type Kinds = ReadonlyArray<readonly [PairAct, Hit[]]>;

// clauseFrame's helpers are module functions, not closures made on every call (tsx names each closure it makes, at a cost).

/** Where hits span in the sentence, from clause offsets. */
function spanOf(c: Hit, h: Hit[]): { start: number; end: number } {
  return { start: c.start + Math.min(...h.map((x) => x.start)), end: c.start + Math.max(...h.map((x) => x.end)) };
}

/** CJK negation follows the verb, but only within its comma clause: "…生成，不构成投资建议" is a second statement. */
function negatedTail(s: string, c: Hit, f: CompiledFrames, negation: RegExp, end: number): boolean {
  if (!f.dense) return false;
  const rest = s.slice(end, c.end);
  const stop = CJK_CLAUSE_END.exec(rest);
  return negation.test(stop ? rest.slice(0, stop.index) : rest);
}

/** A label too short to tell its language ("Riassunto Generato dall'AI") is a summary in any language's words. */
function isSummaryText(f: CompiledFrames, langSure: boolean, t: string): boolean {
  return f.summary.test(t) || (!langSure && anySummary().test(t));
}

/** An act inside an actor ("Generative AI", "AI assistants") is part of its name, not an act. */
function freeOf(actors: Hit[], hits: Hit[]): Hit[] {
  return hits.filter((h) => !actors.some((a) => h.start < a.end && a.start < h.end));
}

/**
 * An act whose agent phrase names no AI is what people did ("written by AI, checked by our editors": the AI
 * wrote it). Only when another act pairs: "av/af/da" are also "of" ("KI-oppsummering av plansaken").
 */
function ownAgent(text: string, actors: Hit[], h: Hit): boolean {
  const by = AGENT_NEXT.exec(text.slice(h.end));
  if (!by) return false;
  const from = h.end + by[0].length;
  const stop = AGENT_END.exec(text.slice(from));
  const to = stop ? from + stop.index : text.length;
  return !actors.some((a) => a.start >= from && a.start < to);
}

/** Each kind of act's nearest pairing with an actor. */
function pairsOf(text: string, actors: Hit[], kinds: Kinds, maxGap: number, skipAgented: boolean): Array<{ act: PairAct; actor: Hit; at: Hit }> {
  const out: Array<{ act: PairAct; actor: Hit; at: Hit }> = [];
  if (!actors.length) return out;
  for (const [act, hits] of kinds) {
    const p = nearest(text, actors, skipAgented ? hits.filter((h) => !ownAgent(text, actors, h)) : hits, maxGap);
    if (p) out.push({ act, actor: p.actor, at: p.act });
  }
  return out;
}

/** A comma between them weighs more than words do (clauseFrame's tightest pair). */
function pairCost(text: string, p: { actor: Hit; at: Hit }): number {
  return gap(p.actor, p.at) + (/[,，]/u.test(text.slice(Math.min(p.actor.end, p.at.end), Math.max(p.actor.start, p.at.start))) ? 40 : 0);
}

/**
 * One clause's frame: an actor paired with the nearest act, or an act that names its own actor
 * (machine translation, automatic generation, a vendor's signature).
 */
function clauseFrame(s: string, c: Hit, f: CompiledFrames, negation: RegExp, langSure = true): FrameMatch | null {
  const text = s.slice(c.start, c.end);
  const maxGap = f.dense ? 24 : 70;
  // "Resumo gerado automaticamente (sem IA — …)": an AI denied in a bracket aside is no actor.
  // Only a negation in the actor's own comma phrase of the bracket denies it: "(generated by AI, not reviewed…)" credits the AI.
  // (No bracket, nothing denied: the pattern needs an opening one.)
  const denied = !BRACKET.test(text) ? [] : [...text.matchAll(/[(（]([^()（）]*)[)）]?/gu)].flatMap((b) =>
    [...b[1]!.matchAll(/[^,，、;；]+/gu)].filter((seg) => negation.test(seg[0])).map((seg) => ({ start: b.index + 1 + seg.index, end: b.index + 1 + seg.index + seg[0].length })),
  );
  const actors = [...actorHits(f, text), ...acronymHits(f, text)].filter((a) => !qualifiesPeople(text, a.start, a.end, f.extended) && !denied.some((d) => d.start <= a.start && a.end <= d.end));

  const shared = clauseShared(c);
  const vendor = shared.vendor === undefined ? (shared.vendor = gatedMatch(f.vendor, text)) : shared.vendor;
  // A vendor opening the sentence is its subject ("Automated Insights: instantly generates…"): product
  // copy about the vendor, not its signature under a text ("Text: United Robots").
  if (vendor && (c.start > 0 || /\p{L}/u.test(text.slice(0, vendor.index)))) {
    const at = { start: vendor.index, end: vendor.index + vendor[0].length };
    const otherActor = actors.some((a) => a.end <= at.start || a.start >= at.end);
    const sp = spanOf(c, [at]);
    return negatedTail(s, c, f, negation, sp.end) ? null : { ...sp, category: otherActor ? 'ai-generated' : 'automated', act: 'vendor' };
  }
  const machine = gatedMatch(f.machine, text);
  const afterMachine = machine ? text.slice(machine.index + machine[0].length) : '';
  // A tool's bare name is a translation only beside a translation word of its own ("Translated by DeepL"): "DeepL raised
  // $300 million" is news about the company, a "Google Translate" menu entry is a widget.
  const bareTool = machine !== null && TOOL_NAME.test(machine[0]) && !matches(f.translate, text.slice(0, machine.index) + ' ' + afterMachine);
  // "機械翻訳データセット": machine translation as the topic of a compound noun, not a note; but a system or tool so named
  // is the translator when the sentence closes on its being translated ("…機械翻訳システムを使用して翻訳されました。", 1.23.0).
  if (machine && !bareTool && (!KATAKANA_NEXT.test(afterMachine) || (f.extended && TRANSLATED_LAST.test(afterMachine)))) {
    const sp = spanOf(c, [{ start: machine.index, end: machine.index + machine[0].length }]);
    // "Questo testo dovrebbe essere automaticamente tradotto…": what should happen, not what did.
    return negatedTail(s, c, f, negation, sp.end) || (!f.dense && MODAL_BEFORE.test(text.slice(0, machine.index))) ? null : { ...sp, category: 'ai-assisted', act: 'translate' };
  }

  // Base verbs and requests are acts only in the writer's own words: not when the reader is addressed ("…erstellen Sie")
  // or someone else is quoted.
  // With no actor nothing pairs and no request does: the acts are not read.
  const writer = actors.length > 0 && writerIsSubject(s, c, f);
  const kinds: Kinds = actors.length
    ? ([
        ['summary', freeOf(actors, all(f.summaryAll, text))],
        ['translate', freeOf(actors, all(f.translate, text))],
        ['assist', freeOf(actors, all(f.assist, text))],
        ['generate', freeOf(actors, [...all(f.gen, text), ...(f.genBase && writer ? all(f.genBase, text) : [])])],
      ] as const)
    : [];
  const withoutAgented = pairsOf(text, actors, kinds, maxGap, true);
  let paired = withoutAgented.length ? withoutAgented : pairsOf(text, actors, kinds, maxGap, false);
  // A request is the act only when the sentence names no other: "pedi ao ChatGPT que a rescrevesse" is a rewrite.
  if (!paired.length && writer) {
    const p = requestPair(text, f, actors);
    if (p) paired = [{ act: 'generate', actor: p.actor, at: p.act }];
  }
  const auto = gatedMatch(f.auto, text);
  if (!paired.length && !auto && actors.length && f.use) {
    // Only when nothing stronger pairs: "written using AI" is written.
    const p = nearest(text, actors, freeOf(actors, all(f.use, text)), maxGap);
    if (p && !MODAL_BEFORE.test(f.dense ? commaClause(s, c, c.start + Math.min(p.actor.start, p.act.start), c.start + Math.max(p.actor.end, p.act.end), f) : s.slice(c.start, c.start + Math.max(p.actor.end, p.act.end)))) {
      const sp = spanOf(c, [p.actor, p.act]);
      return negatedTail(s, c, f, negation, sp.end) ? null : { ...sp, category: 'ai-assisted', act: 'use' };
    }
  }
  // A named program as the agent of a generation verb, when the sentence names no AI (rules/frames/tool-agent.ts).
  const tool = !paired.length && !auto && !actors.length ? (shared.tool === undefined ? (shared.tool = toolAgent(text)) : shared.tool) : null;
  if (tool) {
    const sp = spanOf(c, [tool]);
    return negatedTail(s, c, f, negation, sp.end) ? null : { ...sp, category: !tool.aiLike ? 'automated' : isSummaryText(f, langSure, text) ? 'ai-summary' : 'ai-generated', act: 'automatic' };
  }
  if (!paired.length) {
    if (!auto) return null;
    const sp = spanOf(c, [{ start: auto.index, end: auto.index + auto[0].length }]);
    if (negatedTail(s, c, f, negation, sp.end)) return null;
    // What is disclosed is a summary ("Résumé généré automatiquement", "Automatisch generierte Zusammenfassung"):
    // a summary box's label, whoever made it (README: Categories).
    if (isSummaryText(f, langSure, text)) return { ...sp, category: 'ai-summary', act: 'summary' };
    return { ...sp, category: actors.length ? 'ai-generated' : 'automated', act: 'automatic' };
  }
  const acts = new Set(paired.map((p) => p.act));
  // The match is the tightest actor–act pair: the later checks (negation, hypothetical, reported
  // speech) read the text up to it, and a far second act ("…and meant as support") is no part of it.
  // A comma between them weighs more than words do: in "généré par l'IA, vérifié par la rédaction" the AI is
  // the agent of the act before the comma, not of the one after it.
  const core = paired.reduce((a, b) => (pairCost(text, b) < pairCost(text, a) ? b : a));
  // Since 1.15.0: the writer doing something "with the help of AI" says how they work; only a made, translated or summarised
  // thing, a use or this text makes it a note ("Vi henter og analyserer boligdata … ved hjælp af kunstig intelligens").
  if (f.extended && writer && core.act === 'assist' && HELP_NOUN.test(text.slice(core.at.start, core.at.end)) && !kinds.some(([act, hits]) => act !== 'assist' && hits.length > 0) && !(f.use && matches(f.use, text)) && !f.scope.test(text)) return null;
  const sp = spanOf(c, [core.actor, core.at]);
  if (negatedTail(s, c, f, negation, sp.end) || MODAL_BEFORE.test(f.dense ? commaClause(s, c, sp.start, sp.end, f) : fromComma(s, c, sp.start, sp.end))) return null;
  const summaryThing = acts.has('summary') || isSummaryText(f, langSure, text);
  let category: SignalCategory;
  let act: FrameMatch['act'];
  if (summaryThing && (acts.has('generate') || acts.has('assist') || acts.has('summary'))) [category, act] = ['ai-summary', 'summary'];
  // The tightest pair says what the AI did: "generated by AI and checked by editors" stays
  // generated (review afterwards does not change it; README: Categories).
  // …and a translation made by AI is still a translation ("Tradução feita com IA generativa", "Translation generated by AI").
  else if (core.act === 'translate' || translationMade(text, paired, core)) [category, act] = ['ai-assisted', 'translate'];
  else if (core.act === 'assist' || helpCue(text, f)) [category, act] = ['ai-assisted', 'assist'];
  else [category, act] = ['ai-generated', 'generate'];
  // Notes are passive or labels ("written by AI", "AI-generated"); AI as the subject of a verb with its own
  // object is narration about something else ("A robot wrote the LA Times … article").
  const activeObject = !f.dense && core.actor.end <= core.at.start && OBJECT_NEXT.test(s.slice(sp.end));
  const lead = c.start + Math.min(...paired.map((p) => Math.min(p.at.start, p.actor.start)));
  return { ...sp, category, act, activeObject, lead };
}

const BRACKET = /[(（]/u;

let memoSentence: string | null = null;
const clauseMemo = new Map<CompiledFrames, Map<RegExp, Map<string, FrameMatch | null>>>();
/**
 * What clauseFrame reads of a clause in no language's words (the vendor's name, a named program as agent), once per clause of
 * the sentence clauseFrameOnce holds: every language and both grammars read the same clauses.
 */
const sharedMemo = new Map<string, { vendor?: RegExpExecArray | null; tool?: ToolAgent | null }>();
function clauseShared(c: Hit): { vendor?: RegExpExecArray | null; tool?: ToolAgent | null } {
  const key = `${c.start}:${c.end}`;
  let x = sharedMemo.get(key);
  if (!x) sharedMemo.set(key, (x = {}));
  return x;
}
/**
 * clauseFrame, read once per sentence, language and clause: the grammar, its learned heads and the machine note all read the
 * same sentence's clauses (clauseFrame depends on nothing else). Each caller gets its own copy of the match.
 */
function clauseFrameOnce(s: string, c: Hit, f: CompiledFrames, negation: RegExp, langSure: boolean): FrameMatch | null {
  if (s !== memoSentence) {
    clauseMemo.clear();
    sharedMemo.clear();
    memoSentence = s;
  }
  let byF = clauseMemo.get(f);
  if (!byF) clauseMemo.set(f, (byF = new Map()));
  let byNegation = byF.get(negation);
  if (!byNegation) byF.set(negation, (byNegation = new Map()));
  const key = `${c.start}:${c.end}:${langSure}`;
  let m = byNegation.get(key);
  if (m === undefined) {
    m = clauseFrame(s, c, f, negation, langSure);
    byNegation.set(key, m);
  }
  return m && { ...m };
}

/** The clause opens with a translation noun that the generation act describes ("Tradução feita com IA"). */
function translationMade(text: string, paired: Array<{ act: string; at: Hit }>, core: { act: string; at: Hit }): boolean {
  const t = paired.find((p) => p.act === 'translate');
  return !!t && core.act === 'generate' && t.at.end <= core.at.start && !/[\p{L}\d]/u.test(text.slice(0, t.at.start).replace(/^\W*(?:the|this|our|la|le|l['’]|el|il|a|o|esta|este|cette|questa|diese|die|de|deze|den|denne|dette)\s*/iu, ''));
}

/**
 * A spaced sentence from the last comma before [start, end) to its end: a modal in an earlier comma phrase ("…hasta dónde
 * puede llegar una inteligencia artificial, he entrevistado a ChatGPT") is another statement, not a hedge on this one.
 */
function fromComma(s: string, c: Hit, start: number, end: number): string {
  let cut = s.lastIndexOf(',', start);
  // A short aside between two commas belongs to the phrase around it: "This text can, in principle, be generated…".
  while (cut > c.start) {
    const prev = s.lastIndexOf(',', cut - 1);
    if (prev < c.start || words(s.slice(prev + 1, cut)) > 3) break;
    // s.slice(prev + 1, cut) is the aside: the phrase runs on before it.
    cut = s.lastIndexOf(',', prev - 1);
  }
  return s.slice(Math.max(c.start, cut + 1), end);
}

/**
 * The comma clause of a CJK sentence around [start, end): a modal in another one ("…，很大程度可能是得益于他的建议") is a
 * second statement, not a hedge on the disclosure.
 */
function commaClause(s: string, c: Hit, start: number, end: number, f: CompiledFrames): string {
  const from = Math.max(c.start, ...[...s.slice(c.start, start).matchAll(/[，,、；;]/gu)].map((m) => c.start + m.index + 1));
  const next = /[，,；;]/u.exec(s.slice(end, c.end));
  // Since 1.18.0 a Korean connective ending closes the verb's clause as a comma does: in "요약은 AI가 생성하며 부정확할 수
  // 있습니다" the "may" is the caveat's, not the summary's.
  const joint = f.extended && f.lang === 'ko' ? KO_CONNECTIVE.exec(s.slice(end, c.end)) : null;
  const stop = Math.min(next ? next.index : c.end - end, joint ? joint.index + joint[0].length : c.end - end);
  return s.slice(from, end + stop);
}

/** An English lead with a third party's progressive verb ("Local governments are experimenting with"), no pronoun subject. */
const THIRD_PARTY_PROGRESSIVE = /^(?!.*\b(?:you|we|i|this|these|it|our|here)\b)[^,;:]*\b(?:is|are|was|were)\s+(?!being\b)[a-z]+ing\b/iu;

/** Korean connective endings of a verb that join a second predicate ("…생성하며 …", "…작성했고 …", "…만들었지만 …"; not "광고 "). */
const KO_CONNECTIVE = /(?:[하했되됐었였이]|으)(?:며|고)(?=\s)|(?:지만|는데|으나)(?=\s)/u;

/** At most this many words between a request verb and the AI it addresses ("asked OpenAI's chatbot", "die KI damit beauftragt"). */
// An elided article joins the AI without a space ("chiesto all'intelligenza artificiale", "demandé à l'IA").
// Quotation marks around the AI's name are no words ("und „ChatGPT“ gebeten").
const REQUEST_GAP = /^[\s,„“”"«»]*(?:[\p{L}\p{N}'’-]+(?:[\s,„“”"«»]+|(?<=['’]))){0,5}$/u;
const REQUEST_GAP_BEFORE = /^[\s„“”"«»]*(?:[\p{L}\p{N}'’-]+[\s„“”"«»]+){0,5}$/u;
const TOPIC_BEFORE = /(?<![\p{L}])(?:zu|zum|zur|nach|über|mit|von|sur|su|naar|over|om|about|with|sobre)\s+$/iu;
/** Asked someone about an AI ("die Ministerin zu ChatGPT befragt", "interrogé sur ChatGPT"): the AI is the topic, not the one asked. */
const REQUEST_TOPIC = new RegExp(asWords('zu|zum|zur|nach|sur|su|naar|to|with|mit|med|met|avec|con|com'), 'iu');
const COMPLEMENTISER = new RegExp(
  asWords('why|that|whether|if|how|what|dass|ob|warum|wie|was|dat|of|waarom|hoe|wat|att|varför|hur|vad|at|hvorfor|hvordan|hvad|hva|que|si|pourquoi|comment|qué|por qué|cómo|perché|che|se|come|porque|como'),
  'iu',
);
const PUT_VERB = /^(?:stelde|stelden|gesteld|ställde|ställt|stilte|stilt|stillede|stillet)$/iu;
const QUESTION_NOUN = /(?<![\p{L}])(?:vra(?:ag|gen)|fråg\p{L}*|spørsmål\p{L}*|spørgsmål\p{L}*)/iu;

/** The nearest request verb and the AI that is its object, next to it on either side ("asked ChatGPT", "ChatGPT gebeten"). */
function requestPair(text: string, f: CompiledFrames, actors: Hit[]): { actor: Hit; act: Hit } | null {
  if (!f.request || f.dense) return null;
  let best: { actor: Hit; act: Hit; d: number } | null = null;
  for (const r of all(f.request, text)) {
    for (const a of actors) {
      const after = a.start >= r.end;
      if (!after && a.end > r.start) continue;
      const between = after ? text.slice(r.end, a.start) : text.slice(a.end, r.start);
      const ok =
        // An AI before the verb is its object only in the same comma phrase ("die KI damit beauftragt"; not "…una
        // inteligencia artificial, he entrevistado a ChatGPT"), and no topic of it ("die Ministerin zu ChatGPT befragt").
        (after ? REQUEST_GAP.test(between) : REQUEST_GAP_BEFORE.test(between) && !TOPIC_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))) &&
        !TOPIC.test(between) &&
        !MODAL.test(between) &&
        // The AI after the verb is its object, not a topic ("nach ChatGPT gefragt") or in a clause of its own ("asked the
        // minister why ChatGPT is banned").
        !(after && (REQUEST_TOPIC.test(between) || COMPLEMENTISER.test(between))) &&
        // "stellen", "ställa", "stille" ask only with a question ("stillet … ChatGPT følgende spørgsmål"; not "stelden vast").
        (!PUT_VERB.test(text.slice(r.start, r.end)) || QUESTION_NOUN.test(text));
      const d = gap(a, r);
      if (ok && (!best || d < best.d)) best = { actor: a, act: r, d };
    }
  }
  return best;
}

/**
 * A note without "this page" in it: at most this many words before what it declares, and this many
 * in all. Chosen on the train split (sentence level): 5 and 12 keep 101 of the 113 notes that 5 and
 * 20 found and fire on 13 instead of 22 negatives; reporting sentences run longer.
 */
const NOTE_LEAD_WORDS = 5;

/** Words of a note: an emoji, arrow or bullet before it ("✍️ Escrito com a ajuda de IA") is no word. */
function words(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
const NOTE_MAX_WORDS = 12;

/** The reader addressed: a customer, a user, a notice to whoever reads. */
const SECOND_PERSON =
  '[Yy]our|[Yy]ours|[Yy]ou|Sie|votre|vos|ton|ta|tes|tu[oa]?|tuoi|tue|dein\\p{L}*|euer|eure|Ihr(?:e[mnrs]?)?|jouw|uw|din|ditt|dina|dine|seu|sua|seus|suas|tus|dig|deg|dich|dir|Ihnen';

const TO_READER = new RegExp(asWords(SECOND_PERSON), 'u');

/** A third party's active use or causative before the frame ("X uses / lets AI…"), in the spaced languages. */
const USES_BEFORE = new RegExp(
  asWords(
    'uses|used|lets|employs|deploys|makes|asks|asked|lässt|ließ|nutzt|nutzte|verwendet|verwendete|setzt|fait|utilise|laisse|emploie|hace|utiliza|usa|deja|emplea|fa|utilizza|lascia|impiega|faz|deixa|laat|liet|gebruikt|gebruikte|zet|låter|lät|använder|använde|lar|lot|bruker|brukte|benytter|lader|lod|bruger|brugte',
  ),
  'u',
);

/** Text generated from data: "from data", "à partir des données", "sulla base dei dati", "データをもとに", "데이터를 기반으로". */
const FROM_DATA =
  /^[^.!?。！？]{0,30}?(?<![\p{L}])(?:from|based on|using|à partir des?|sur la base des?|a partir de(?: los)?|con base en(?: los)?|com base n[oa]s|a partir dos|sulla base dei|a partire dai|auf (?:der )?(?:Basis|Grundlage)(?: von| der)?|aus den|op basis van(?: de)?|uit de|utifrån|baserat på|basert på|ud fra|på baggrund af)\s+(?:\p{L}+\s+){0,3}?(?:data|datos|dados|dati|données|Daten|gegevens|statistics|statistiques|estadísticas|records|\p{L}*data)(?![\p{L}])|データ(?:を|に)(?:もと|基|元)|根据[^。]{0,10}数据|데이터를\s*(?:기반|바탕)/iu;

/** A person's name joined to the AI's in a byline ("Jane Doe and ChatGPT", "ChatGPT & Jane Doe"). */
const CO_AUTHOR_BEFORE = /\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*)*(?:\s*[&+]|\s(?:and|und|y|et|e|en|og|och|with|mit|con|avec|com|met|med))\s+(?:\p{Ll}+\s+)?$/u;
const CO_AUTHOR_AFTER = /^\s*(?:&|\+|(?:and|und|y|et|e|en|og|och))\s+\p{Lu}[\p{Ll}'’.-]+\s+\p{Lu}/u;

/** A git co-author trailer ("Co-Authored-By: Claude <noreply@anthropic.com>"): the name before the address. */
const CO_AUTHORED_BY = /^\s*Co-?authored-?by\s*:\s*([^<]*)/iu;
/** What may follow the AI's name in a trailer and keep it the AI's: a version or a model's word ("Claude Code", "Copilot [bot]"). */
const TRAILER_REST = /^\s*(?:[\d.]+|Code|Sonnet|Opus|Haiku|Agent|Assistant|Pro|Flash|\[bot\])?\s*$/iu;

/** A git co-author trailer: the grammar decides whether its name is an AI's (matchFrame), no second opinion does. */
export const isCoAuthorTrailer = (sentence: string): boolean => CO_AUTHORED_BY.test(sentence);

/** The credit labels matchFrame reads (credit.ts), in no language's words: once per sentence, not once per language. Callers only read them. */
const labelsOf = lastRead((sentence, dense) => ({ credit: creditLabel(sentence, dense) ?? (dense ? null : aiNounLabel(sentence)), paren: parenCredit(sentence) }));

/**
 * A frame speaks for the page when the sentence names this page or site, when the block is a note
 * or label by itself (short, not third-party news), or when it sits in a byline, caption or
 * summary box.
 */
export function matchFrame(sentence: string, f: CompiledFrames, ctx: FrameContext): FrameMatch | null {
  // Since 1.17.0: a label with nothing after it ("🤖 AI摘要: 暂无（…摘要生成失败）", "AI summary: not available") credits nothing.
  if (f.extended && EMPTY_VALUE.test(sentence)) return null;
  const negated = gatedTest(ctx.negation, sentence);
  if (ctx.byline && !negated) {
    const ais = aiHits(f, sentence).filter((h) => !qualifiesPeople(sentence, h.start, h.end, f.extended));
    const a = ais[0];
    if (a) {
      // "Por Byron Picado Molina y chat GPT": a person and an AI credited together wrote it together (README: Categories);
      // two AIs credited together ("ChatGPT and Stable Diffusion") are no person and an AI.
      const oneAI = ais.every((h) => h.start < a.end && a.start < h.end);
      const together = oneAI && (CO_AUTHOR_BEFORE.test(sentence.slice(0, a.start)) || CO_AUTHOR_AFTER.test(sentence.slice(a.end)));
      // "Por Marta Gil con la asistencia de una IA": help in a byline is assistance, as anywhere (README: Categories).
      return { ...a, ...(together || f.help.test(sentence) ? { category: 'ai-assisted', act: 'assist' } : { category: 'ai-generated', act: 'generate' }) };
    }
  }
  if (ctx.caption && !negated) {
    const g = IMAGE_GENERATORS.exec(sentence) ?? CAPTION_CREDIT.exec(sentence) ?? (f.extended ? AI_PICTURE.exec(sentence) : null) ?? (PICTURE.test(sentence) ? SYNTHETIC.exec(sentence) : null);
    if (g) return { start: g.index, end: g.index + g[0].length, category: 'ai-generated', act: 'generate' };
  }
  // A git trailer crediting an AI as co-author ("Co-Authored-By: Claude <noreply@anthropic.com>"), printed under a commit or a
  // pull request: the AI helped write what it sits under (README: Categories).
  const trailer = CO_AUTHORED_BY.exec(sentence);
  if (trailer && !negated) {
    // The name before the address is the AI's, alone or with a model's word ("Claude", "Copilot", "Claude Code"); "Jane Doe
    // <jane@openai.com>" and "Gemini Rivera" are people.
    const name = trailer[1]!;
    const from = trailer[0].length - name.length;
    const ai = aiHits(f, name).find((h) => !/\S/u.test(name.slice(0, h.start)) && TRAILER_REST.test(name.slice(h.end)));
    if (ai) return { start: from + ai.start, end: from + ai.end, category: 'ai-assisted', act: 'assist' };
  }
  // A question asks about AI text ("Can an article written by AI win a prize?"); it declares nothing.
  if (/[?？]\s*$/u.test(sentence)) return null;
  if ((ctx.shortNote || ctx.noteZone) && !negated) {
    const credit = labelsOf(sentence, f.dense).credit;
    if (credit) return { ...credit, ...cueCategory(sentence, f, ctx.langSure === false) };
  }
  // A bracket crediting a product with what precedes it ("…code (with an assist from ChatGPT):").
  const paren = !negated ? labelsOf(sentence, f.dense).paren : null;
  if (paren) return { start: paren.start, end: paren.end, ...(paren.help ? { category: 'ai-assisted', act: 'assist' } : cueCategory(sentence, f)) };
  for (const c of clauses(sentence)) {
    const m = clauseFrameOnce(sentence, c, f, ctx.negation, ctx.langSure !== false);
    if (!m) continue;
    if (conditional(sentence, c, m)) continue;
    // Since 1.15.0: "…vado a spiegare come utilizzare l'intelligenza artificiale per scrivere testi": a tutorial's topic.
    if (f.extended && HOW_TO.test(sentence.slice(c.start, m.start))) continue;
    // "Use" needs the sentence to name what it is about: news says "hospitals are using AI" all the time,
    // in summary boxes and captions too.
    if (m.act === 'use') {
      if (HOW_USE.test(sentence.slice(c.start, m.start))) continue;
      // Since 1.17.0: "この記事は Claude Code を日常的に使っていて…人向け": the readers who use the AI, not the writer.
      if (f.extended && AUDIENCE.test(sentence)) continue;
      if (f.scope.test(sentence.slice(c.start, c.end)) || (writerSpeaks(sentence, c, f, ctx) && firstSubject(sentence.slice(c.start, c.end)))) return m;
      continue;
    }
    // "It is automatically generated from data, documents and certificates…", "La crónica se ha generado automáticamente a partir de
    // los datos": text made from data by a program, said of what the note sits on (a short subject, nobody reported).
    if (m.act === 'automatic' && FROM_DATA.test(sentence.slice(m.end)) && !f.reporting.test(sentence) && !generic(sentence, f, ctx) && (f.dense ? sentence.slice(0, m.start).length <= 12 : words(sentence.slice(0, m.start)) <= 4)) return m;
    // "本記事では、ChatGPTで要約する方法を解説します": the article explains AI as its topic; it declares nothing of itself.
    if (f.dense && (EXPLAINS.test(sentence) || (f.extended && EXPLAINS_MID.test(sentence)))) continue;
    if (f.extended && !f.dense && helpedWriterWrite(sentence.slice(c.start, c.end)) && !negated) return { ...m, category: 'ai-assisted', act: 'assist' };
    if (gatedTest(f.scope, sentence) || ctx.noteZone) return m;
    if (writerSpeaks(sentence, c, f, ctx) && !(f.extended && namedIndefinitely(sentence.slice(c.start, m.start), f.lang) && firstAiHit(f, sentence.slice(m.start, m.end))?.start !== 0)) return m;
    if (opensWithSubject(sentence, c, m, f)) return m;
    // A short sentence's language is often unclear: then every language's reporting words count
    // (but not when it is clear: Portuguese "disse" is Norwegian "these").
    // A label before a colon ("AI-generated story: Alaska Legislature's Special Session Begins…") is read without the title after it.
    const label = c.start === 0 && /[:：]\s*$/u.test(sentence.slice(c.end, c.end + 2)) ? sentence.slice(0, c.end) : sentence;
    if (!ctx.shortNote || m.activeObject || f.reporting.test(label) || (!ctx.langSure && gatedAnyTest(anyReporting(), label)) || generic(sentence, f, ctx) || OFFER.test(sentence)) continue;
    if (f.reportingEnd?.test(sentence)) continue;
    // A note starts with what it declares ("Content created with AI tools", "Translated by DeepL"):
    // a sentence whose frame comes after a longer subject is news about someone else.
    // Since 1.16.0 a heading before a colon ("Declaración del uso de IA: Documento … redactado con la asistencia de Gemini") is no
    // part of the note it heads: the note is read from after the colon (not an offer to the reader: "…: Ihre Dokumente
    // automatisiert erstellt"; not a term defined in a dense language, "AI Overviews: 검색 결과 상단에 … 표시하는 기능").
    const from = f.extended && !f.dense && headedByLabel(sentence, c) && !TO_READER.test(sentence.slice(c.start, c.end)) ? c.start : 0;
    const before = sentence.slice(from, Math.min(m.start, m.lead ?? m.start));
    const near =
      (f.dense ? before.replace(/[\s\p{P}\p{S}]/gu, '').length <= 10 : words(before) <= NOTE_LEAD_WORDS) ||
      // …or it closes the line as an appended participle ("Today's top stories, summarised by AI."): the line is its subject.
      (!f.dense && /,\s*(?:\p{L}+\s+){0,2}$/u.test(before) && sentence.slice(m.end).split(/\s+/).filter(Boolean).length <= 2);
    // "Aftonbladet låter AI skriva sammanfattningar…", "VG bruker kunstig intelligens til å lage sammendrag…": someone else
    // who uses AI or has it write, named before the frame, is news about them; a note says what was done ("Texten är…").
    // A site notice addresses the reader ("Google uses AI technology to translate content into your preferred language").
    if (!f.dense && USES_BEFORE.test(before) && !firstSubject(before) && !TO_READER.test(sentence) && !f.scope.test(sentence)) continue;
    // Since 1.18.0: "Local governments are experimenting with AI-generated meeting summaries…": a third party doing something
    // right now, told in the progressive, is news; a note says what was done ("You are reading an AI summary" is one).
    if (f.extended && f.lang === 'en' && THIRD_PARTY_PROGRESSIVE.test(before) && !f.scope.test(sentence)) continue;
    // "Contenu rédigé avec l'aide de l'IA : à relire avant publication (…)": a label and its caveat, the label first.
    const unit = c.start === 0 ? sentence.slice(0, c.end) : sentence.slice(from);
    // Since 1.15.0 a bracketed aside (the editors' names, a model's version) adds no words to the note; since 1.16.0 neither does
    // a caveat after it ("… med hjælp fra kunstig intelligens og skal læses som baggrund …").
    const short = f.dense ? unit.length <= 80 : words(f.extended ? withoutCaveat(unit, m.end - from).replace(/\s*[(（][^()（）]*[)）]/gu, '') : unit) <= NOTE_MAX_WORDS;
    if (near && short) return m;
  }
  return null;
}

/**
 * A machine-translation frame the scope rules reject, kept when the caveat that comes with machine translation or the text's
 * language edition names the text translated (machine-note.ts), and nobody else is reported. Read after the grammar and
 * its learned heads (disclosures.ts), so their candidates stay what the heads were trained on.
 */
export function machineNoteFrame(sentence: string, f: CompiledFrames, ctx: FrameContext): FrameMatch | null {
  if (!f.machine.test(sentence) && !matches(f.translate, sentence)) return null;
  const m = matchFrame(sentence, f, { ...ctx, noteZone: true });
  if (m?.act !== 'translate' || !machineNote(sentence, m.end, !!f.dense)) return null;
  return f.reporting.test(withoutWriter(sentence, f)) ? null : m;
}

/**
 * A short note naming its model as key and value ("AI言語モデル: gpt-4o-mini", "Genutzte KI’s: ChatGPT (OpenAI)…";
 * credit.ts). Read after the grammar and its learned heads, as machineNoteFrame is.
 */
export function modelCreditFrame(sentence: string, f: CompiledFrames, ctx: FrameContext): FrameMatch | null {
  if (!(ctx.shortNote || ctx.noteZone) || ctx.negation.test(sentence)) return null;
  const credit = modelCredit(sentence);
  return credit && { ...credit, ...cueCategory(sentence, f, ctx.langSure === false) };
}

/**
 * Who a text is for: "…使っている人向け", "…を使う方向けです", "…사용하는 분들을 위한 글입니다", "…的读者". Since 1.18.0 also the
 * readers who use the AI, named by a relative clause ("Claude Code를 사용하는 모든 개발자들", "Claude Codeを使う開発者", "使用
 * Claude Code 的开发者") or served by the text ("…처음 접하는 분들을 위해").
 */
const AUDIENCE = /(?:人|方|読者|ユーザー|エンジニア|開発者|皆さん)(?:たち)?向け(?:です|の(?:記事|内容)です)?[。.]?\s*$|분들?을?\s*위한\s*(?:글|포스팅|문서)(?:입니다)?[.]?\s*$|适合[^。！？]{0,60}?(?:的人|的读者|的开发者)(?:阅读)?[。.]?\s*$|(?:사용|이용|활용)하는\s+(?:모든\s+)?(?:개발자|사용자|이용자|사람|분|엔지니어|독자|학생)|분들?을?\s*위해|(?:使う|使っている|利用する|利用している|活用する)(?:すべての|全ての)?(?:人|方|開発者|エンジニア|ユーザー)|(?:使用|利用)[^，。！？,]{1,24}?的(?:开发者|開發者|用户|用戶|人|读者|讀者)/u;

/** An empty value after a label's colon: "none", "N/A", a dash, 暂无, 없음, なし (a bracketed reason may follow). */
const EMPTY_VALUE = /[:：]\s*(?:暂无|无|없음|なし|n\/?a|none|not available|unavailable|[-–—]+)\s*(?:[（(][^()（）]*[)）])?\s*[.。]?\s*$/iu;

/** A heading of at most six words ending in a colon right before the clause ("AI disclosure: …", "Hinweis zur KI-Nutzung: …"). */
function headedByLabel(sentence: string, c: Hit): boolean {
  return c.start > 0 && /[:：]\s*$/u.test(sentence.slice(0, c.start)) && words(sentence.slice(0, c.start)) <= 6;
}

/**
 * A note's caveat joined as a second predicate of the same subject ("… and may contain errors", "… und kann Fehler enthalten",
 * "… og skal læses som baggrund"): "and" with a modal, in the ten spaced languages.
 */
const CAVEAT =
  /\s(?:and|und|et|y|e|en|och|og)\s+(?:may|might|can|could|should|must|kann|können|könnte|sollte|sollten|muss|müssen|peut|peuvent|pourrait|doit|doivent|puede|pueden|podría|debe|deben|può|possono|potrebbe|deve|devono|pode|podem|poderá|kan|kunnen|moet|moeten|mag|bör|ska|skal|skall|måste|må|bør)(?![\p{L}])/iu;

/** The note without a caveat that follows its frame (which ends at `after`). */
function withoutCaveat(unit: string, after: number): string {
  const k = CAVEAT.exec(unit.slice(after));
  return k ? unit.slice(0, after + k.index) : unit;
}

/** The help itself as the act ("with the help of", "mit Hilfe", "ved hjælp af"), not a verb of working on a text. */
const HELP_NOUN = /^(?:help|assistance|support|aide|soutien|ayuda|apoyo|asistencia|aiuto|ausilio|supporto|assistenza|ajuda|apoio|auxílio|assistência|hilfe|unterstützung|hulp|ondersteuning|steun|hjälp|stöd|hjelp|hjælp|støtte)$/iu;

/** The writer as the object of an AI's help ("helped me", "m'a aidé", "me ajudou", "hat mir … geholfen", "hjälpte mig"). */
const HELPED_ME = /(?<![\p{L}])(?:helped me|m['’]a aidée?|me (?:ajudou|ayudó|ha ayudado)|mi ha aiutat[oa]|hat mir (?:\p{L}+ ){0,3}?geholfen|half mir|heeft (?:me|mij) (?:\p{L}+ ){0,3}?geholpen|hielp (?:me|mij)|(?:har )?hjälpt? mig|hjälpte mig|hjalp (?:meg|mig)|har hjulpet (?:meg|mig))(?![\p{L}])/iu;

/**
 * Since 1.15.0: an AI that helped the writer work on a text ("ChatGPT m'a aidé à structurer les idées, à reformuler certains
 * passages…", "the AI assistant that helped me write this"): the writer's own note of assistance (README: Categories),
 * whatever it names as the text. Helping with anything else ("helped me plan the trip") is no note.
 */
function helpedWriterWrite(clause: string): boolean {
  const h = HELPED_ME.exec(clause);
  return !!h && TEXT_WORK.test(clause.slice(h.index, h.index + h[0].length + 40));
}

/**
 * Since 1.15.0: the made thing named by an indefinite noun just before the act, the AI after it ("ho pubblicato un
 * articolo scritto interamente con l'intelligenza artificiale"): the writer tells of some text, not of this one. Each
 * language's own articles: "a", "en", "et" are also prepositions or conjunctions elsewhere.
 */
const INDEFINITE_BEFORE = new Map(
  Object.entries({ en: 'an?', fr: 'une?', es: 'una?|uno', it: 'una?|uno', pt: 'uma?|um', de: 'ein(?:e[mnrs]?)?', nl: 'een', sv: 'en|ett', no: 'en|et|ei', da: 'en|et' }).map(
    ([lang, articles]) => [lang, new RegExp(`(?<![\\p{L}])(?:${articles})\\s+(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+,?\\s+(?:(?:that|which|som|che|que|qui|der|die|das|dat)\\s+(?:[\\p{L}-]+\\s+){0,2}?)?$`, 'iu')],
  ),
);
function namedIndefinitely(before: string, lang: string | null): boolean {
  return !!lang && !!INDEFINITE_BEFORE.get(lang)?.test(before);
}

/** Verbs of writing (not of making images or other things), in the 10 spaced languages. */
const WRITING = /writ|draft|redact|redig|schreib|verfass|formulier|écri|rédig|escrib|scriv|escrev|schrij|skriv|skrev/iu;
/** Work on a text: writing (WRITING), structuring, rewording, correcting, translating, editing. */
const TEXT_WORK = new RegExp(
  `${WRITING.source}|formul|structur|struktur|corrig|correct|korrig|translat|tradu|übersetz|vertal|översätt|overs[aeæ]t|proofread|relir|relecture|edit|polish|verbess|verbeter|förbättr|forbedr|amélior|melhor|mejor|miglior`,
  'iu',
);
/** The writer's own use in the present, first person ("I use", "utilizo", "nutze"), beside the lexicons' use words. */
const I_USE = new RegExp(asWords('use|utilizo|uso|utilise|nutze|verwende|benutze|gebruik|använder|bruker|bruger|utilizzo'), 'giu');

/**
 * The writer using an AI to write ("I use AI to write", "yo utilizo inteligencia artificial para redactar") writes with a
 * tool: assistance, as "with the help of AI" is (README: Categories). Not images ("I used Midjourney to create…" made
 * them), not a request ("I asked ChatGPT to write…" prints its answer). Applied to a generation the grammar or a head
 * found, afterwards, so the heads' candidates stay as trained.
 */
export function writerAssisted(sentence: string, f: CompiledFrames, m: FrameMatch): FrameMatch {
  if (m.act !== 'generate' || m.category !== 'ai-generated') return m;
  const c = clauses(sentence).find((x) => x.start <= m.start && m.start < x.end);
  const ai = firstAiHit(f, sentence.slice(m.start, m.end));
  if (!c || !ai || ai.start !== 0 || !WRITING.test(sentence.slice(m.start + ai.end, m.end))) return m;
  if (!writerIsSubject(sentence, c, f)) return m;
  const before = sentence.slice(0, m.start);
  const uses = [...(f.use ? all(f.use, before) : []), ...all(I_USE, before)];
  return uses.some((u) => m.start - u.end <= 40) ? { ...m, category: 'ai-assisted', act: 'assist' } : m;
}

/**
 * The writer tells, in the first person, what an AI did for this text ("I asked ChatGPT to write…", "We use AI
 * tools to help produce…"): not when the sentence reports on others (their reporting words; "we" itself is
 * no reporting word here) or speaks of AI text in general.
 */
function writerSpeaks(sentence: string, c: Hit, f: CompiledFrames, ctx: FrameContext): boolean {
  if (!f.firstPerson?.test(subjectText(sentence, c, f)) || closesQuotation(sentence)) return false;
  const rest = withoutWriter(sentence, f);
  return !f.reporting.test(rest) && !(!ctx.langSure && gatedAnyTest(anyReporting(), rest)) && !generic(sentence, f, ctx) && !OFFER.test(sentence) && !NOT_WRITER.test(sentence);
}

/** The writer in the first person is the clause's subject, not a reader addressed or a speaker quoted. */
function writerIsSubject(s: string, c: Hit, f: CompiledFrames): boolean {
  return !!f.firstPerson?.test(subjectText(s, c, f)) && !NOT_WRITER.test(s.slice(c.start, c.end)) && !closesQuotation(s);
}

/** The sentence without the writer's own first-person words, whose "we" is no report on others. */
function withoutWriter(sentence: string, f: CompiledFrames): string {
  return f.firstPersonAll ? sentence.replace(f.firstPersonAll, ' ') : sentence;
}

/**
 * The sentence ends a quotation opened before it ("Ik heb ChatGPT een preek voor mij laten maken.”"): its "I" is the
 * quoted speaker's, not the writer's.
 */
function closesQuotation(sentence: string): boolean {
  const end = /([”»」』]|(?<=[.!?…])["“])\s*$/u.exec(sentence);
  if (!end) return false;
  const opener = { '”': /[“„]/u, '»': /«/u, '」': /「/u, '』': /『/u, '"': /"(?=.*")/su, '“': /„/u }[end[1]!]!;
  return !opener.test(sentence.slice(0, end.index));
}

/** Japanese, Chinese and Korean "explains / introduces / looks at": a sentence announcing a topic, not a note. */
const EXPLAINS =
  /(?:解説|紹介|説明|考察)(?:します|していきます|いたします|していきたいと思います)[。.!！]?\s*$|(?:这篇文章|這篇文章|本文|本篇文章|本篇)\s*(?:主要|将|將|会|會)?\s*(?:介绍|介紹|讲解|講解|探讨|探討|分享)|(?:(?:소개|설명)(?:합니다|한다|해\s*드립니다|하겠습니다)|살펴(?:봅니다|보겠습니다|본다)|알아(?:봅니다|보겠습니다|본다)|짚(?:습니다|는다|어\s*봅니다)|다룹니다|다룬다)[.!]?\s*$/u;
/**
 * Since 1.18.0: an article that says mid-sentence it explains its topic ("この記事では、生成AIガイドラインの重要性…を詳しく解説し、…"),
 * or that it tells the reader ("이 포스트는 … 단계별로 알려드립니다").
 */
const EXPLAINS_MID = /(?:この記事|本記事|本稿)では[^。！？]*?解説し|알려\s*(?:드립니다|드리겠습니다|드려요)[.!]?\s*$/u;

/** "Use" needs the writer as its subject ("We use AI…"), not "our survey … respondents using AI". */
const FIRST_SUBJECT =
  /(?<![\p{L}])(?:we|ich|wir|je|j['’]|nous|ik|wij|jag|vi|jeg|eu|nós|yo|nosotros|io|noi|usamos|utilizamos|usé|utilicé|usei|utilizei|usiamo|utilizziamo|ho usato|abbiamo usato|ho utilizzato|abbiamo utilizzato|hemos (?:usado|utilizado|empleado)|he (?:usado|utilizado)|私|僕|我|我们|我們|저는|제가|저희|우리)(?![\p{L}])/iu;
/** "I" apart and case-sensitive: Italian "i" is an article. The rest also opens a sentence ("Usamos IA…"). */
const FIRST_I = /(?<![\p{L}])I(?![\p{L}])/u;
const firstSubject = (t: string): boolean => FIRST_I.test(t) || FIRST_SUBJECT.test(t);

/** "…and when AI has been used", "wenn KI eingesetzt wird", "AIを使用した場合": a policy's condition, not a note that it was used here. */
const WHEN_USED = new RegExp(`${asWords('when|whenever|if|wenn|falls|sobald|sofern|soweit|quand|lorsque|cuando|quando|wanneer|indien|när|når|hvis')}\\s+((?:[\\p{L}'’-]+\\s+){0,3})$`, 'iu');
const CASE_AFTER = /^\S{0,6}?\s?(?:場合|경우)/u;

/** The frame is a condition ("when AI tools have been used to write…"), unless the writer is its subject ("when writing this I used…"). */
function conditional(sentence: string, c: Hit, m: FrameMatch): boolean {
  const when = WHEN_USED.exec(sentence.slice(c.start, m.start));
  return (!!when && !firstSubject(when[1]!)) || CASE_AFTER.test(sentence.slice(m.end, c.end));
}

/** "How we use AI", "how I use ChatGPT": the writer's use as a topic, in a pointer or a title, not a note on this text. */
const HOW_WRITER =
  "[Hh]ow (?:we|I)|[Ww]ie (?:wir|ich)|comment (?:nous|j[e'’])|[Cc]ómo (?:usamos|utilizamos|uso|utilizo)|[Cc]ome (?:usiamo|utilizziamo|uso|utilizzo)|[Cc]omo (?:usamos|utilizamos|uso|utilizo)|[Hh]oe (?:we|ik)|[Hh]ur (?:vi|jag)|[Hh]vordan (?:vi|jeg)";
const HOW_USE = new RegExp(asWords(HOW_WRITER), 'u');
/** How one does it, with an infinitive or a generic subject: a tutorial's topic ("how to use AI to write", "come utilizzare l'IA per…"). */
const HOW_TO = new RegExp(
  asWords('how to|come (?:usare|utilizzare|sfruttare|far|fare)|comment (?:utiliser|faire|exploiter)|cómo (?:usar|utilizar|hacer|aprovechar)|como (?:usar|utilizar|fazer|aproveitar)|wie man|hoe je|hur man|hvordan man'),
  'iu',
);

/**
 * First person that is not a writer's note: talking to a customer ("our team runs your campaigns with AI") or
 * about AI as a topic ("in this talk we discuss rewriting … with ChatGPT").
 */
const NOT_WRITER = new RegExp(
  asWords(
    `${SECOND_PERSON}|` +
      // A job ad speaks of the work, not of this text ("We are hiring an editor to review AI-generated content").
      // A pointer to the policy ("Read more about how we use AI in our journalism") names the topic, not this text's use.
      `${HOW_WRITER}|` +
      '[Rr]ead more|[Ll]earn more|[Ll]ees meer|[Ll]es mer|[Ll]äs mer|[Ll]æs mere|[Mm]ehr erfahren|[Ee]n savoir plus|' +
      'hiring|recruit\\p{L}*|vacanc\\p{L}*|suchen|vacature\\p{L}*|zoeken|søger|söker|søker|rekryter\\p{L}*|rekrutter\\p{L}*|discuss\\p{L}*|explor\\p{L}*|bespre\\p{L}*|besprech\\p{L}*|diskut\\p{L}*|discut\\p{L}*|présent\\p{L}*|present\\p{L}*|presenter\\p{L}*|talk|webinar|workshop|course|Kurs|cours|curso|corso|cursus|survey\\p{L}*|respondent\\p{L}*|Umfrage|sondage|encuesta|sondaggio|pesquisa|enquête|undersøkelse|undersøgelse|undersökning',
  ),
  'u',
);

/**
 * The clause opens with its subject and a passive or copula verb, and the act follows that verb
 * ("This Building Health Check has been prepared by…", "Notatet er genereret med AI…"): the clause
 * describes what it sits on. Not when it reports on others (the language's reporting words, a news
 * ending) or talks about AI text in general ("Every…").
 */
function opensWithSubject(sentence: string, c: Hit, m: FrameMatch, f: CompiledFrames): boolean {
  if (!f.subject) return false;
  // Read only up to the frame's end, so the verb comes before the frame does: "Les articles générés par IA
  // sont interdits" (the verb after it) is about AI text in general.
  // A bracketed aside between subject and verb is no part of either ("De nordsamiske instruksene og ordene (geađgi, skierit,
  // báhpir) er maskinoversatt").
  if (!f.subject.test(sentence.slice(c.start, m.end).replace(/\s*[(（][^()（）]*[)）]/gu, ''))) return false;
  const clause = sentence.slice(c.start, c.end);
  return !f.reporting.test(clause) && !f.reportingEnd?.test(sentence) && !/^[^\p{L}]*(?:every|each|any|many|some|jede[rsn]?|viele|chaque|cada|ogni|elke|varje|hver|alle)(?![\p{L}])/iu.test(clause);
}

/**
 * "Every AI-generated text…", "Publish AI-written articles", "In the 1990s, robot reporters wrote…":
 * rules, product copy and history about AI text in general.
 */
/**
 * A feature offered to the reader ("Get the article summarised by AI", "Få artiklen opsummeret…"): a button, not a
 * note. "La" alone is the French, Spanish and Italian article: only Norwegian "La oss / La KI…" offers.
 */
const OFFER =
  /^\W*(?:get|try|let|have|få|prøv|prova|lad|låt|la (?:oss|meg|deg|KI|AI)|lass|lassen sie|hol dir|erhalte|probier\w*|laat|krijg|probeer|ontvang|obtenez|essayez|faites|obtén|prueba|consigue|ottieni|prova|fatti|obtenha|experimente|generate|create|write|erstelle|generiere|schreib|schrijf|maak|genereer|skriv|skapa|skab|generer|generera|opret|lag)(?![\p{L}])/iu;

const GENERIC =
  /^\W*(?:seminar\p{L}*|webinar\p{L}*|workshop\p{L}*|kurs\p{L}*|course|cursus|vortrag|talk|lezing|föreläsning|foredrag|forelæsning|konferen\p{L}*|conference|panel|debat\p{L}*|umfrage|survey|enkät|undersøkelse|undersøgelse|undersökning|onderzoek|studie|study|job|jobs|stellenangebot|vacature|stilling|tjänst|sommarjobb)(?![\p{L}])|^\W*(?:publish|publicar|publier|pubblicare|veröffentlichen|publiceren|publicera|publisere|publicere|detect\w*|detecte|détect\w*|top|best)(?![\p{L}])|^\W*(?:in|im|en|nel|em|i)\s+(?:the\s+|den\s+|(?:jahr|año|anno|ano|år)\s+)?(?:1[89]|20)\d\d/iu;

/**
 * Quantifiers make a sentence about AI text in general ("Every AI-generated text…"), each language its own: Italian
 * "alle" (to the) is no Germanic "all", Spanish "cada" no French acronym. With no language, every one's.
 */
const QUANTIFIERS: Record<string, string> = {
  en: 'every|each|any|some|many',
  it: 'ogni|qualsiasi|alcuni|molti',
  de: 'jede[rsn]?|einige|viele|alle',
  fr: 'chaque|certains|certaines|plusieurs|tout',
  es: 'cada|algunos|algunas|muchos',
  pt: 'cada|qualquer|alguns|algumas|muitos',
  nl: 'elke|sommige|veel|alle',
  sv: 'varje|vissa|många',
  no: 'hver|noen|mange|alle',
  da: 'hver|nogle|mange|alle',
};
const QUANTIFIER_AFTER = '(?!\\s+(?:day|morning|evening|night|week|month|year|hour|Tag|Morgen|Abend|Woche|Monat|Jahr|Stunde|jour|matin|soir|semaine|mois|día|mañana|noche|semana|mes|giorno|mattina|sera|settimana|mese|dia|manhã|noite|dag|ochtend|avond|maand|morgon|kväll|vecka|månad|kveld|uke|måned|aften|uge)(?![\\p{L}]))';
const quantified = languageTest(QUANTIFIERS, (source) => `(?<![\\p{L}])(?:${source})(?![\\p{L}])${QUANTIFIER_AFTER}`);

/**
 * A sentence opening with a plural article and a plural noun speaks of such texts in general ("Les articles générés par
 * IA…", "Os textos gerados…"). Each language's own articles, and a noun after them: "As summarized by ChatGPT" (an
 * English label whose language a short text cannot tell) is no Portuguese "As …". With no language, every one's.
 */
const PLURAL_OPEN: Record<string, string> = {
  en: 'the \\p{L}+s',
  fr: '(?:les|des) \\p{L}+[sx]',
  es: '(?:los|las|unos|unas) \\p{L}+s',
  it: '(?:gli|i) \\p{L}+[ie]',
  pt: '(?:os|as|uns|umas) \\p{L}+s',
};
const opensPlural = languageTest(PLURAL_OPEN, (source) => `^\\W*(?:${source})(?![\\p{L}])`);

/**
 * A test built from each language's own words, compiled on first use per language; with no language (a text too short to
 * tell), every language's words.
 */
function languageTest(table: Record<string, string>, pattern: (source: string) => string): (sentence: string, lang: string | null) => boolean {
  const compiled = new Map<string, RegExp | null>();
  return (sentence, lang) => {
    const key = lang ?? '*';
    if (!compiled.has(key)) {
      const source = lang === null ? Object.values(table).join('|') : table[lang];
      compiled.set(key, source ? new RegExp(pattern(source), 'iu') : null);
    }
    return compiled.get(key)?.test(sentence) ?? false;
  };
}
function generic(sentence: string, f: CompiledFrames, ctx: FrameContext): boolean {
  const lang = ctx.langSure === false ? null : f.lang;
  return GENERIC.test(sentence) || quantified(sentence, lang) || opensPlural(sentence, lang);
}

let reportingAll: RegExp | null = null;
let summaryAll: RegExp | null = null;

/** Summary words of every spaced language, for labels whose language cannot be told (CJK text always can). */
function anySummary(): RegExp {
  return (summaryAll ??= unicodeRegExp(
    Object.values(LEXICONS)
      .filter((l) => !l.dense)
      .map((l) => `\\b(?:${unicodeWords(l.summary)})\\b`)
      .join('|'),
    'iu',
  ));
}

/** Reporting words of every language, for short notes whose language cannot be told. */
export function anyReporting(): RegExp {
  return (reportingAll ??= unicodeRegExp(Object.values(LEXICONS).map((l) => `(?:${l.reporting})`).join('|'), 'iu'));
}
