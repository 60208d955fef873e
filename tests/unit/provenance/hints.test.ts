import { describe, expect, it } from 'vitest';
import { HINT_PATTERN } from '../../../utils/provenance/rules/hint-pattern';
import { compactHintPattern, groupedAlternation, hintAlternation, hintPatternModule, literalStart, ruleHints } from '../../../utils/provenance/rules/grouped-alternation';
import { hintPrefilter } from '../../../utils/provenance/rules/prefilter';
import { grammarPrefilter, RULES_ONLY_HINTS } from '../../../utils/provenance/rules/grammar-gate';
import { CHATBOT_HINTS, LANGUAGE_PACKS } from '../../../utils/provenance/rules/index';
import { FRAME_HINTS } from '../../../utils/provenance/rules/frames/lexicons';
import { spacesToWhitespace } from '../../../utils/provenance/rules/spaces';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './helpers';

describe('the grammar\'s keyword gate', () => {
  it('is every rule keyword but those only hand and chatbot rules need (the learned heads\' candidates stay what they were fitted on)', () => {
    const all = new Set([...LANGUAGE_PACKS.flatMap((p) => p.hints), ...CHATBOT_HINTS, ...FRAME_HINTS]);
    for (const h of RULES_ONLY_HINTS) expect(all.has(h), h).toBe(true);
    expect(grammarPrefilter().source).toBe(groupedAlternation(ruleHints(RULES_ONLY_HINTS)));
    // A chatbot's translation handed over reaches the chatbot rules, not the grammar; a note naming AI reaches both.
    expect(hintPrefilter().test('Ecco la traduzione in italiano:')).toBe(true);
    expect(grammarPrefilter().test('Ecco la traduzione in italiano:')).toBe(false);
    expect(grammarPrefilter().test('Questo articolo è stato tradotto con l\'intelligenza artificiale.')).toBe(true);
  });
});

describe('content-side keyword pattern', () => {
  it('is generated from the keywords the rules need, so the content script never drops a candidate the rules would match (stale: npm run gen:hints)', () => {
    expect(readFileSync(join(__dirname, '../../../utils/provenance/rules/hint-pattern.ts'), 'utf8')).toBe(hintPatternModule());
    expect(HINT_PATTERN).toBe(compactHintPattern(hintAlternation(ruleHints())));
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
      expect(hintPrefilter().test(text), text).toBe(plain.test(text));
      if (plain.test(text)) positives++;
    }
    expect(positives).toBeGreaterThan(10);
  });
});
