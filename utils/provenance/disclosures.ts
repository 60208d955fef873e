import type { Signal, SignalCategory, SignalScope } from './types';
import type { CompiledDisclosureRule, CompiledPack, CompiledRules } from './rules/compile';
import { insideQuotes, quoteOf, splitSentences, stripLabelPrefix, type Span } from './sentences';
import { locateIn, type BlockData } from './blocks';
import { Zone } from './walk';

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

function classify(c: Candidate, block: BlockData): { category: SignalCategory; scope: SignalScope } | null {
  const { rule, pack, sentence } = c;
  const upToMatch = sentence.slice(0, c.matchEnd);
  if (!rule.ignoreNegation && pack.negation.test(upToMatch)) return null;
  // Reported speech around the match ("…, the lawsuit alleges"), not the match's own verb ("A robot wrote this").
  if (pack.attribution.test(sentence.slice(0, c.matchStart) + ' … ' + sentence.slice(c.matchEnd))) return null;
  if (pack.hypothetical.test(upToMatch)) return null;
  if (insideQuotes(sentence, c.matchStart)) return null;
  if (rule.requireInBlock && !rule.requireInBlock.test(block.text)) return null;

  let category = rule.category;
  if (rule.upgradeOnAI && pack.ai.test(sentence)) category = 'ai-generated';
  else if (category === 'automated' && pack.humanReview?.test(sentence)) category = 'ai-assisted';
  if (category === 'ai-generated' && pack.assistCues.test(upToMatch)) category = 'ai-assisted';
  // Block-wide cues only for short notes, where the caveat and what it is about sit together.
  const cueText = rule.blockCues && block.text.length <= 300 ? block.text : upToMatch;
  if (pack.summaryCues.test(cueText) || block.zones & Zone.SummaryBox) category = 'ai-summary';

  let scope: SignalScope = 'page';
  if (block.zones & Zone.Caption || pack.imageCues.test(upToMatch)) {
    scope = 'image';
  } else if (block.zones & Zone.SummaryBox || (block.zones & Zone.Aside && rule.mode === 'label')) {
    // A note that names "this article" speaks for the page even when a theme wraps it in a side box.
    scope = 'element';
  }
  return { category, scope };
}

function candidatesInBlock(block: BlockData, rules: CompiledRules, spans: Span[]): Candidate[] {
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
      return pack.prefilter.test(sentence) && (sentence.length < LANG_GATE_MIN || !pack.looksLike || pack.looksLike.test(sentence));
    });
    // Touching pack.rules compiles the pack: only when something can match.
    if (live.length === 0 && !label) continue;
    for (const rule of pack.rules) {
      if (rule.mode === 'label' || rule.mode === 'byline') {
        if (!label) continue;
        if (rule.mode === 'byline' && !(block.zones & Zone.Byline)) continue;
        const m = rule.re.exec(label.text);
        if (!m) continue;
        if (rule.mode === 'label' && block.linkText) continue;
        out.push({ rule, pack, sentence: label.text, sentenceStart: labelBase, matchStart: m.index, matchEnd: m.index + m[0].length });
        continue;
      }
      for (const sp of live) {
        const sentence = text.slice(sp.start, Math.min(sp.end, sp.start + MAX_SENTENCE));
        const m = rule.re.exec(sentence);
        if (!m) continue;
        if (rule.mode === 'self-or-short' && trimmedLen > SHORT_NOTE && !pack.self?.test(sentence)) continue;
        out.push({ rule, pack, sentence, sentenceStart: sp.start, matchStart: m.index, matchEnd: m.index + m[0].length });
      }
    }
  }
  return out;
}

/** Written disclosures in one block of text, at most one per sentence (the first rule wins). */
export function findDisclosures(block: BlockData, rules: CompiledRules): Signal[] {
  const spans = splitSentences(block.text);
  const seen = new Set<number>();
  const out: Signal[] = [];
  for (const c of candidatesInBlock(block, rules, spans)) {
    if (seen.has(c.sentenceStart)) continue;
    const cls = classify(c, block);
    if (!cls) continue;
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
  }
  return out;
}
