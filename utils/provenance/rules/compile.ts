import type { SignalCategory } from '../types';
import { CHATBOT_HINTS, CHATBOT_RULES, LANGUAGE_PACKS } from './index';
import type { LanguagePack, RuleMode } from './types';
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
}

export interface CompiledPack {
  lang: string;
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
  weight: number;
  explanation: string;
}

export interface CompiledRules {
  packs: CompiledPack[];
  chatbot: CompiledChatbotRule[];
  /** One cheap test that every text able to match any rule passes. */
  prefilter: RegExp;
  /** Keywords of the chatbot rules alone. */
  chatbotPrefilter: RegExp;
  /** Attribution words of all languages (for chatbot leaks, whose language is often unknown). */
  anyAttribution: RegExp;
}

/**
 * JavaScript's \b only knows ASCII letters, so "généré\b" or "\bnão" never match. Every rule
 * is written with \b and compiled with a Unicode-aware boundary instead.
 */
const UB = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))';

/** In rule data a plain space means "one or more whitespace characters" (outside [classes]). */
export function spacesToWhitespace(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    out += c === ' ' && !inClass ? '\\s+' : c;
  }
  return out;
}

export function unicodeRegExp(source: string, flags: string): RegExp {
  return new RegExp(spacesToWhitespace(source).replace(/\\b/g, UB), flags);
}

function expand(pattern: string, vocab: Record<string, string>): string {
  return pattern.replace(/\{([A-Z_]+)\}/g, (_m, name: string) => {
    const v = vocab[name];
    if (v === undefined) throw new Error(`rule vocabulary ${name} missing`);
    return v;
  });
}

function compilePack(p: LanguagePack): CompiledPack {
  const v = p.vocab;
  return {
    lang: p.lang,
    prefilter: new RegExp(spacesToWhitespace(p.hints.join('|')), 'iu'),
    rules: p.rules.map((r) => ({
      id: `disclosure.${p.lang}.${r.id}`,
      lang: p.lang,
      category: r.category,
      mode: r.mode,
      re: unicodeRegExp(expand(r.pattern, v), 'iu'),
      weight: r.weight,
      explanation: r.explanation ?? DISCLOSURE_EXPLANATIONS[r.category],
      ignoreNegation: r.ignoreNegation ?? false,
      blockCues: r.blockCues ?? false,
      requireInBlock: r.requireInBlock ? unicodeRegExp(expand(`{${r.requireInBlock}}`, v), 'iu') : null,
      upgradeOnAI: r.upgradeOnAI ?? false,
    })),
    ai: unicodeRegExp(v['AI'] ?? '\\bAI\\b', 'iu'),
    self: v['SELF'] ? unicodeRegExp(v['SELF'], 'iu') : null,
    negation: unicodeRegExp(p.negation, 'iu'),
    attribution: unicodeRegExp(p.attribution, 'iu'),
    hypothetical: unicodeRegExp(p.hypothetical, 'iu'),
    assistCues: unicodeRegExp(p.assistCues, 'iu'),
    summaryCues: unicodeRegExp(p.summaryCues, 'iu'),
    imageCues: unicodeRegExp(p.imageCues, 'iu'),
    humanReview: p.humanReview ? unicodeRegExp(p.humanReview, 'iu') : null,
  };
}

let cache: CompiledRules | null = null;

/** Compiled once per realm, on first use, so importing the module costs nothing. */
export function compiledRules(): CompiledRules {
  if (cache) return cache;
  const packs = LANGUAGE_PACKS.map(compilePack);
  const hints = [...LANGUAGE_PACKS.flatMap((p) => p.hints), ...CHATBOT_HINTS];
  cache = {
    packs,
    chatbot: CHATBOT_RULES.map((r) => ({
      id: `chatbot.${r.lang}.${r.id}`,
      lang: r.lang,
      re: unicodeRegExp(r.pattern, r.caseSensitive ? 'u' : 'iu'),
      paragraphStart: r.paragraphStart ?? false,
      weight: r.weight,
      explanation: r.explanation,
    })),
    prefilter: new RegExp(spacesToWhitespace(hints.join('|')), 'iu'),
    chatbotPrefilter: new RegExp(spacesToWhitespace(CHATBOT_HINTS.join('|')), 'iu'),
    anyAttribution: unicodeRegExp(LANGUAGE_PACKS.map((p) => `(?:${p.attribution})`).join('|'), 'iu'),
  };
  return cache;
}
