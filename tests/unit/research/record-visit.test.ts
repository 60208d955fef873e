import { beforeEach, describe, expect, it } from 'vitest';
import type { ProvenanceDb } from '../../../utils/research/db';
import { sha256Hex } from '../../../utils/research/hash';
import { recordVisit } from '../../../utils/research/record-visit';
import { getAllRecords } from '../../../utils/research/store';
import { normaliseUrl } from '../../../utils/research/url';
import { openFreshDb, provenance } from './helpers';

let db: ProvenanceDb;
beforeEach(async () => {
  db = await openFreshDb();
});

const visit = { url: 'https://beijing-post.example/2025/03/china-ai', incognito: false, now: '2026-11-01T10:00:00.000Z' };

describe('sha256Hex', () => {
  it('matches the FIPS 180-2 test vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('normaliseUrl', () => {
  it('drops the fragment and tracking parameters but keeps real ones', () => {
    expect(normaliseUrl('https://EXAMPLE.com/a?id=7&utm_source=x&utm_medium=y&fbclid=1&gclid=2#top')).toBe('https://example.com/a?id=7');
    expect(normaliseUrl('https://example.com/a?utm_campaign=z')).toBe('https://example.com/a');
    expect(normaliseUrl('nonsense')).toBeNull();
  });
});

describe('recordVisit rules', () => {
  it('never records incognito visits', async () => {
    expect(await recordVisit(db, provenance(), { ...visit, incognito: true })).toEqual({ status: 'skipped', reason: 'incognito' });
    expect(await getAllRecords(db)).toEqual([]);
  });

  it('never records excluded domains, matching host suffixes on label boundaries', async () => {
    const r = provenance({ url: 'https://news.beijing-post.example/x' });
    const ctx = { ...visit, url: 'https://news.beijing-post.example/x' };
    expect(await recordVisit(db, r, { ...ctx, excludedDomains: ['beijing-post.example'] })).toMatchObject({ reason: 'excluded-domain' });
    expect(await recordVisit(db, r, { ...ctx, excludedDomains: ['https://www.beijing-post.example/'] })).toMatchObject({ reason: 'excluded-domain' });
    expect(await recordVisit(db, r, { ...ctx, excludedDomains: ['post.example', 'g-post.example'] })).toMatchObject({ status: 'added' });
    expect(await getAllRecords(db)).toHaveLength(1);
  });

  it('records verdict none only when asked', async () => {
    const none = provenance({ verdict: 'none', signals: [], confidence: 0 });
    expect(await recordVisit(db, none, visit)).toEqual({ status: 'skipped', reason: 'verdict-none' });
    expect(await recordVisit(db, none, { ...visit, recordNone: true })).toMatchObject({ status: 'added', record: { verdict: 'none' } });
  });

  it('never records non-articles, even with recordNone', async () => {
    expect(await recordVisit(db, provenance({ isArticle: false }), { ...visit, recordNone: true })).toEqual({ status: 'skipped', reason: 'not-article' });
    expect(await recordVisit(db, provenance(), { ...visit, url: 'chrome://newtab/' })).toEqual({ status: 'skipped', reason: 'unsupported-url' });
    expect(await getAllRecords(db)).toEqual([]);
  });

  it('writes an AuditRecord plus research fields, keyed by the normalised canonical URL', async () => {
    const r = provenance({ meta: { url: 'https://beijing-post.example/a?utm_source=tw', canonicalUrl: 'https://beijing-post.example/a#x', contacts: [] } });
    const res = await recordVisit(db, r, { ...visit, url: 'https://beijing-post.example/a?utm_source=tw&fbclid=9' });
    expect(res.status).toBe('added');
    const [rec] = await getAllRecords(db);
    expect(rec).toMatchObject({
      schema: 1,
      id: 'https://beijing-post.example/a',
      input: 'https://beijing-post.example/a',
      verdict: 'ai-generated',
      domain: 'beijing-post.example',
      lang: 'en',
      firstSeen: visit.now,
      lastSeen: visit.now,
      timesSeen: 1,
      textChanged: false,
      previousVerdict: null,
      textSha256: await sha256Hex(r.text!),
    });
  });
});

describe('recordVisit dedup', () => {
  it('updates lastSeen and timesSeen instead of adding a duplicate', async () => {
    await recordVisit(db, provenance(), visit);
    const again = await recordVisit(db, provenance(), { ...visit, url: visit.url + '#comments', now: '2026-11-02T08:00:00.000Z' });
    expect(again.status).toBe('updated');
    const all = await getAllRecords(db);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ firstSeen: visit.now, lastSeen: '2026-11-02T08:00:00.000Z', timesSeen: 2, textChanged: false });
  });

  it('a re-analysis of the same page load updates the record without counting another visit', async () => {
    await recordVisit(db, provenance({ verdict: 'none' }), { ...visit, recordNone: true });
    const later = await recordVisit(db, provenance(), { ...visit, recordNone: true, sameVisit: true, now: '2026-11-01T10:00:03.000Z' });
    expect(later).toMatchObject({ status: 'updated', record: { timesSeen: 1, verdict: 'ai-generated', previousVerdict: 'none' } });
    expect(await getAllRecords(db)).toHaveLength(1);
  });

  it('flags changed text (sticky) and a changed verdict', async () => {
    await recordVisit(db, provenance(), visit);
    await recordVisit(db, provenance({ text: 'edited text', verdict: 'ai-assisted' }), { ...visit, now: '2026-11-03T00:00:00.000Z' });
    let [rec] = await getAllRecords(db);
    expect(rec).toMatchObject({ textChanged: true, verdict: 'ai-assisted', previousVerdict: 'ai-generated', timesSeen: 2 });
    expect(rec!.textSha256).toBe(await sha256Hex('edited text'));
    await recordVisit(db, provenance({ text: 'edited text', verdict: 'ai-assisted' }), { ...visit, now: '2026-11-04T00:00:00.000Z' });
    [rec] = await getAllRecords(db);
    expect(rec).toMatchObject({ textChanged: true, previousVerdict: 'ai-generated', timesSeen: 3 });
  });

  it('does not flag a change when a visit had no text to hash', async () => {
    await recordVisit(db, provenance(), visit);
    const { text: _drop, ...noText } = provenance();
    await recordVisit(db, noText, { ...visit, now: '2026-11-05T00:00:00.000Z' });
    const [rec] = await getAllRecords(db);
    expect(rec).toMatchObject({ textChanged: false, textSha256: await sha256Hex(provenance().text!) });
  });
});
