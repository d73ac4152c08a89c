/**
 * Wilson score interval for a binomial proportion (E. B. Wilson, 1927). Unlike the plain
 * p ± z·√(p(1−p)/n) interval it stays inside [0, 1] and is wide when n is small, which is what
 * keeps an officer with one lucky closure (1/1) off the top of the good list.
 */

/** z for a two-sided 95 % interval (the 0.975 quantile of the standard normal). */
export const WILSON_Z = 1.959964;

export interface Interval { lower: number; upper: number }

/**
 * Wilson interval of `successes` out of `n`:
 *   centre = (p + z²/2n) / (1 + z²/n),  half-width = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n).
 * Returns null when n = 0 (no closures, no rate).
 */
export function wilsonInterval(successes: number, n: number, z: number = WILSON_Z): Interval | null {
  if (!(n > 0)) return null;
  if (successes < 0 || successes > n) throw new RangeError(`successes must be within 0..n, got ${successes} of ${n}`);
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // Exact at the ends (0/n has lower bound 0, n/n upper bound 1) and clamped against float noise.
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === n ? 1 : Math.min(1, centre + half),
  };
}
