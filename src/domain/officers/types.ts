/** Shapes of the officer lists (DESIGN.md "Officer lists"). Pure data. */

/** Counts of one L1 officer over a period range, as the officers query returns them. */
export interface OfficerStats {
  officer_id: string;
  officer_name: string | null;
  department: string | null;
  district: string | null;
  /** Registered in the range. */
  received: number;
  /** Closed in the range, and of those: */
  closed: number;
  satisfied: number;
  partial: number;
  force_closed: number;
  special_closed: number;
  low_quality: number;
  reopened: number;
  /** Closures that fell in the last N days of their calendar month (the grading cut-off). */
  closed_last_days: number;
  /** Received in the range that reached level ≥ 2 (escalated past L1). */
  escalated: number;
  /** Pending at the end of the range, and of those older than 50 / 100 / 300 days. */
  pending_end: number;
  pending_over_50: number;
  pending_over_100: number;
  pending_over_300: number;
  /** Complaints registered more than 50 days before the end of the range (any time): the base of the backlog flag. */
  aged: number;
  avg_days_to_close: number | null;
  satisfaction_rate: number | null;
  force_closed_rate: number | null;
}

/** Totals of all L1 officers of a department across the state, same range: the flags' yardstick. */
export interface DepartmentTotals {
  department: string;
  officers: number;
  closed: number;
  force_closed: number;
  special_closed: number;
  low_quality: number;
  reopened: number;
  closed_last_days: number;
  aged: number;
  pending_over_50: number;
}

export const FLAG_KINDS = ['force_closed', 'closure_burst', 'low_quality', 'reopened', 'special_closed', 'stale_backlog'] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

/** A prompt to look, not a verdict: which share, how far above the rest of the department, how sure. */
export interface OfficerFlag {
  kind: FlagKind;
  /** The officer's count and its base (e.g. 14 force closures of 20 closures). */
  count: number;
  base: number;
  /** count / base. */
  rate: number;
  /** The same share for the rest of the department (all other L1 officers of it in the state). */
  baseline: number;
  /** rate − baseline, and rate / baseline (null when the baseline is 0). */
  excess: number;
  ratio: number | null;
  /** One-sided exact binomial p-value of count or more out of base at the baseline rate. */
  pValue: number;
  /** The same in plain English, with the numbers (the app renders its own translated text). */
  reason: string;
}

/** One officer as listed: the stats, the Wilson bounds of the satisfaction rate, and flags. */
export interface OfficerRow extends OfficerStats {
  wilson_lower: number | null;
  wilson_upper: number | null;
  /** Position in the list it appears on (1 = first); null when not listed. */
  rank: number | null;
  flags: OfficerFlag[];
}

export interface OfficerListOptions {
  /** Officers with fewer closures in the range are not listed (default MIN_CLOSURES). */
  minClosures?: number;
  /** Length of each list (default DEFAULT_TOP). */
  top?: number;
  /** Days at the end of each month that count as the grading cut-off for the burst flag (default 3). */
  burstDays?: number;
}

export interface OfficerLists {
  minClosures: number;
  top: number;
  /** Officers with any activity in the range / with at least minClosures closures. */
  officers: number;
  eligible: number;
  good: OfficerRow[];
  poor: OfficerRow[];
  /** Every officer with at least one flag, most flags (then strongest evidence) first. */
  flagged: OfficerRow[];
}
