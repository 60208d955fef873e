import { describe, expect, it } from 'vitest';
import { isEmail, validateReport } from '../../../utils/reports/validate';
import { seedReport } from './helpers';

const codes = (r: Parameters<typeof validateReport>[0]) => validateReport(r).map((e) => e.code);

describe('validateReport', () => {
  it('accepts a complete report', () => {
    expect(validateReport(seedReport())).toEqual([]);
  });

  it('requires a correction', () => {
    const errors = validateReport(seedReport({ correction: '  \n ' }));
    expect(errors).toEqual([{ field: 'correction', code: 'correction-missing', message: 'Say what the correct information is.' }]);
  });

  it('requires the quote', () => {
    expect(validateReport(seedReport({ quote: '' }))[0]).toMatchObject({ field: 'quote', code: 'quote-missing' });
  });

  it('rejects over-long quotes', () => {
    expect(codes(seedReport({ quote: 'x'.repeat(2001) }))).toEqual(['quote-too-long']);
  });

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'ftp://example.com/x'])(
    'rejects the unsafe source URL %s',
    (url) => {
      const errors = validateReport(seedReport({ sources: [{ url: 'https://ok.example/' }, { url }] }));
      expect(errors).toEqual([expect.objectContaining({ field: 'sources', index: 1, code: 'source-url-unsafe' })]);
    },
  );

  it('rejects a source that is not a URL', () => {
    expect(validateReport(seedReport({ sources: [{ url: 'reuters dot com' }] }))[0]).toMatchObject({ code: 'source-url-invalid', index: 0 });
  });

  it.each(['ada', 'ada@', '@example.org', 'ada@example', 'ada @example.org', 'ada@@example.org', 'ada@example..org', 'a<b>@example.org'])(
    'rejects the malformed e-mail %s',
    (email) => {
      expect(codes(seedReport({ reporter: { email } }))).toEqual(['email-invalid']);
    },
  );

  it('accepts ordinary e-mail addresses and no e-mail at all', () => {
    for (const e of ['ada@example.org', 'ada.lovelace+news@mail.example.co.uk', 'zoë@exämple.de']) expect(isEmail(e)).toBe(true);
    expect(codes(seedReport({ reporter: { name: 'Ada' } }))).toEqual([]);
  });

  it('uses translated messages and reports several problems in form order', () => {
    const errors = validateReport(seedReport({ quote: '', correction: '', reporter: { email: 'x' } }), {
      'quote-missing': 'Zitat fehlt.',
    });
    expect(errors.map((e) => e.field)).toEqual(['quote', 'correction', 'reporter.email']);
    expect(errors[0]!.message).toBe('Zitat fehlt.');
  });

  it('rejects an article URL that is not http(s)', () => {
    const r = seedReport();
    expect(codes({ ...r, article: { url: 'about:blank' } })).toEqual(['article-url-invalid']);
  });
});
