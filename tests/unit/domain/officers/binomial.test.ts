import { describe, it, expect } from 'vitest';
import { binomialUpperTail, logGamma } from '@/domain/officers';

describe('binomialUpperTail: P(X ≥ x), X ~ Bin(n, p), hand-computed', () => {
  it.each([
    // 1 − 0.9¹⁰ − 10·0.1·0.9⁹ − 45·0.01·0.9⁸ = 1 − 0.3486784 − 0.3874205 − 0.1937102
    [3, 10, 0.1, 0.0701908],
    // P(X ≥ 1) of one fair coin
    [1, 1, 0.5, 0.5],
    // P(X = 3) of three fair coins
    [3, 3, 0.5, 0.125],
    // 1 − 0.8²⁰ − 20·0.2·0.8¹⁹ = 1 − 0.0115292 − 0.0576461 (below the mean: the complement branch)
    [2, 20, 0.2, 0.9308247],
    // x = 0 is certain
    [0, 5, 0.3, 1],
  ])('P(X ≥ %i | n = %i, p = %f) = %f', (x, n, p, expected) => {
    expect(binomialUpperTail(x, n, p)).toBeCloseTo(expected, 6);
  });

  it('far tails: P(X ≥ 12 | 20, 0.2) = Σ C(20,k)·0.2^k·0.8^(20−k) for k ≥ 12 ≈ 1.0173e−4; 14 of 20 ≈ 1.8450e−6', () => {
    // C(20,12)·0.2¹²·0.8⁸ = 125970 · 4.096e−9 · 0.16777216 = 8.6566e−5 is the biggest term
    expect(binomialUpperTail(12, 20, 0.2) / 1.0172877e-4).toBeCloseTo(1, 5);
    expect(binomialUpperTail(14, 20, 0.2) / 1.8450057e-6).toBeCloseTo(1, 5);
  });

  it('edge cases: p = 0, p = 1, x > n; large n stays finite and monotone in x', () => {
    expect(binomialUpperTail(1, 10, 0)).toBe(0);
    expect(binomialUpperTail(10, 10, 1)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.5)).toBe(0);
    let prev = 1;
    for (const x of [0, 900, 1000, 1050, 1100, 1200, 1500]) {
      const v = binomialUpperTail(x, 5000, 0.2);
      expect(v).toBeLessThanOrEqual(prev);
      expect(v).toBeGreaterThanOrEqual(0);
      prev = v;
    }
    // mean 1000, sd √800 = 28.28: x = 1000 is about one half
    expect(binomialUpperTail(1000, 5000, 0.2)).toBeCloseTo(0.5, 1);
  });

  it('logGamma matches ln((n−1)!)', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 10);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });
});
