import { describe, it, expect } from 'vitest';
import { periodRange, monthsBetween, addMonths } from '@/domain/officers';

describe('period ranges', () => {
  it('one month and a range: first and last day, label', () => {
    expect(periodRange('2026-02')).toEqual({ from: '2026-02', to: '2026-02', start: '2026-02-01', end: '2026-02-28', label: '2026-02' });
    expect(periodRange('2025-11', '2026-02')).toEqual({ from: '2025-11', to: '2026-02', start: '2025-11-01', end: '2026-02-28', label: '2025-11..2026-02' });
    expect(periodRange('2024-02').end).toBe('2024-02-29');
  });
  it('refuses bad months and reversed ranges with a clear message', () => {
    expect(() => periodRange('2026-13')).toThrow('a period must be YYYY-MM, got "2026-13"');
    expect(() => periodRange('2026-3')).toThrow('YYYY-MM');
    expect(() => periodRange('2026-05', '2026-01')).toThrow('the range starts after it ends: 2026-05 > 2026-01');
  });
  it('months between and month arithmetic across years', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-03')).toEqual(['2026-03']);
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-10', -11)).toBe('2025-11');
    expect(addMonths('2026-10', -24)).toBe('2024-10');
  });
});
