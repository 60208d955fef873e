import { describe, expect, it } from 'vitest';
import { classifySender, MAX_PAGE_HTML, validateIncoming, validatePageHtml, validateToContent } from '@/utils/messages';
import type { ProvenanceReport } from '@/utils/provenance/types';
import { MAX_CANDIDATE_CHARS } from '@/utils/provenance/limits';

const RUNTIME = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${RUNTIME}/`;
const contentSender = { id: RUNTIME, url: 'https://news.example.com/a', tab: { id: 7 } };
const popupSender = { id: RUNTIME, url: `${ORIGIN}popup.html` };

const report: ProvenanceReport = {
  detector: 'test/1',
  isArticle: true,
  meta: { url: 'https://news.example.com/a', contacts: [{ kind: 'email', url: 'mailto:x@example.com', label: 'x' }] },
  verdict: 'ai-generated',
  confidence: 0.9,
  signals: [
    {
      kind: 'disclosure-text',
      category: 'ai-generated',
      scope: 'page',
      text: 'An AI wrote this.',
      lang: 'en',
      rule: 'r1',
      explanation: 'says so',
      locator: { css: 'body > p', start: 0, end: 17 },
      weight: 1,
    },
  ],
};
const pageReport = { type: 'page-report', url: 'https://news.example.com/a', title: 'A', report };

describe('message protocol', () => {
  it('accepts a well-formed page report from our content script', () => {
    const r = validateIncoming(pageReport, contentSender, RUNTIME, ORIGIN);
    expect(r.ok).toBe(true);
    expect(r.ok && r.sender).toBe('content');
  });

  it('rejects a page report sent from an extension page, and popup requests from content scripts', () => {
    expect(validateIncoming(pageReport, popupSender, RUNTIME, ORIGIN).ok).toBe(false);
    expect(validateIncoming({ type: 'get-tab-state', tabId: 7 }, contentSender, RUNTIME, ORIGIN).ok).toBe(false);
    expect(validateIncoming({ type: 'get-tab-state', tabId: 7 }, popupSender, RUNTIME, ORIGIN).ok).toBe(true);
  });

  it('rejects other extensions and senders without a tab', () => {
    expect(classifySender({ ...contentSender, id: 'other' }, RUNTIME, ORIGIN)).toBeNull();
    expect(classifySender({ id: RUNTIME, url: 'https://x.example/' }, RUNTIME, ORIGIN)).toBeNull();
    const r = validateIncoming(pageReport, { ...contentSender, id: 'evil' }, RUNTIME, ORIGIN);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/untrusted sender/);
  });

  it('classify-blocks: a cap on the characters of all blocks together, not only on each', () => {
    const block = (text: string, elText?: string) => ({ text, zones: 0, css: 'p', linkText: false, ...(elText ? { elText } : {}) });
    const fits = { type: 'classify-blocks', blocks: Array.from({ length: 14 }, () => block('.'.repeat(20_000), 'x'.repeat(190_000))) };
    expect(validateIncoming(fits, contentSender, RUNTIME, ORIGIN).ok).toBe(true);
    // Each block within its own bounds, 300 of them: 66 million characters before the cap.
    const flood = { type: 'classify-blocks', blocks: Array.from({ length: 300 }, () => block('.'.repeat(20_000), 'x'.repeat(200_000))) };
    const r = validateIncoming(flood, contentSender, RUNTIME, ORIGIN);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/blocks: more than 3000000 characters/);
    const justOver = { type: 'classify-blocks', blocks: [...fits.blocks, block('x', 'x'.repeat(MAX_CANDIDATE_CHARS - 14 * 210_000))] };
    expect(validateIncoming(justOver, contentSender, RUNTIME, ORIGIN).ok).toBe(false);
  });

  it('names what is wrong with a malformed message, without throwing', () => {
    const bad = { ...pageReport, report: { ...report, verdict: 'written-by-robots' } };
    const r = validateIncoming(bad, contentSender, RUNTIME, ORIGIN);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/report\.verdict/);
    for (const junk of [null, undefined, 42, 'page-report', { type: 'nope' }, { type: 'page-report' }]) {
      expect(validateIncoming(junk, contentSender, RUNTIME, ORIGIN).ok).toBe(false);
    }
  });

  it('rejects javascript: contact links and non-http page URLs', () => {
    const js = { ...report, meta: { ...report.meta, contacts: [{ kind: 'contact-page', url: 'javascript:alert(1)', label: 'x' }] } };
    expect(validateIncoming({ ...pageReport, report: js }, contentSender, RUNTIME, ORIGIN).ok).toBe(false);
    expect(validateIncoming({ ...pageReport, url: 'file:///etc/passwd' }, contentSender, RUNTIME, ORIGIN).ok).toBe(false);
  });

  it('only our extension may talk to a content script', () => {
    expect(validateToContent({ type: 'show-evidence', index: 0 }, { id: RUNTIME }, RUNTIME).ok).toBe(true);
    expect(validateToContent({ type: 'show-evidence', index: 0 }, { id: 'x' }, RUNTIME).ok).toBe(false);
    expect(validateToContent({ type: 'show-evidence', index: -1 }, { id: RUNTIME }, RUNTIME).ok).toBe(false);
  });

  it('a content script names what is wrong with a message it refuses', () => {
    const reason = (raw: unknown) => {
      const v = validateToContent(raw, { id: RUNTIME }, RUNTIME);
      return v.ok ? null : v.reason;
    };
    expect(reason(null)).toBe('malformed message: not an object');
    expect(reason({ type: 'show-evidence', index: 1.5 })).toBe('malformed message at index: expected a whole number >= 0');
    expect(reason({ type: 'story-note', text: 'x'.repeat(10_000) })).toBe('malformed message at text: expected a short string');
    expect(reason({ type: 'run-this' })).toBe('malformed message at type: unknown run-this');
  });

  it('a content script accepts exactly its three message shapes, and nothing smuggled along', () => {
    const ok = (raw: unknown) => validateToContent(raw, { id: RUNTIME }, RUNTIME);
    expect(ok({ type: 'get-selection', extra: '<img onerror=x>' })).toEqual({ ok: true, message: { type: 'get-selection' } });
    expect(ok({ type: 'get-page-html' })).toEqual({ ok: true, message: { type: 'get-page-html' } });
    expect(ok({ type: 'show-evidence', index: 2, css: 'x' })).toEqual({ ok: true, message: { type: 'show-evidence', index: 2 } });
    for (const bad of [null, 'get-selection', [], {}, { type: 'page-report' }, { type: 'show-evidence', index: 1.5 }, { type: 'show-evidence', index: '1' }]) {
      expect(ok(bad).ok, JSON.stringify(bad)).toBe(false);
    }
  });

  it('page html from a content script: an http(s) URL and a bounded string', () => {
    expect(validatePageHtml({ url: 'https://a.example/x', html: '<html></html>' }).ok).toBe(true);
    expect(validatePageHtml({ url: 'file:///x', html: '' }).ok).toBe(false);
    expect(validatePageHtml({ url: 'https://a.example/x', html: 5 }).ok).toBe(false);
    expect(validatePageHtml({ url: 'https://a.example/x', html: 'x'.repeat(MAX_PAGE_HTML + 1) }).ok).toBe(false);
  });
});
