/** Change against the previous period (the calendar month before, same scorecard). */
import { round2 } from './rank';
import type { ScoreResult } from './types';

/**
 * Returns a copy of `current` whose rows carry previousRank, previousGroup, previousScore,
 * deltaRank = previous rank − this rank (positive = moved up) and deltaScore = this score −
 * previous score, both on the 2-decimal scores that are shown. All null when the unit was not
 * scored in the previous period. deltaRank is also null when the unit changed peer group (its
 * two ranks are in different leagues); previousRank and deltaScore are still given.
 */
export function compareWithPrevious(current: ScoreResult, previous: ScoreResult): ScoreResult {
  if (current.scorecardId !== previous.scorecardId) {
    throw new Error(`cannot compare scorecard "${current.scorecardId}" with "${previous.scorecardId}"`);
  }
  const before = new Map(previous.rows.map((r) => [r.unit, r]));
  return {
    ...current,
    rows: current.rows.map((row) => {
      const prev = before.get(row.unit);
      if (!prev) return { ...row, previousRank: null, previousGroup: null, previousScore: null, deltaRank: null, deltaScore: null };
      return {
        ...row,
        previousRank: prev.rank,
        previousGroup: prev.group,
        previousScore: prev.score,
        deltaRank: prev.group === row.group ? prev.rank - row.rank : null,
        deltaScore: round2(row.rounded - prev.rounded),
      };
    }),
  };
}
