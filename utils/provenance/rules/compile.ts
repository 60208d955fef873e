import type { SignalCategory } from '../types';
import { CHATBOT_HINTS, CHATBOT_RULES, LANGUAGE_PACKS } from './index';
import type { LanguagePack, RuleMode } from './types';
import { spacesToWhitespace } from './spaces';
import { groupedAlternation } from './grouped-alternation';

export { spacesToWhitespace };
import { DISCLOSURE_EXPLANATIONS } from './explanations';

export interface CompiledDisclosureRule {
  id: string;
  lang: string;
  category: SignalCategory;
  mode: RuleMode;
  re: RegExp;
  weight: number;
  explanation: string;
  ignoreNegation: boolean;
  blockCues: boolean;
  requireInBlock: RegExp | null;
  upgradeOnAI: boolean;
  /** Built by the compositional grammar (rules/frames), which decides the category itself. */
  frame?: boolean;
}

export interface CompiledPack {
  lang: string;
  /** Common function words of the pack's language; null where the script alone tells (CJK). */
  looksLike: RegExp | null;
  /** The pack's own keywords: sentences without one skip all of its rules. */
  prefilter: RegExp;
  rules: CompiledDisclosureRule[];
  ai: RegExp;
  self: RegExp | null;
  negation: RegExp;
  attribution: RegExp;
  hypothetical: RegExp;
  assistCues: RegExp;
  summaryCues: RegExp;
  imageCues: RegExp;
  humanReview: RegExp | null;
}

export interface CompiledChatbotRule {
  id: string;
  lang: string;
  re: RegExp;
  paragraphStart: boolean;
  insideParagraph: boolean;
  weight: number;
  explanation: string;
}

export interface CompiledRules {
  packs: CompiledPack[];
  chatbot: CompiledChatbotRule[];
  /** Keywords of the chatbot rules alone. */
  chatbotPrefilter: RegExp;
  /** Attribution words of all languages (for chatbot leaks, whose language is often unknown). */
  anyAttribution: RegExp;
  /** The packs with function words (the Latin-script languages), in pack order. */
  latinPacks: CompiledPack[];
  /**
   * Every function word (lower case) and the Latin packs that list it, one bit per pack in `latinPacks` order: the
   * grammar picks a Latin sentence's language by how many of each pack's words it uses, looking each word up once.
   */
  functionWordPacks: Map<string, number>;
}

/**
 * JavaScript's \b only knows ASCII letters, so "généré\b" or "\bnão" never match. Every rule
 * is written with \b and compiled with a Unicode-aware boundary instead.
 */
// Word characters of the scripts the boundary matters for (Latin with diacritics, Greek, Cyrillic).
// An explicit class, not \p{L}: V8 builds a \p{L} set anew for every occurrence (~0.5 ms each),
// and the rules hold hundreds of boundaries, which cost ~300 ms on every page load in a browser.
// CJK and Hangul text has no word boundaries to respect, so leaving them out changes nothing.
const W = '[0-9A-Za-z_\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02AF\\u0370-\\u03FF\\u0400-\\u052F\\u1E00-\\u1EFF]';
const UB = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;

