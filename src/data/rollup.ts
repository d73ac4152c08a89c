/**
 * A rollup database (built by `samiksha rollup`, see src/data/rollupBuild.ts and docs/scale.md)
 * opened next to the raw tables: ATTACHed read-only, then the same complaint metrics as
 * src/data/queries/complaintMetrics.ts, computed from counts instead of rows, with the same
 * columns, values and units for every period (tests/unit/data/rollup.test.ts compares).
 */
import { id, ident, joinSql, lit, raw, select, sql, type Db, type Sql } from './dbTypes';
import { filterSql, UNIT_EXPR, type MetricOptions, type MetricFilters } from './queries/complaintMetrics';
import { l1Days, totalDays, monthBounds, METRIC_NAMES, type UnitKind, type UnitMetrics } from '@/domain/metrics';
import type { Scorecard } from '@/domain/scoring/types';
import { scorecardSources, mergeUnitValues } from '@/domain/scoreInputs';
import type { ScoreInputs } from './queries/scoreInputs';
import type { PendingComplaint } from './queries/review';
import { ROLLUP_TABLES, ROLLUP_VERSION } from './rollupBuild';

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

export async function closeRollup(db: Db, schema = 'rollup'): Promise<void> {
  await db.exec(`DETACH ${ident(schema)}`);
}

export async function rollupInfo(db: Db, schema = 'rollup'): Promise<RollupInfo> {
  const s = ident(schema);
  const tables = await db.query<{ t: string }>(`SELECT table_name AS t FROM information_schema.tables WHERE table_catalog = ?`, [schema]);
  const names = new Set(tables.map((r) => r.t));
  for (const t of ['rollup_meta', ...ROLLUP_TABLES, 'rollup_complainants', 'rollup_pending']) {
    if (!names.has(t)) throw new RollupUnsupported(`not a Samiksha rollup (no table ${t}); build one with "samiksha rollup"`);
  }
  const meta = Object.fromEntries((await db.query<{ key: string; value: string }>(`SELECT key, value FROM ${s}.rollup_meta`)).map((r) => [r.key, r.value]));
  if (meta.version !== String(ROLLUP_VERSION)) throw new RollupUnsupported(`rollup version ${meta.version} is not supported (expected ${ROLLUP_VERSION}): rebuild it with this version's "samiksha rollup"`);
  const months = meta.months.split(',').map(Number).sort((a, b) => a - b).map(monthOf);
  const nums = (v: string | undefined) => (v ? v.split(',').map(Number) : []);
  return {
    schema, rows: Number(meta.rows ?? 0), months, l1Days: nums(meta.l1_days), totalDays: nums(meta.total_days),
    habitualFloor: Number(meta.habitual_floor), pendingOverDays: Number(meta.pending_over_days),
    asOf: monthBounds(months[months.length - 1] ?? '1970-01').end, meta,
  };
}

/** Unit kinds the district-grain tables (`_d`: no officer, no block) answer. */
const D_UNITS = new Set<UnitKind>(['district', 'department', 'state', 'district_department']);

/** The table of a family at the finest grain the query needs: `_d` unless it names an officer or a block. */
export function rollupTable(info: RollupInfo, family: 'received' | 'closed' | 'stock', unit: UnitKind | null, filters?: MetricFilters): string {
  const fine = (unit != null && !D_UNITS.has(unit)) || !!filters?.officer;
  return `${ident(info.schema)}.rollup_${family}${fine ? '' : '_d'}`;
}

