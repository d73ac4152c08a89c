/** Pure selections for the review screens. */
import type { UnitScore } from './scoring/types';

/** Top and bottom n by overall rank (ignoring peer groups); ties keep name order. */
export function topBottom(rows: readonly UnitScore[], n: number): { top: UnitScore[]; bottom: UnitScore[] } {
  const sorted = [...rows].sort((a, b) => a.overallRank - b.overallRank || a.unit.localeCompare(b.unit));
  return { top: sorted.slice(0, n), bottom: sorted.slice(-n).reverse() };
}

/** Biggest movers up (largest positive deltaRank) and down (most negative); units without a previous rank are left out. */
export function movers(rows: readonly UnitScore[], n: number): { up: UnitScore[]; down: UnitScore[] } {
  const withDelta = rows.filter((r) => r.deltaRank != null && r.deltaRank !== 0);
  const up = withDelta.filter((r) => r.deltaRank! > 0).sort((a, b) => b.deltaRank! - a.deltaRank! || a.unit.localeCompare(b.unit));
  const down = withDelta.filter((r) => r.deltaRank! < 0).sort((a, b) => a.deltaRank! - b.deltaRank! || a.unit.localeCompare(b.unit));
  return { up: up.slice(0, n), down: down.slice(0, n) };
}
