/**
 * Rank stability under weight uncertainty (OECD/JRC Handbook; COINr): N Monte Carlo runs, each
 * multiplying every weight at every level by uniform(1 − noise, 1 + noise), re-aggregating the
 * same normalised values, re-ranking (within peer groups, 2-decimal scores) and re-grading.
 */
import { aggregateUnit, newAggregation, prepare } from './aggregate';
import { baseWeights, compileScorecard } from './compile';
import { mulberry32, uniform } from './random';
import { assignPeerGroups, gradeFor, rankWithinGroups, round2 } from './rank';
import { DEFAULTS, isGroup } from './types';
import type { Scorecard, ScorecardNode, UnitValues } from './types';

export interface RobustnessOptions {
  /** default: scorecard.robustness.runs, else 500 */
  runs?: number;
  /** relative weight noise, default: scorecard.robustness.noise, else 0.25 (±25%) */
  noise?: number;
  /** PRNG seed, default: scorecard.robustness.seed, else 1 */
  seed?: number;
  /**
   * Alternative normalisations as a discrete uncertainty (COINr): each run picks one of these
   * uniformly at random and applies it to every parameter (direction and transform kept);
   * "asIs" = each parameter's own method. Default ["asIs"] (weights only).
   */
  normalizations?: NormalizationChoice[];
}

export type NormalizationChoice = 'asIs' | 'minmax' | 'zscore' | 'rank';
export const NORMALIZATION_CHOICES: readonly NormalizationChoice[] = ['asIs', 'minmax', 'zscore', 'rank'];

/** The scorecard with every parameter normalised by `method` ("asIs": unchanged). */
export function withNormalization(card: Scorecard, method: NormalizationChoice): Scorecard {
  if (method === 'asIs') return card;
  const walk = (nodes: ScorecardNode[]): ScorecardNode[] =>
    nodes.map((n) => (isGroup(n) ? { ...n, children: walk(n.children) } : { ...n, normalize: { method } }));
  return { ...card, children: walk(card.children) };
}

export interface RobustnessRow {
  unit: string;
  group: string | null;
  /** rank with the scorecard's own weights (null if unscored) */
  rank: number | null;
  grade: string | null;
  /** over the runs in which the unit was scored; null if it never was */
  medianRank: number | null;
  p5Rank: number | null;
  p95Rank: number | null;
  minRank: number | null;
  maxRank: number | null;
  /** grades seen (own weights and every run), in scorecard order */
  grades: string[];
  gradeCanChange: boolean;
  /** runs in which the unit had a score (a unit near the availability threshold can flip) */
  scoredRuns: number;
}

export interface RobustnessResult {
  scorecardId: string;
  runs: number;
  noise: number;
  seed: number;
  normalizations: NormalizationChoice[];
  rows: RobustnessRow[];
}

/** Percentile with linear interpolation between order statistics (R's quantile type 7). */
export function quantile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function robustness(scorecard: Scorecard, units: UnitValues[], opts: RobustnessOptions = {}): RobustnessResult {
  const runs = opts.runs ?? scorecard.robustness?.runs ?? DEFAULTS.robustness.runs;
  const noise = opts.noise ?? scorecard.robustness?.noise ?? DEFAULTS.robustness.noise;
  const seed = opts.seed ?? scorecard.robustness?.seed ?? DEFAULTS.robustness.seed;
  if (!(Number.isInteger(runs) && runs >= 1)) throw new Error(`runs must be a whole number ≥ 1, got ${runs}`);
  if (!(noise >= 0 && noise <= 1)) throw new Error(`noise must be between 0 and 1, got ${noise}`);

  const normalizations = opts.normalizations?.length ? [...new Set(opts.normalizations)] : (['asIs'] as NormalizationChoice[]);
  const compiled = compileScorecard(scorecard);
  const { s: own_s } = prepare(compiled, units);
  // same tree (same node order), only the parameters' normalisation differs
  const alternatives = normalizations.map((m) => (m === 'asIs' ? own_s : prepare(compileScorecard(withNormalization(scorecard, m)), units).s));
  let s = own_s;
  const base = baseWeights(compiled);
  const groups = assignPeerGroups(scorecard, units).of;
  const agg = newAggregation(compiled.nodes.length);
  const n = units.length;
  const random = mulberry32(seed);
  const weights = new Float64Array(base.length);

  /** scores all units with the given weights → ranks (0 = unscored) and grades */
  const scoreAll = (w: Float64Array) => {
    const idx: number[] = [];
    const scores: number[] = [];
    const grade: (string | null)[] = new Array(n).fill(null);
    for (let i = 0; i < n; i++) {
      const total = aggregateUnit(compiled, s[i], w, agg);
      if (Number.isNaN(total)) continue;
      const r = round2(total);
      idx.push(i);
      scores.push(r);
      grade[i] = gradeFor(r, scorecard.grades);
    }
    const ranks = rankWithinGroups(scores, idx.map((i) => groups[i]));
    const rank = new Int32Array(n);
    idx.forEach((i, j) => (rank[i] = ranks[j]));
    return { rank, grade };
  };

  const own = scoreAll(base);
  const pick = alternatives.length > 1;
  const rankRuns = units.map(() => [] as number[]);
  const gradesSeen = units.map((_, i) => new Set<string | null>(own.rank[i] > 0 ? [own.grade[i]] : []));
  for (let run = 0; run < runs; run++) {
    weights[0] = base[0];
    for (let k = 1; k < base.length; k++) weights[k] = base[k] * uniform(random, 1 - noise, 1 + noise);
    s = pick ? alternatives[Math.min(alternatives.length - 1, Math.floor(random() * alternatives.length))] : alternatives[0];
    const { rank, grade } = scoreAll(weights);
    for (let i = 0; i < n; i++) {
      if (rank[i] === 0) continue;
      rankRuns[i].push(rank[i]);
      gradesSeen[i].add(grade[i]);
    }
  }

  const order = (scorecard.grades ?? []).map((g) => g.grade);
  const rows = units.map((u, i): RobustnessRow => {
    const sorted = Float64Array.from(rankRuns[i]).sort();
    const stat = (p: number) => (sorted.length ? quantile(sorted, p) : null);
    const seen = [...gradesSeen[i]].filter((g): g is string => g !== null).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return {
      unit: u.unit,
      group: groups[i],
      rank: own.rank[i] || null,
      grade: own.grade[i],
      medianRank: stat(0.5),
      p5Rank: stat(0.05),
      p95Rank: stat(0.95),
      minRank: sorted.length ? sorted[0] : null,
      maxRank: sorted.length ? sorted[sorted.length - 1] : null,
      grades: seen,
      gradeCanChange: gradesSeen[i].size > 1,
      scoredRuns: sorted.length,
    };
  });
  return { scorecardId: scorecard.id, runs, noise, seed, normalizations, rows };
}
