/**
 * Compare two scorings of the same month (two scorecards, or one scorecard before and after an
 * edit): per unit the rank and score under each, the rank shift (rank A − rank B: positive = moved
 * up under B, as delta_rank), the score change and whether the grade changes.
 */
import type { ScoreResult } from './types';

export interface CompareRow {
  unit: string;
  rankA: number | null;
  rankB: number | null;
  scoreA: number | null;
  scoreB: number | null;
  gradeA: string | null;
  gradeB: string | null;
  /** rankA − rankB (null if unscored under either) */
  shift: number | null;
  /** scoreB − scoreA on the 2-decimal scores */
  scoreChange: number | null;
  gradeChanged: boolean;
}

export interface Comparison {
  rows: CompareRow[];
  /** units that moved, largest |shift| first */
  movers: CompareRow[];
  /** mean |shift| over units scored under both */
  meanAbsShift: number;
  gradeChanges: number;
}

/** Rows in B's rank order (units unscored under B last, by A's rank). */
export function compareResults(a: ScoreResult, b: ScoreResult): Comparison {
  const byA = new Map(a.rows.map((r) => [r.unit, r]));
  const byB = new Map(b.rows.map((r) => [r.unit, r]));
  const units = [...new Set([...b.rows.map((r) => r.unit), ...a.rows.map((r) => r.unit)])];
  const rows = units.map((unit): CompareRow => {
    const ra = byA.get(unit);
    const rb = byB.get(unit);
    const shift = ra && rb ? ra.rank - rb.rank : null;
    return {
      unit,
      rankA: ra?.rank ?? null, rankB: rb?.rank ?? null,
      scoreA: ra?.rounded ?? null, scoreB: rb?.rounded ?? null,
      gradeA: ra?.grade ?? null, gradeB: rb?.grade ?? null,
      shift,
      scoreChange: ra && rb ? Math.round((rb.rounded - ra.rounded) * 100) / 100 : null,
      gradeChanged: (!!ra && !!rb && ra.grade !== rb.grade) || !ra !== !rb,
    };
  });
  const groupOf = (u: string) => byB.get(u)?.group ?? byA.get(u)?.group ?? '';
  const key = (r: CompareRow) => [r.rankB === null ? 1 : 0, groupOf(r.unit), r.rankB ?? r.rankA ?? 1e9] as const;
  rows.sort((x, y) => {
    const kx = key(x), ky = key(y);
    return kx[0] - ky[0] || kx[1].localeCompare(ky[1]) || kx[2] - ky[2] || x.unit.localeCompare(y.unit);
  });
  const both = rows.filter((r) => r.shift !== null);
  const movers = both.filter((r) => r.shift !== 0).sort((x, y) => Math.abs(y.shift!) - Math.abs(x.shift!) || x.unit.localeCompare(y.unit));
  return {
    rows,
    movers,
    meanAbsShift: both.length ? both.reduce((s, r) => s + Math.abs(r.shift!), 0) / both.length : 0,
    gradeChanges: rows.filter((r) => r.gradeChanged).length,
  };
}

/** The comparison as CSV rows (header first); cells go through safeCell in the caller. */
export function comparisonTable(c: Comparison, nameA: string, nameB: string): (string | number | null)[][] {
  return [
    ['unit', `rank ${nameA}`, `rank ${nameB}`, 'rank shift', `score ${nameA}`, `score ${nameB}`, 'score change', `grade ${nameA}`, `grade ${nameB}`],
    ...c.rows.map((r) => [r.unit, r.rankA, r.rankB, r.shift, r.scoreA, r.scoreB, r.scoreChange, r.gradeA, r.gradeB]),
  ];
}
