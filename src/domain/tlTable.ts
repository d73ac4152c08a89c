/** The TL-meeting table (department × counts, rates and grade): pure, shared by #/departments, the workbook and the CLI. */
import type { UnitMetrics } from './metrics';
import { scorePeriod, type Scorecard, type UnitValues } from './scoring';
import { readsComplaintsOnly } from './scoreInputs';

/** One line of the TL-meeting table: a department (or a district) with its counts, rates and grade. */
export interface TlRow {
  unit: string;
  received: number;
  closed: number;
  satisfaction_rate: number | null;
  force_closed_rate: number | null;
  pending_over_50: number;
  pending_over_100: number;
  pending_over_300: number;
  score: number | null;
  grade: string | null;
}

/** Grades need a scorecard that reads complaint metrics only (indicators are per district, not per department). */
export function canGrade(card: Scorecard): boolean {
  return readsComplaintsOnly(card);
}

/** Counts and rates over ALL complaints (what the meeting acts on), plus the scorecard's inputs for the same units. */
export interface TlData { all: UnitMetrics[]; graded: UnitValues[] | null }

/** Table rows; the grade is the scorecard's own scoring of the units (with its exclusions, e.g. habitual complainants). */
export function tlRows(card: Scorecard, d: TlData): TlRow[] {
  const scored = d.graded?.length ? scorePeriod(card, d.graded) : null;
  const byUnit = new Map(scored?.rows.map((r) => [r.unit, r]) ?? []);
  return d.all.map((m) => ({
    unit: m.unit,
    received: m.received ?? 0,
    closed: m.closed ?? 0,
    satisfaction_rate: m.satisfaction_rate,
    force_closed_rate: m.force_closed_rate,
    pending_over_50: m.pending_over_50 ?? 0,
    pending_over_100: m.pending_over_100 ?? 0,
    pending_over_300: m.pending_over_300 ?? 0,
    score: byUnit.get(m.unit)?.rounded ?? null,
    grade: byUnit.get(m.unit)?.grade ?? null,
  }));
}
