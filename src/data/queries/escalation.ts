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
import { joinSql, raw, select, sql, type Db, type Sql } from '../dbTypes';
import { filterSql, type MetricFilters } from './complaintMetrics';

/** Days allowed at levels 1..n, in order. */
export type LevelLimits = readonly number[];

/** Pending on day `d` (registered by then, and open or closed after it). */
const pendingOn = (d: Sql) => sql`registered_on <= ${d} AND (status = 'open' OR closed_on IS NULL OR closed_on > ${d})`;
const ageOn = (d: Sql) => sql`date_diff('day', registered_on, ${d})`;

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

/** The level a complaint sits at: current_level (1 when absent), within 1..levels. */
function levelExpr(levels: number): Sql {
  return sql`least(greatest(coalesce(current_level, 1), 1), ${raw(String(Math.max(1, Math.floor(levels))))})`;
}

function cumulative(limits: LevelLimits): number[] {
  const out: number[] = [];
  limits.reduce((s, d, i) => (out[i] = s + d), 0);
  return out;
}

/** Pending on `asOf` by district × level, each level against the cumulative limits up to it; the total of all limits is the last. */
export async function pendingByLevel(db: Db, asOf: string, limits: LevelLimits, filters?: MetricFilters): Promise<LevelRow[]> {
  const cum = cumulative(limits);
  const D = sql`${asOf}::DATE`;
  const AGE = ageOn(D);
  const lv = levelExpr(cum.length);
  const deadline = sql`CASE ${lv} ${joinSql(cum.map((c, i) => sql`WHEN ${raw(String(i + 1))} THEN ${c}::DOUBLE`), ' ')} END`;
  return select<LevelRow>(db, sql`
    SELECT district, ${lv}::INTEGER AS level, count(*)::INTEGER AS pending,
           count(*) FILTER (WHERE ${AGE} > ${deadline})::INTEGER AS over_limit,
           count(*) FILTER (WHERE ${AGE} > ${cum[cum.length - 1] ?? 0}::DOUBLE)::INTEGER AS past_all,
           max(${AGE})::INTEGER AS oldest_days, round(avg(${AGE}), 1)::DOUBLE AS mean_days
    FROM complaints WHERE ${pendingOn(D)} AND ${filterSql(filters)}
    GROUP BY 1, 2 ORDER BY 1, 2`);
}

export interface PendingCase {
  complaint_id: string; registered_on: string; district: string; department: string; officer_id: string | null;
  officer_name: string | null; level: number; days_pending: number; category: string | null;
}

/** Pending on `asOf` and older than `minDays`, oldest first (the drive list at 180, past every limit at the sum). */
export async function pendingOlderThan(db: Db, asOf: string, minDays: number, levels: number, filters?: MetricFilters, limit = 500): Promise<{ total: number; rows: PendingCase[] }> {
  const D = sql`${asOf}::DATE`;
  const where = sql`${pendingOn(D)} AND ${ageOn(D)} > ${minDays}::DOUBLE AND ${filterSql(filters)}`;
  const [{ total }] = await select<{ total: number }>(db, sql`SELECT count(*)::INTEGER AS total FROM complaints WHERE ${where}`);
  const rows = await select<PendingCase>(db, sql`
    SELECT complaint_id, registered_on, district, department, officer_id, officer_name, category,
           ${levelExpr(levels)}::INTEGER AS level, ${ageOn(D)}::INTEGER AS days_pending
    FROM complaints WHERE ${where} ORDER BY registered_on, complaint_id LIMIT ${raw(String(Math.max(0, Math.floor(limit))))}`);
  return { total, rows };
}

/** the age of the drive list (the > 180-day campaign) */
const DRIVE_AGE = 180;

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
    const E = sql`w.e`;
    const inWeek = (col: string) => sql`${raw(col)} BETWEEN w.e - 6 AND w.e`;
    const closedAs = (kind: string) => sql`${inWeek('closed_on')} AND closure_type = ${kind}`;
    const [r] = await select<WeekFigures>(db, sql`
      WITH w AS (SELECT (${asOf}::DATE - ${raw(String(back))}::INTEGER) AS e)
      SELECT strftime(w.e, '%Y-%m-%d') AS end,
        count(*) FILTER (WHERE ${inWeek('registered_on')})::INTEGER AS received,
        count(*) FILTER (WHERE ${inWeek('closed_on')})::INTEGER AS closed,
        count(*) FILTER (WHERE ${closedAs('satisfied')})::INTEGER AS satisfied,
        count(*) FILTER (WHERE ${closedAs('partially_satisfied')})::INTEGER AS partially_closed,
        count(*) FILTER (WHERE ${closedAs('force_closed')})::INTEGER AS force_closed,
        count(*) FILTER (WHERE ${closedAs('special_closed')})::INTEGER AS special_closed,
        count(*) FILTER (WHERE ${pendingOn(E)})::INTEGER AS pending,
        count(*) FILTER (WHERE ${pendingOn(E)} AND ${ageOn(E)} > ${totalLimit}::DOUBLE)::INTEGER AS past_all,
        count(*) FILTER (WHERE ${pendingOn(E)} AND ${ageOn(E)} > ${DRIVE_AGE}::INTEGER)::INTEGER AS over_180,
        count(*) FILTER (WHERE ${inWeek('closed_on')} AND date_diff('day', registered_on, closed_on) > ${DRIVE_AGE}::INTEGER)::INTEGER AS closed_over_180
      FROM complaints, w WHERE ${filterSql(filters)} GROUP BY w.e`);
    weeks.push(r ?? { end: asOf, received: 0, closed: 0, satisfied: 0, partially_closed: 0, force_closed: 0, special_closed: 0, pending: 0, past_all: 0, over_180: 0, closed_over_180: 0 });
  }
  return [weeks[0], weeks[1]];
}

/** The last day the data speaks of (latest registration or closure), ISO, or null when empty. */
export async function lastDataDay(db: Db): Promise<string | null> {
  const [r] = await select<{ d: string | null }>(db, sql`SELECT strftime(greatest(max(registered_on), coalesce(max(closed_on), max(registered_on))), '%Y-%m-%d') AS d FROM complaints`);
  return r?.d ?? null;
}
