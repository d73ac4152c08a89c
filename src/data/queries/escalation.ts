/**
 * Uttarakhand CM Helpline 1905 escalation review (#/escalation): what is pending at each level on a
 * day, its age against that level's time limit, the complaints past every level's limit, the
 * > 180-day drive list, and the DM's weekly cadence (this week against last week).
 *
 * A complaint's level is `current_level` (1 when absent, capped at the last level of the limits).
 * Its time at that level is its age less the limits of the levels below (exports carry no date of
 * each escalation, so a complaint is taken to move up when a limit runs out): it is past its
 * level's limit when age > the cumulative limits up to its level, past every limit when age > the
 * sum of all levels' limits. Ages are date differences (as-of − registered_on).
 */
import type { Db } from '../dbTypes';
import { filterSql, type MetricFilters } from './complaintMetrics';

/** Days allowed at levels 1..n, in order. */
export type LevelLimits = readonly number[];

/** SQL: pending on day $1 (registered by then, and open or closed after it). */
const PENDING = `registered_on <= $1::DATE AND (status = 'open' OR closed_on IS NULL OR closed_on > $1::DATE)`;
const AGE = `date_diff('day', registered_on, $1::DATE)`;

export interface LevelRow {
  district: string;
  level: number;
  pending: number;
  /** pending at this level beyond its own limit (age > limits of levels 1..level) */
  over_limit: number;
  /** pending beyond every level's limit (age > sum of all limits) */
  past_all: number;
  oldest_days: number;
  mean_days: number;
}

function levelExpr(levels: number): string {
  return `least(greatest(coalesce(current_level, 1), 1), ${levels})`;
}

function cumulative(limits: LevelLimits): number[] {
  const out: number[] = [];
  limits.reduce((s, d, i) => (out[i] = s + d), 0);
  return out;
}

/**
 * Pending on `asOf` by district × level. `$2` … are the cumulative limits per level; the total of
 * all limits is the last one.
 */
export async function pendingByLevel(db: Db, asOf: string, limits: LevelLimits, filters?: MetricFilters): Promise<LevelRow[]> {
  const cum = cumulative(limits);
  const n = cum.length;
  const f = filterSql(filters, '', n + 2);
  const lv = levelExpr(n);
  const deadline = `CASE ${lv} ${cum.map((_, i) => `WHEN ${i + 1} THEN $${i + 2}`).join(' ')} END`;
  return db.query<LevelRow>(`
    SELECT district, ${lv}::INTEGER AS level, count(*)::INTEGER AS pending,
           count(*) FILTER (WHERE ${AGE} > ${deadline})::INTEGER AS over_limit,
           count(*) FILTER (WHERE ${AGE} > $${n + 1})::INTEGER AS past_all,
           max(${AGE})::INTEGER AS oldest_days, round(avg(${AGE}), 1)::DOUBLE AS mean_days
    FROM complaints WHERE ${PENDING} AND ${f.sql}
    GROUP BY 1, 2 ORDER BY 1, 2`, [asOf, ...cum, ...f.params]);
}

export interface PendingCase {
  complaint_id: string; registered_on: string; district: string; department: string; officer_id: string | null;
  officer_name: string | null; level: number; days_pending: number; category: string | null;
}

/** Pending on `asOf` and older than `minDays`, oldest first (the drive list at 180, past every limit at the sum). */
export async function pendingOlderThan(db: Db, asOf: string, minDays: number, levels: number, filters?: MetricFilters, limit = 500): Promise<{ total: number; rows: PendingCase[] }> {
  const f = filterSql(filters, '', 3);
  const where = `${PENDING} AND ${AGE} > $2 AND ${f.sql}`;
  const [{ total }] = await db.query<{ total: number }>(`SELECT count(*)::INTEGER AS total FROM complaints WHERE ${where}`, [asOf, minDays, ...f.params]);
  const rows = await db.query<PendingCase>(`
    SELECT complaint_id, registered_on, district, department, officer_id, officer_name, category,
           ${levelExpr(levels)}::INTEGER AS level, ${AGE}::INTEGER AS days_pending
    FROM complaints WHERE ${where} ORDER BY registered_on, complaint_id LIMIT ${Math.max(0, Math.floor(limit))}`, [asOf, minDays, ...f.params]);
  return { total, rows };
}

