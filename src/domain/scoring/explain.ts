/**
 * Turns one unit's aggregation arrays into the explanation: per-node scores, weight shares and
 * points, per-parameter {value, normalized, points}, geometric factors, and plain-words notes.
 */
import { SHARE_EPS } from './aggregate';
import type { UnitAggregation } from './aggregate';
import type { CompiledScorecard } from './compile';
import type { NormalizedColumn } from './normalize';
import { finiteOrNull } from './normalize';
import type { GroupFactor, NodeScore, ParameterScore, UnitValues } from './types';

/** Share as a percentage for messages, rounded down to 0.1 so "40%" never hides 39.96%. */
export function pct(share: number): string {
  return `${Math.floor(share * 1000 + 1e-9) / 10}%`;
}

const has = (x: number) => !Number.isNaN(x);

export interface Explanation {
  nodes: Record<string, NodeScore>;
  parameters: Record<string, ParameterScore>;
  notes: string[];
  /** factors of the total when its aggregation is geometric */
  factors?: GroupFactor[];
  /** set when the total is missing */
  reason?: string;
}

export function explainUnit(
  compiled: CompiledScorecard,
  unit: UnitValues,
  unitIndex: number,
  columns: NormalizedColumn[],
  weights: Float64Array,
  agg: UnitAggregation,
): Explanation {
  const { nodes, params } = compiled;
  const { score, coverage, present } = agg;
  const nodeScores: Record<string, NodeScore> = {};
  const parameters: Record<string, ParameterScore> = {};
  const notes: string[] = [];
  // effective weight (share of the total) per node; null when not additive or not counted
  const eff: (number | null)[] = new Array(nodes.length).fill(null);
  eff[0] = has(score[0]) ? 1 : null;
  const droppedAncestor: (string | null)[] = new Array(nodes.length).fill(null);

  // pre-order: node indices increase from parent to child
  for (let k = 1; k < nodes.length; k++) {
    const node = nodes[k];
    const parent = nodes[node.parent];
    const parentHas = has(score[node.parent]);
    const own = has(score[k]) ? score[k] : null;
    const share = parentHas && own !== null ? weights[k] / present[node.parent] : null;
    if (share !== null && parent.aggregation === 'arithmetic' && eff[node.parent] !== null) eff[k] = eff[node.parent]! * share;
    droppedAncestor[k] = droppedAncestor[node.parent] ?? (node.parent !== 0 && !parentHas ? parent.id : null);

    const ns: NodeScore = {
      id: node.id,
      kind: node.param >= 0 ? 'parameter' : 'group',
      score: own,
      share,
      effectiveWeight: eff[k],
      points: eff[k] !== null && own !== null ? eff[k]! * own : null,
    };
    if (node.param < 0) {
      ns.coverage = coverage[k];
      ns.aggregation = node.aggregation;
      if (own === null) {
        ns.note = groupMissingNote(coverage[k], present[k], node.threshold);
        if (!droppedAncestor[k]) notes.push(`group "${node.id}" dropped out: ${ns.note}`);
      }
    }
    nodeScores[node.id] = ns;

    if (node.param >= 0) {
      const p = params[node.param];
      const col = columns[node.param];
      const ps: ParameterScore = {
        value: finiteOrNull(unit.values[p.key]),
        normalized: col.s[unitIndex],
        points: ns.points,
      };
      if (col.targets) ps.target = col.targets[unitIndex];
      const note = col.notes[unitIndex] ?? (ps.value === null ? 'no value' : undefined);
      if (note) ps.note = note;
      else if (droppedAncestor[k]) ps.note = `not counted: group "${droppedAncestor[k]}" dropped out`;
      parameters[p.id] = ps;
    }
  }

  const result: Explanation = { nodes: nodeScores, parameters, notes };
  // geometric groups (including the total): factors, and the zero rule
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k];
    if (node.param >= 0 || node.aggregation !== 'geometric' || !has(score[k])) continue;
    const factors: GroupFactor[] = [];
    for (const c of node.children) {
      if (!has(score[c])) continue;
      const share = weights[c] / present[k];
      factors.push({ id: nodes[c].id, share, score: score[c], factor: Math.pow(score[c], share) });
    }
    const zero = factors.find((f) => f.score === 0 && f.share > 0);
    const where = k === 0 ? 'the total' : `group "${node.id}"`;
    if (zero) notes.push(`"${zero.id}" is 0, which makes ${where} 0 (geometric aggregation)`);
    if (k === 0) result.factors = factors;
    else {
      nodeScores[node.id].factors = factors;
      if (zero) nodeScores[node.id].note = `"${zero.id}" is 0, which makes this geometric group 0`;
    }
  }
  if (!has(score[0])) result.reason = unscoredReason(compiled, agg, parameters);
  return result;
}

function groupMissingNote(cov: number, have: number, threshold: number): string {
  if (cov === 0) return 'no data';
  if (!(have > 0)) return 'no child with a weight above 0 has data';
  return `only ${pct(cov)} of its weight has data (needs ${pct(threshold)})`;
}

function unscoredReason(compiled: CompiledScorecard, agg: UnitAggregation, parameters: Record<string, ParameterScore>): string {
  if (Object.values(parameters).every((p) => p.normalized === null)) return 'no data for any parameter';
  const { threshold } = compiled;
  if (agg.coverage[0] + SHARE_EPS < threshold) {
    const missing = compiled.nodes[0].children.filter((c) => Number.isNaN(agg.score[c])).map((c) => compiled.nodes[c].id);
    const list = missing.length > 6 ? `${missing.slice(0, 5).join(', ')} and ${missing.length - 5} more` : missing.join(', ');
    return `only ${pct(agg.coverage[0])} of weight has data (needs ${pct(threshold)}); missing: ${list}`;
  }
  return 'no parameter with a weight above 0 has data';
}
