import { describe, expect, it } from 'vitest';
import { siteEntryFor, withSiteSwitched } from '@/utils/site-switch';

describe('the per-site switch', () => {
  it('writes the host without www, and nothing for non-web pages', () => {
    expect(siteEntryFor('https://www.Example.com/a?b')).toBe('example.com');
    expect(siteEntryFor('chrome://extensions')).toBeNull();
    expect(siteEntryFor(null)).toBeNull();
  });

  it('turning off adds the site once; an entry that already covers it is enough', () => {
    expect(withSiteSwitched([], 'https://news.example.com/x', false)).toEqual(['news.example.com']);
    expect(withSiteSwitched(['example.com'], 'https://news.example.com/x', false)).toEqual(['example.com']);
  });

  it('turning on removes every entry covering the site and keeps the others', () => {
    expect(withSiteSwitched(['example.com', 'news.example.com', 'other.org'], 'https://news.example.com/x', true)).toEqual(['other.org']);
    expect(withSiteSwitched(['badexample.com'], 'https://example.com/', true)).toEqual(['badexample.com']);
  });
});
