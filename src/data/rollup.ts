/**
 * A rollup database (built by `samiksha rollup`, see src/data/rollupBuild.ts and docs/scale.md)
 * opened next to the raw tables: ATTACHed read-only, then the same complaint metrics as
 * src/data/queries/complaintMetrics.ts, computed from counts instead of rows, with the same
 * columns, values and units for every period (tests/unit/data/rollup.test.ts compares).
 */
import { id, ident, lit, raw, select, sql, type Db, type Sql } from './dbTypes';
import { filterSql, UNIT_EXPR, type MetricOptions, type MetricFilters } from './queries/complaintMetrics';
import { l1Days, totalDays, monthBounds, METRIC_NAMES, type UnitKind, type UnitMetrics } from '@/domain/metrics';
import type { Scorecard } from '@/domain/scoring/types';
import { scorecardSources, mergeUnitValues } from '@/domain/scoreInputs';
import type { ScoreInputs } from './queries/scoreInputs';
import type { PendingComplaint } from './queries/review';

export interface RollupInfo {
  schema: string;
  rows: number;
  /** months with registrations, YYYY-MM ascending */
  months: string[];
  l1Days: number[];
  totalDays: number[];
  habitualFloor: number;
  pendingOverDays: number;
  asOf: string;
  meta: Record<string, string>;
}

export class RollupUnsupported extends Error {}

const monthIndex = (period: string) => { const [y, m] = period.split('-').map(Number); return y * 12 + m - 1; };
const monthOf = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

/**
 * ATTACHes the rollup file READ_ONLY as `schema` and reads its description. `file` is a name the
 * database can open: a path (Node), or a file registered with db.registerBlob/registerBuffer first
 * (the browser: a user's .duckdb File; see the report of issue 19 for the wiring).
 */
export async function openRollup(db: Db, file: string, schema = 'rollup'): Promise<RollupInfo> {
  await db.exec(`ATTACH ${lit(file)} AS ${ident(schema)} (READ_ONLY)`);
  try {
    return await rollupInfo(db, schema);
  } catch (e) {
    await db.exec(`DETACH ${ident(schema)}`).catch(() => {});
    throw e;
  }
}

