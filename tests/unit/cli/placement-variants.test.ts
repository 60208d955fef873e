import { describe, expect, it } from 'vitest';
import { detectProvenance } from '../../../utils/provenance/index';
import { PLACEMENT_VARIANTS, variantDocument, type PlacementVariant } from '../../../cli/eval/placement-variants';

describe('placement variants', () => {
  it('set the sentence as text inside each variant’s elements, at the end of the article or next to its headline', () => {
    const hostile = '<img src=x onerror=alert(1)> This article was written with the help of AI.';
    // These add their own words around the sentence, in the same block.
    const wrapped = new Set(['bold lead', 'learn-more link after', 'line-break lead', 'icon lead', 'boilerplate before', 'boilerplate after']);
    for (const v of Object.keys(PLACEMENT_VARIANTS) as PlacementVariant[]) {
      const doc = variantDocument(hostile, 'en', v);
      expect(doc.querySelector('img')).toBeNull();
      const h1 = doc.querySelector('article > h1')!;
      const outer = v === 'above the headline' ? h1.previousElementSibling! : v === 'under the headline' ? h1.nextElementSibling! : doc.querySelector('article')!.lastElementChild!;
      expect([v, outer.textContent!.includes(hostile), outer.textContent === hostile]).toEqual([v, true, !wrapped.has(v)]);
      expect(outer.tagName.toLowerCase()).toBe(PLACEMENT_VARIANTS[v].wrap[0]![0]);
    }
    expect(variantDocument('x', 'de', 'whole link to a policy').querySelector('article > p > a[href="/ai-policy"]')?.textContent).toBe('x');
    expect(variantDocument('x', 'de', 'bold lead').querySelector('article > p:last-child')?.textContent).toBe('Hinweis: x');
    expect(variantDocument('Autor: ChatGPT', 'de', 'boilerplate after').querySelector('article > p:last-child')?.textContent).toBe('Autor: ChatGPT. Fragen oder Korrekturen? Schreiben Sie der Redaktion.');
    expect(variantDocument('AIが作成しました。', 'ja', 'boilerplate before').querySelector('article > p:last-child')?.textContent).toBe('ご質問や訂正は編集部までお寄せください。AIが作成しました。');
    expect(variantDocument('x', 'ko', 'line-break lead').querySelector('article > p:last-child > br')).not.toBeNull();
    expect(variantDocument('x', 'fr', 'learn-more link after').querySelector('article > p > a[href="/ai-policy"]')?.textContent).toBe('En savoir plus');
  });

  it('read the same disclosure in every variant (en-016-h1)', () => {
    for (const v of Object.keys(PLACEMENT_VARIANTS) as PlacementVariant[]) {
      const r = detectProvenance(variantDocument('This article was written with the help of AI.', 'en', v), { url: 'https://x.example/a' });
      expect([v, r.verdict]).toEqual([v, 'ai-assisted']);
    }
  });
});
