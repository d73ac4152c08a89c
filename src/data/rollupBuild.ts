/**
 * Builds a rollup database (docs/scale.md) from the canonical `complaints` table: the grain that
 * reproduces every complaint metric of src/data/queries/complaintMetrics.ts exactly, for any
 * month, any unit kind and any filter, plus the named list of old pending complaints.
 * Runs on the CLI's native engine; the file is written with STORAGE_VERSION 'v1.4.0' so that
 * duckdb-wasm 1.32.0 (DuckDB 1.4.3) can ATTACH it read-only in the browser.
 */
import { lit, type Db } from './dbTypes';

/** 3: received / closed / stock tables (see rollupBuildSql), district-grain copies, the stock per month end, names and months in the file. */
export const ROLLUP_VERSION = 3;

/** The last days of a month counted as "closed just before the cut-off" (the officer lists' default). */
export const ROLLUP_BURST_DAYS = 3;

export interface RollupBuildOptions {
  /** L1 time limits (days) the rollup answers non_attended_rate for; default [7] (every built-in scorecard) */
  l1Days?: number[];
  /** all-levels totals (days) the rollup answers overdue_rate for; default [7, 31] (cm-window, mp-cm-helpline) */
  totalDays?: number[];
  /** complainants with more than this many complaints in some month keep their id (exclusions for any N ≥ this) */
  habitualFloor?: number;
  /** pending complaints older than this at the last month's end are listed by name (default 50) */
  pendingOverDays?: number;
}

/** Month index: year·12 + month − 1 (2026-03 → 24314), as an INTEGER. */
export const mi = (d: string) => `(year(${d}) * 12 + month(${d}) - 1)::INTEGER`;

function ints(xs: number[], what: string): number[] {
  const out = [...new Set(xs)].sort((a, b) => a - b);
  for (const x of out) if (!Number.isInteger(x) || x < 0 || x > 3650) throw new Error(`${what}: ${x} is not a whole number of days`);
  return out;
}

/**
 * The rollup's count tables. Each complaint is counted once in `received` (by registration month)
 * and once in `closed` (by closure month, if closed), and in `stock` if it was ever pending at a
 * month end (open, or closed after its registration month). Each metric family reads only its
 * table and only the rows of its month (tables are sorted by month, so DuckDB skips the rest):
 * received, escalation, take-up, non-attended ← received; closures and their kinds ← closed;
 * pending, pending > N, overdue, old pending at the start ← stock. `_d` tables drop the officer
 * and block columns (and the officer lists' flags), for the district, department and state screens.
 */
/** current_level values counted one by one (the escalation funnel); the contract's levels are 1–5. */
export const LEVELS = [1, 2, 3, 4, 5] as const;

export const ROLLUP_TABLES = ['rollup_received', 'rollup_closed', 'rollup_stock', 'rollup_received_d', 'rollup_closed_d', 'rollup_stock_d', 'rollup_stock_m', 'rollup_names'] as const;

