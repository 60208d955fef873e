import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HINT_PATTERN, HINT_WIDE } from '../../../utils/provenance/rules/hint-pattern';
import { compactHintPattern, groupedAlternation, hintAlternations, hintPatternModule, literalStart, needsWide, ruleHints } from '../../../utils/provenance/rules/grouped-alternation';
import { hintPrefilter } from '../../../utils/provenance/rules/prefilter';
import { WIDE_GATE } from '../../../utils/provenance/rules/wide-gate';
import { grammarPrefilter, RULES_ONLY_HINTS } from '../../../utils/provenance/rules/grammar-gate';
import { CHATBOT_HINTS, LANGUAGE_PACKS } from '../../../utils/provenance/rules/index';
import { FRAME_HINTS } from '../../../utils/provenance/rules/frames/lexicons';
import { spacesToWhitespace } from '../../../utils/provenance/rules/spaces';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectedTexts, FIXTURES } from './helpers';

describe('the grammar\'s keyword gate', () => {
  it('is every rule keyword but those only hand and chatbot rules need (the learned heads\' candidates stay what they were fitted on)', () => {
    const all = new Set([...LANGUAGE_PACKS.flatMap((p) => p.hints), ...CHATBOT_HINTS, ...FRAME_HINTS]);
    for (const h of RULES_ONLY_HINTS) expect(all.has(h), h).toBe(true);
    expect(grammarPrefilter().source).toBe(groupedAlternation(ruleHints(RULES_ONLY_HINTS)));
    // A chatbot's translation handed over reaches the chatbot rules, not the grammar; a note naming AI reaches both.
    expect(hintPrefilter()('Ecco la traduzione in italiano:')).toBe(true);
    expect(grammarPrefilter().test('Ecco la traduzione in italiano:')).toBe(false);
    expect(grammarPrefilter().test('Questo articolo è stato tradotto con l\'intelligenza artificiale.')).toBe(true);
  });
});

describe('content-side keyword pattern', () => {
  it('is generated from the keywords the rules need, so the content script never drops a candidate the rules would match (stale: npm run gen:hints)', () => {
    expect(readFileSync(join(__dirname, '../../../utils/provenance/rules/hint-pattern.ts'), 'utf8')).toBe(hintPatternModule());
    expect([HINT_PATTERN, HINT_WIDE]).toEqual(hintAlternations(ruleHints()).map(compactHintPattern));
  });

  it('holds every pack\'s, the chatbot rules\' and the frames\' keywords, spaces widened, or a shorter one that finds it', () => {
    const hints = ruleHints();
    expect(hints.length).toBeGreaterThan(100);
    const pattern = new RegExp(hints.join('|'), 'i');
    for (const h of [...LANGUAGE_PACKS.flatMap((p) => p.hints), ...CHATBOT_HINTS, ...FRAME_HINTS]) {
      const widened = spacesToWhitespace(h);
      if (hints.includes(widened)) continue;
      // Dropped only when a kept keyword without boundaries finds it, or the plain text every match of it starts with.
      const text = widened.replace(/\\s\+/g, ' ');
      const probe = /[\\[\](){}?*+|^$.]/.test(text) ? literalStart(text) : text;
      expect(probe, h).not.toBe('');
      expect(pattern.test(probe), h).toBe(true);
    }
    expect(hints).not.toContain('automatisch');
    expect(hints).toContain('automat');
    expect(hints).not.toContain('modell[oi] linguistic');
  });
});

