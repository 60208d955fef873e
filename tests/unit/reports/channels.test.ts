import { describe, expect, it } from 'vitest';
import type { ContactChannel } from '../../../utils/provenance/types';
import { chooseChannels, statusAfter } from '../../../utils/reports/channels';
import { composeReport } from '../../../utils/reports/compose';
import { fitMailto, mailtoUrl, MAX_MAILTO_LENGTH } from '../../../utils/reports/mailto';
import { seedReport } from './helpers';

const contacts: ContactChannel[] = [
  { kind: 'contact-page', url: 'https://news.example/contact', label: 'Contact Us' },
  { kind: 'email', url: 'mailto:info@news.example', label: 'info@news.example' },
  { kind: 'corrections-policy', url: 'https://news.example/corrections', label: 'Corrections policy' },
  { kind: 'email', url: 'mailto:corrections@news.example?subject=Hi', label: 'Corrections' },
  { kind: 'corrections-form', url: 'https://news.example/report-error', label: 'Report an error' },
  { kind: 'contact-page', url: 'javascript:alert(1)', label: 'evil' },
  { kind: 'contact-page', url: 'https://news.example/contact', label: 'Contact (footer)' },
];

describe('chooseChannels', () => {
  it('orders form, policy, e-mail (corrections desk first), contact page and drops unsafe and duplicate links', () => {
    const channels = chooseChannels(contacts);
    expect(channels.map((c) => c.kind)).toEqual(['form', 'form', 'email', 'email', 'contact-page']);
    expect(channels[0]).toMatchObject({ source: 'corrections-form', url: 'https://news.example/report-error' });
    expect(channels[1]).toMatchObject({ source: 'corrections-policy' });
    expect(channels[2]).toMatchObject({ address: 'corrections@news.example' });
    expect(channels[3]).toMatchObject({ address: 'info@news.example' });
    expect(JSON.stringify(channels)).not.toContain('javascript');
  });

  it('returns none when nothing usable is listed', () => {
    expect(chooseChannels([])).toEqual([{ kind: 'none' }]);
    expect(chooseChannels([{ kind: 'email', url: 'mailto:not-an-address', label: '' }])).toEqual([{ kind: 'none' }]);
  });

  it('fills subject and body into the mailto link when the report is given', () => {
    const message = composeReport(seedReport());
    const [email] = chooseChannels([{ kind: 'email', url: 'mailto:desk@news.example', label: 'desk' }], message);
    expect(email?.kind).toBe('email');
    if (email?.kind !== 'email') return;
    const url = new URL(email.mailto);
    expect(url.pathname).toBe('desk@news.example');
    expect(decodeURIComponent(email.mailto.split('subject=')[1]!.split('&')[0]!)).toBe(message.subject);
    expect(email.mailto.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(email.truncated).toBe(email.copyToClipboard);
    expect(statusAfter(email)).toBe('sent-email');
  });
});

describe('mailtoUrl', () => {
  it('encodes spaces as %20, newlines as %0D%0A and non-ASCII as UTF-8', () => {
    const url = mailtoUrl('a.b+news@example.com', 'Fix: café & co', 'line one\nline two\r\nZürich 北京');
    expect(url).toBe(
      'mailto:a.b+news@example.com?subject=Fix%3A%20caf%C3%A9%20%26%20co&body=line%20one%0D%0Aline%20two%0D%0AZ%C3%BCrich%20%E5%8C%97%E4%BA%AC',
    );
    expect(url).not.toContain('+co');
  });
});

describe('fitMailto', () => {
  it('leaves a short message whole', () => {
    expect(fitMailto('x@example.com', 's', 'short body')).toEqual({ url: mailtoUrl('x@example.com', 's', 'short body'), truncated: false });
  });

  it('truncates a long body to the limit with the clipboard note, never splitting an escape', () => {
    const body = Array.from({ length: 200 }, (_, i) => `Zeile ${i}: Überprüfung – ok`).join('\n');
    const fitted = fitMailto('x@example.com', 'Subject', body, 2000, 'NOTE: full report on clipboard');
    expect(fitted.truncated).toBe(true);
    expect(fitted.url.length).toBeLessThanOrEqual(2000);
    expect(fitted.url.length).toBeGreaterThan(1500);
    const decoded = decodeURIComponent(fitted.url.split('body=')[1]!);
    expect(decoded.endsWith('NOTE: full report on clipboard')).toBe(true);
    expect(body.startsWith(decoded.split('\r\n\r\nNOTE')[0]!.replace(/\r\n/g, '\n'))).toBe(true);
  });

  it('drops the body when even the note does not fit', () => {
    const fitted = fitMailto('x@example.com', 'S'.repeat(3000), 'body', 200);
    expect(fitted.truncated).toBe(true);
    expect(fitted.url.length).toBeLessThanOrEqual(200);
    expect(fitted.url).not.toContain('body=');
  });
});
