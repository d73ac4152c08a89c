/** Queries behind the review screens: trends, funnels, mixes and the named list of old complaints. */
import { select, sql, type Db } from '../dbTypes';
import { monthBounds } from '@/domain/metrics';
import { filterSql, type MetricFilters } from './complaintMetrics';

export interface MonthTrend { month: string; received: number; closed: number; satisfied: number; force_closed: number }

/** Received / closed per calendar month over the whole dataset (one query). */
export async function monthlyTrend(db: Db, filters?: MetricFilters): Promise<MonthTrend[]> {
  const f = filterSql(filters);
  return select<MonthTrend>(db, sql`
    WITH r AS (SELECT strftime(registered_on, '%Y-%m') AS month, count(*) AS received FROM complaints WHERE ${f} GROUP BY 1),
         c AS (SELECT strftime(closed_on, '%Y-%m') AS month, count(*) AS closed,
                      count(*) FILTER (WHERE closure_type = 'satisfied') AS satisfied,
                      count(*) FILTER (WHERE closure_type = 'force_closed') AS force_closed
               FROM complaints WHERE closed_on IS NOT NULL AND ${f} GROUP BY 1)
    SELECT r.month, r.received, coalesce(c.closed, 0) AS closed, coalesce(c.satisfied, 0) AS satisfied, coalesce(c.force_closed, 0) AS force_closed
    FROM r LEFT JOIN c USING (month) ORDER BY r.month`);
}

export interface CountBy { key: string; n: number }

/** Complaints received in the period by the level they reached (L1 → L4/L5): the escalation funnel. */
export async function levelFunnel(db: Db, period: string, filters?: MetricFilters): Promise<CountBy[]> {
  const { start, end } = monthBounds(period);
  const f = filterSql(filters);
  return select<CountBy>(db, sql`SELECT coalesce(current_level, 1)::VARCHAR AS key, count(*) AS n FROM complaints
    WHERE registered_on BETWEEN ${start}::DATE AND ${end}::DATE AND ${f} GROUP BY 1 ORDER BY 1`);
}

/** Complaints received in the period by source. */
export async function sourceMix(db: Db, period: string, filters?: MetricFilters): Promise<CountBy[]> {
  const { start, end } = monthBounds(period);
  const f = filterSql(filters);
  return select<CountBy>(db, sql`SELECT coalesce(source, 'other') AS key, count(*) AS n FROM complaints
    WHERE registered_on BETWEEN ${start}::DATE AND ${end}::DATE AND ${f} GROUP BY 1 ORDER BY n DESC`);
}

export interface PendingComplaint {
  complaint_id: string; registered_on: string; district: string; department: string; category: string | null;
  officer_id: string | null; officer_name: string | null; current_level: number | null; days_pending: number; block: string | null;
}

/** The oldest complaints pending at the end of the period (a collector must be able to name them). */
export async function oldestPending(db: Db, period: string, filters?: MetricFilters, limit = 100, minDays = 0): Promise<PendingComplaint[]> {
  const { end } = monthBounds(period);
  const f = filterSql(filters);
  const E = sql`${end}::DATE`;
  return select<PendingComplaint>(db, sql`
    SELECT complaint_id, registered_on, district, department, category, officer_id, officer_name, current_level, block,
           date_diff('day', registered_on, ${E}) AS days_pending
    FROM complaints
    WHERE registered_on <= ${E} AND (status = 'open' OR closed_on IS NULL OR closed_on > ${E})
      AND date_diff('day', registered_on, ${E}) > ${minDays} AND ${f}
    ORDER BY registered_on, complaint_id LIMIT ${limit}`);
}