async function rollupInfo(db: Db, schema = 'rollup'): Promise<RollupInfo> {
  const s = ident(schema);
  const tables = await db.query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_catalog = ?`, [schema]);
  const names = new Set(tables.map((r) => r.t));
  for (const t of ['rollup_meta', 'rollup_facts', 'rollup_complainants', 'rollup_pending']) {
    if (!names.has(t)) throw new RollupUnsupported(`not a Samiksha rollup (no table ${t}); build one with "samiksha rollup"`);
  }
  const meta = Object.fromEntries((await db.query<{ key: string; value: string }>(`SELECT key, value FROM ${s}.rollup_meta`)).map((r) => [r.key, r.value]));
  if (meta.version !== '1') throw new RollupUnsupported(`rollup version ${meta.version} is not supported (expected 1)`);
  const months = (await db.query<{ m: number }>(`SELECT DISTINCT reg_m AS m FROM ${s}.rollup_facts ORDER BY 1`)).map((r) => monthOf(r.m));
  const nums = (v: string | undefined) => (v ? v.split(',').map(Number) : []);
  return {
    schema, rows: Number(meta.rows ?? 0), months, l1Days: nums(meta.l1_days), totalDays: nums(meta.total_days),
    habitualFloor: Number(meta.habitual_floor), pendingOverDays: Number(meta.pending_over_days),
    asOf: monthBounds(months[months.length - 1] ?? '1970-01').end, meta,
  };
}

/** The metrics SQL over the rollup (same columns as complaintMetricsSql). Throws RollupUnsupported for limits it was not built for. */
function rollupMetricsSql(info: RollupInfo, o: MetricOptions): Sql {
  const L = l1Days(o.timeLimitDays);
  const T = totalDays(o.timeLimitDays);
  if (!info.l1Days.includes(L)) throw new RollupUnsupported(`this rollup answers L1 = ${info.l1Days.join(', ')} days, not ${L}: rebuild it with --l1-days ${L}`);
  if (!info.totalDays.includes(T)) throw new RollupUnsupported(`this rollup answers all-level limits of ${info.totalDays.join(', ')} days, not ${T}: rebuild it with --total-days ${T}`);
  if (L > 28) throw new RollupUnsupported('an L1 limit above 28 days is not answered by a rollup');
  const habitual = o.habitualOver != null && o.habitualOver > 0;
  if (habitual && o.habitualOver! < info.habitualFloor) throw new RollupUnsupported(`this rollup excludes habitual complainants over ${info.habitualFloor} or more, not over ${o.habitualOver}: rebuild it with --habitual-floor ${o.habitualOver}`);
  const s = id(info.schema);
  const f = filterSql(o.filters);
  const P = sql`${monthIndex(o.period)}::INTEGER`;
  const H = sql`${habitual ? o.habitualOver : 0}::INTEGER`;
  const cnt = (cond: string) => raw(`coalesce(sum(n) FILTER (WHERE ${cond}), 0)::BIGINT`);
  const rate = (num: string, den: string) => raw(`(${cnt(num).text})::DOUBLE / nullif(${cnt(den).text}, 0)`);
  return sql`
WITH hab AS (SELECT complainant_id FROM ${s}.rollup_complainants WHERE ${H} > 0 AND m = ${P} AND n > ${H}),
f AS (
  SELECT ${raw(UNIT_EXPR[o.unit])} AS unit, n, days_to_close, closure_type, low_q, atr, esc, take24, w30, ${id(`late_${L}`)} AS late,
    reg_m = ${P} AS rec,
    coalesce(clo_m = ${P}, false) AS clo,
    reg_m <= ${P} AND (is_open OR coalesce(clo_m > ${P}, false)) AS pend,
    m50 <= ${P} AS o50, m100 <= ${P} AS o100, m300 <= ${P} AS o300, ${id(`over_m_${T}`)} <= ${P} AS ovd,
    m50 <= ${P} - 1 AND (is_open OR coalesce(clo_m >= ${P}, false)) AS old_start,
    ${id(`due_m_${L}`)} = ${P} AS due
  FROM ${s}.rollup_facts
  WHERE reg_m <= ${P} AND (is_open OR clo_m >= ${P} - 1 OR ${id(`due_m_${L}`)} >= ${P}) AND ${f}
    ${raw(habitual ? 'AND (hab_key IS NULL OR hab_key NOT IN (SELECT complainant_id FROM hab))' : '')})
SELECT unit,
  ${cnt('rec')} AS received,
  ${cnt('clo')} AS closed,
  ${cnt('pend')} AS pending_end,
  ${cnt('pend AND o50')} AS pending_over_50,
  ${cnt('pend AND o100')} AS pending_over_100,
  ${cnt('pend AND o300')} AS pending_over_300,
  ${cnt('rec AND esc')} AS escalated,
  ${cnt('old_start')} AS old_pending_start,
  ${cnt('old_start AND clo')} AS old_pending_resolved,
  ${rate("clo AND closure_type = 'satisfied'", 'clo')} AS satisfaction_rate,
  ${rate("clo AND closure_type = 'force_closed'", 'clo')} AS force_closed_rate,
  ${rate("clo AND closure_type = 'special_closed'", 'clo')} AS special_closed_rate,
  ${rate("clo AND closure_type = 'partially_satisfied'", 'clo')} AS partial_rate,
  ${rate('old_start AND clo', 'old_start')} AS old_pending_resolution_rate,
  ${rate('clo AND low_q', 'clo')} AS low_quality_rate,
  ${rate('due AND late', 'due')} AS non_attended_rate,
  ${rate('rec AND esc', 'rec')} AS escalation_rate,
  ${rate('rec AND take24', 'rec')} AS takeup_24h_rate,
  ${rate('clo AND atr', 'clo')} AS atr_rate,
  ${rate('clo AND w30', 'clo')} AS disposed_within_30_rate,
  ${rate('pend AND ovd', 'pend')} AS overdue_rate,
  (sum(days_to_close) FILTER (WHERE clo))::DOUBLE / nullif(${cnt('clo')}, 0) AS avg_days_to_close
FROM f
WHERE unit IS NOT NULL
GROUP BY unit
HAVING ${cnt('rec OR clo OR pend OR due')} > 0
ORDER BY unit`;
}

/** unit × metric for one period, from the rollup (as complaintMetrics does from the rows). */
export async function rollupMetrics(db: Db, info: RollupInfo, o: MetricOptions): Promise<UnitMetrics[]> {
  const rows = await select<UnitMetrics>(db, rollupMetricsSql(info, o));
  for (const r of rows) for (const m of METRIC_NAMES) if (r[m] === undefined) r[m] = null;
  return rows;
}

/** What a complaints scorecard needs for one period, from the rollup (as scoreInputs; no indicators). */
export async function rollupScoreInputs(db: Db, info: RollupInfo, card: Scorecard, o: { period: string; unit: UnitKind; filters?: MetricFilters }): Promise<ScoreInputs> {
  const src = scorecardSources(card);
  const metrics = src.metrics.length
    ? await rollupMetrics(db, info, { period: o.period, unit: o.unit, filters: o.filters, timeLimitDays: card.timeLimitDays, habitualOver: card.exclusions?.habitualComplainantOver ?? null })
    : [];
  return { units: mergeUnitValues(metrics, []), metrics, indicators: [] };
}

export interface RollupTrend { month: string; received: number; closed: number; satisfied: number; force_closed: number }

/** Received / closed per month (as monthlyTrend over the rows). */
export async function rollupMonthlyTrend(db: Db, info: RollupInfo, filters?: MetricFilters): Promise<RollupTrend[]> {
  const s = id(info.schema);
  const f = filterSql(filters);
  const rows = await select<{ m: number; received: number; closed: number; satisfied: number; force_closed: number }>(db, sql`
    WITH r AS (SELECT reg_m AS m, sum(n)::BIGINT AS received FROM ${s}.rollup_facts WHERE ${f} GROUP BY 1),
         c AS (SELECT clo_m AS m, sum(n)::BIGINT AS closed,
                      coalesce(sum(n) FILTER (WHERE closure_type = 'satisfied'), 0)::BIGINT AS satisfied,
                      coalesce(sum(n) FILTER (WHERE closure_type = 'force_closed'), 0)::BIGINT AS force_closed
               FROM ${s}.rollup_facts WHERE clo_m IS NOT NULL AND ${f} GROUP BY 1)
    SELECT r.m, r.received, coalesce(c.closed, 0) AS closed, coalesce(c.satisfied, 0) AS satisfied, coalesce(c.force_closed, 0) AS force_closed
    FROM r LEFT JOIN c USING (m) ORDER BY r.m`);
  return rows.map(({ m, ...r }) => ({ month: monthOf(m), ...r }));
}

/**
 * The oldest complaints pending at the rollup's as-of date (its last month's end), named: the
 * list kept in the rollup holds those older than `pendingOverDays` then (as oldestPending does for
 * that month with minDays ≥ pendingOverDays).
 */
export async function rollupOldestPending(db: Db, info: RollupInfo, filters?: MetricFilters, limit = 100, minDays = info.pendingOverDays): Promise<PendingComplaint[]> {
  if (minDays < info.pendingOverDays) throw new RollupUnsupported(`this rollup names complaints pending over ${info.pendingOverDays} days only`);
  const f = filterSql(filters);
  const A = sql`${info.asOf}::DATE`;
  return select<PendingComplaint>(db, sql`
    SELECT complaint_id, registered_on, district, department, category, officer_id, officer_name, current_level, block,
           date_diff('day', registered_on, ${A}) AS days_pending
    FROM ${id(info.schema)}.rollup_pending
    WHERE date_diff('day', registered_on, ${A}) > ${minDays} AND ${f}
    ORDER BY registered_on, complaint_id LIMIT ${limit}`);
}
