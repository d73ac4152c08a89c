/**
 * "What it takes": how many more satisfied closures, or how many more old complaints resolved,
 * would lift a unit to the next grade or the next rank. Perturbs the unit's metric values, re-scores
 * the period with `scorePeriod` (so it holds for any scorecard reading those metrics, whatever the
 * normalisation) and finds the smallest k by binary search. Pure TS.
 *
 * Assumptions (stated on screen): each lever changes only its own rate — a closure turned
 * satisfied does not change the other closure rates; an old complaint resolved changes only
 * old_pending_resolution_rate — and the unit's score does not fall as k grows (true whenever the
 * scorecard rewards the rate: direction "higher").
 */
import { scorePeriod } from './scoring/engine';
import type { Scorecard, UnitScore, UnitValues } from './scoring/types';
import { scorecardSources } from './scoreInputs';
import type { UnitMetrics } from './metrics';

export type Lever = 'satisfied' | 'oldResolved';
export const LEVERS: readonly Lever[] = ['satisfied', 'oldResolved'];

/** The metric each lever moves. */
export const LEVER_METRIC: Record<Lever, string> = { satisfied: 'satisfaction_rate', oldResolved: 'old_pending_resolution_rate' };

export interface LeverBase {
  /** satisfied closures / old complaints resolved so far */
  done: number;
  /** closures / old complaints pending at the start: the denominator */
  total: number;
}

/** The counts behind a lever, from the unit's metrics row; null when the denominator is 0 or missing. */
export function leverBase(m: UnitMetrics, lever: Lever): LeverBase | null {
  if (lever === 'satisfied') {
    const total = m.closed ?? 0;
    if (!(total > 0) || m.satisfaction_rate == null) return null;
    return { done: Math.round(m.satisfaction_rate * total), total };
  }
  const total = m.old_pending_start ?? 0;
  if (!(total > 0)) return null;
  return { done: m.old_pending_resolved ?? 0, total };
}

export type Target = 'grade' | 'rank';

export type OutcomeStatus =
  | 'reached'      // k more gets there
  | 'unreachable'  // even all of them (k = max) does not
  | 'already'      // already the top grade / rank 1 in its group
  | 'unused'       // the scorecard does not read this lever's metric
  | 'noData'       // the denominator is 0 (no closures / no old complaints)
  | 'unscored'     // the unit has no score this period
  | 'noGrades';    // the scorecard (or this unit's score) has no grade

export interface Outcome {
  lever: Lever;
  target: Target;
  status: OutcomeStatus;
  /** the grade or rank aimed at (the next one up), null when there is none */
  goal: string | number | null;
  /** the smallest k that gets there ('reached' only) */
  k: number | null;
  /** how many are still available to act on: total − done */
  max: number;
  /** the unit's score, rank and grade after k more */
  score: number | null;
  rank: number | null;
  grade: string | null;
}

function withValue(units: UnitValues[], index: number, metric: string, value: number): UnitValues[] {
  const copy = units.slice();
  copy[index] = { ...units[index], values: { ...units[index].values, [metric]: value } };
  return copy;
}

/** Smallest k in [1, max] with ok(k), assuming ok is monotone; null if !ok(max). */
export function smallestK(max: number, ok: (k: number) => boolean): number | null {
  if (max < 1 || !ok(max)) return null;
  let lo = 1;
  let hi = max;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * For each lever × target: the smallest k that reaches the next grade / the next rank (within the
 * peer group). `units` is the period's unit × value table the scores came from, `metrics` its
 * complaint-metrics rows (for the counts).
 */
export function whatItTakes(card: Scorecard, units: UnitValues[], metrics: UnitMetrics[], unit: string): Outcome[] {
  const index = units.findIndex((u) => u.unit === unit);
  const base = index >= 0 ? scorePeriod(card, units).rows.find((r) => r.unit === unit) : undefined;
  const m = metrics.find((r) => r.unit === unit);
  const used = new Set(scorecardSources(card).metrics);
  const grades = (card.grades ?? []).map((g) => g.grade);
  const gi = base?.grade != null ? grades.indexOf(base.grade) : -1;
  const out: Outcome[] = [];

  for (const lever of LEVERS) {
    const metric = LEVER_METRIC[lever];
    const lb = m ? leverBase(m, lever) : null;
    const max = lb ? Math.max(0, lb.total - lb.done) : 0;
    const rescore = (k: number): UnitScore | undefined =>
      scorePeriod(card, withValue(units, index, metric, (lb!.done + k) / lb!.total)).rows.find((r) => r.unit === unit);
    const cache = new Map<number, UnitScore | undefined>();
    const at = (k: number) => { if (!cache.has(k)) cache.set(k, rescore(k)); return cache.get(k); };

    for (const target of ['grade', 'rank'] as Target[]) {
      const goal = target === 'grade' ? (gi > 0 ? grades[gi - 1] : null) : base && base.rank > 1 ? base.rank - 1 : null;
      const o: Outcome = { lever, target, status: 'reached', goal, k: null, max, score: null, rank: null, grade: null };
      out.push(o);
      if (!base) { o.status = 'unscored'; continue; }
      if (target === 'grade' && gi < 0) { o.status = 'noGrades'; continue; }
      if (!used.has(metric)) { o.status = 'unused'; continue; }
      if (goal === null) { o.status = 'already'; continue; }
      if (!lb) { o.status = 'noData'; continue; }
      const ok = (k: number) => {
        const r = at(k);
        if (!r) return false;
        return target === 'grade' ? r.grade != null && grades.indexOf(r.grade) >= 0 && grades.indexOf(r.grade) < gi : r.rank < base.rank;
      };
      const k = smallestK(max, ok);
      if (k === null) { o.status = 'unreachable'; continue; }
      const r = at(k)!;
      Object.assign(o, { k, score: r.rounded, rank: r.rank, grade: r.grade });
    }
  }
  return out;
}