export function unicodeRegExp(source: string, flags: string): RegExp {
  const expanded = spacesToWhitespace(source).replace(/\\b/g, UB);
  // Unicode mode ('u') makes V8 canonicalise every class and literal for full case folding, which
  // doubles the cold compile on each page load; BMP-only patterns match the same without it.
  const needsUnicode = /\\[pP]\{|\\u\{|[\uD800-\uDFFF]/.test(expanded);
  return new RegExp(expanded, needsUnicode ? flags : flags.replace('u', ''));
}

function expand(pattern: string, vocab: Record<string, string>): string {
  return pattern.replace(/\{([A-Z_]+)\}/g, (_m, name: string) => {
    const v = vocab[name];
    if (v === undefined) throw new Error(`rule vocabulary ${name} missing`);
    return v;
  });
}

/**
 * Defines `obj[key]` as a value built on first read: a page pays only for the rules it runs.
 * In a browser every page load is a cold start, and compiling every rule up front cost ~30 ms
 * (plus ~100 ms of first executions) on pages that mention no AI at all.
 */
function lazy<T extends object, K extends string, V>(obj: T, key: K, make: () => V): void {
  let built = false;
  let value: V;
  Object.defineProperty(obj, key, {
    enumerable: true,
    get: () => {
      if (!built) [value, built] = [make(), true];
      return value;
    },
  });
}

/**
 * A few of each language's commonest words: a long sentence without one is not in that language.
 * Closely related languages (no/da/sv, es/pt) share some, which is fine: this only keeps packs
 * of clearly other languages asleep.
 */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the|and|of|this|was|is|by|with|an|to|in|for|that|were|are|has|it',
  de: 'der|die|das|und|ist|mit|von|den|wurde|ein|eine|dieser|diese|dieses|zu|im|auf|nicht|wir',
  fr: 'le|la|les|et|est|des|du|un|une|par|avec|cet|cette|ce|été|à|pour|dans|nous|il|de|au|aux|sont|ont',
  es: 'el|la|los|las|y|es|de|del|un|una|por|con|este|esta|fue|ha|para|en|que|se',
  it: 'il|la|lo|gli|le|e|è|di|del|della|un|una|con|questo|questa|stato|stata|da|per|che|non|dal|dalla|dall|dai|dalle|nel|nella|nell|alla|dell|dei|delle|degli|sono',
  pt: 'o|a|os|as|e|é|de|do|da|um|uma|com|este|esta|foi|por|para|em|que|não|se|pelo|pela|dos|das|na|ao|são',
  nl: 'de|het|een|en|is|van|met|dit|deze|werd|door|voor|op|in|niet|wij|zijn',
  sv: 'och|är|av|med|den|det|en|ett|denna|detta|har|som|på|för|till|inte|vi',
  no: 'og|er|av|med|den|det|en|et|denne|dette|har|som|på|for|til|ikke|vi',
  da: 'og|er|af|med|den|det|en|et|denne|dette|har|som|på|for|til|ikke|vi',
};

/** A pack: its keyword and language tests are built at once (small); every rule regex on first use. */
function lazyPack(p: LanguagePack): CompiledPack {
  const v = p.vocab;
  const rules = p.rules.map((r) => {
    const rule = {
      id: `disclosure.${p.lang}.${r.id}`,
      lang: p.lang,
      category: r.category,
      mode: r.mode,
      weight: r.weight,
      explanation: r.explanation ?? DISCLOSURE_EXPLANATIONS[r.category],
      ignoreNegation: r.ignoreNegation ?? false,
      blockCues: r.blockCues ?? false,
      upgradeOnAI: r.upgradeOnAI ?? false,
    };
    lazy(rule, 're', () => unicodeRegExp(expand(r.pattern, v), 'iu'));
    lazy(rule, 'requireInBlock', () => (r.requireInBlock ? unicodeRegExp(expand(`{${r.requireInBlock}}`, v), 'iu') : null));
    return rule as CompiledDisclosureRule;
  });
  const words = FUNCTION_WORDS[p.lang] ? `(?:^|[^\\p{L}])(?:${FUNCTION_WORDS[p.lang]})(?![\\p{L}])` : null;
  const pack = {
    lang: p.lang,
    // Grouped by first letter (grouped-alternation.ts): the same strings pass a test, the engine tries one group per position.
    prefilter: new RegExp(groupedAlternation(p.hints.map(spacesToWhitespace)), 'iu'),
    looksLike: words ? new RegExp(words, 'iu') : null,
    rules,
  };
  lazy(pack, 'ai', () => unicodeRegExp(v['AI'] ?? '\\bAI\\b', 'iu'));
  lazy(pack, 'self', () => (v['SELF'] ? unicodeRegExp(v['SELF'], 'iu') : null));
  lazy(pack, 'negation', () => unicodeRegExp(p.negation, 'iu'));
  lazy(pack, 'attribution', () => unicodeRegExp(p.attribution, 'iu'));
  lazy(pack, 'hypothetical', () => unicodeRegExp(p.hypothetical, 'iu'));
  lazy(pack, 'assistCues', () => unicodeRegExp(p.assistCues, 'iu'));
  lazy(pack, 'summaryCues', () => unicodeRegExp(p.summaryCues, 'iu'));
  lazy(pack, 'imageCues', () => unicodeRegExp(p.imageCues, 'iu'));
  lazy(pack, 'humanReview', () => (p.humanReview ? unicodeRegExp(p.humanReview, 'iu') : null));
  return pack as CompiledPack;
}

let cache: CompiledRules | null = null;

/** Compiled once per realm, on first use, so importing the module costs nothing. */
export function compiledRules(): CompiledRules {
  if (cache) return cache;
  const rules = {
    packs: LANGUAGE_PACKS.map(lazyPack),
    // Grouped by first letter (grouped-alternation.ts), as the content script's hint pattern is: the same strings match, in
    // about half the time; still 'iu', so case folding is unchanged.
    chatbotPrefilter: new RegExp(groupedAlternation(CHATBOT_HINTS.map(spacesToWhitespace)), 'iu'),
  };
  lazy(rules, 'chatbot', () =>
    CHATBOT_RULES.map((r) => ({
      id: `chatbot.${r.lang}.${r.id}`,
      lang: r.lang,
      re: unicodeRegExp(r.pattern, r.caseSensitive ? 'u' : 'iu'),
      paragraphStart: r.paragraphStart ?? false,
      insideParagraph: r.insideParagraph ?? false,
      weight: r.weight,
      explanation: r.explanation,
    })),
  );
  lazy(rules, 'anyAttribution', () => unicodeRegExp(LANGUAGE_PACKS.map((p) => `(?:${p.attribution})`).join('|'), 'iu'));
  lazy(rules, 'latinPacks', () => rules.packs.filter((p) => FUNCTION_WORDS[p.lang]));
  lazy(rules, 'functionWordPacks', () => {
    const index = new Map<string, number>();
    (rules as CompiledRules).latinPacks.forEach((p, i) => {
      for (const w of FUNCTION_WORDS[p.lang]!.split('|')) index.set(w, (index.get(w) ?? 0) | (1 << i));
    });
    return index;
  });
  cache = rules as CompiledRules;
  return cache;
}
