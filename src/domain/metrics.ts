/** The complaint metrics of DESIGN.md ("Complaint metrics"): names, kinds and defaults. Pure data. */

export const COUNT_METRICS = ['received', 'closed', 'pending_end', 'pending_over_50', 'pending_over_100', 'pending_over_300', 'escalated', 'old_pending_start', 'old_pending_resolved'] as const;
export const RATE_METRICS = [
  'satisfaction_rate', 'force_closed_rate', 'special_closed_rate', 'partial_rate', 'old_pending_resolution_rate',
  'low_quality_rate', 'non_attended_rate', 'escalation_rate', 'takeup_24h_rate', 'atr_rate', 'disposed_within_30_rate', 'overdue_rate',
] as const;
export const OTHER_METRICS = ['avg_days_to_close'] as const;

export type CountMetric = (typeof COUNT_METRICS)[number];
export type RateMetric = (typeof RATE_METRICS)[number];
export type MetricName = CountMetric | RateMetric | (typeof OTHER_METRICS)[number];
export const METRIC_NAMES: readonly MetricName[] = [...COUNT_METRICS, ...RATE_METRICS, ...OTHER_METRICS];

export function isMetricName(s: string): s is MetricName {
  return (METRIC_NAMES as readonly string[]).includes(s);
}

/** One unit's metrics for one period; rates with a zero denominator are null (never 0, never 100). */
export type UnitMetrics = { unit: string } & Record<MetricName, number | null>;

/** Days allowed at each level; L1 = 7 when absent (DESIGN.md `timeLimitDays`). */
export type TimeLimits = Partial<Record<'1' | '2' | '3' | '4' | '5', number>>;

export function l1Days(t: TimeLimits | undefined): number {
  return t?.['1'] ?? 7;
}

/** Sum of all levels' time limits (for overdue_rate); L1 counts as 7 when absent. */
export function totalDays(t: TimeLimits | undefined): number {
  const levels = { '1': 7, ...(t ?? {}) } as Record<string, number>;
  return Object.values(levels).reduce((a, b) => a + b, 0);
}

/** First and last day of a calendar month "YYYY-MM". */
export function monthBounds(period: string): { start: string; end: string } {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) throw new Error(`period must be YYYY-MM, got "${period}"`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) throw new Error(`period must be YYYY-MM, got "${period}"`);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}` };
}

/** "YYYY-MM" moved by k calendar months (k may be negative). */
export function addMonths(period: string, k: number): string {
  const [y, m] = period.split('-').map(Number);
  const i = y * 12 + (m - 1) + k;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The calendar month before "YYYY-MM". */
export function previousMonth(period: string): string {
  return addMonths(period, -1);
}

/** Unit kinds a complaint metric table can be grouped by. */
export const UNIT_KINDS = ['district', 'department', 'officer', 'block', 'district_department', 'state'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
