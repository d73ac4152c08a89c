/**
 * Complaint metrics (DESIGN.md "Complaint metrics") for every unit of one period in ONE query:
 * unit × metric, aggregated in DuckDB, so scoring never touches raw rows.
 */
import { joinSql, raw, select, sql, type Db, type Sql } from '../dbTypes';
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

/** The SQL expression that names each kind of unit (shared with the rollup's queries). */
export const UNIT_EXPR: Record<UnitKind, string> = {
  district: 'district',
  department: 'department',
  officer: 'officer_id',
  block: "coalesce(district, '') || ' / ' || coalesce(block, '')",
  district_department: "district || ' / ' || department",
  state: "'State'",
};

/** The global filters as a WHERE fragment with its values bound (TRUE when there is none). */
export function filterSql(f: MetricFilters | undefined, alias = ''): Sql {
  const a = alias ? `${alias}.` : '';
  const parts: Sql[] = [];
  for (const [key, col] of [['district', 'district'], ['department', 'department'], ['source', 'source'], ['officer', 'officer_id']] as const) {
    const v = f?.[key];
    if (v) parts.push(sql`${raw(a + col)} = ${v}`);
  }
  return parts.length ? joinSql(parts, ' AND ') : sql`TRUE`;
}

/**
 * The metrics query (exported for tests). Day counts are date differences (end − registered_on),
 * so "older than 50 days" is > 50. Rows that cannot count in the period (closed before it and not
 * due in it) are filtered at the scan, so a month's query reads only that month's activity and the
 * pending stock.
 */
function complaintMetricsSql(o: MetricOptions): Sql {
  const { start, end } = monthBounds(o.period);
  const unit = raw(UNIT_EXPR[o.unit]);
  const habitual = o.habitualOver != null && o.habitualOver > 0;
  const f = filterSql(o.filters);
  const S = sql`${start}::DATE`;
  const E = sql`${end}::DATE`;
  const L1 = sql`${l1Days(o.timeLimitDays)}::INTEGER`;
  const H = sql`${habitual ? o.habitualOver : 0}::INTEGER`;
  return sql`
WITH habitual AS (
  SELECT complainant_id FROM complaints
  WHERE ${H} > 0 AND complainant_id IS NOT NULL AND registered_on BETWEEN ${S} AND ${E}
  GROUP BY complainant_id HAVING count(*) > ${H}),
c AS (
  SELECT ${unit} AS unit, registered_on, closed_on, attended_on, closure_type, quality, current_level, atr_uploaded_on,
         (status = 'open' OR closed_on IS NULL) AS is_open
  FROM complaints
  WHERE registered_on <= ${E} AND (status = 'open' OR closed_on IS NULL OR closed_on >= ${S} OR registered_on >= ${S} - ${L1})
    AND ${f} ${raw(habitual ? 'AND (complainant_id IS NULL OR complainant_id NOT IN (SELECT complainant_id FROM habitual))' : '')}),
f AS (
  SELECT c.*,
    registered_on >= ${S} AS rec,
    coalesce(closed_on BETWEEN ${S} AND ${E}, false) AS clo,
    (is_open OR closed_on > ${E}) AS pend,
    ${E} - registered_on AS age_end,
    registered_on <= ${S} - 1 AND (is_open OR closed_on > ${S} - 1) AND (${S} - 1) - registered_on > 50 AS old_start,
    registered_on + ${L1} BETWEEN ${S} AND ${E} AS due
  FROM c)
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
  (count(*) FILTER (WHERE due AND (attended_on IS NULL OR attended_on > registered_on + ${L1})))::DOUBLE / nullif(count(*) FILTER (WHERE due), 0) AS non_attended_rate,
  (count(*) FILTER (WHERE rec AND current_level >= 2))::DOUBLE / nullif(count(*) FILTER (WHERE rec), 0) AS escalation_rate,
  (count(*) FILTER (WHERE rec AND attended_on <= registered_on + 1))::DOUBLE / nullif(count(*) FILTER (WHERE rec), 0) AS takeup_24h_rate,
  (count(*) FILTER (WHERE clo AND atr_uploaded_on IS NOT NULL))::DOUBLE / nullif(count(*) FILTER (WHERE clo), 0) AS atr_rate,
  (count(*) FILTER (WHERE clo AND closed_on - registered_on <= 30))::DOUBLE / nullif(count(*) FILTER (WHERE clo), 0) AS disposed_within_30_rate,
  (count(*) FILTER (WHERE pend AND age_end > ${totalDays(o.timeLimitDays)}::INTEGER))::DOUBLE / nullif(count(*) FILTER (WHERE pend), 0) AS overdue_rate,
  avg(closed_on - registered_on) FILTER (WHERE clo) AS avg_days_to_close
FROM f
WHERE unit IS NOT NULL
GROUP BY unit
ORDER BY unit`;
}

/** unit × metric table for one period. Units with no activity in the period are absent. */
export async function complaintMetrics(db: Db, o: MetricOptions): Promise<UnitMetrics[]> {
  const rows = await select<UnitMetrics>(db, complaintMetricsSql(o));
  for (const r of rows) for (const m of METRIC_NAMES) if (r[m] === undefined) r[m] = null;
  return rows;
}