/** The SQL that writes the rollup's tables into the attached database `schema` from `complaints`. */
export function rollupBuildSql(schema: string, o: RollupBuildOptions = {}, meta: Record<string, string> = {}): string {
  const l1 = ints(o.l1Days ?? [7], 'L1 days');
  const tot = ints(o.totalDays ?? [7, 31], 'total days');
  const floor = o.habitualFloor ?? 10;
  const over = o.pendingOverDays ?? 50;
  const s = schema;
  const allMeta: Record<string, string> = {
    version: String(ROLLUP_VERSION), l1_days: l1.join(','), total_days: tot.join(','), habitual_floor: String(floor),
    pending_over_days: String(over), burst_days: String(ROLLUP_BURST_DAYS), ...meta,
  };
  const dims = 'district, department, block, source, officer_id, officer_name, hab_key';
  const dimsD = 'district, department, source, hab_key';
  // group keys are months only; every flag is a count column (so a month's rows are few)
  const recKeys = ['reg_m', ...l1.map((L) => `due_m_${L}`)];
  const recSums = ['n', 'esc', 'take24', ...l1.map((L) => `late_${L}`), ...LEVELS.map((k) => `lvl_${k}`)];
  const cloSums = ['n', 'satisfied', 'partial', 'force_closed', 'special_closed', 'low_q', 'atr', 'w30', 'old_clo', 'days_to_close'];
  const stockKeys = ['reg_m', 'end_m', 'm50', 'm100', 'm300', ...tot.map((T) => `over_m_${T}`)];
  const sumsOf = (cols: string[], cast = 'INTEGER') => cols.map((c) => `sum(${c})::${c === 'days_to_close' ? 'BIGINT' : cast} AS ${c}`).join(', ');
  const count = (cond: string) => `count(*) FILTER (WHERE ${cond})`;
  return `
CREATE TEMP TABLE _rollup_rd AS
  SELECT d, ${mi('d')} AS reg_m, ${mi('d + 51')} AS m50, ${mi('d + 101')} AS m100, ${mi('d + 301')} AS m300,
    ${[...l1.map((L) => `${mi(`d + ${L}`)} AS due_m_${L}`), ...tot.map((T) => `${mi(`d + ${T + 1}`)} AS over_m_${T}`)].join(', ')}
  FROM (SELECT DISTINCT registered_on AS d FROM complaints WHERE registered_on IS NOT NULL);
CREATE TEMP TABLE _rollup_cd AS
  SELECT d, ${mi('d')} AS clo_m, date_diff('day', d, last_day(d)) < ${ROLLUP_BURST_DAYS} AS burst
  FROM (SELECT DISTINCT closed_on AS d FROM complaints WHERE closed_on IS NOT NULL);
CREATE TEMP TABLE _rollup_heavy AS
  SELECT DISTINCT complainant_id FROM (SELECT complainant_id FROM complaints c LEFT JOIN _rollup_rd rd ON rd.d = c.registered_on
    WHERE complainant_id IS NOT NULL GROUP BY complainant_id, rd.reg_m HAVING count(*) > ${floor});
CREATE TABLE ${s}.rollup_complainants AS
  SELECT c.complainant_id, rd.reg_m AS m, count(*)::INTEGER AS n FROM complaints c SEMI JOIN _rollup_heavy h ON c.complainant_id = h.complainant_id
    LEFT JOIN _rollup_rd rd ON rd.d = c.registered_on
  GROUP BY ALL ORDER BY m, complainant_id;
CREATE TEMP VIEW _rollup_rows AS
  SELECT district, department, block, source, officer_id, officer_name,
    CASE WHEN h.complainant_id IS NOT NULL THEN c.complainant_id END AS hab_key,
    rd.reg_m, cd.clo_m,
    CASE WHEN status = 'open' OR closed_on IS NULL THEN NULL ELSE cd.clo_m END AS end_m,
    closure_type,
    coalesce(quality = 'low', false) AS low_q,
    atr_uploaded_on IS NOT NULL AS atr,
    coalesce(current_level, 1)::INTEGER AS lvl,
    coalesce(reopened > 0, false) AS reop,
    coalesce(cd.burst, false) AS burst,
    coalesce(attended_on <= registered_on + 1, false) AS take24,
    coalesce(closed_on - registered_on <= 30, false) AS w30,
    rd.m50, rd.m100, rd.m300,
    coalesce(rd.m50 < cd.clo_m, false) AS old_clo,
    ${[...l1.flatMap((L) => [`rd.due_m_${L}`, `(attended_on IS NULL OR attended_on > registered_on + ${L}) AS late_${L}`]),
      ...tot.map((T) => `rd.over_m_${T}`)].join(',\n    ')},
    closed_on - registered_on AS days
  FROM complaints c LEFT JOIN _rollup_heavy h ON c.complainant_id = h.complainant_id
    LEFT JOIN _rollup_rd rd ON rd.d = c.registered_on LEFT JOIN _rollup_cd cd ON cd.d = c.closed_on;
CREATE TABLE ${s}.rollup_received AS
  SELECT ${dims}, ${recKeys.join(', ')}, m50, count(*)::INTEGER AS n, ${count('lvl >= 2')}::INTEGER AS esc, ${count('take24')}::INTEGER AS take24,
    ${l1.map((L) => `${count(`late_${L}`)}::INTEGER AS late_${L}`).join(', ')}, ${LEVELS.map((k) => `${count(`lvl = ${k}`)}::INTEGER AS lvl_${k}`).join(', ')}
  FROM _rollup_rows GROUP BY ALL ORDER BY reg_m, district, department, officer_id;
CREATE TABLE ${s}.rollup_closed AS
  SELECT ${dims}, clo_m, count(*)::INTEGER AS n, ${count("closure_type = 'satisfied'")}::INTEGER AS satisfied,
    ${count("closure_type = 'partially_satisfied'")}::INTEGER AS partial, ${count("closure_type = 'force_closed'")}::INTEGER AS force_closed,
    ${count("closure_type = 'special_closed'")}::INTEGER AS special_closed, ${['low_q', 'atr', 'w30', 'old_clo', 'reop', 'burst'].map((c) => `${count(c)}::INTEGER AS ${c}`).join(', ')},
    coalesce(sum(days), 0)::BIGINT AS days_to_close
  FROM _rollup_rows WHERE clo_m IS NOT NULL GROUP BY ALL ORDER BY clo_m, district, department, officer_id;
CREATE TABLE ${s}.rollup_stock AS
  SELECT ${dims}, ${stockKeys.join(', ')}, count(*)::INTEGER AS n
  FROM _rollup_rows WHERE end_m IS NULL OR end_m > reg_m GROUP BY ALL ORDER BY reg_m, district, department, officer_id;
CREATE TABLE ${s}.rollup_received_d AS
  SELECT ${dimsD}, ${recKeys.join(', ')}, ${sumsOf(recSums)}
  FROM ${s}.rollup_received GROUP BY ${dimsD}, ${recKeys.join(', ')} ORDER BY reg_m, district, department;
CREATE TABLE ${s}.rollup_closed_d AS
  SELECT ${dimsD}, clo_m, ${sumsOf(cloSums)}
  FROM ${s}.rollup_closed GROUP BY ${dimsD}, clo_m ORDER BY clo_m, district, department;
CREATE TABLE ${s}.rollup_stock_d AS
  SELECT ${dimsD}, ${stockKeys.join(', ')}, sum(n)::INTEGER AS n
  FROM ${s}.rollup_stock GROUP BY ALL ORDER BY reg_m, district, department;
CREATE TABLE ${s}.rollup_stock_m AS
  WITH months AS (SELECT unnest(range(min(reg_m), max(reg_m) + 1))::INTEGER AS p FROM ${s}.rollup_received_d),
  x AS (SELECT d.*, months.p FROM ${s}.rollup_stock_d d JOIN months ON months.p BETWEEN d.reg_m AND coalesce(d.end_m, 2147483647)),
  y AS (SELECT *, end_m IS NULL OR end_m > p AS pend FROM x)
  SELECT ${dimsD}, p, coalesce(sum(n) FILTER (WHERE pend), 0)::INTEGER AS pending_end,
    ${[50, 100, 300].map((d) => `coalesce(sum(n) FILTER (WHERE pend AND m${d} <= p), 0)::INTEGER AS p${d}`).join(', ')},
    ${tot.map((T) => `coalesce(sum(n) FILTER (WHERE pend AND over_m_${T} <= p), 0)::INTEGER AS ovd_${T}`).join(', ')},
    coalesce(sum(n) FILTER (WHERE m50 <= p - 1 AND (end_m IS NULL OR end_m >= p)), 0)::INTEGER AS old_start
  FROM y GROUP BY ALL
  HAVING pending_end > 0 OR old_start > 0
  ORDER BY p, district, department;
CREATE TABLE ${s}.rollup_names AS
  SELECT 'd' AS kind, district AS v FROM ${s}.rollup_received_d WHERE district IS NOT NULL GROUP BY district
  UNION ALL SELECT 'p', department FROM ${s}.rollup_received_d WHERE department IS NOT NULL GROUP BY department
  UNION ALL SELECT 's', source FROM ${s}.rollup_received_d WHERE source IS NOT NULL GROUP BY source
  UNION ALL SELECT 'od', district FROM ${s}.rollup_received WHERE officer_id IS NOT NULL AND district IS NOT NULL GROUP BY district
  UNION ALL SELECT 'op', department FROM ${s}.rollup_received WHERE officer_id IS NOT NULL AND department IS NOT NULL GROUP BY department
  ORDER BY kind, v;
CREATE TABLE ${s}.rollup_pending AS
  WITH last AS (SELECT last_day(max(registered_on)) AS e FROM complaints)
  SELECT complaint_id, registered_on, district, department, category, officer_id, officer_name, current_level, block, source
  FROM complaints, last
  WHERE registered_on <= last.e AND (status = 'open' OR closed_on IS NULL OR closed_on > last.e) AND last.e - registered_on > ${over}
  ORDER BY registered_on, complaint_id;
CREATE TABLE ${s}.rollup_meta AS
  WITH st AS (SELECT min(d)::VARCHAR AS f, max(d)::VARCHAR AS l FROM _rollup_rd),
  -- every complaint is counted once in rollup_received: its counts are the table's
  rc AS (SELECT sum(n)::BIGINT::VARCHAR AS r, count(DISTINCT district)::VARCHAR AS d, count(DISTINCT department)::VARCHAR AS p,
    string_agg(DISTINCT reg_m::VARCHAR, ',' ORDER BY reg_m::VARCHAR) AS m FROM ${s}.rollup_received_d),
  ro AS (SELECT count(DISTINCT officer_id)::VARCHAR AS o FROM ${s}.rollup_received)
  SELECT * FROM (VALUES ${Object.entries(allMeta).map(([k, v]) => `(${lit(k)}, ${lit(v)})`).join(', ')},
    ('rows', (SELECT r FROM rc)),
    ('first_registered', (SELECT f FROM st)),
    ('last_registered', (SELECT l FROM st)),
    ('months', (SELECT m FROM rc)),
    ('districts', (SELECT d FROM rc)),
    ('departments', (SELECT p FROM rc)),
    ('officers', (SELECT o FROM ro))) AS t(key, value);
DROP VIEW _rollup_rows;
DROP TABLE _rollup_heavy;
DROP TABLE _rollup_rd;
DROP TABLE _rollup_cd;`;
}

/** Writes the rollup of the `complaints` table to a new database file `file` (native engine: a path). */
export async function writeRollup(db: Db, file: string, o: RollupBuildOptions = {}, meta: Record<string, string> = {}): Promise<void> {
  await db.exec(`ATTACH ${lit(file)} AS _rollup_out (STORAGE_VERSION 'v1.4.0')`);
  try {
    await db.exec(rollupBuildSql('_rollup_out', o, meta));
  } finally {
    await db.exec('DETACH _rollup_out');
  }
}
