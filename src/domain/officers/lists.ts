/**
 * Good and poor L1 officer lists (DESIGN.md "Officer lists"). Only officers with at least
 * `minClosures` closures in the range are listed. Good list: highest Wilson 95 % lower bound of
 * the satisfaction rate (satisfied / closed) — the rate we are fairly sure they at least reach.
 * Poor list: lowest Wilson upper bound — the rate we are fairly sure they do not exceed. Ties: more
 * closures first (more evidence), then officer id, so the order never depends on input order.
 */
import { wilsonInterval } from './wilson';
import { officerFlags, DEFAULT_BURST_DAYS } from './flags';
import type { DepartmentTotals, OfficerListOptions, OfficerLists, OfficerRow, OfficerStats } from './types';

/** Default minimum closures in the range for an officer to be listed (adjustable). */
export const MIN_CLOSURES = 10;
/** Default length of each list. */
export const DEFAULT_TOP = 10;

const byId = (a: OfficerRow, b: OfficerRow): number => (a.officer_id < b.officer_id ? -1 : a.officer_id > b.officer_id ? 1 : 0);

/** Good-list order: Wilson lower bound descending, then closures descending, then id. */
export function compareGood(a: OfficerRow, b: OfficerRow): number {
  return (b.wilson_lower ?? -1) - (a.wilson_lower ?? -1) || b.closed - a.closed || byId(a, b);
}

/** Poor-list order: Wilson upper bound ascending, then closures descending, then id. */
export function comparePoor(a: OfficerRow, b: OfficerRow): number {
  return (a.wilson_upper ?? 2) - (b.wilson_upper ?? 2) || b.closed - a.closed || byId(a, b);
}

/** Adds the Wilson bounds and flags to every officer (no filtering, no order). */
export function officerRows(stats: OfficerStats[], departments: DepartmentTotals[], minClosures = MIN_CLOSURES, burstDays = DEFAULT_BURST_DAYS): OfficerRow[] {
  const dept = new Map(departments.map((d) => [d.department, d]));
  return stats.map((s) => {
    const w = wilsonInterval(s.satisfied, s.closed);
    const { officer_id, officer_name, department, district, received, closed, satisfied, satisfaction_rate, ...rest } = s;
    return {
      officer_id, officer_name, department, district, received, closed, satisfied, satisfaction_rate,
      wilson_lower: w?.lower ?? null, wilson_upper: w?.upper ?? null, ...rest, rank: null,
      flags: officerFlags(s, department == null ? undefined : dept.get(department), minClosures, burstDays),
    };
  });
}

/** Strongest evidence of an officer's flags (smallest p-value). */
const strongest = (r: OfficerRow): number => Math.min(...r.flags.map((f) => f.pValue));

/**
 * The two lists and the flagged officers. An officer is on at most one list: when fewer than
 * 2 × top officers are eligible, the good list takes the better half (rounded up) and the poor
 * list the rest, so nobody is shown as both good and poor.
 */
export function buildOfficerLists(stats: OfficerStats[], departments: DepartmentTotals[], o: OfficerListOptions = {}): OfficerLists {
  const minClosures = Math.max(1, Math.floor(o.minClosures ?? MIN_CLOSURES));
  const top = Math.max(1, Math.floor(o.top ?? DEFAULT_TOP));
  const rows = officerRows(stats, departments, minClosures, o.burstDays);
  const eligible = rows.filter((r) => r.closed >= minClosures);
  const goodN = Math.min(top, Math.ceil(eligible.length / 2));
  const poorN = Math.min(top, eligible.length - goodN);
  const good = [...eligible].sort(compareGood).slice(0, goodN).map((r, i) => ({ ...r, rank: i + 1 }));
  const onGood = new Set(good.map((r) => r.officer_id));
  const poor = eligible.filter((r) => !onGood.has(r.officer_id)).sort(comparePoor).slice(0, poorN).map((r, i) => ({ ...r, rank: i + 1 }));
  const flagged = rows.filter((r) => r.flags.length > 0)
    .sort((a, b) => b.flags.length - a.flags.length || strongest(a) - strongest(b) || byId(a, b));
  return { minClosures, top, officers: rows.length, eligible: eligible.length, good, poor, flagged };
}
