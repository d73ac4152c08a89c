/**
 * The officer lists' query (DESIGN.md "Officer lists"): ONE query for a month range returns, per
 * L1 officer (officer_id), the counts the lists and flags need, plus the state-wide totals of the
 * officer's department (window sums computed before the district filter), which are the
 * yardstick of the closure flags. Filters are bound parameters.
 */
import { raw, select, sql, type Db, type Sql } from '../dbTypes';
import type { DepartmentTotals, OfficerStats, PeriodRange } from '@/domain/officers';
import { DEFAULT_BURST_DAYS } from '@/domain/officers';
import { filterSql, type MetricFilters } from './complaintMetrics';

export interface OfficerQueryOptions {
  range: Pick<PeriodRange, 'start' | 'end'>;
  filters?: Pick<MetricFilters, 'district' | 'department'>;
  /** Days at the end of each month counted as "just before the cut-off" (default 3). */
  burstDays?: number;
}

/** Per-officer counts: name → the FILTER condition over the rows of f (see officerStatsSql). */
const COUNT_FILTERS = {
  received: 'rec',
  closed: 'clo',
  satisfied: "clo AND closure_type = 'satisfied'",
  partial: "clo AND closure_type = 'partially_satisfied'",
  force_closed: "clo AND closure_type = 'force_closed'",
  special_closed: "clo AND closure_type = 'special_closed'",
  low_quality: "clo AND quality = 'low'",
  reopened: 'clo AND reopened > 0',
  closed_last_days: 'clo AND late',
  escalated: 'rec AND current_level >= 2',
  pending_end: 'pend',
  pending_over_50: 'pend AND age_end > 50',
  pending_over_100: 'pend AND age_end > 100',
  pending_over_300: 'pend AND age_end > 300',
  aged: 'age_end > 50',
} as const;
export type CountName = keyof typeof COUNT_FILTERS;
const COUNTS = Object.keys(COUNT_FILTERS) as CountName[];
const DEPT_SUMS = ['closed', 'force_closed', 'special_closed', 'low_quality', 'reopened', 'closed_last_days', 'aged', 'pending_over_50'] as const;

/**
 * The officer query after its per-combination counts: `combo` (one row per officer, name,
 * department and district with n and every count of COUNTS and days_to_close) rolled up to the
 * officer whose name, department and district are the combination on most of their complaints,
 * with the department's state-wide totals; `filter` applies to the officer (shared with the rollup).
 */
export function officerTailSql(filter: Sql): Sql {
  return sql`o AS (
  SELECT officer_id,
    arg_max(officer_name, n) AS officer_name, arg_max(department, n) AS department, arg_max(district, n) AS district,
    ${raw(COUNTS.map((c) => `sum(${c})::BIGINT AS ${c}`).join(',\n    '))},
    sum(days_to_close)::DOUBLE / nullif(sum(closed), 0) AS avg_days_to_close
  FROM combo
  GROUP BY officer_id),
w AS (
  SELECT o.*, count(*) OVER d AS dept_officers,
    ${raw(DEPT_SUMS.map((c) => `sum(${c}) OVER d AS dept_${c}`).join(',\n    '))}
  FROM o
  WINDOW d AS (PARTITION BY department))
SELECT w.*,
  satisfied::DOUBLE / nullif(closed, 0) AS satisfaction_rate,
  force_closed::DOUBLE / nullif(closed, 0) AS force_closed_rate
FROM w
WHERE (received > 0 OR closed > 0 OR pending_end > 0) AND ${filter}
ORDER BY officer_id`;
}

/** The per-combination count columns of `combo`, each `agg(condition)` (count(*) FILTER over rows, sum(n) FILTER over a rollup). */
export function officerComboCounts(agg: (cond: string) => string, conditions: Record<CountName, string> = COUNT_FILTERS): string {
  return COUNTS.map((c) => `${agg(conditions[c])} AS ${c}`).join(',\n    ');
}

