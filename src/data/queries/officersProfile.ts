/**
 * One officer's profile: who they are, their monthly trend, closure mix, the complaints that
 * escalated past them and their oldest pending complaints. Small queries, bound parameters.
 */
import { select, sql, type Db } from '../dbTypes';
import { monthsBetween, type PeriodRange } from '@/domain/officers';

interface OfficerIdentity { officer_id: string; officer_name: string | null; department: string | null; district: string | null }
interface TrendPoint { month: string; received: number; closed: number; satisfied: number; satisfaction_rate: number | null }
interface ClosureMix {
  closed: number; satisfied: number; partially_satisfied: number; force_closed: number; special_closed: number;
  /** Closed with no closure type recorded. */
  unknown: number; low_quality: number; reopened: number; atr: number;
}
export interface EscalatedComplaint { complaint_id: string; registered_on: string; department: string | null; current_level: number | null; status: string; closed_on: string | null }
export interface PendingComplaint { complaint_id: string; registered_on: string; days_pending: number; current_level: number | null; department: string | null; category: string | null }

export interface OfficerProfile {
  identity: OfficerIdentity | null;
  trend: TrendPoint[];
  mix: ClosureMix;
  escalated: { total: number; rows: EscalatedComplaint[] };
  oldestPending: { total: number; rows: PendingComplaint[] };
}

async function officerIdentity(db: Db, officerId: string): Promise<OfficerIdentity | null> {
  const rows = await select<OfficerIdentity>(db, sql`
SELECT officer_id, mode(officer_name) AS officer_name, mode(department) AS department, mode(district) AS district
FROM complaints WHERE officer_id = ${officerId} GROUP BY officer_id`);
  return rows[0] ?? null;
}

/** Received, closed, satisfied and the satisfaction rate for every month from..to (months with nothing are zeros). */
async function officerTrend(db: Db, officerId: string, from: string, to: string): Promise<TrendPoint[]> {
  const rows = await select<TrendPoint>(db, sql`
WITH c AS (SELECT registered_on, closed_on, closure_type FROM complaints WHERE officer_id = ${officerId}),
r AS (SELECT strftime(registered_on, '%Y-%m') AS month, count(*) AS received FROM c GROUP BY 1),
k AS (SELECT strftime(closed_on, '%Y-%m') AS month, count(*) AS closed,
        count(*) FILTER (WHERE closure_type = 'satisfied') AS satisfied
      FROM c WHERE closed_on IS NOT NULL GROUP BY 1)
SELECT month, coalesce(received, 0) AS received, coalesce(closed, 0) AS closed, coalesce(satisfied, 0) AS satisfied,
  satisfied::DOUBLE / nullif(closed, 0) AS satisfaction_rate
FROM r FULL OUTER JOIN k USING (month)
WHERE month BETWEEN ${from} AND ${to}
ORDER BY month`);
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return monthsBetween(from, to).map((m) => byMonth.get(m) ?? { month: m, received: 0, closed: 0, satisfied: 0, satisfaction_rate: null });
}

/** How the officer's closures in the range were closed. */
async function officerClosureMix(db: Db, officerId: string, range: Pick<PeriodRange, 'start' | 'end'>): Promise<ClosureMix> {
  const [r] = await select<ClosureMix>(db, sql`
SELECT count(*) AS closed,
  count(*) FILTER (WHERE closure_type = 'satisfied') AS satisfied,
  count(*) FILTER (WHERE closure_type = 'partially_satisfied') AS partially_satisfied,
  count(*) FILTER (WHERE closure_type = 'force_closed') AS force_closed,
  count(*) FILTER (WHERE closure_type = 'special_closed') AS special_closed,
  count(*) FILTER (WHERE closure_type IS NULL) AS unknown,
  count(*) FILTER (WHERE quality = 'low') AS low_quality,
  count(*) FILTER (WHERE reopened > 0) AS reopened,
  count(*) FILTER (WHERE atr_uploaded_on IS NOT NULL) AS atr
FROM complaints
WHERE officer_id = ${officerId} AND closed_on BETWEEN ${range.start}::DATE AND ${range.end}::DATE`);
  return r;
}

/** Complaints registered in the range that went past L1 (level ≥ 2): highest level first, then oldest. */
export async function officerEscalated(db: Db, officerId: string, range: Pick<PeriodRange, 'start' | 'end'>, limit = 50): Promise<{ total: number; rows: EscalatedComplaint[] }> {
  const rows = await select<EscalatedComplaint & { total: number }>(db, sql`
SELECT complaint_id, registered_on, department, current_level, status, closed_on, count(*) OVER () AS total
FROM complaints
WHERE officer_id = ${officerId} AND registered_on BETWEEN ${range.start}::DATE AND ${range.end}::DATE AND current_level >= 2
ORDER BY current_level DESC, registered_on, complaint_id
LIMIT ${limit}`);
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _t, ...r }) => r) };
}

/** The officer's complaints still pending at the end of the range, oldest first. */
export async function officerOldestPending(db: Db, officerId: string, end: string, limit = 20): Promise<{ total: number; rows: PendingComplaint[] }> {
  const E = sql`${end}::DATE`;
  const rows = await select<PendingComplaint & { total: number }>(db, sql`
SELECT complaint_id, registered_on, date_diff('day', registered_on, ${E}) AS days_pending, current_level, department, category,
  count(*) OVER () AS total
FROM complaints
WHERE officer_id = ${officerId} AND registered_on <= ${E} AND (status = 'open' OR closed_on IS NULL OR closed_on > ${E})
ORDER BY registered_on, complaint_id
LIMIT ${limit}`);
  return { total: rows[0]?.total ?? 0, rows: rows.map(({ total: _t, ...r }) => r) };
}

/** Everything the profile panel shows; the trend covers `trendFrom`..range.to. */
export async function officerProfile(db: Db, officerId: string, range: PeriodRange, trendFrom: string): Promise<OfficerProfile> {
  return {
    identity: await officerIdentity(db, officerId),
    trend: await officerTrend(db, officerId, trendFrom, range.to),
    mix: await officerClosureMix(db, officerId, range),
    escalated: await officerEscalated(db, officerId, range),
    oldestPending: await officerOldestPending(db, officerId, range.end),
  };
}
