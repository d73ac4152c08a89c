import type { Db } from '../dbTypes';

export interface IndicatorRow { unit: string; parameter_id: string; value: number | null; target: number | null }

/** All indicator values of one period (long format), optionally for some parameters only. */
export async function indicatorValues(db: Db, period: string, parameterIds?: string[]): Promise<IndicatorRow[]> {
  const params: unknown[] = [period];
  let where = 'period = ?';
  if (parameterIds && parameterIds.length) {
    // duckdb-wasm cannot bind a JS array to a LIST parameter: one placeholder per id.
    where += ` AND parameter_id IN (${parameterIds.map(() => '?').join(', ')})`;
    params.push(...parameterIds);
  }
  return db.query<IndicatorRow>(`SELECT unit, parameter_id, value, target FROM indicators WHERE ${where} ORDER BY unit, parameter_id`, params);
}

/** Months (YYYY-MM) present in the indicators table. */
export async function indicatorPeriods(db: Db): Promise<string[]> {
  const rows = await db.query<{ period: string }>(`SELECT DISTINCT period FROM indicators ORDER BY period`);
  return rows.map((r) => r.period);
}