/** The officer query with its bound values. */
function officerStatsSql(o: OfficerQueryOptions): Sql {
  // The district / department filters apply to the officer (their usual district and department),
  // after the department totals are taken, so the yardstick is always the whole state's department.
  const f = filterSql({ district: o.filters?.district, department: o.filters?.department }, 'w');
  // One pass over the rows grouped by (officer, name, department, district), then a roll-up to the officer.
  return sql`
WITH p AS (SELECT ${o.range.start}::DATE AS s, ${o.range.end}::DATE AS e, ${o.burstDays ?? DEFAULT_BURST_DAYS}::INTEGER AS burst),
f AS (
  SELECT officer_id, officer_name, department, district, registered_on, closed_on, closure_type, quality, reopened, current_level,
    registered_on BETWEEN p.s AND p.e AS rec,
    closed_on BETWEEN p.s AND p.e AS clo,
    registered_on <= p.e AND (status = 'open' OR closed_on IS NULL OR closed_on > p.e) AS pend,
    date_diff('day', registered_on, p.e) AS age_end,
    date_diff('day', closed_on, last_day(closed_on)) < p.burst AS late
  FROM complaints, p
  WHERE officer_id IS NOT NULL),
combo AS (
  SELECT officer_id, officer_name, department, district, count(*) AS n,
    ${raw(officerComboCounts((c) => `count(*) FILTER (WHERE ${c})`))},
    sum(date_diff('day', registered_on, closed_on)) FILTER (WHERE clo) AS days_to_close
  FROM f
  GROUP BY officer_id, officer_name, department, district),
${officerTailSql(f)}`;
}

export type Raw = OfficerStats & { dept_officers: number } & Record<`dept_${(typeof DEPT_SUMS)[number]}`, number>;

export interface OfficerStatsResult {
  officers: OfficerStats[];
  /** State-wide totals of every department a listed officer belongs to. */
  departments: DepartmentTotals[];
}

/** Per-officer counts for a month range, and their departments' state-wide totals. */
export async function officerStats(db: Db, o: OfficerQueryOptions): Promise<OfficerStatsResult> {
  return officerStatsOf(await select<Raw>(db, officerStatsSql(o)));
}

/** The officer query's rows as officers and their departments' totals (shared with the rollup). */
export function officerStatsOf(raw: Raw[]): OfficerStatsResult {
  const departments = new Map<string, DepartmentTotals>();
  const officers = raw.map((r): OfficerStats => {
    if (r.department != null && !departments.has(r.department)) {
      departments.set(r.department, {
        department: r.department, officers: Number(r.dept_officers),
        ...Object.fromEntries(DEPT_SUMS.map((c) => [c, Number(r[`dept_${c}`] ?? 0)])),
      } as DepartmentTotals);
    }
    const n = (c: CountName): number => Number(r[c] ?? 0);
    const s: OfficerStats = {
      officer_id: r.officer_id, officer_name: r.officer_name, department: r.department, district: r.district,
      received: n('received'), closed: n('closed'), satisfied: n('satisfied'), satisfaction_rate: r.satisfaction_rate,
      force_closed: n('force_closed'), force_closed_rate: r.force_closed_rate, special_closed: n('special_closed'),
      partial: n('partial'), low_quality: n('low_quality'), reopened: n('reopened'), escalated: n('escalated'),
      pending_end: n('pending_end'), pending_over_50: n('pending_over_50'), pending_over_100: n('pending_over_100'),
      pending_over_300: n('pending_over_300'), avg_days_to_close: r.avg_days_to_close,
      closed_last_days: n('closed_last_days'), aged: n('aged'),
    };
    return s;
  });
  return { officers, departments: [...departments.values()] };
}

/** Districts and departments that have L1 officers (for the filter pickers), sorted. */
export async function officerScopes(db: Db): Promise<{ districts: string[]; departments: string[] }> {
  const rows = await db.query<{ kind: string; v: string }>(`
SELECT 'district' AS kind, district AS v FROM complaints WHERE officer_id IS NOT NULL AND district IS NOT NULL GROUP BY district
UNION ALL
SELECT 'department', department FROM complaints WHERE officer_id IS NOT NULL AND department IS NOT NULL GROUP BY department
ORDER BY kind, v`);
  return {
    districts: rows.filter((r) => r.kind === 'district').map((r) => r.v),
    departments: rows.filter((r) => r.kind === 'department').map((r) => r.v),
  };
}
