/** scorePeriod: one period's unit × metric table → scores, ranks, grades, explanations. */
import { aggregateUnit, newAggregation, prepare } from './aggregate';
import { baseWeights, compileScorecard } from './compile';
import { compareWithPrevious } from './deltas';
import { explainUnit } from './explain';
import { assignPeerGroups, gradeFor, rankDescending, rankWithinGroups, round2 } from './rank';
import type { Scorecard, ScoreResult, UnitScore, UnitValues, UnscoredUnit } from './types';

export interface ScoreOptions {
  /** the previous period's result (same scorecard): fills previousRank, deltaRank, deltaScore */
  previous?: ScoreResult;
}

/**
 * Scores one period. `scorecard` must be a validated scorecard (parseScorecard); `units` is the
 * aggregated unit × metric table of the period, one entry per unit (unit names unique).
 */
export function scorePeriod(scorecard: Scorecard, units: UnitValues[], opts: ScoreOptions = {}): ScoreResult {
  const compiled = compileScorecard(scorecard);
  const prepared = prepare(compiled, units);
  const weights = baseWeights(compiled);
  const peer = assignPeerGroups(scorecard, units);
  const agg = newAggregation(compiled.nodes.length);

  const rows: UnitScore[] = [];
  const unscored: UnscoredUnit[] = [];
  units.forEach((u, i) => {
    const total = aggregateUnit(compiled, prepared.s[i], weights, agg);
    const ex = explainUnit(compiled, u, i, prepared.columns, weights, agg);
    const group = peer.of[i];
    if (ex.reason !== undefined) {
      unscored.push({ unit: u.unit, group, reason: ex.reason, parameters: ex.parameters, nodes: ex.nodes });
      return;
    }
    const notes = peer.notes[i] ? [peer.notes[i]!, ...ex.notes] : ex.notes;
    const rounded = round2(total);
    const row: UnitScore = {
      unit: u.unit,
      group,
      score: total,
      rounded,
      rank: 0,
      overallRank: 0,
      grade: gradeFor(rounded, scorecard.grades),
      parameters: ex.parameters,
      nodes: ex.nodes,
      notes,
    };
    if (ex.factors) row.factors = ex.factors;
    rows.push(row);
  });

  const scores = rows.map((r) => r.rounded);
  const ranks = rankWithinGroups(scores, rows.map((r) => r.group));
  const overall = rankDescending(scores);
  rows.forEach((r, i) => {
    r.rank = ranks[i];
    r.overallRank = overall[i];
  });

  const result: ScoreResult = { scorecardId: scorecard.id, rows, unscored, groups: peer.names };
  return opts.previous ? compareWithPrevious(result, opts.previous) : result;
}
