/** rows.ts quickLines: the cheap look that decides whether row numbers need the full quote-aware scan. */
import { describe, expect, it } from 'vitest';
import { quickLines, recordStartLines } from '@/data/import/rows';

const b = (s: string) => new TextEncoder().encode(s);

describe('quickLines', () => {
  const cases: [string, string, { dataLines: number; innerBlank: boolean; lastQuotesOdd: boolean }][] = [
    ['plain', 'h\na\nb\n', { dataLines: 2, innerBlank: false, lastQuotesOdd: false }],
    ['no final newline', 'h\na\nb', { dataLines: 2, innerBlank: false, lastQuotesOdd: false }],
    ['blank line inside', 'h\na\n\nb\n', { dataLines: 2, innerBlank: true, lastQuotesOdd: false }],
    ['blank lines at the end only', 'h\na\nb\n\n\n', { dataLines: 2, innerBlank: false, lastQuotesOdd: false }],
    ['CRLF', 'h\r\na\r\nb\r\n', { dataLines: 2, innerBlank: false, lastQuotesOdd: false }],
    ['quoted value closed on the last line', 'h\na\n"b",c\n', { dataLines: 2, innerBlank: false, lastQuotesOdd: false }],
    ['escaped quote pair', 'h\na\n"b ""x""",c\n', { dataLines: 2, innerBlank: false, lastQuotesOdd: false }],
    ['quote opened on the last line', 'h\na\nb,"c\n', { dataLines: 2, innerBlank: false, lastQuotesOdd: true }],
    ['odd last line followed by blank lines', 'h\na\nb,"c\n\n', { dataLines: 2, innerBlank: false, lastQuotesOdd: true }],
    ['value spanning the last two lines', 'h\na\nb,"c\nd"\n', { dataLines: 3, innerBlank: false, lastQuotesOdd: true }],
    ['odd quotes earlier, even last line', 'h\na,"x\ny"\nb\n', { dataLines: 3, innerBlank: false, lastQuotesOdd: false }],
    ['header only', 'h\n', { dataLines: 0, innerBlank: false, lastQuotesOdd: false }],
  ];
  it.each(cases)('%s', (_n, text, want) => expect(quickLines(b(text), 0)).toEqual(want));

  it('the full scan then refuses a quote never closed, and reads a value that spans lines', () => {
    expect(() => recordStartLines('f.csv', b('h\na\nb,"c\n'), 0, ',')).toThrow(/row 3: a quoted value opened on line 3 is never closed/);
    expect(recordStartLines('f.csv', b('h\na\nb,"c\nd"\n'), 0, ',')).toEqual([2, 3]);
  });
});