export interface WeekFigures {
  /** the week's last day (ISO) */
  end: string;
  received: number;
  closed: number;
  satisfied: number;
  /** Uttarakhand's "partially closed" (closure_type partially_satisfied): its own kind, never satisfied */
  partially_closed: number;
  force_closed: number;
  special_closed: number;
  /** pending at the week's end */
  pending: number;
  past_all: number;
  over_180: number;
  /** complaints older than 180 days (at closure) closed in the week: the drive's progress */
  closed_over_180: number;
}

/**
 * The DM's weekly review: figures of the 7 days ending `asOf` and of the 7 days before. Closure
 * counts are by closed_on in the week; pending figures are on each week's last day.
 */
export async function weeklyCadence(db: Db, asOf: string, totalLimit: number, filters?: MetricFilters): Promise<[WeekFigures, WeekFigures]> {
  const weeks: WeekFigures[] = [];
  for (const back of [0, 7]) {
    const f = filterSql(filters, '', 4);
    const [r] = await db.query<WeekFigures>(`
      WITH w AS (SELECT ($1::DATE - ${back}::INTEGER) AS e)
      SELECT strftime(w.e, '%Y-%m-%d') AS end,
        count(*) FILTER (WHERE registered_on BETWEEN w.e - 6 AND w.e)::INTEGER AS received,
        count(*) FILTER (WHERE closed_on BETWEEN w.e - 6 AND w.e)::INTEGER AS closed,
        count(*) FILTER (WHERE closed_on BETWEEN w.e - 6 AND w.e AND closure_type = 'satisfied')::INTEGER AS satisfied,
        count(*) FILTER (WHERE closed_on BETWEEN w.e - 6 AND w.e AND closure_type = 'partially_satisfied')::INTEGER AS partially_closed,
        count(*) FILTER (WHERE closed_on BETWEEN w.e - 6 AND w.e AND closure_type = 'force_closed')::INTEGER AS force_closed,
        count(*) FILTER (WHERE closed_on BETWEEN w.e - 6 AND w.e AND closure_type = 'special_closed')::INTEGER AS special_closed,
        count(*) FILTER (WHERE registered_on <= w.e AND (status = 'open' OR closed_on IS NULL OR closed_on > w.e))::INTEGER AS pending,
        count(*) FILTER (WHERE registered_on <= w.e AND (status = 'open' OR closed_on IS NULL OR closed_on > w.e)
                         AND date_diff('day', registered_on, w.e) > $2)::INTEGER AS past_all,
        count(*) FILTER (WHERE registered_on <= w.e AND (status = 'open' OR closed_on IS NULL OR closed_on > w.e)
                         AND date_diff('day', registered_on, w.e) > $3)::INTEGER AS over_180,
        count(*) FILTER (WHERE closed_on BETWEEN w.e - 6 AND w.e AND date_diff('day', registered_on, closed_on) > $3)::INTEGER AS closed_over_180
      FROM complaints, w WHERE ${f.sql} GROUP BY w.e`, [asOf, totalLimit, 180, ...f.params]);
    weeks.push(r ?? { end: asOf, received: 0, closed: 0, satisfied: 0, partially_closed: 0, force_closed: 0, special_closed: 0, pending: 0, past_all: 0, over_180: 0, closed_over_180: 0 });
  }
  return [weeks[0], weeks[1]];
}

/** The last day the data speaks of (latest registration or closure), ISO, or null when empty. */
export async function lastDataDay(db: Db): Promise<string | null> {
  const [r] = await db.query<{ d: string | null }>(`SELECT strftime(greatest(max(registered_on), coalesce(max(closed_on), max(registered_on))), '%Y-%m-%d') AS d FROM complaints`);
  return r?.d ?? null;
}
