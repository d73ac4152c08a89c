/** Hand-made officer stats for the list and flag tests. */
import type { DepartmentTotals, OfficerStats } from '@/domain/officers';

/** An officer with `satisfied` of `closed` closures; every other count zero unless given. */
export function officer(id: string, satisfied: number, closed: number, more: Partial<OfficerStats> = {}): OfficerStats {
  return {
    officer_id: id, officer_name: `Officer ${id}`, department: 'Energy', district: 'Indore',
    received: closed, closed, satisfied, partial: 0, force_closed: closed - satisfied, special_closed: 0, low_quality: 0,
    reopened: 0, closed_last_days: 0, escalated: 0, pending_end: 0, pending_over_50: 0, pending_over_100: 0,
    pending_over_300: 0, aged: 0, avg_days_to_close: 5, satisfaction_rate: closed ? satisfied / closed : null,
    force_closed_rate: closed ? (closed - satisfied) / closed : null, ...more,
  };
}

export function totals(department: string, t: Partial<DepartmentTotals>): DepartmentTotals {
  return { department, officers: 0, closed: 0, force_closed: 0, special_closed: 0, low_quality: 0, reopened: 0, closed_last_days: 0, aged: 0, pending_over_50: 0, ...t };
}
