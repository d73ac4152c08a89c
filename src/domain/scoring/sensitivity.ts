/**
 * One-at-a-time weight sensitivity: which weight moves the ranks most? For every node of the tree
 * (group or parameter) its weight alone is multiplied by (1 + δ) and by (1 − δ), the month is
 * re-aggregated on the same normalised values and re-ranked (within peer groups, 2-decimal
 * scores), and the ranks are compared with the scorecard's own:
 *   S_k = ½ · [ mean_u |r_u(w_k·(1+δ)) − r_u| + mean_u |r_u(w_k·(1−δ)) − r_u| ]
 * over the units scored with the own weights and in the run. maxShift is the largest |shift| of any unit.
 */
import { aggregateUnit, newAggregation, prepare } from './aggregate';
import { baseWeights, compileScorecard } from './compile';
import { assignPeerGroups, rankWithinGroups, round2 } from './rank';
import type { Scorecard, UnitValues } from './types';

export interface SensitivityRow {
  id: string;
  kind: 'group' | 'parameter';
  /** depth in the tree: 1 = a child of the total */
  depth: number;
  /** mean absolute rank shift, averaged over the + and − runs */
  meanShift: number;
  /** largest absolute rank shift of any unit in either run */
  maxShift: number;
  /** units whose rank changes in either run */
  unitsMoved: number;
}

export interface SensitivityResult { delta: number; rows: SensitivityRow[] }

/** Ranks (0 = unscored) of every unit with the given weights. */
export function ranksWith(
  compiled: ReturnType<typeof compileScorecard>, s: Float64Array[], w: Float64Array, groups: (string | null)[],
): Int32Array {
  const agg = newAggregation(compiled.nodes.length);
  const idx: number[] = [];
  const scores: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const total = aggregateUnit(compiled, s[i], w, agg);
    if (Number.isNaN(total)) continue;
    idx.push(i);
    scores.push(round2(total));
  }
  const ranks = rankWithinGroups(scores, idx.map((i) => groups[i]));
  const out = new Int32Array(s.length);
  idx.forEach((i, j) => (out[i] = ranks[j]));
  return out;
}

/** Sorted by meanShift, largest first (ties: tree order). δ default 0.25 (±25%). */
export function sensitivity(scorecard: Scorecard, units: UnitValues[], delta = 0.25): SensitivityResult {
  if (!(delta > 0 && delta <= 1)) throw new Error(`delta must be in (0, 1], got ${delta}`);
  const compiled = compileScorecard(scorecard);
  const { s } = prepare(compiled, units);
  const base = baseWeights(compiled);
  const groups = assignPeerGroups(scorecard, units).of;
  const own = ranksWith(compiled, s, base, groups);
  const depth = new Int32Array(compiled.nodes.length);
  for (let k = 1; k < compiled.nodes.length; k++) depth[k] = depth[compiled.nodes[k].parent] + 1;

  const w = Float64Array.from(base);
  const rows: (SensitivityRow & { order: number })[] = [];
  for (let k = 1; k < compiled.nodes.length; k++) {
    let sum = 0;
    let max = 0;
    const moved = new Set<number>();
    for (const f of [1 + delta, 1 - delta]) {
      w[k] = base[k] * f;
      const r = ranksWith(compiled, s, w, groups);
      let total = 0;
      let n = 0;
      for (let i = 0; i < r.length; i++) {
        if (!own[i] || !r[i]) continue;
        const d = Math.abs(r[i] - own[i]);
        total += d;
        n++;
        if (d > max) max = d;
        if (d > 0) moved.add(i);
      }
      sum += n ? total / n : 0;
    }
    w[k] = base[k];
    const node = compiled.nodes[k];
    rows.push({ id: node.id, kind: node.param >= 0 ? 'parameter' : 'group', depth: depth[k], meanShift: sum / 2, maxShift: max, unitsMoved: moved.size, order: k });
  }
  rows.sort((a, b) => b.meanShift - a.meanShift || a.order - b.order);
  return { delta, rows: rows.map(({ order: _o, ...r }) => r) };
}
