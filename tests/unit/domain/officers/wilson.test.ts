import { describe, it, expect } from 'vitest';
import { wilsonInterval, WILSON_Z } from '@/domain/officers';

// Wilson: d = 1 + z²/n, centre = (p + z²/2n)/d, half = z·√(p(1−p)/n + z²/4n²)/d, z = 1.959964, z² = 3.841459.
describe('wilsonInterval (95 %, hand-computed)', () => {
  it.each([
    // 8/10: d = 1.384146, centre = (0.8 + 0.192073)/d = 0.716740, half = 1.959964·√(0.016 + 0.009604)/d = 0.226578
    [8, 10, 0.490162, 0.943318],
    // 0/10: centre = half = 0.192073/1.384146 = 0.138767 → [0, 0.277533]
    [0, 10, 0, 0.277533],
    // 10/10: mirror image of 0/10
    [10, 10, 0.722467, 1],
    // 1/1: d = 4.841459, centre = 2.920729/d = 0.603275, half = 1.959964·0.979982/d = 0.396725
    [1, 1, 0.206549, 1],
    // 50/100: d = 1.038415, centre = 0.5, half = 1.959964·√(0.0025 + 0.000096)/d = 0.096168
    [50, 100, 0.403832, 0.596168],
    // 45/60: d = 1.064024, centre = 0.782012/d = 0.734957, half = 1.959964·√(0.003125 + 0.000267)/d = 0.107278
    [45, 60, 0.627679, 0.842235],
    // 3/20: d = 1.192073, centre = (0.15 + 0.096036)/d = 0.206394, half = 1.959964·√(0.006375 + 0.002401)/d = 0.154025
    [3, 20, 0.052369, 0.360419],
  ])('%i of %i → [%f, %f]', (x, n, lo, hi) => {
    const w = wilsonInterval(x, n)!;
    expect(w.lower).toBeCloseTo(lo, 5);
    expect(w.upper).toBeCloseTo(hi, 5);
  });

  it('the issue example 8/10 rounds to [0.4902, 0.9433]', () => {
    const w = wilsonInterval(8, 10)!;
    expect([Number(w.lower.toFixed(4)), Number(w.upper.toFixed(4))]).toEqual([0.4902, 0.9433]);
  });

  it('uses z = 1.959964 and accepts another z (z = 1 for 8/10: d = 1.1, centre = 0.85/1.1, half = √(0.016 + 0.0025)/1.1)', () => {
    expect(WILSON_Z).toBe(1.959964);
    const w = wilsonInterval(8, 10, 1)!;
    expect(w.lower).toBeCloseTo((0.85 - Math.sqrt(0.0185)) / 1.1, 12);
    expect(w.upper).toBeCloseTo((0.85 + Math.sqrt(0.0185)) / 1.1, 12);
  });

  it('no closures → null; impossible counts throw', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
  });

  it('the interval contains the observed rate and narrows as n grows at the same rate', () => {
    let width = Infinity;
    for (const n of [5, 10, 20, 40, 80, 160]) {
      const w = wilsonInterval(0.6 * n, n)!;
      expect(w.lower).toBeLessThan(0.6);
      expect(w.upper).toBeGreaterThan(0.6);
      expect(w.upper - w.lower).toBeLessThan(width);
      width = w.upper - w.lower;
    }
  });
});
