import { select, sql, type Db } from '../dbTypes';

export interface DatasetSummary {
  complaints: number;
  indicators: number;
  districts: number;
  departments: number;
  officers: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Months (YYYY-MM) with registrations, ascending. */
  months: string[];
  /** Months (YYYY-MM) present in the indicators table, ascending. */
  indicatorMonths: string[];
  /** Distinct values for the global filters. */
  districtNames: string[];
  departmentNames: string[];
  sourceNames: string[];
}

/** Whether a table of this name exists in the current catalog. */
export async function tableExists(db: Db, name: string): Promise<boolean> {
  const r = await select<{ n: number }>(db, sql`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ${name}`);
  return (r[0]?.n ?? 0) > 0;
}

export async function datasetSummary(db: Db): Promise<DatasetSummary> {
  const out: DatasetSummary = { complaints: 0, indicators: 0, districts: 0, departments: 0, officers: 0, firstDate: null, lastDate: null, months: [], indicatorMonths: [], districtNames: [], departmentNames: [], sourceNames: [] };
  // Which of the two tables exist, in one plain query (two prepared information_schema lookups cost more).
  const present = new Set((await db.query<{ t: string }>(
    `SELECT table_name AS t FROM duckdb_tables() WHERE table_name IN ('complaints', 'indicators')`)).map((r) => r.t));
  if (present.has('complaints')) {
    // Three scans of the complaints (the import waits for them before its rows show): the counts, the
    // months (from the distinct dates, not a strftime per row) and the filter names, whose lengths are
    // the distinct district and department counts (count(DISTINCT) ignores NULLs, as the names do).
    const [s] = await db.query<{ n: number; o: number; lo: string | null; hi: string | null }>(
      `SELECT count(*) AS n, count(DISTINCT officer_id) AS o, min(registered_on) AS lo, max(registered_on) AS hi FROM complaints`);
    out.months = (await db.query<{ m: string }>(
      `SELECT DISTINCT strftime(d, '%Y-%m') AS m FROM (SELECT DISTINCT registered_on AS d FROM complaints WHERE registered_on IS NOT NULL) ORDER BY m`)).map((r) => r.m);
    const names = await db.query<{ k: string; v: string }>(`
      SELECT 'd' AS k, district AS v FROM complaints WHERE district IS NOT NULL GROUP BY district
      UNION ALL SELECT 'p', department FROM complaints WHERE department IS NOT NULL GROUP BY department
      UNION ALL SELECT 's', source FROM complaints WHERE source IS NOT NULL GROUP BY source ORDER BY k, v`);
    const pick = (k: string) => names.filter((r) => r.k === k).map((r) => r.v);
    Object.assign(out, { districtNames: pick('d'), departmentNames: pick('p'), sourceNames: pick('s') });
    Object.assign(out, { complaints: s.n, districts: out.districtNames.length, departments: out.departmentNames.length, officers: s.o, firstDate: s.lo, lastDate: s.hi });
  }
  if (present.has('indicators')) {
    out.indicators = (await db.query<{ n: number }>(`SELECT count(*) AS n FROM indicators`))[0].n;
    out.indicatorMonths = (await db.query<{ m: string }>(`SELECT DISTINCT period AS m FROM indicators ORDER BY m`)).map((r) => r.m);
  }
  return out;
}
