import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../utils/export/csv';
import { parseNdjson, toNdjson } from '../../../utils/export/ndjson';
import { parseCsv } from './csv-reader';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+1+cmd|calc', "'+1+cmd|calc"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises the formula %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('quotes quotes, commas, semicolons and line breaks', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it('leaves plain text, numbers, booleans and empties alone', () => {
    expect(csvCell('plain text – ü 北京')).toBe('plain text – ü 北京');
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it('writes rows that read back into the same cells', () => {
    const rows = [{ a: 'x,"y"\nz', b: 1 }, { a: '=evil()', b: 2 }];
    const csv = toCsv(rows, [
      { header: 'a', value: (r) => r.a },
      { header: 'b', value: (r) => r.b },
    ]);
    expect(parseCsv(csv)).toEqual([['a', 'b'], ['x,"y"\nz', '1'], ["'=evil()", '2']]);
  });
});

describe('ndjson', () => {
  it('keeps one value per line even with line separators in strings', () => {
    const text = toNdjson([{ t: 'a\nb\u2028c' }, { t: 2 }]);
    expect(text.split('\n')).toHaveLength(3);
    expect(parseNdjson(text).map((l) => l.value)).toEqual([{ t: 'a\nb\u2028c' }, { t: 2 }]);
  });

  it('reports bad lines by number and keeps the good ones', () => {
    const lines = parseNdjson('{"a":1}\n\nnot json\r\n{"b":2}\n');
    expect(lines.map((l) => l.line)).toEqual([1, 3, 4]);
    expect(lines[1]!.error).toBeTruthy();
    expect(lines[2]!.value).toEqual({ b: 2 });
  });
});
