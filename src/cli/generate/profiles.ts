/**
 * Ground-truth L1 officer archetypes of the sample and the per officer × month behaviour table the
 * complaint generator reads. A profile is written to officers.csv so tests can check that the
 * good / poor officer lists find the officers that were generated good or poor.
 */
export const PROFILES = ['good', 'average', 'force_closer', 'sitter', 'low_quality'] as const;
export type Profile = (typeof PROFILES)[number];

export interface Archetype {
  /** Mean days before L1 first acts. */
  attend: number;
  /** Chance L1 never acts at all. */
  neverAttend: number;
  /** Typical (median) days to close and the log-normal spread. */
  median: number;
  sigma: number;
  /** Chance a complaint gets stuck for months. */
  stuck: number;
  /** satisfied, partially_satisfied, force_closed, special_closed. */
  kinds: [number, number, number, number];
  /** Chance the closure answer is audited as low quality, by closure kind. */
  lowQuality: [number, number, number, number];
  /** Chance an ATR is uploaded with the closure. */
  atr: number;
}

export const ARCHETYPES: Record<Profile, Archetype> = {
  good: { attend: 0.7, neverAttend: 0.01, median: 5, sigma: 0.7, stuck: 0.004,
    kinds: [0.74, 0.1, 0.06, 0.1], lowQuality: [0.02, 0.04, 0.1, 0.05], atr: 0.97 },
  average: { attend: 2.5, neverAttend: 0.04, median: 10, sigma: 0.9, stuck: 0.015,
    kinds: [0.56, 0.12, 0.18, 0.14], lowQuality: [0.05, 0.08, 0.25, 0.1], atr: 0.85 },
  force_closer: { attend: 1.2, neverAttend: 0.03, median: 6, sigma: 0.6, stuck: 0.008,
    kinds: [0.24, 0.08, 0.56, 0.12], lowQuality: [0.08, 0.12, 0.4, 0.15], atr: 0.65 },
  sitter: { attend: 9, neverAttend: 0.15, median: 35, sigma: 1.1, stuck: 0.07,
    kinds: [0.46, 0.12, 0.26, 0.16], lowQuality: [0.06, 0.1, 0.3, 0.12], atr: 0.7 },
  low_quality: { attend: 2.5, neverAttend: 0.05, median: 9, sigma: 0.9, stuck: 0.015,
    kinds: [0.48, 0.14, 0.24, 0.14], lowQuality: [0.3, 0.35, 0.55, 0.3], atr: 0.55 },
};

/** Layout of one officer × month row of the behaviour table. */
export const P = {
  attend: 0, never: 1, logMedian: 2, sigma: 3, stuck: 4,
  cumSat: 5, cumPart: 6, cumForce: 7, lowQ: 8 /* 4 values */, atr: 12,
} as const;
export const STRIDE = 13;

/**
 * Fill one behaviour row: `e` is the officer's effective performance that month (district level +
 * district trend + monthly shock + the officer's own skill; 0 = typical, +1 = clearly better).
 */
export function fillBehaviour(out: Float64Array, at: number, a: Archetype, e: number, backlog: boolean): void {
  const sat = a.kinds[0] * Math.exp(0.35 * e);
  const part = a.kinds[1];
  const force = a.kinds[2] * Math.exp(-0.45 * e);
  const spec = a.kinds[3];
  const sum = sat + part + force + spec;
  out[at + P.attend] = a.attend * Math.exp(-0.3 * e);
  out[at + P.never] = Math.min(0.5, a.neverAttend * Math.exp(-0.4 * e));
  out[at + P.logMedian] = Math.log(a.median) - 0.25 * e;
  out[at + P.sigma] = a.sigma;
  out[at + P.stuck] = Math.min(0.5, a.stuck * Math.exp(-0.5 * e) * (backlog ? 10 : 1));
  out[at + P.cumSat] = sat / sum;
  out[at + P.cumPart] = (sat + part) / sum;
  out[at + P.cumForce] = (sat + part + force) / sum;
  for (let k = 0; k < 4; k++) out[at + P.lowQ + k] = Math.min(0.9, a.lowQuality[k] * Math.exp(-0.3 * e));
  out[at + P.atr] = Math.max(0, Math.min(1, a.atr + 0.05 * e));
}

/** Chance of each profile among a district's L1 officers, given the district's level q. */
export function profileWeights(q: number, backlog: boolean): number[] {
  return [
    0.2 * Math.exp(0.5 * q),
    0.6,
    0.07 * Math.exp(-0.5 * q),
    0.08 * Math.exp(-0.5 * q) * (backlog ? 2 : 1),
    0.05 * Math.exp(-0.3 * q),
  ];
}
