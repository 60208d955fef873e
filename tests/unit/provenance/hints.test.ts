import { describe, expect, it } from 'vitest';
import { ALL_HINTS } from '../../../utils/provenance/rules/hints';
import { CHATBOT_HINTS, LANGUAGE_PACKS } from '../../../utils/provenance/rules/index';
import { spacesToWhitespace } from '../../../utils/provenance/rules/spaces';

describe('content-side keyword list', () => {
  it('holds exactly the keywords the rules need, so the content script never drops a candidate the rules would match', () => {
    const fromRules = new Set([...LANGUAGE_PACKS.flatMap((p) => p.hints), ...CHATBOT_HINTS].map(spacesToWhitespace));
    expect(new Set(ALL_HINTS)).toEqual(fromRules);
  });
});
