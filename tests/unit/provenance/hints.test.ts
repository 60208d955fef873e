import { describe, expect, it } from 'vitest';
import { ALL_HINTS } from '../../../utils/provenance/rules/hints';
import { CHATBOT_HINTS, LANGUAGE_PACKS } from '../../../utils/provenance/rules/index';
import { spacesToWhitespace } from '../../../utils/provenance/rules/spaces';
import { groupedAlternation, hintPrefilter } from '../../../utils/provenance/rules/prefilter';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './helpers';

describe('content-side keyword list', () => {
  it('holds exactly the keywords the rules need, so the content script never drops a candidate the rules would match', () => {
    const fromRules = new Set([...LANGUAGE_PACKS.flatMap((p) => p.hints), ...CHATBOT_HINTS].map(spacesToWhitespace));
    expect(new Set(ALL_HINTS)).toEqual(fromRules);
  });
});

describe('grouped keyword alternation', () => {
  it('groups by first letter, keeping \\b in front and syntax-led keywords whole', () => {
    expect(groupedAlternation(['automat', 'artificial', '\\bAI\\b', '\\bA\\.?I\\b', '\\[\\[', 'bot\\b', 'x?y'])).toBe(
      'a(?:utomat|rtificial)|\\ba(?:I\\b|\\.?I\\b)|bot\\b|\\[\\[|x?y',
    );
  });

  it('matches exactly what the plain alternation matches, on real page text and sentences', () => {
    const plain = new RegExp(ALL_HINTS.join('|'), 'i');
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
