import { describe, expect, it } from 'vitest';
import {
  addOutlet,
  cleanHostSuffix,
  hostMatchesSuffix,
  isSameSite,
  matchOutlet,
  mergeOutlets,
  outletTier,
  removeOutlet,
  SHIPPED_FEEDS,
  SHIPPED_OUTLETS,
  userOutlet,
} from '../../../utils/coverage/outlets';
import type { Outlet } from '../../../utils/coverage/types';

describe('host suffix matching', () => {
  it('matches on label boundaries only', () => {
    expect(hostMatchesSuffix('abcnews.go.com', 'abcnews.go.com')).toBe(true);
    expect(hostMatchesSuffix('www.abcnews.go.com', 'abcnews.go.com')).toBe(true);
    expect(hostMatchesSuffix('go.com', 'abcnews.go.com')).toBe(false);
    expect(hostMatchesSuffix('espn.go.com', 'abcnews.go.com')).toBe(false);
    expect(hostMatchesSuffix('notbbc.co.uk', 'bbc.co.uk')).toBe(false);
    expect(hostMatchesSuffix('WWW.BBC.CO.UK.', 'bbc.co.uk')).toBe(true);
    expect(hostMatchesSuffix('https://www.bbc.co.uk/news/x', 'bbc.co.uk')).toBe(true);
  });

  it('finds listed outlets and only those', () => {
    expect(matchOutlet('abcnews.go.com', SHIPPED_OUTLETS)?.name).toMatch(/ABC/);
    expect(matchOutlet('disney.go.com', SHIPPED_OUTLETS)).toBeUndefined();
    expect(matchOutlet('oglobo.globo.com', SHIPPED_OUTLETS)?.country).toBe('BR');
    expect(matchOutlet('globo.com', SHIPPED_OUTLETS)).toBeUndefined();
    expect(matchOutlet('www.reuters.com', SHIPPED_OUTLETS)?.type).toBe('agency');
    expect(matchOutlet('prnewswire.com', SHIPPED_OUTLETS)).toBeUndefined();
    expect(matchOutlet('news.google.com', SHIPPED_OUTLETS)).toBeUndefined();
  });

  it('prefers the longest matching suffix', () => {
    const list: Outlet[] = [userOutlet('globo.com', 'Globo')!, userOutlet('g1.globo.com', 'G1')!];
    expect(matchOutlet('www.g1.globo.com', list)?.name).toBe('G1');
    expect(matchOutlet('esporte.globo.com', list)?.name).toBe('Globo');
  });

  it('recognises the page own site either way round', () => {
    expect(isSameSite('www.beijing-post.example', ['beijing-post.example'])).toBe(true);
    expect(isSameSite('beijing-post.example', ['www.beijing-post.example'])).toBe(true);
    expect(isSameSite('reuters.com', ['beijing-post.example'])).toBe(false);
  });
});

describe('the shipped list', () => {
  it('has unique, clean host suffixes with names, countries and languages', () => {
    const suffixes = SHIPPED_OUTLETS.map((o) => o.hostSuffix);
    expect(new Set(suffixes).size).toBe(suffixes.length);
    for (const o of SHIPPED_OUTLETS) {
      expect(cleanHostSuffix(o.hostSuffix)).toBe(o.hostSuffix);
      expect(o.name).not.toBe('');
      expect(o.country).toMatch(/^[A-Z]{2,3}$/);
      expect(o.langs.length).toBeGreaterThan(0);
    }
  });

  it('has feeds only for listed outlets', () => {
    for (const f of SHIPPED_FEEDS) expect(SHIPPED_OUTLETS.some((o) => o.hostSuffix === f.hostSuffix)).toBe(true);
  });
});

describe('user edits', () => {
  const mine = userOutlet('https://www.heise.de/newsticker/', 'heise online', { country: 'DE', langs: ['de'] })!;

  it('cleans typed hosts', () => {
    expect(cleanHostSuffix(' HTTPS://www.Example.org/path?q=1 ')).toBe('example.org');
    expect(cleanHostSuffix('not a host')).toBeUndefined();
    expect(mine.hostSuffix).toBe('heise.de');
  });

  it('adds and removes without touching the inputs', () => {
    const edits0 = {};
    const edits1 = addOutlet(edits0, mine);
    const edits2 = removeOutlet(edits1, 'reuters.com');
    expect(edits0).toEqual({});
    expect(edits1.remove ?? []).toEqual([]);
    const merged = mergeOutlets(SHIPPED_OUTLETS, edits2);
    expect(matchOutlet('www.heise.de', merged)?.name).toBe('heise online');
    expect(matchOutlet('www.reuters.com', merged)).toBeUndefined();
    expect(matchOutlet('www.reuters.com', SHIPPED_OUTLETS)).toBeDefined();
    expect(merged.length).toBe(SHIPPED_OUTLETS.length);
  });

  it('re-adding a removed outlet undoes the removal; removing an added one drops it', () => {
    const removed = removeOutlet({}, 'bbc.co.uk');
    const readded = addOutlet(removed, userOutlet('bbc.co.uk', 'BBC (mine)')!);
    expect(readded.remove).toEqual([]);
    expect(matchOutlet('bbc.co.uk', mergeOutlets(SHIPPED_OUTLETS, readded))?.name).toBe('BBC (mine)');
    const gone = removeOutlet(addOutlet({}, mine), 'heise.de');
    expect(matchOutlet('heise.de', mergeOutlets(SHIPPED_OUTLETS, gone))).toBeUndefined();
  });
});

describe('the ranking prior', () => {
  const of = (type: Outlet['type']) => outletTier({ ...userOutlet('x.example')!, type });
  it('puts wires and public broadcasters first, regional papers between national papers and the rest', () => {
    expect(of('agency')).toBe(of('psb'));
    expect(of('agency')).toBeGreaterThan(of('newspaper'));
    expect(of('newspaper')).toBeGreaterThan(of('regional'));
    expect(of('regional')).toBeGreaterThan(of('digital'));
    expect(outletTier(undefined)).toBe(0);
  });
});