/** The rollup's totals under the metric names (complaintMetricsSql's columns): metric → summed column. */
const TOTALS: Record<string, string> = {
  received: 'received', closed: 'closed', pending_end: 'pending_end', pending_over_50: 'p50', pending_over_100: 'p100',
  pending_over_300: 'p300', escalated: 'escalated', old_pending_start: 'old_start', old_pending_resolved: 'old_resolved',
};
/** The rates: metric → [numerator, denominator] summed columns. */
const RATES: Record<string, [string, string]> = {
  satisfaction_rate: ['satisfied', 'closed'], force_closed_rate: ['force_closed', 'closed'], special_closed_rate: ['special_closed', 'closed'],
  partial_rate: ['partial', 'closed'], old_pending_resolution_rate: ['old_resolved', 'old_start'], low_quality_rate: ['low_q', 'closed'],
  non_attended_rate: ['due_late', 'due'], escalation_rate: ['escalated', 'received'], takeup_24h_rate: ['take24', 'received'],
  atr_rate: ['atr', 'closed'], disposed_within_30_rate: ['w30', 'closed'], overdue_rate: ['ovd', 'pending_end'],
};
const tot = (c: string) => `sum(${c})::BIGINT`;
const METRIC_COLUMNS = raw([
  ...Object.entries(TOTALS).map(([m, c]) => `${tot(c)} AS ${m}`),
  ...Object.entries(RATES).map(([m, [num, den]]) => `${tot(num)}::DOUBLE / nullif(${tot(den)}, 0) AS ${m}`),
  `sum(days)::DOUBLE / nullif(${tot('closed')}, 0) AS avg_days_to_close`,
].join(',\n  '));

