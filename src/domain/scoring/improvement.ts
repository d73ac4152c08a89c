/**
 * Delta ranking (NITI Aayog's Aspirational Districts style): rank units by how much their score
 * improved since the compare month as well as by their level, and find the units stuck at the
 * bottom of their league month after month.
 */
import { addMonths } from '../metrics';
import { rankWithinGroups } from './rank';
import type { UnitScore } from './types';

export interface ImprovementRow {
  unit: string;
  group: string | null;
  /** this period's score (2 decimals) and level rank within the peer group */
  score: number;
  rank: number;
  /** the compare month's score (2 decimals) and rank; null when the unit was not scored then */
  previousScore: number | null;
  previousRank: number | null;
  /** level rank then − now (positive = moved up); null when not ranked then or in another peer group */
  deltaRank: number | null;
  /** score now − score then, on the 2-decimal scores shown; null when not scored then */
  deltaScore: number | null;
  /**
   * rank by improvement within the peer group: the largest deltaScore is 1, equal deltas share
   * the lowest rank (1, 2, 2, 4); null when the unit has no compare score (it cannot be ranked)
   */
  improvementRank: number | null;
}

/**
 * Ranks the rows of a scored period (scorePeriod with `previous`, so that deltaScore is filled)
 * by improvement. Units are pooled by their current peer group, like the level ranks; units
 * without a compare score are kept with improvementRank null. Returned in input order.
 */
export function rankByImprovement(rows: readonly UnitScore[]): ImprovementRow[] {
  const ranked = rows.filter((r) => r.deltaScore != null);
  const ranks = rankWithinGroups(ranked.map((r) => r.deltaScore!), ranked.map((r) => r.group));
  const of = new Map(ranked.map((r, i) => [r.unit, ranks[i]]));
  return rows.map((r) => {
    const delta = r.deltaScore ?? null;
    return {
      unit: r.unit,
      group: r.group,
      score: r.rounded,
      rank: r.rank,
      previousScore: delta === null ? null : Number((r.rounded - delta).toFixed(2)),
      previousRank: r.previousRank ?? null,
      deltaRank: r.deltaRank ?? null,
      deltaScore: delta,
      improvementRank: of.get(r.unit) ?? null,
    };
  });
}

/** Order of the improvement table: peer group (scorecard order), then improvement rank, unranked last, then name. */
export function sortByImprovement(rows: readonly ImprovementRow[], groups: readonly string[] = []): ImprovementRow[] {
  const g = (x: string | null) => (x === null ? groups.length : Math.max(0, groups.indexOf(x)));
  return [...rows].sort((a, b) => g(a.group) - g(b.group)
    || (a.improvementRank ?? Infinity) - (b.improvementRank ?? Infinity)
    || a.unit.localeCompare(b.unit));
}

/** One month of a rank history: each scored unit's level rank within its peer group. */
export interface MonthRanks { month: string; rows: readonly { unit: string; group: string | null; rank: number }[] }

/**
 * Whether a unit is in the bottom `size` of its peer group that month: fewer than `size` units
 * of its group ranked strictly below it. Ties at the edge all count (with ranks 1, 2, 3, 3, 3
 * and size 3, every unit ranked 3 is in the bottom three, and so is the unit ranked 2).
 */
export function bottomOf(month: MonthRanks['rows'], size = 3): Set<string> {
  const byGroup = new Map<string | null, number[]>();
  for (const r of month) { const l = byGroup.get(r.group); if (l) l.push(r.rank); else byGroup.set(r.group, [r.rank]); }
  const out = new Set<string>();
  for (const r of month) {
    const below = byGroup.get(r.group)!.filter((x) => x > r.rank).length;
    if (below < size) out.add(r.unit);
  }
  return out;
}

/**
 * For each unit, how many consecutive calendar months, ending with the last month of `history`,
 * it has been in the bottom `size` of its peer group. `history` is in month order (oldest first);
 * a gap in the months (a month without data) ends a run, and so does a month the unit was not
 * scored. Units with a run of 0 are left out.
 */
export function bottomRuns(history: readonly MonthRanks[], size = 3): Map<string, number> {
  const runs = new Map<string, number>();
  if (!history.length) return runs;
  const last = history.length - 1;
  let alive = bottomOf(history[last].rows, size);
  for (const u of alive) runs.set(u, 1);
  for (let i = last - 1; i >= 0 && alive.size; i--) {
    if (addMonths(history[i].month, 1) !== history[i + 1].month) break;
    const bottom = bottomOf(history[i].rows, size);
    alive = new Set([...alive].filter((u) => bottom.has(u)));
    for (const u of alive) runs.set(u, runs.get(u)! + 1);
  }
  return runs;
}

/** The units at the bottom `size` of their group for at least `months` months running (default: bottom three, three months). */
export function bottomStreaks(history: readonly MonthRanks[], size = 3, months = 3): Map<string, number> {
  return new Map([...bottomRuns(history, size)].filter(([, n]) => n >= months));
}