describe('grouped keyword alternation', () => {
  it('groups by first letter, keeping \\b in front and syntax-led keywords whole', () => {
    expect(groupedAlternation(['automat', 'artificial', '\\bAI\\b', '\\bA\\.?I\\b', '\\[\\[', 'bot\\b', 'x?y'])).toBe(
      'a(?:utomat|rtificial)|\\ba(?:I\\b|\\.?I\\b)|bot\\b|\\[\\[|x?y',
    );
  });

  it('matches exactly what the plain alternation matches, on real page text and sentences', () => {
    const plain = new RegExp(ruleHints().join('|'), 'i');
    const texts = [
      ...readFileSync(join(FIXTURES, '..', 'pages', 'seed-beijing-post.html'), 'utf8').split(/<[^>]+>/),
      'As an AI language model, I cannot', 'KI-gestützt erstellt', 'généré automatiquement', '[[WINNING_TEAM_MASCOT]]',
      'Email: ai@example.com', 'Thai food', 'The AIDS conference', 'maintenance', 'Said the bot.', '内容由AI生成',
      'If you want, I can also', 'Wenn du möchtest, kann ich', 'no keyword here at all',
    ];
    let positives = 0;
    for (const text of texts) {
      expect(hintPrefilter()(text), text).toBe(plain.test(text));
      if (plain.test(text)) positives++;
    }
    expect(positives).toBeGreaterThan(10);
  });

  it('matches exactly what the plain alternation matches on every collected sentence and every keyword', () => {
    const plain = new RegExp(ruleHints().join('|'), 'i');
    const keywords = ruleHints().map((h) => h.replace(/\\s\+/g, ' ').replace(/\\b|[()?]/g, ''));
    let positives = 0;
    for (const text of [...collectedTexts(), ...keywords]) {
      expect(hintPrefilter()(text), text).toBe(plain.test(text));
      if (plain.test(text)) positives++;
    }
    expect(positives).toBeGreaterThan(3000);
  });
});

describe('the content script\'s second keyword alternation (HINT_WIDE) and its gate', () => {
  const wide = new RegExp(HINT_WIDE.replace(/ /g, '\\s+'), 'i');

  it('takes a keyword only when every match of it holds a character the gate finds', () => {
    for (const h of ['(제|나의)\\s*지식', '(AI|人工智能)[^。]{0,20}完成', '[!！。.,，]\\s*(다음은|以下は)', '(?=完)', 'x完+', '((完|完)|完)x']) expect(needsWide(h), h).toBe(true);
    for (const h of ['(a|以下)b', '完?x', '(完)?x', '(?!完)x', 'a|完', 'x完{0,2}', '\\u5b8c', '[完]', '((a|完)|完)', 'x完*?']) expect(needsWide(h), h).toBe(false);
    expect(HINT_WIDE).toContain('完成');
    expect(HINT_PATTERN).not.toContain('完成');
  });

  it('gates on characters no character outside the gate matches case-insensitively', () => {
    // Every caseless character in the gate's range, as one case-insensitive class: nothing outside the range may match it.
    let cls = '';
    for (let c = 0x3040; c <= 0xd7a3; c++) {
      const ch = String.fromCharCode(c);
      if (ch.toUpperCase() === ch && ch.toLowerCase() === ch) cls += ch === '\\' || ch === ']' || ch === '-' || ch === '^' ? `\\${ch}` : ch;
    }
    const any = new RegExp(`[${cls}]`, 'i');
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (!WIDE_GATE.test(ch)) expect(any.test(ch), c.toString(16)).toBe(false);
    }
  });

  it('is a subset of the gate: every text it matches passes the gate (collected sentences, keywords, sampled matches)', () => {
    const texts = [...collectedTexts(), ...ruleHints()];
    // Sampled strings of each alternative (lookaheads dropped: a superset of its matches), case kept: the gate has no case.
    const arb = fc.stringMatching(new RegExp(HINT_WIDE.replace(/\(\?=\[[^\]]*\]\)/g, '').replace(/ /g, '\\s+')));
    texts.push(...fc.sample(arb, { numRuns: 3000, seed: 20 }));
    let matched = 0;
    for (const text of texts) {
      if (!wide.test(text)) continue;
      matched++;
      expect(WIDE_GATE.test(text), text).toBe(true);
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
