/**
 * The review screens' queries over a rollup (src/data/rollup.ts): the dataset summary, the officer
 * lists, the escalation funnel, the source mix and the officer pickers, from counts instead of rows,
 * with the same rows as their raw-row versions (tests/unit/data/rollup.test.ts compares).
 * What a rollup cannot answer (a named complaint other than the pending list, an officer's profile,
 * indicators) throws RollupUnsupported, which the screens show as a plain sentence.
 */
import { ident, raw, select, sql, type Db } from './dbTypes';
import { filterSql, type MetricFilters } from './queries/complaintMetrics';
import { officerComboCounts, officerStatsOf, officerTailSql, type CountName, type OfficerQueryOptions, type OfficerStatsResult, type Raw } from './queries/officers';
import type { CountBy } from './queries/review';
import type { DatasetSummary } from './queries/dataset';
import { DEFAULT_BURST_DAYS } from '@/domain/officers';
import { RollupUnsupported, rollupTable, type RollupInfo } from './rollup';
import { LEVELS } from './rollupBuild';

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/** What the data page and the filter pickers show, from the rollup's counts. */
export async function rollupSummary(db: Db, info: RollupInfo): Promise<DatasetSummary> {
  const names = await db.query<{ kind: string; v: string }>(`SELECT kind, v FROM ${ident(info.schema)}.rollup_names ORDER BY kind, v`);
  const pick = (k: string) => names.filter((r) => r.kind === k).map((r) => r.v);
  const m = info.meta;
  return {
    complaints: info.rows, indicators: 0, districts: Number(m.districts), departments: Number(m.departments), officers: Number(m.officers),
    firstDate: m.first_registered ?? null, lastDate: m.last_registered ?? null,
    months: info.months, indicatorMonths: [], districtNames: pick('d'), departmentNames: pick('p'), sourceNames: pick('s'),
  };
}

type Family = 'received' | 'closed' | 'stock';
/** officerStats's counts in the rollup's tables: which table, which count column, under what condition (a, b = the range's first and last month index). */
const ROLLUP_COUNTS: Record<CountName, [Family, string, string]> = {
  received: ['received', 'n', 'reg_m BETWEEN a AND b'],
  escalated: ['received', 'esc', 'reg_m BETWEEN a AND b'],
  aged: ['received', 'n', 'm50 <= b'],
  closed: ['closed', 'n', 'TRUE'],
  satisfied: ['closed', 'satisfied', 'TRUE'],
  partial: ['closed', 'partial', 'TRUE'],
  force_closed: ['closed', 'force_closed', 'TRUE'],
  special_closed: ['closed', 'special_closed', 'TRUE'],
  low_quality: ['closed', 'low_q', 'TRUE'],
  reopened: ['closed', 'reop', 'TRUE'],
  closed_last_days: ['closed', 'burst', 'TRUE'],
  pending_end: ['stock', 'n', 'TRUE'],
  pending_over_50: ['stock', 'n', 'm50 <= b'],
  pending_over_100: ['stock', 'n', 'm100 <= b'],
  pending_over_300: ['stock', 'n', 'm300 <= b'],
};
/** the rows of each table that can count: closed in the range, pending at its end */
const FAMILY_WHERE: Record<Family, string> = {
  received: 'TRUE',
  closed: 'clo_m BETWEEN a AND b',
  stock: 'reg_m <= b AND (end_m IS NULL OR end_m > b)',
};

