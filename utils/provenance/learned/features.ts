import type { CompiledPack } from '../rules/compile';
import type { CompiledFrames, FrameContext, FrameMatch } from '../rules/frames/match';
import { anyReporting } from '../rules/frames/match';
import { insideQuotes } from '../sentences';
import { lastRead } from '../rules/last-read';
import { gatedAnyTest, gatedTest } from '../rules/literal-gate';
import { anyMatch, DEMONSTRATIVE, FIRST_PLURAL, FIRST_SINGULAR, HERE, SECOND } from '../rules/persons';

/**
 * Features of one frame candidate: a sentence where the grammar found an actor paired with an act.
 * Most are structure the grammar's own lexicons compute in every language (act, category, where the
 * frame sits, reporting, negation, attribution, hypothetical and scope words); a few are surface
 * shape (length, capitals, digits, quotes). Word identities enter only as a small number of hashed
 * buckets, so that the model cannot memorise a publisher's phrasing into many weights.
 */
export interface Candidate {
  sentence: string;
  match: FrameMatch;
  /** The grammar alone kept this frame (true) or rejected it for want of a scope (false). */
  accepted: boolean;
  /** No act pairs with the actor: `match` spans the first actor, its category read from cue words. */
  actorOnly?: boolean;
}

export type Features = Map<string, number>;

const ACTS: FrameMatch['act'][] = ['generate', 'assist', 'translate', 'summary', 'automatic', 'vendor', 'use'];

/** Word count of Latin text, or a comparable count (characters / 2) for CJK text written without spaces. */
function words(s: string, dense: boolean): number {
  if (dense) return Math.ceil(s.replace(/[\s\p{P}\p{S}]/gu, '').length / 2);
  return s.split(/\s+/).filter(Boolean).length;
}

/** Tokens for the hashed part: lower-cased words, or character bigrams where text has no spaces. */
export function tokens(s: string, dense: boolean): string[] {
  const lower = s.toLowerCase();
  if (!dense) return lower.match(/[\p{L}\p{N}]+/gu) ?? [];
  const letters = lower.replace(/[\s\p{P}\p{S}]/gu, '');
  const out: string[] = [];
  for (let i = 0; i + 1 < letters.length; i++) out.push(letters.slice(i, i + 2));
  return out;
}

const capped = (x: number, cap: number): number => Math.min(x, cap) / cap;

/** What featuresOf reads of the sentence alone, in no language's words: read once, since a sentence whose language cannot be told is scored in every Latin language. */
const sentenceShape = lastRead((s, dense) => ({
  total: words(s, dense),
  // Behind the literal gates (literal-gate.ts): every language's reporting words are a long pattern that most sentences hold none
  // of, read one language at a time behind each one's gate.
  anyReporting: gatedAnyTest(anyReporting(), s),
  quoteMark: /["“”„«»「」『』]/u.test(s),
  paren: /[()（）]/u.test(s),
  colon: /[:：]/u.test(s),
  digits: /\d/u.test(s),
  year: /(?<!\d)(?:19|20)\d\d(?!\d)/u.test(s),
  endsStop: /[.。!！?？]\s*$/u.test(s),
  question: /[?？]/u.test(s),
  // Capitalised words after the first: names of people, companies and outlets, which news about others is full of.
  caps: dense ? 0 : (s.slice(1).match(/(?<=\s)\p{Lu}\p{Ll}+/gu)?.length ?? 0),
  demonstrative: DEMONSTRATIVE.test(s),
  here: HERE.test(s),
  firstSingular: anyMatch(FIRST_SINGULAR, s),
  firstPlural: FIRST_PLURAL.test(s),
  second: anyMatch(SECOND, s),
  firstCap: /^\P{L}*\p{Lu}/u.test(s),
}));

export function featuresOf(c: Candidate, f: CompiledFrames, pack: CompiledPack, ctx: FrameContext): Features {
  const { sentence: s, match: m } = c;
  const x: Features = new Map();
  const on = (name: string, v: boolean | number): void => {
    const n = typeof v === 'number' ? v : v ? 1 : 0;
    if (n !== 0) x.set(name, n);
  };
  for (const a of ACTS) on(`act:${a}`, m.act === a);
  on(`cat:${m.category}`, true);
  on('accepted', c.accepted);
  on('actorOnly', !!c.actorOnly);
  on('dense', f.dense);
  on('shortNote', ctx.shortNote);
  on('noteZone', ctx.noteZone);
  on('byline', ctx.byline);
  on('caption', !!ctx.caption);
  on('langSure', !!ctx.langSure);
  const before = s.slice(0, m.start);
  const lead = words(before, f.dense);
  const shape = sentenceShape(s, f.dense);
  const total = shape.total;
  on('lead', capped(lead, 20));
  on('lead0', lead === 0);
  on('lead<=2', lead <= 2);
  on('len', capped(total, 40));
  on('len<=6', total <= 6);
  on('len>25', total > 25);
  on('span', capped(m.end - m.start, 80));
  on('after', capped(words(s.slice(m.end), f.dense), 30));
  on('scope', gatedTest(f.scope, s));
  on('subject', !!f.subject && gatedTest(f.subject, s));
  on('reporting', gatedTest(f.reporting, s));
  on('anyReporting', shape.anyReporting);
  on('reportingEnd', !!f.reportingEnd && gatedTest(f.reportingEnd, s));
  on('negation', gatedTest(pack.negation, s));
  on('negationBefore', gatedTest(pack.negation, before));
  on('attribution', gatedTest(pack.attribution, s));
  on('hypothetical', gatedTest(pack.hypothetical, s));
  on('help', gatedTest(f.help, s));
  on('summaryWord', gatedTest(f.summary, s));
  on('quoted', insideQuotes(s, m.start));
  on('quoteMark', shape.quoteMark);
  on('paren', shape.paren);
  on('colon', shape.colon);
  on('digits', shape.digits);
  on('year', shape.year);
  on('endsStop', shape.endsStop);
  on('question', shape.question);
  on('names', capped(shape.caps, 5));
  on('demonstrative', shape.demonstrative);
  on('here', shape.here);
  on('firstSingular', shape.firstSingular);
  on('firstPlural', shape.firstPlural);
  on('second', shape.second);
  on('firstCap', shape.firstCap);
  return x;
}
