import { describe, expect, it } from 'vitest';
import { encodeTextDirectiveTerm, textDirectiveTerms, textFragmentUrl, LONG_QUOTE_CHARS } from '../../../utils/reports/text-fragment';
import { seed } from './helpers';

function directive(url: string): string[] {
  const at = url.indexOf('#:~:text=');
  expect(at).toBeGreaterThan(0);
  // Split on the raw commas first: an encoded comma inside a term must not split it.
  return url.slice(at + '#:~:text='.length).split(',').map(decodeURIComponent);
}

describe('textFragmentUrl', () => {
  it('links a short passage as one term (spec example)', () => {
    expect(textFragmentUrl('https://example.com', 'an example text fragment')).toBe(
      'https://example.com/#:~:text=an%20example%20text%20fragment',
    );
  });

  it('percent-encodes the directive delimiters -, & and , so they are not read as syntax', () => {
    const url = textFragmentUrl('https://example.com/a', 'AI-related exports, chips & models');
    expect(url).toBe('https://example.com/a#:~:text=AI%2Drelated%20exports%2C%20chips%20%26%20models');
    expect(directive(url)).toEqual(['AI-related exports, chips & models']);
  });

  it('encodes en and em dashes, quotes and non-ASCII as UTF-8', () => {
    const quote = 'Zürich – “Beijing” — 北京 café';
    const url = textFragmentUrl('https://example.com/', quote);
    expect(url).toContain('Z%C3%BCrich%20%E2%80%93%20');
    expect(url).toContain('%E5%8C%97%E4%BA%AC');
    expect(directive(url)).toEqual([quote]);
  });

  it('survives lone surrogates instead of throwing', () => {
    expect(() => textFragmentUrl('https://example.com/', 'bad \uD800 text')).not.toThrow();
  });

  it('uses textStart,textEnd with a few words each for long quotes', () => {
    expect(seed.quote.length).toBeGreaterThan(LONG_QUOTE_CHARS);
    const terms = directive(textFragmentUrl('https://example.com/p', seed.quote));
    expect(terms).toHaveLength(2);
    expect(seed.quote.startsWith(terms[0]!)).toBe(true);
    expect(seed.quote.endsWith(terms[1]!)).toBe(true);
    expect(terms[0]!.split(' ').length).toBeLessThanOrEqual(5);
  });

  it('splits long quotes without spaces (Chinese) by characters', () => {
    const quote = '北京'.repeat(60);
    const terms = textDirectiveTerms(quote);
    expect(terms).toHaveLength(2);
    expect(quote.startsWith(terms[0]!)).toBe(true);
  });

  it('collapses white space from copy and paste', () => {
    expect(textDirectiveTerms('  tighter\n\tcontrols  on ')).toEqual(['tighter controls on']);
  });

  it('replaces an existing fragment or text directive and keeps the query', () => {
    expect(textFragmentUrl('https://example.com/a?id=3#comments', 'x')).toBe('https://example.com/a?id=3#:~:text=x');
    expect(textFragmentUrl('https://example.com/a#:~:text=old', 'new')).toBe('https://example.com/a#:~:text=new');
  });

  it('returns the bare URL for an empty quote and the input for an unparsable URL', () => {
    expect(textFragmentUrl('https://example.com/a#x', '   ')).toBe('https://example.com/a');
    expect(textFragmentUrl('not a url', 'x')).toBe('not a url');
  });

  it('encodes a lone hyphen term', () => {
    expect(encodeTextDirectiveTerm('-')).toBe('%2D');
  });
});
