/**
 * mulberry32: a small, fast, seeded 32-bit PRNG (public domain, Tommy Ettinger). Same seed →
 * same sequence on every platform, which is what makes robustness runs reproducible.
 */
export type Random = () => number;

/** Returns a generator of floats in [0, 1). */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform float in [lo, hi). */
export function uniform(random: Random, lo: number, hi: number): number {
  return lo + (hi - lo) * random();
}
