/**
 * Re-scoring while weights are edited (the workbench's live preview). Same scores, ranks, grades
 * and peer groups as scorePeriod, but:
 * - the normalised values are kept from the previous call while only weights (or grades) changed:
 *   a weight never changes a normalised value, so a weight edit only re-aggregates;
 * - scored rows carry no explanation (`parameters`, `nodes` and `notes` are empty): the preview
 *   shows rank, score and grade only. Unscored units get their reason as scorePeriod gives it.
 */
import { aggregateUnit, newAggregation, prepare, type Prepared } from './aggregate';
import { baseWeights, compileScorecard, type CompiledScorecard } from './compile';
import { explainUnit } from './explain';
import { assignPeerGroups, gradeFor, rankDescending, rankWithinGroups, round2, type PeerGroupAssignment } from './rank';
import type { Scorecard, ScoreResult, UnitScore, UnitValues, UnscoredUnit } from './types';

/** The scorecard without what a re-aggregation can change (weights, grades, names): equal keys normalise alike. */
export function structureKey(card: Scorecard): string {
  return JSON.stringify(card, (k, v) => (k === 'weight' || k === 'grades' || k === 'name' || k === 'description' || k === 'robustness' ? undefined : v));
}

/**
 * A scorer that remembers the last (structure, units) it normalised. `key` is the card's
 * structureKey when the caller already knows it (the workbench computes it only after an edit
 * that can change it, not after every weight keystroke).
 */
export function createRescorer(): (card: Scorecard, units: UnitValues[], key?: string) => ScoreResult {
  let memo: { key: string; units: UnitValues[]; compiled: CompiledScorecard; prepared: Prepared; peer: PeerGroupAssignment } | null = null;
  return (card, units, key = structureKey(card)) => {
    const compiled = compileScorecard(card);
    if (!memo || memo.key !== key || memo.units !== units) {
      memo = { key, units, compiled, prepared: prepare(compiled, units), peer: assignPeerGroups(card, units) };
    }
    const { prepared, peer } = memo;
    const weights = baseWeights(compiled);
    const agg = newAggregation(compiled.nodes.length);
    const rows: UnitScore[] = [];
    const unscored: UnscoredUnit[] = [];
    units.forEach((u, i) => {
      const total = aggregateUnit(compiled, prepared.s[i], weights, agg);
      const group = peer.of[i];
      if (Number.isNaN(total)) {
        const ex = explainUnit(compiled, u, i, prepared.columns, weights, agg);
        unscored.push({ unit: u.unit, group, reason: ex.reason ?? 'no score', parameters: ex.parameters, nodes: ex.nodes });
        return;
      }
      const rounded = round2(total);
      rows.push({ unit: u.unit, group, score: total, rounded, rank: 0, overallRank: 0, grade: gradeFor(rounded, card.grades), parameters: {}, nodes: {}, notes: [] });
    });
    const scores = rows.map((r) => r.rounded);
    const ranks = rankWithinGroups(scores, rows.map((r) => r.group));
    const overall = rankDescending(scores);
    rows.forEach((r, i) => { r.rank = ranks[i]; r.overallRank = overall[i]; });
    return { scorecardId: card.id, rows, unscored, groups: peer.names };
  };
}