/** Per-officer counts for a month range (as officerStats over the rows). */
export async function rollupOfficerStats(db: Db, info: RollupInfo, o: OfficerQueryOptions): Promise<OfficerStatsResult> {
  const burst = o.burstDays ?? DEFAULT_BURST_DAYS;
  if (String(burst) !== info.meta.burst_days) throw new RollupUnsupported(`this rollup counts closures in the last ${info.meta.burst_days} days of a month, not ${burst}`);
  const s = ident(info.schema);
  const f = filterSql({ district: o.filters?.district, department: o.filters?.department }, 'w');
  const part = (fam: Family) => `
  SELECT officer_id, officer_name, department, district, ${fam === 'received' ? 'sum(n)' : '0'} AS n,
    ${officerComboCounts((c) => c, Object.fromEntries(Object.entries(ROLLUP_COUNTS).map(([k, [t, col, cond]]) => [k, t === fam ? `coalesce(sum(${col}) FILTER (WHERE ${cond}), 0)` : '0'])) as Record<CountName, string>)},
    ${fam === 'closed' ? 'sum(days_to_close)' : 'NULL::BIGINT'} AS days_to_close
  FROM ${s}.rollup_${fam}, p WHERE officer_id IS NOT NULL AND ${FAMILY_WHERE[fam]}
  GROUP BY officer_id, officer_name, department, district`;
  const q = sql`
WITH p AS (SELECT ${monthIndex(o.range.start)}::INTEGER AS a, ${monthIndex(o.range.end)}::INTEGER AS b),
x AS (${raw(part('received'))}
  UNION ALL ${raw(part('closed'))}
  UNION ALL ${raw(part('stock'))}),
combo AS (
  SELECT officer_id, officer_name, department, district, sum(n) AS n,
    ${raw(officerComboCounts((c) => `sum(${c})`, Object.fromEntries(Object.keys(ROLLUP_COUNTS).map((k) => [k, k])) as Record<CountName, string>))},
    sum(days_to_close) AS days_to_close
  FROM x
  GROUP BY officer_id, officer_name, department, district),
${officerTailSql(f)}`;
  return officerStatsOf(await select<Raw>(db, q));
}

/** Districts and departments that have L1 officers (as officerScopes). */
export async function rollupOfficerScopes(db: Db, info: RollupInfo): Promise<{ districts: string[]; departments: string[] }> {
  const rows = await db.query<{ kind: string; v: string }>(`SELECT kind, v FROM ${ident(info.schema)}.rollup_names WHERE kind IN ('od', 'op') ORDER BY kind, v`);
  return { districts: rows.filter((r) => r.kind === 'od').map((r) => r.v), departments: rows.filter((r) => r.kind === 'op').map((r) => r.v) };
}

async function countBy(db: Db, info: RollupInfo, key: string, period: string, filters: MetricFilters | undefined, order: string, count = 'sum(n)'): Promise<CountBy[]> {
  return select<CountBy>(db, sql`SELECT ${raw(key)} AS key, ${raw(count)}::BIGINT AS n FROM ${raw(rollupTable(info, 'received', null, filters))}
    WHERE reg_m = ${monthIndex(`${period}-01`)}::INTEGER AND ${filterSql(filters)} GROUP BY 1 ORDER BY ${raw(order)}`);
}

/** Complaints received in the period by the level they reached (as levelFunnel: the levels that occur). */
export async function rollupLevelFunnel(db: Db, info: RollupInfo, period: string, filters?: MetricFilters): Promise<CountBy[]> {
  const [r] = await select<Record<string, number | null>>(db, sql`SELECT ${raw(LEVELS.map((k) => `sum(lvl_${k})::BIGINT AS l${k}`).join(', '))}
    FROM ${raw(rollupTable(info, 'received', null, filters))} WHERE reg_m = ${monthIndex(`${period}-01`)}::INTEGER AND ${filterSql(filters)}`);
  return LEVELS.map((k) => ({ key: String(k), n: Number(r?.[`l${k}`] ?? 0) })).filter((x) => x.n > 0);
}

/** Complaints received in the period by source (as sourceMix). */
export function rollupSourceMix(db: Db, info: RollupInfo, period: string, filters?: MetricFilters): Promise<CountBy[]> {
  return countBy(db, info, "coalesce(source, 'other')", period, filters, 'n DESC');
}
