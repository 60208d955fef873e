import { describe, expect, it } from 'vitest';
import { passageDiff } from '../../../utils/reports/passage-diff';
import { seed } from './helpers';

const side = (parts: NonNullable<ReturnType<typeof passageDiff>>, kind: 'removed' | 'added') =>
  parts.filter((p) => p.kind === 'same' || p.kind === kind).map((p) => p.text).join('');

describe('passageDiff', () => {
  it('marks the words the newsroom changed, and rebuilds both texts exactly', () => {
    const after = seed.quote.replace('declared tighter controls', 'announced, on 13 January 2025, tighter controls');
    const parts = passageDiff(seed.quote, after)!;
    expect(side(parts, 'removed')).toBe(seed.quote);
    expect(side(parts, 'added')).toBe(after);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['declared']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toContain('13 January 2025');
    expect(parts.find((p) => p.kind === 'same' && p.text.includes('Biden administration'))).toBeTruthy();
  });

  it('keeps every space where it was, also when a change starts or ends at one', () => {
    const after = seed.quote.replace('declared tighter controls on', 'announced tighter controls, on 13 January 2025, on');
    const parts = passageDiff(seed.quote, after)!;
    expect(side(parts, 'removed')).toBe(seed.quote);
    expect(side(parts, 'added')).toBe(after);
  });

  it('splits Japanese into words rather than marking the whole sentence', () => {
    const parts = passageDiff('政府は月曜日に規制を発表した。', '政府は火曜日に規制を発表した。')!;
    const changed = parts.filter((p) => p.kind !== 'same').map((p) => p.text).join('');
    expect(changed.length).toBeLessThan(8);
    expect(changed).toContain('火');
  });

  it('gives up on texts too long to compare', () => {
    expect(passageDiff('a '.repeat(6000), 'b '.repeat(6000))).toBeNull();
  });
});
