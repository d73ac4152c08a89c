/**
 * Haryana review queries (#/atr): ATR tracking — closures of a period without an action taken
 * report, by department and by L1 officer (the DC's rule: the ATR goes up with the closure) — and
 * the daily report of a source (SMGT, Samadhan camps, CM Window): received, disposed, pending,
 * rejected and the reason for pendency, day by day.
 *
 * Definitions (stated on the screen): a closure has its ATR when atr_uploaded_on is present; the
 * ATR is late when it was uploaded after the closure day. "Rejected" is a closure of kind
 * special_closed (out of jurisdiction / not actionable): the data contract has no rejected status.
 * The export carries no reason for pendency, so it is derived from the record: not attended by L1,
 * within L1's limit, escalated (past L1's limit, within every level's), or past every level's limit.
 */
import { raw, select, sql, type Db } from '../dbTypes';
import { monthBounds } from '@/domain/metrics';
import { filterSql, type MetricFilters } from './complaintMetrics';

export interface AtrRow {
  /** department name, or officer id */
  key: string;
  officer_name: string | null;
  department: string | null;
  district: string | null;
  closed: number;
  with_atr: number;
  without_atr: number;
  late_atr: number;
  /** with_atr / closed (null when nothing closed) */
  atr_rate: number | null;
}

/** Closures in the period by department or L1 officer, worst (most without ATR) first. */
export async function atrBy(db: Db, period: string, by: 'department' | 'officer', filters?: MetricFilters): Promise<AtrRow[]> {
  const { start, end } = monthBounds(period);
  const key = raw(by === 'department' ? 'department' : "coalesce(officer_id, '—')");
  const extra = raw(by === 'department'
    ? 'NULL::VARCHAR AS officer_name, NULL::VARCHAR AS department, NULL::VARCHAR AS district'
    : 'any_value(officer_name) AS officer_name, any_value(department) AS department, any_value(district) AS district');
  return select<AtrRow>(db, sql`
    SELECT ${key} AS key, ${extra}, count(*)::INTEGER AS closed,
           count(*) FILTER (WHERE atr_uploaded_on IS NOT NULL)::INTEGER AS with_atr,
           count(*) FILTER (WHERE atr_uploaded_on IS NULL)::INTEGER AS without_atr,
           count(*) FILTER (WHERE atr_uploaded_on > closed_on)::INTEGER AS late_atr,
           (count(*) FILTER (WHERE atr_uploaded_on IS NOT NULL))::DOUBLE / nullif(count(*), 0) AS atr_rate
    FROM complaints WHERE closed_on BETWEEN ${start}::DATE AND ${end}::DATE AND ${filterSql(filters)}
    GROUP BY 1 ORDER BY without_atr DESC, key`);
}

export const PENDENCY_REASONS = ['not_attended', 'within_l1', 'escalated', 'past_all'] as const;
export type PendencyReason = (typeof PENDENCY_REASONS)[number];

export interface DailyRow {
  day: string;
  received: number;
  disposed: number;
  rejected: number;
  /** pending at the day's end */
  pending: number;
  not_attended: number;
  within_l1: number;
  escalated: number;
  past_all: number;
}

/**
 * Day by day over the period, for one source: received that day, disposed (closed, any kind but
 * special_closed) that day, rejected (special_closed) that day, and pending at the day's end by
 * reason. `l1` = L1's limit, `total` = every level's limits summed.
 */
export async function dailyReport(db: Db, period: string, source: string, l1: number, total: number, filters?: MetricFilters): Promise<DailyRow[]> {
  const { start, end } = monthBounds(period);
  const f = filterSql({ ...filters, source: null }, 'c');
  const pend = sql`c.registered_on <= d.day AND (c.status = 'open' OR c.closed_on IS NULL OR c.closed_on > d.day)`;
  const age = sql`date_diff('day', c.registered_on, d.day)`;
  const L1 = sql`${l1}::DOUBLE`;
  const ALL = sql`${total}::DOUBLE`;
  const notAttended = sql`(c.attended_on IS NULL OR c.attended_on > d.day)`;
  return select<DailyRow>(db, sql`
    WITH d AS (SELECT CAST(range AS DATE) AS day FROM range(${start}::DATE, ${end}::DATE + 1, INTERVAL 1 DAY)),
         c AS (SELECT * FROM complaints WHERE source = ${source})
    SELECT strftime(d.day, '%Y-%m-%d') AS day,
      count(c.complaint_id) FILTER (WHERE c.registered_on = d.day)::INTEGER AS received,
      count(c.complaint_id) FILTER (WHERE c.closed_on = d.day AND c.closure_type IS DISTINCT FROM 'special_closed')::INTEGER AS disposed,
      count(c.complaint_id) FILTER (WHERE c.closed_on = d.day AND c.closure_type = 'special_closed')::INTEGER AS rejected,
      count(c.complaint_id) FILTER (WHERE ${pend})::INTEGER AS pending,
      count(c.complaint_id) FILTER (WHERE ${pend} AND ${age} > ${L1} AND ${age} <= ${ALL} AND ${notAttended})::INTEGER AS not_attended,
      count(c.complaint_id) FILTER (WHERE ${pend} AND ${age} <= ${L1})::INTEGER AS within_l1,
      count(c.complaint_id) FILTER (WHERE ${pend} AND ${age} > ${L1} AND ${age} <= ${ALL} AND NOT ${notAttended})::INTEGER AS escalated,
      count(c.complaint_id) FILTER (WHERE ${pend} AND ${age} > ${ALL})::INTEGER AS past_all
    FROM d LEFT JOIN c ON c.registered_on <= d.day AND ${f}
    GROUP BY d.day ORDER BY d.day`);
}
