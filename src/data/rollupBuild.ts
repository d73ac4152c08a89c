/**
 * Builds a rollup database (docs/scale.md) from the canonical `complaints` table: the grain that
 * reproduces every complaint metric of src/data/queries/complaintMetrics.ts exactly, for any
 * month, any unit kind and any filter, plus the named list of old pending complaints.
 * Runs on the CLI's native engine; the file is written with STORAGE_VERSION 'v1.4.0' so that
 * duckdb-wasm 1.32.0 (DuckDB 1.4.3) can ATTACH it read-only in the browser.
 */
import { lit, type Db } from './dbTypes';

const ROLLUP_VERSION = 1;

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
const mi = (d: string) => `(year(${d}) * 12 + month(${d}) - 1)::INTEGER`;

function ints(xs: number[], what: string): number[] {
  const out = [...new Set(xs)].sort((a, b) => a - b);
  for (const x of out) if (!Number.isInteger(x) || x < 0 || x > 3650) throw new Error(`${what}: ${x} is not a whole number of days`);
  return out;
}

/** The SQL that writes the rollup's tables into the attached database `schema` from `complaints`. */
function rollupBuildSql(schema: string, o: RollupBuildOptions = {}, meta: Record<string, string> = {}): string {
  const l1 = ints(o.l1Days ?? [7], 'L1 days');
  const tot = ints(o.totalDays ?? [7, 31], 'total days');
  const floor = o.habitualFloor ?? 10;
  const over = o.pendingOverDays ?? 50;
  const s = schema;
  const flagCols = [
    ...l1.flatMap((L) => [`${mi(`registered_on + ${L}`)} AS due_m_${L}`, `(attended_on IS NULL OR attended_on > registered_on + ${L}) AS late_${L}`]),
    ...tot.map((T) => `${mi(`registered_on + ${T + 1}`)} AS over_m_${T}`),
  ];
  const allMeta: Record<string, string> = {
    version: String(ROLLUP_VERSION), l1_days: l1.join(','), total_days: tot.join(','), habitual_floor: String(floor),
    pending_over_days: String(over), ...meta,
  };
  return `
CREATE TEMP TABLE _rollup_heavy AS
  SELECT complainant_id FROM (
    SELECT complainant_id, count(*) AS n FROM complaints WHERE complainant_id IS NOT NULL GROUP BY complainant_id, ${mi('registered_on')})
  GROUP BY complainant_id HAVING max(n) > ${floor};
CREATE TABLE ${s}.rollup_complainants AS
  SELECT c.complainant_id, ${mi('c.registered_on')} AS m, count(*)::INTEGER AS n
  FROM complaints c SEMI JOIN _rollup_heavy h ON c.complainant_id = h.complainant_id
  GROUP BY ALL ORDER BY m, complainant_id;
CREATE TABLE ${s}.rollup_facts AS
  WITH c AS (
    SELECT district, department, block, source, officer_id, officer_name,
      CASE WHEN h.complainant_id IS NOT NULL THEN c.complainant_id END AS hab_key,
      ${mi('registered_on')} AS reg_m,
      ${mi('closed_on')} AS clo_m,
      (status = 'open' OR closed_on IS NULL) AS is_open,
      closure_type,
      coalesce(quality = 'low', false) AS low_q,
      atr_uploaded_on IS NOT NULL AS atr,
      coalesce(current_level >= 2, false) AS esc,
      coalesce(attended_on <= registered_on + 1, false) AS take24,
      coalesce(closed_on - registered_on <= 30, false) AS w30,
      ${mi('registered_on + 51')} AS m50,
      ${mi('registered_on + 101')} AS m100,
      ${mi('registered_on + 301')} AS m300,
      ${flagCols.join(',\n      ')},
      closed_on - registered_on AS days
    FROM complaints c LEFT JOIN _rollup_heavy h ON c.complainant_id = h.complainant_id)
  SELECT * EXCLUDE (days), count(*)::INTEGER AS n, coalesce(sum(days), 0)::BIGINT AS days_to_close
  FROM c GROUP BY ALL
  ORDER BY reg_m, district, department, officer_id;
CREATE TABLE ${s}.rollup_pending AS
  WITH last AS (SELECT last_day(max(registered_on)) AS e FROM complaints)
  SELECT complaint_id, registered_on, district, department, category, officer_id, officer_name, current_level, block, source
  FROM complaints, last
  WHERE registered_on <= last.e AND (status = 'open' OR closed_on IS NULL OR closed_on > last.e) AND last.e - registered_on > ${over}
  ORDER BY registered_on, complaint_id;
CREATE TABLE ${s}.rollup_meta AS
  SELECT * FROM (VALUES ${Object.entries(allMeta).map(([k, v]) => `(${lit(k)}, ${lit(v)})`).join(', ')},
    ('rows', (SELECT count(*)::VARCHAR FROM complaints)),
    ('first_registered', (SELECT min(registered_on)::VARCHAR FROM complaints)),
    ('last_registered', (SELECT max(registered_on)::VARCHAR FROM complaints))) AS t(key, value);
DROP TABLE _rollup_heavy;`;
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
