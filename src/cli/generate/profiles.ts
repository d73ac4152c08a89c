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
  /** Chance a complaint gets stuck for months, and the mean days it then waits beyond 50 (exponential). */
  stuck: number;
  stuckDays: number;
  /** satisfied, partially_satisfied, force_closed, special_closed. */
  kinds: [number, number, number, number];
  /** Chance the closure answer is audited as low quality, by closure kind. */
  lowQuality: [number, number, number, number];
  /** Chance an ATR is uploaded with the closure. */
  atr: number;
}

export const ARCHETYPES: Record<Profile, Archetype> = {
  good: { attend: 0.7, neverAttend: 0.01, median: 5, sigma: 0.7, stuck: 0.06, stuckDays: 35,
    kinds: [0.91, 0.03, 0.02, 0.04], lowQuality: [0.02, 0.04, 0.1, 0.05], atr: 0.97 },
  average: { attend: 2.5, neverAttend: 0.03, median: 10, sigma: 0.9, stuck: 0.08, stuckDays: 45,
    kinds: [0.76, 0.065, 0.105, 0.07], lowQuality: [0.035, 0.06, 0.2, 0.07], atr: 0.85 },
  force_closer: { attend: 1.2, neverAttend: 0.03, median: 6, sigma: 0.6, stuck: 0.05, stuckDays: 45,
    kinds: [0.3, 0.06, 0.54, 0.1], lowQuality: [0.08, 0.12, 0.4, 0.15], atr: 0.65 },
  sitter: { attend: 9, neverAttend: 0.15, median: 35, sigma: 1.1, stuck: 0.2, stuckDays: 120,
    kinds: [0.62, 0.09, 0.18, 0.11], lowQuality: [0.06, 0.1, 0.3, 0.12], atr: 0.7 },
  low_quality: { attend: 2.5, neverAttend: 0.05, median: 9, sigma: 0.9, stuck: 0.08, stuckDays: 55,
    kinds: [0.68, 0.09, 0.14, 0.09], lowQuality: [0.3, 0.35, 0.55, 0.3], atr: 0.55 },
};

/** Layout of one officer × month row of the behaviour table. */
export const P = {
  attend: 0, never: 1, logMedian: 2, sigma: 3, stuck: 4,
  cumSat: 5, cumPart: 6, cumForce: 7, lowQ: 8 /* 4 values */, atr: 12, stuckDays: 13,
} as const;
export const STRIDE = 14;

/**
 * Fill one behaviour row: `e` is the officer's effective performance that month (district level +
 * district trend + monthly shock + the officer's own skill; 0 = typical, +1 = clearly better);
 * `drive` is the district's separate push on old complaints (shortens how long stuck ones wait).
 */
export function fillBehaviour(out: Float64Array, at: number, a: Archetype, e: number, drive: number, backlog: boolean): void {
  const sat = a.kinds[0] * Math.exp(0.4 * e);
  const part = a.kinds[1] * Math.exp(-0.35 * e);
  const force = a.kinds[2] * Math.exp(-0.7 * e);
  const spec = a.kinds[3] * Math.exp(-0.35 * e);
  const sum = sat + part + force + spec;
  out[at + P.attend] = a.attend * Math.exp(-0.3 * e);
  out[at + P.never] = Math.min(0.5, a.neverAttend * Math.exp(-0.35 * e));
  out[at + P.logMedian] = Math.log(a.median) - 0.25 * e;
  out[at + P.sigma] = a.sigma;
  out[at + P.stuck] = Math.min(0.5, a.stuck * Math.exp(-0.1 * e) * (backlog ? 2 : 1));
  const days = Math.max(25, a.stuckDays * Math.exp(-0.65 * e - drive));
  out[at + P.stuckDays] = backlog ? Math.max(300, 4 * days) : days; // backlog districts sit on them for a year
  out[at + P.cumSat] = sat / sum;
  out[at + P.cumPart] = (sat + part) / sum;
  out[at + P.cumForce] = (sat + part + force) / sum;
  for (let k = 0; k < 4; k++) out[at + P.lowQ + k] = Math.min(0.9, a.lowQuality[k] * Math.exp(-0.25 * e));
  out[at + P.atr] = Math.max(0, Math.min(1, a.atr + 0.05 * e));
}

/** Chance of each profile among a district's L1 officers, given the district's level q. */
export function profileWeights(q: number, backlog: boolean): number[] {
  return [
    0.2 * Math.exp(0.5 * q),
    0.6,
    0.07 * Math.exp(-0.3 * q),
    0.08 * Math.exp(-0.3 * q) * (backlog ? 2 : 1),
    0.05 * Math.exp(-0.2 * q),
  ];
}
