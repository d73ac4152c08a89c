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

const EMPTY: DatasetSummary = Object.freeze({ complaints: 0, indicators: 0, districts: 0, departments: 0, officers: 0, firstDate: null, lastDate: null, months: [], indicatorMonths: [], districtNames: [], departmentNames: [], sourceNames: [] });

export async function datasetSummary(db: Db): Promise<DatasetSummary> {
  const out: DatasetSummary = { ...EMPTY };
  // Which of the two tables exist, in one plain query (two prepared information_schema lookups cost more).
  const present = new Set((await db.query<{ t: string }>(
    `SELECT table_name AS t FROM duckdb_tables() WHERE table_name IN ('complaints', 'indicators')`)).map((r) => r.t));
  if (present.has('complaints')) {
    // Three scans of the complaints (an import shows its rows before them: importedSummary):
    // the counts, the months and the filter names, whose lengths are
    // the distinct district and department counts (count(DISTINCT) ignores NULLs, as the names do).
    const [s] = await db.query<{ n: number; o: number; lo: string | null; hi: string | null }>(
      `SELECT count(*) AS n, count(DISTINCT officer_id) AS o, min(registered_on) AS lo, max(registered_on) AS hi FROM complaints`);
    out.months = await complaintMonths(db);
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

/** Months (YYYY-MM) with registrations, ascending: from the distinct dates, not a strftime per row. */
export async function complaintMonths(db: Db): Promise<string[]> {
  return (await db.query<{ m: string }>(
    `SELECT DISTINCT strftime(d, '%Y-%m') AS m FROM (SELECT DISTINCT registered_on AS d FROM complaints WHERE registered_on IS NOT NULL) ORDER BY m`)).map((r) => r.m);
}

/**
 * The summary right after a complaints import, before the whole one (its scans cost ~150 ms at 1M
 * rows): the import replaced the table, so its report has the row count, the districts (the names
 * after matching, as the table now holds them) and the date range; the months are asked (one cheap
 * scan). The officer count and the department and source names are carried from `prev` until
 * datasetSummary() replaces them; the indicators too (an import leaves that table alone, or emptied
 * it: `emptied`).
 */
export async function importedSummary(
  db: Db, report: { loaded: number; units: string[]; dateRange: { min: string | null; max: string | null } }, prev: DatasetSummary | null, emptied: boolean,
): Promise<DatasetSummary> {
  const base = prev && !emptied ? prev : { ...EMPTY, officers: prev?.officers ?? 0, departments: prev?.departments ?? 0, departmentNames: prev?.departmentNames ?? [], sourceNames: prev?.sourceNames ?? [] };
  const districtNames = [...report.units].sort(); // code-point order, as ORDER BY
  return {
    ...base, complaints: report.loaded, districts: districtNames.length, districtNames, months: await complaintMonths(db),
    firstDate: report.dateRange.min, lastDate: report.dateRange.max,
  };
}
