/**
 * Exact one-sided binomial test: how surprising x or more events out of n would be if the
 * officer behaved like the rest of their department (rate p). Used by the closure flags.
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7; about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let a = LANCZOS[0];
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** ln of the binomial probability P(X = k), X ~ Bin(n, p), 0 < p < 1. */
function logPmf(k: number, n: number, p: number): number {
  return logGamma(n + 1) - logGamma(k + 1) - logGamma(n - k + 1) + k * Math.log(p) + (n - k) * Math.log1p(-p);
}

/** P(X ≥ x) for X ~ Bin(n, p): the one-sided p-value of seeing x or more. */
export function binomialUpperTail(x: number, n: number, p: number): number {
  if (x <= 0) return 1;
  if (x > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  if (x > n * p) {
    // Above the mean the terms fall: sum P(X = k) for k = x..n with P(k+1)/P(k) = (n−k)/(k+1) · p/(1−p).
    let term = Math.exp(logPmf(x, n, p));
    let sum = term;
    const r = p / (1 - p);
    for (let k = x; k < n && term > sum * 1e-17; k++) {
      term *= ((n - k) / (k + 1)) * r;
      sum += term;
    }
    return Math.min(1, sum);
  }
  // At or below the mean: 1 − P(X ≤ x − 1), summing downwards where the terms fall too.
  let term = Math.exp(logPmf(x - 1, n, p));
  let sum = term;
  const r = (1 - p) / p;
  for (let k = x - 1; k > 0 && term > sum * 1e-17; k--) {
    term *= (k / (n - k + 1)) * r;
    sum += term;
  }
  return Math.max(0, Math.min(1, 1 - sum));
}
