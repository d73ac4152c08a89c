import { describe, it, expect } from 'vitest';
import { formatIndian, formatDateIN, formatMonth } from '@/domain/format';
import { monthBounds, previousMonth, totalDays, l1Days } from '@/domain/metrics';

describe('Indian number formatting', () => {
  it.each([
    [0, 0, '0'], [999, 0, '999'], [1000, 0, '1,000'], [123456, 0, '1,23,456'], [1234567, 0, '12,34,567'],
    [123456789, 0, '12,34,56,789'], [-98765.4, 1, '-98,765.4'], [72.345, 2, '72.35'], [-0.001, 1, '0.0'],
  ])('%d with %d digits → %s', (n, d, s) => expect(formatIndian(n, d)).toBe(s));
  it('missing values show a dash, never 0', () => {
    expect(formatIndian(null)).toBe('—');
    expect(formatIndian(Number.NaN)).toBe('—');
  });
});

describe('dates and months', () => {
  it('DD-MM-YYYY', () => expect(formatDateIN('2026-03-05')).toBe('05-03-2026'));
  it('month names', () => {
    expect(formatMonth('2026-03')).toBe('Mar 2026');
    expect(formatMonth('2026-12', 'hi')).toBe('दिसंबर 2026');
  });
  it.each([['2026-02', '2026-02-01', '2026-02-28'], ['2024-02', '2024-02-01', '2024-02-29'], ['2025-12', '2025-12-01', '2025-12-31']])(
    'bounds of %s', (p, s, e) => expect(monthBounds(p)).toEqual({ start: s, end: e }));
  it('rejects a malformed period', () => expect(() => monthBounds('2026-13')).toThrow(/YYYY-MM/));
  it('previous month wraps the year', () => {
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-10')).toBe('2026-09');
  });
  it('time limits: L1 = 7 when absent; total sums every level', () => {
    expect(l1Days(undefined)).toBe(7);
    expect(totalDays({ '1': 7, '2': 7, '3': 7, '4': 10 })).toBe(31);
    expect(totalDays({ '2': 5 })).toBe(12);
  });
});