/** The metrics SQL over the rollup (same columns as complaintMetricsSql). Throws RollupUnsupported for limits it was not built for. */
export function rollupMetricsSql(info: RollupInfo, o: MetricOptions): Sql {
  const L = l1Days(o.timeLimitDays);
  const T = totalDays(o.timeLimitDays);
  if (!info.l1Days.includes(L)) throw new RollupUnsupported(`this rollup answers L1 = ${info.l1Days.join(', ')} days, not ${L}: rebuild it with --l1-days ${L}`);
  if (!info.totalDays.includes(T)) throw new RollupUnsupported(`this rollup answers all-level limits of ${info.totalDays.join(', ')} days, not ${T}: rebuild it with --total-days ${T}`);
  if (L > 28) throw new RollupUnsupported('an L1 limit above 28 days is not answered by a rollup');
  const habitual = o.habitualOver != null && o.habitualOver > 0;
  if (habitual && o.habitualOver! < info.habitualFloor) throw new RollupUnsupported(`this rollup excludes habitual complainants over ${info.habitualFloor} or more, not over ${o.habitualOver}: rebuild it with --habitual-floor ${o.habitualOver}`);
  const s = raw(ident(info.schema));
  const last = info.months[info.months.length - 1];
  if (last && o.period > last) throw new RollupUnsupported(`this rollup ends with ${last}: it has no month-end figures for ${o.period}`);
  // the stock at a month end: precomputed per month at district grain (rollup_stock_m), else from the rows of rollup_stock
  const fine = rollupTable(info, 'stock', o.unit, o.filters).endsWith('rollup_stock');
  const table = (family: 'received' | 'closed' | 'stock') => raw(rollupTable(info, family, o.unit, o.filters));
  const unit = raw(UNIT_EXPR[o.unit]);
  const P = sql`${monthIndex(o.period)}::INTEGER`;
  const H = sql`${habitual ? o.habitualOver : 0}::INTEGER`;
  const where = sql`${filterSql(o.filters)} ${raw(habitual ? 'AND (hab_key IS NULL OR hab_key NOT IN (SELECT complainant_id FROM hab))' : '')}`;
  const sumIf = (cond: Sql, col = 'n') => sql`coalesce(sum(${raw(col)}) FILTER (WHERE ${cond}), 0)`;
  const zero = (cols: string[]) => raw(cols.map((c) => `0 AS ${c}`).join(', '));
  const R = ['received', 'escalated', 'take24', 'due', 'due_late'];
  const C = ['closed', 'satisfied', 'force_closed', 'special_closed', 'partial', 'low_q', 'atr', 'w30', 'old_resolved', 'days'];
  const S = ['pending_end', 'p50', 'p100', 'p300', 'ovd', 'old_start'];
  const reg = sql`reg_m = ${P}`;
  const due = sql`${raw(`due_m_${L}`)} = ${P}`;
  const pending = sql`reg_m <= ${P} AND (end_m IS NULL OR end_m > ${P})`;
  const stock = fine ? sql`
    ${sumIf(pending)} AS pending_end,
    ${joinSql([50, 100, 300].map((d) => sumIf(sql`${pending} AND ${raw(`m${d}`)} <= ${P}`)), ', ')},
    ${sumIf(sql`${pending} AND ${raw(`over_m_${T}`)} <= ${P}`)},
    ${sumIf(sql`m50 <= ${P} - 1 AND (end_m IS NULL OR end_m >= ${P})`)}
  FROM ${table('stock')}
  WHERE reg_m <= ${P} AND (end_m IS NULL OR end_m >= ${P}) AND ${where}` : sql`
    sum(pending_end), sum(p50), sum(p100), sum(p300), sum(${raw(`ovd_${T}`)}), sum(old_start)
  FROM ${s}.rollup_stock_m
  WHERE p = ${P} AND ${where}`;
  return sql`
WITH hab AS (SELECT complainant_id FROM ${s}.rollup_complainants WHERE ${H} > 0 AND m = ${P} AND n > ${H}),
x AS (
  SELECT ${unit} AS unit,
    ${sumIf(reg)} AS received, ${sumIf(reg, 'esc')} AS escalated, ${sumIf(reg, 'take24')} AS take24,
    ${sumIf(due)} AS due, ${sumIf(due, `late_${L}`)} AS due_late,
    ${zero(C)}, ${zero(S)}
  FROM ${table('received')}
  WHERE (${reg} OR ${due}) AND ${where}
  GROUP BY 1
  UNION ALL
  SELECT ${unit}, ${zero(R)},
    ${raw(['n', 'satisfied', 'force_closed', 'special_closed', 'partial', 'low_q', 'atr', 'w30', 'old_clo', 'days_to_close'].map((c) => `sum(${c})`).join(', '))},
    ${zero(S)}
  FROM ${table('closed')}
  WHERE clo_m = ${P} AND ${where}
  GROUP BY 1
  UNION ALL
  SELECT ${unit}, ${zero(R)}, ${zero(C)},${stock}
  GROUP BY 1)
SELECT unit,
  ${METRIC_COLUMNS}
FROM x
WHERE unit IS NOT NULL
GROUP BY unit
HAVING sum(received) + sum(closed) + sum(pending_end) + sum(due) > 0
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
  if (src.indicators.length) throw new RollupUnsupported(`this scorecard reads scheme indicators (${src.indicators.slice(0, 3).join(', ')}${src.indicators.length > 3 ? ', …' : ''}), and a rollup holds complaints only`);
  const metrics = src.metrics.length
    ? await rollupMetrics(db, info, { period: o.period, unit: o.unit, filters: o.filters, timeLimitDays: card.timeLimitDays, habitualOver: card.exclusions?.habitualComplainantOver ?? null })
    : [];
  return { units: mergeUnitValues(metrics, []), metrics, indicators: [] };
}

export interface RollupTrend { month: string; received: number; closed: number; satisfied: number; force_closed: number }

/** Received / closed per month (as monthlyTrend over the rows). */
export async function rollupMonthlyTrend(db: Db, info: RollupInfo, filters?: MetricFilters): Promise<RollupTrend[]> {
  const f = filterSql(filters);
  const rows = await select<{ m: number; received: number; closed: number; satisfied: number; force_closed: number }>(db, sql`
    WITH r AS (SELECT reg_m AS m, sum(n)::BIGINT AS received FROM ${raw(rollupTable(info, 'received', null, filters))} WHERE ${f} GROUP BY 1),
         c AS (SELECT clo_m AS m, sum(n)::BIGINT AS closed,
                      sum(satisfied)::BIGINT AS satisfied, sum(force_closed)::BIGINT AS force_closed
               FROM ${raw(rollupTable(info, 'closed', null, filters))} WHERE ${f} GROUP BY 1)
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
  return select<PendingComplaint>(db, sql`
    SELECT complaint_id, registered_on, district, department, category, officer_id, officer_name, current_level, block,
           date_diff('day', registered_on, ${info.asOf}::DATE) AS days_pending
    FROM ${id(info.schema)}.rollup_pending
    WHERE date_diff('day', registered_on, ${info.asOf}::DATE) > ${minDays} AND ${filterSql(filters)}
    ORDER BY registered_on, complaint_id LIMIT ${limit}`);
}
