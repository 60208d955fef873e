import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cssPath, tagOf } from '../../../utils/provenance/dom';
import { iconLabelBlocks } from '../../../utils/provenance/icons';
import { createPlacer } from '../../../utils/provenance/candidates';
import { hintPrefilter } from '../../../utils/provenance/rules/prefilter';
import { parse } from './helpers';

/** cssPath as it was before it stopped reading every sibling: the reference its answers must equal. */
function referencePath(el: Element): string {
  const parts: string[] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const tag = tagOf(cur);
    const id = cur.getAttribute('id');
    if (id && /^[A-Za-z][\w-]{0,80}$/.test(id) && cur.ownerDocument?.getElementById(id) === cur) return [`#${id}`, ...parts].join(' > ');
    if (tag === 'html') return ['html', ...parts].join(' > ');
    const parent: Element | null = cur.parentElement;
    let index = 1;
    let same = 0;
    for (let sib: Element | null = parent?.firstElementChild ?? null; sib; sib = sib.nextElementSibling) {
      if (tagOf(sib) === tag) {
        same++;
        if (sib === cur) index = same;
      }
    }
    parts.unshift(same > 1 ? `${tag}:nth-of-type(${index})` : tag);
  }
  return parts.join(' > ');
}

const TAGS = ['p', 'div', 'span', 'section', 'em'];

describe('cssPath', () => {
  it('names the position among same-tag siblings only when there are several', () => {
    const doc = parse('<html><body><div><p>a</p><span>b</span><p>c</p><p>d</p></div><section><span>x</span><p>only</p></section></body></html>');
    const ps = doc.querySelectorAll('p');
    expect(cssPath(ps[0]!)).toBe('html > body > div > p:nth-of-type(1)');
    expect(cssPath(ps[2]!)).toBe('html > body > div > p:nth-of-type(3)');
    expect(cssPath(ps[3]!)).toBe('html > body > section > p');
    expect(cssPath(doc.querySelector('div > span')!)).toBe('html > body > div > span');
  });

  it('finds the element again, and equals the all-siblings reference, on any tree', () => {
    type N = { tag: string; id?: boolean; kids: N[] };
    const level = (depth: number): fc.Arbitrary<N> =>
      fc.record({
        tag: fc.constantFrom(...TAGS),
        id: fc.boolean(),
        kids: depth === 0 ? fc.constant([]) : fc.array(level(depth - 1), { maxLength: 4 }),
      }) as fc.Arbitrary<N>;
    const tree = level(3);
    // Ids unique, as a selector path can only promise to find an element again when they are.
    let ids = 0;
    const html = (n: N): string => `<${n.tag}${n.id ? ` id="i${ids++}"` : ''}>${n.kids.map(html).join('')}</${n.tag}>`;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (roots) => {
        const doc = parse(`<html><body>${roots.map(html).join('')}</body></html>`);
        for (const el of Array.from(doc.body.querySelectorAll('*'))) {
          const path = cssPath(el);
          expect(path).toBe(referencePath(el));
          expect(doc.querySelector(path)).toBe(el);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('iconLabelBlocks', () => {
  const blocks = (body: string) => {
    const doc = parse(`<html><body>${body}</body></html>`);
    return iconLabelBlocks(doc, createPlacer(doc.documentElement), hintPrefilter(), 10).map((b) => b.text);
  };

  it('reads an inline SVG label from aria-label or from its <title>, among unlabelled icons', () => {
    const plain = '<svg><path d="M0 0"/></svg>'.repeat(5);
    expect(blocks(`${plain}<svg aria-label="AI-generated"><path/></svg>`)).toEqual(['AI-generated']);
    expect(blocks(`${plain}<svg><g><title>Künstlich erzeugt</title></g></svg>`)).toEqual(['Künstlich erzeugt']);
    expect(blocks(plain)).toEqual([]);
  });

  it('still reads image alt text on a page whose SVG icons carry no label', () => {
    expect(blocks('<svg><path/></svg><img alt="AI-generated image" src="x.png">')).toEqual(['AI-generated image']);
  });
});
