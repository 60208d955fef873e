// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPopupParams } from '@/components/popup/params';
import { linkCheckFetch } from '@/components/report/reach';
import { contactsFromChannel, reportFilename } from '@/components/report/deliver';
import { isContactUrl, isWebUrl } from '@/components/common/url';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readPopupParams', () => {
  it('reads tab, report, quote and reportId', () => {
    expect(readPopupParams('?tab=12&report=1&quote=It%20was%20%E2%80%9C40%25%E2%80%9D')).toEqual({
      tabId: 12,
      report: true,
      quote: 'It was “40%”',
      reportId: null,
    });
    expect(readPopupParams('')).toEqual({ tabId: null, report: false, quote: '', reportId: null });
  });

  it('treats tab=0 and junk as "no tab", and reportId as opening the form', () => {
    expect(readPopupParams('?tab=0&reportId=abc')).toEqual({ tabId: null, report: true, quote: '', reportId: 'abc' });
    expect(readPopupParams('?tab=-3').tabId).toBeNull();
    expect(readPopupParams('?tab=1.5').tabId).toBeNull();
    expect(readPopupParams('?tab=x').tabId).toBeNull();
  });

  it('caps a huge quote', () => {
    expect(readPopupParams(`?quote=${'a'.repeat(20_000)}`).quote).toHaveLength(5000);
  });
});

describe('linkCheckFetch', () => {
  it('passes a normal answer through', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 404 }));
    vi.stubGlobal('fetch', fetchMock);
    expect((await linkCheckFetch('https://a.example/', { method: 'HEAD' })).status).toBe(404);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('retries no-cors when CORS blocks the read, and counts an opaque answer as reachable', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.mode !== 'no-cors') throw new TypeError('Failed to fetch');
      return { type: 'opaque', ok: false, status: 0 } as Response;
    });
    vi.stubGlobal('fetch', fetchMock);
    const res = await linkCheckFetch('https://a.example/', { method: 'HEAD' });
    expect(res.ok).toBe(true);
    expect(fetchMock.mock.calls[1]![1]).toMatchObject({ mode: 'no-cors', method: 'HEAD' });
  });

  it('still fails when the server cannot be reached at all', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => {
      throw new TypeError('getaddrinfo ENOTFOUND');
    }));
    await expect(linkCheckFetch('https://nowhere.invalid/')).rejects.toThrow(/ENOTFOUND/);
  });
});

describe('delivery helpers', () => {
  it('turns a stored channel back into a contact for resending', () => {
    expect(contactsFromChannel({ kind: 'email', address: 'a@b.example', label: 'Desk', mailto: 'mailto:a@b.example', truncated: false, copyToClipboard: false })).toEqual([
      { kind: 'email', url: 'mailto:a@b.example', label: 'Desk' },
    ]);
    expect(contactsFromChannel({ kind: 'form', source: 'corrections-policy', url: 'https://b.example/c', label: 'C', copyToClipboard: true })).toEqual([
      { kind: 'corrections-policy', url: 'https://b.example/c', label: 'C' },
    ]);
    expect(contactsFromChannel({ kind: 'none' })).toEqual([]);
    expect(contactsFromChannel(undefined)).toEqual([]);
  });

  it('names the download after the site and date, with no path characters', () => {
    expect(reportFilename({ article: { url: 'https://www.news.example/a/b' }, updatedAt: '2026-11-28T10:00:00Z' })).toBe(
      'correction-request-news.example-2026-11-28.txt',
    );
    expect(reportFilename({ article: { url: '../../etc/passwd' }, updatedAt: '2026-11-28T10:00:00Z' })).not.toMatch(/\//);
  });

  it('only http(s) is a web link; mailto is a contact link', () => {
    expect(isWebUrl('https://x.example')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('data:text/html,x')).toBe(false);
    expect(isContactUrl('mailto:a@b.example')).toBe(true);
    expect(isContactUrl('mailto:')).toBe(false);
  });
});
