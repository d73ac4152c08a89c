import { select, sql, type Db } from '../dbTypes';

export interface IndicatorRow { unit: string; parameter_id: string; value: number | null; target: number | null }

/** All indicator values of one period (long format), optionally for some parameters only. */
export async function indicatorValues(db: Db, period: string, parameterIds?: string[]): Promise<IndicatorRow[]> {
  const some = parameterIds && parameterIds.length ? sql` AND parameter_id IN (${parameterIds})` : sql``;
  return select<IndicatorRow>(db, sql`SELECT unit, parameter_id, value, target FROM indicators WHERE period = ${period}${some} ORDER BY unit, parameter_id`);
}

/** Months (YYYY-MM) present in the indicators table. */
export async function indicatorPeriods(db: Db): Promise<string[]> {
  const rows = await db.query<{ period: string }>(`SELECT DISTINCT period FROM indicators ORDER BY period`);
  return rows.map((r) => r.period);
}
