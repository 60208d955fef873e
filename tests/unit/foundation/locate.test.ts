// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { rangeForLocator } from '@/utils/page/locate';

describe('rangeForLocator', () => {
  it('selects exactly the quoted characters across inline elements', () => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.append('Note: ', Object.assign(document.createElement('b'), { textContent: 'AI wrote' }), ' this page. Thanks.');
    document.body.append(p);
    const text = p.textContent!;
    const start = text.indexOf('AI wrote');
    const end = text.indexOf('. Thanks');
    const range = rangeForLocator(document, { css: 'body > p', start, end })!;
    expect(range.toString()).toBe('AI wrote this page');
  });

  it('returns null for a stale or hostile locator instead of throwing', () => {
    expect(rangeForLocator(document, { css: 'main > #gone' })).toBeNull();
    expect(rangeForLocator(document, { css: ':::not a selector' })).toBeNull();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'short' }));
    expect(rangeForLocator(document, { css: 'body > p:last-child', start: 2, end: 500 })).toBeNull();
  });

  it('selects the whole element when no offsets are given', () => {
    const div = Object.assign(document.createElement('div'), { id: 'x', textContent: 'whole thing' });
    document.body.append(div);
    expect(rangeForLocator(document, { css: '#x' })!.toString()).toBe('whole thing');
  });
});
