/**
 * The aggregation core shared by scorePeriod and the Monte Carlo robustness runs: normalised
 * values in, node scores out, on flat typed arrays (NaN = missing).
 */
import type { CompiledScorecard } from './compile';
import { normalizeColumn } from './normalize';
import type { NormalizedColumn } from './normalize';
import type { UnitValues } from './types';

/** Tolerance for comparing a weight share with the availability threshold (float sums). */
export const SHARE_EPS = 1e-9;

export interface Prepared {
  units: UnitValues[];
  /** normalised values per parameter (columns over units) */
  columns: NormalizedColumn[];
  /** per unit: s by parameter index, NaN = missing */
  s: Float64Array[];
}

/** Normalises every parameter once over all units of the period. */
export function prepare(compiled: CompiledScorecard, units: UnitValues[]): Prepared {
  const seen = new Set<string>();
  for (const u of units) {
    if (seen.has(u.unit)) throw new Error(`unit "${u.unit}" appears twice in the period's values`);
    seen.add(u.unit);
  }
  const columns = compiled.params.map((p) =>
    normalizeColumn(
      p,
      units.map((u) => u.values[p.key]),
      units.map((u) => u.targets?.[p.key]),
    ),
  );
  const s = units.map((_, i) => Float64Array.from(columns, (c) => c.s[i] ?? Number.NaN));
  return { units, columns, s };
}

export interface UnitAggregation {
  /** score by node index (NaN = missing); node 0 = total */
  score: Float64Array;
  /** group nodes: share of the children's weight that has data */
  coverage: Float64Array;
  /** group nodes: Σ weight of the children that have data */
  present: Float64Array;
}

export function newAggregation(nodeCount: number): UnitAggregation {
  return { score: new Float64Array(nodeCount), coverage: new Float64Array(nodeCount), present: new Float64Array(nodeCount) };
}

/**
 * Scores one unit bottom-up. A group's children without data drop out and the rest are
 * re-weighted; if less than its availability threshold (the group's own, else the scorecard's) of its weight has data (or no child with
 * a weight above 0 has data), the group is missing. The same rule applies at every group and at
 * the total. Arithmetic: Σ w·s / Σ w; geometric: Π s^(w/Σw) (over children with data).
 */
export function aggregateUnit(compiled: CompiledScorecard, s: Float64Array, weights: Float64Array, out: UnitAggregation): number {
  const { nodes, postOrder } = compiled;
  const { score, coverage, present } = out;
  for (const k of postOrder) {
    const node = nodes[k];
    if (node.param >= 0) {
      score[k] = s[node.param];
      continue;
    }
    let total = 0;
    let have = 0;
    for (const c of node.children) {
      total += weights[c];
      if (!Number.isNaN(score[c])) have += weights[c];
    }
    const cov = total > 0 ? have / total : 0;
    coverage[k] = cov;
    present[k] = have;
    if (!(have > 0) || cov + SHARE_EPS < node.threshold) {
      score[k] = Number.NaN;
      continue;
    }
    if (node.aggregation === 'geometric') {
      let prod = 1;
      for (const c of node.children) if (!Number.isNaN(score[c])) prod *= Math.pow(score[c], weights[c] / have);
      score[k] = prod;
    } else {
      let sum = 0;
      for (const c of node.children) if (!Number.isNaN(score[c])) sum += weights[c] * score[c];
      score[k] = sum / have;
    }
  }
  return score[0];
}
