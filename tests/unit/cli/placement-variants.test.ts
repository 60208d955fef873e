import { describe, expect, it } from 'vitest';
import { detectProvenance } from '../../../utils/provenance/index';
import { PLACEMENT_VARIANTS, variantDocument, type PlacementVariant } from '../../../cli/eval/placement-variants';

describe('placement variants', () => {
  it('set the sentence as text inside each variant’s elements, at the end of the article', () => {
    const hostile = '<img src=x onerror=alert(1)> This article was written with the help of AI.';
    for (const v of Object.keys(PLACEMENT_VARIANTS) as PlacementVariant[]) {
      const doc = variantDocument(hostile, 'en', v);
      expect(doc.querySelector('img')).toBeNull();
      const last = doc.querySelector('article')!.lastElementChild!;
      expect(last.textContent).toBe(hostile);
      expect(last.tagName.toLowerCase()).toBe(PLACEMENT_VARIANTS[v][0]![0]);
    }
    expect(variantDocument('x', 'de', 'whole link to a policy').querySelector('article > p > a[href="/ai-policy"]')?.textContent).toBe('x');
  });

  it('read the same disclosure in every variant (en-016-h1)', () => {
    for (const v of Object.keys(PLACEMENT_VARIANTS) as PlacementVariant[]) {
      const r = detectProvenance(variantDocument('This article was written with the help of AI.', 'en', v), { url: 'https://x.example/a' });
      expect([v, r.verdict]).toEqual([v, 'ai-assisted']);
    }
  });
});
