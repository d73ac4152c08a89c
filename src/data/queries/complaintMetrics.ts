/**
 * Complaint metrics (DESIGN.md "Complaint metrics") for every unit of one period in ONE query:
 * unit × metric, aggregated in DuckDB, so scoring never touches raw rows.
 */
import type { Db } from '../dbTypes';
import { monthBounds, l1Days, totalDays, type TimeLimits, type UnitKind, type UnitMetrics, METRIC_NAMES } from '@/domain/metrics';

export interface MetricFilters { district?: string | null; department?: string | null; source?: string | null; officer?: string | null }

export interface MetricOptions {
  period: string;                 // YYYY-MM
  unit: UnitKind;
  filters?: MetricFilters;
  timeLimitDays?: TimeLimits;
  /** Exclude every complaint of a complainant with more than N complaints registered in the period. */
  habitualOver?: number | null;
}

const UNIT_EXPR: Record<UnitKind, string> = {
  district: 'district',
  department: 'department',
  officer: 'officer_id',
  block: "coalesce(district, '') || ' / ' || coalesce(block, '')",
  district_department: "district || ' / ' || department",
  state: "'State'",
};

/** WHERE fragments + bound values for the global filters. */
export function filterSql(f: MetricFilters | undefined, alias = ''): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  const a = alias ? `${alias}.` : '';
  for (const [key, col] of [['district', 'district'], ['department', 'department'], ['source', 'source'], ['officer', 'officer_id']] as const) {
    const v = f?.[key];
    if (v) { parts.push(`${a}${col} = ?`); params.push(v); }
  }
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}

/**
 * The SQL of the metrics query and its bound parameters (exported for tests and the bench).
 * Day counts are date differences (end − registered_on), so "older than 50 days" is > 50.
 */
export function complaintMetricsSql(o: MetricOptions): { sql: string; params: unknown[] } {
  const { start, end } = monthBounds(o.period);
  const f = filterSql(o.filters);
  const unit = UNIT_EXPR[o.unit];
  const l1 = l1Days(o.timeLimitDays);
  const total = totalDays(o.timeLimitDays);
  const habitual = o.habitualOver != null && o.habitualOver > 0;
  const params: unknown[] = [start, end, l1, total];
  if (habitual) params.push(o.habitualOver);
  params.push(...f.params);
  const sql = `
WITH p AS (SELECT ?::DATE AS s, ?::DATE AS e, ?::INTEGER AS l1, ?::INTEGER AS total),
${habitual ? `habitual AS (
  SELECT complainant_id FROM complaints, p
  WHERE complainant_id IS NOT NULL AND registered_on BETWEEN p.s AND p.e
  GROUP BY complainant_id HAVING count(*) > ?),` : ''}
c AS (
  SELECT ${unit} AS unit, registered_on, closed_on, attended_on, status, closure_type, quality, current_level, atr_uploaded_on,
         (status = 'open' OR closed_on IS NULL) AS is_open
  FROM complaints
  WHERE ${f.sql} ${habitual ? 'AND (complainant_id IS NULL OR complainant_id NOT IN (SELECT complainant_id FROM habitual))' : ''}),
f AS (
  SELECT c.*, p.*,
    registered_on BETWEEN p.s AND p.e AS rec,
    closed_on BETWEEN p.s AND p.e AS clo,
    registered_on <= p.e AND (is_open OR closed_on > p.e) AS pend,
    date_diff('day', registered_on, p.e) AS age_end,
    registered_on <= p.s - 1 AND (is_open OR closed_on > p.s - 1) AND date_diff('day', registered_on, p.s - 1) > 50 AS old_start,
    registered_on + p.l1 BETWEEN p.s AND p.e AS due
  FROM c, p
  -- only rows that can count in this period (received, closed, pending at start or end, or due in it)
  WHERE registered_on <= p.e AND (is_open OR closed_on >= p.s OR registered_on >= p.s - p.l1))
SELECT unit,
  count(*) FILTER (WHERE rec) AS received,
  count(*) FILTER (WHERE clo) AS closed,
  count(*) FILTER (WHERE pend) AS pending_end,
  count(*) FILTER (WHERE pend AND age_end > 50) AS pending_over_50,
  count(*) FILTER (WHERE pend AND age_end > 100) AS pending_over_100,
  count(*) FILTER (WHERE pend AND age_end > 300) AS pending_over_300,
  count(*) FILTER (WHERE rec AND current_level >= 2) AS escalated,
  count(*) FILTER (WHERE old_start) AS old_pending_start,
  count(*) FILTER (WHERE old_start AND clo) AS old_pending_resolved,
  (count(*) FILTER (WHERE clo AND closure_type = 'satisfied'))::DOUBLE / nullif(count(*) FILTER (WHERE clo), 0) AS satisfaction_rate,
  (count(*) FILTER (WHERE clo AND closure_type = 'force_closed'))::DOUBLE / nullif(count(*) FILTER (WHERE clo), 0) AS force_closed_rate,
  (count(*) FILTER (WHERE clo AND closure_type = 'special_closed'))::DOUBLE / nullif(count(*) FILTER (WHERE clo), 0) AS special_closed_rate,
  (count(*) FILTER (WHERE clo AND closure_type = 'partially_satisfied'))::DOUBLE / nullif(count(*) FILTER (WHERE clo), 0) AS partial_rate,
  (count(*) FILTER (WHERE old_start AND clo))::DOUBLE / nullif(count(*) FILTER (WHERE old_start), 0) AS old_pending_resolution_rate,
  (count(*) FILTER (WHERE clo AND quality = 'low'))::DOUBLE / nullif(count(*) FILTER (WHERE clo), 0) AS low_quality_rate,
  (count(*) FILTER (WHERE due AND (attended_on IS NULL OR attended_on > registered_on + l1)))::DOUBLE / nullif(count(*) FILTER (WHERE due), 0) AS non_attended_rate,
  (count(*) FILTER (WHERE rec AND current_level >= 2))::DOUBLE / nullif(count(*) FILTER (WHERE rec), 0) AS escalation_rate,
  (count(*) FILTER (WHERE rec AND attended_on <= registered_on + 1))::DOUBLE / nullif(count(*) FILTER (WHERE rec), 0) AS takeup_24h_rate,
  (count(*) FILTER (WHERE clo AND atr_uploaded_on IS NOT NULL))::DOUBLE / nullif(count(*) FILTER (WHERE clo), 0) AS atr_rate,
  (count(*) FILTER (WHERE clo AND date_diff('day', registered_on, closed_on) <= 30))::DOUBLE / nullif(count(*) FILTER (WHERE clo), 0) AS disposed_within_30_rate,
  (count(*) FILTER (WHERE pend AND age_end > total))::DOUBLE / nullif(count(*) FILTER (WHERE pend), 0) AS overdue_rate,
  avg(date_diff('day', registered_on, closed_on)) FILTER (WHERE clo) AS avg_days_to_close
FROM f
WHERE unit IS NOT NULL AND (rec OR clo OR pend OR old_start OR due)
GROUP BY unit
ORDER BY unit`;
  return { sql, params };
}

/** unit × metric table for one period. Units with no activity in the period are absent. */
export async function complaintMetrics(db: Db, o: MetricOptions): Promise<UnitMetrics[]> {
  const { sql, params } = complaintMetricsSql(o);
  const rows = await db.query<UnitMetrics>(sql, params);
  for (const r of rows) for (const m of METRIC_NAMES) if (r[m] === undefined) r[m] = null;
  return rows;
}
