import { describe, it, expect, beforeAll } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { officerStats, officerScopes } from '@/data/queries/officers';
import { periodRange, type OfficerStats } from '@/domain/officers';
import { officerProfile, officerOldestPending, officerEscalated } from '@/data/queries/officersProfile';
import { loadRows, type R } from './officersRows';

// Hand-made table; range March 2026 (01-03 .. 31-03), the cut-off window is the last 3 days (29–31).
const E = { department: 'Energy', status: 'closed' } as const;
const O1 = { officer_id: 'O1', officer_name: 'Asha Rao', district: 'Indore', ...E };
const O2 = { officer_id: 'O2', officer_name: 'Vikram Singh', district: 'Bhopal', ...E };
const REV = { department: 'Revenue', district: 'Indore' } as const;
const rows: R[] = [
  // O1 (Energy, Indore)
  { ...O1, complaint_id: 'k1', registered_on: '2026-03-02', closed_on: '2026-03-10', closure_type: 'satisfied', quality: 'ok', current_level: 1 },          // 8 days
  { ...O1, complaint_id: 'k2', registered_on: '2026-03-05', closed_on: '2026-03-30', closure_type: 'force_closed', quality: 'low', current_level: 3, reopened: 1 }, // 25 days, last days
  { ...O1, complaint_id: 'k3', registered_on: '2026-02-20', closed_on: '2026-03-31', closure_type: 'special_closed', quality: 'ok', current_level: 3 },    // 39 days, last days, not received
  { ...O1, complaint_id: 'k4', registered_on: '2026-03-10', closed_on: '2026-03-12', closure_type: 'partially_satisfied', current_level: 1 },            // 2 days
  { ...O1, complaint_id: 'k5', registered_on: '2026-03-15', status: 'open', current_level: 2 },                                                           // escalated, pending 16 days
  { ...O1, complaint_id: 'k6', registered_on: '2026-01-01', status: 'open', current_level: 4 },                                                           // pending 89 days
  { ...O1, complaint_id: 'k7', registered_on: '2025-11-01', status: 'open', current_level: 4 },                                                           // pending 150 days
  { ...O1, complaint_id: 'k8', registered_on: '2025-03-01', status: 'open', current_level: 4 },                                                           // pending 395 days
  { ...O1, complaint_id: 'k9', registered_on: '2025-12-01', closed_on: '2026-01-15', closure_type: 'satisfied', current_level: 4 },                       // aged, closed long ago
  { ...O1, complaint_id: 'k10', registered_on: '2026-03-20', closed_on: '2026-04-02', closure_type: 'satisfied', current_level: 2 },                     // escalated, pending at 31-03
  // O2 (Energy, Bhopal)
  { ...O2, complaint_id: 'm1', registered_on: '2026-03-01', closed_on: '2026-03-03', closure_type: 'satisfied', current_level: 1 },
  { ...O2, complaint_id: 'm2', registered_on: '2026-02-27', closed_on: '2026-03-01', closure_type: 'satisfied', current_level: 1 },
  // O3 (Revenue): closed in February only, so absent from March — but part of Revenue's totals (1 aged complaint)
  { ...REV, officer_id: 'O3', officer_name: 'Meena Patel', complaint_id: 'n1', registered_on: '2026-02-01', status: 'closed', closed_on: '2026-02-05', closure_type: 'satisfied', current_level: 1 },
  // O4 (Revenue): name and district by majority (2 × "R. Verma"/Indore, 1 × "Ram Verma"/Dewas)
  { ...REV, officer_id: 'O4', officer_name: 'R. Verma', complaint_id: 'q1', registered_on: '2026-03-04', status: 'open', current_level: 1 },
  { ...REV, officer_id: 'O4', officer_name: 'R. Verma', complaint_id: 'q2', registered_on: '2026-03-05', status: 'open', current_level: 1 },
  { ...REV, officer_id: 'O4', officer_name: 'Ram Verma', district: 'Dewas', complaint_id: 'q3', registered_on: '2026-03-06', status: 'open', current_level: 1 },
  // no officer: counted nowhere
  { complaint_id: 'z1', registered_on: '2026-03-03', district: 'Indore', department: 'Energy', status: 'open', current_level: 1 },
];

let db: Db;
const march = periodRange('2026-03');
const byId = (xs: OfficerStats[]) => Object.fromEntries(xs.map((x) => [x.officer_id, x]));

beforeAll(async () => {
  db = await createNodeDb();
  await loadRows(db, rows);
});

describe('officerStats (hand-computed, March 2026)', () => {
  it('O1: every count', async () => {
    const { officers } = await officerStats(db, { range: march });
    expect(officers.map((o) => o.officer_id)).toEqual(['O1', 'O2', 'O4']);
    expect(byId(officers).O1).toEqual({
      officer_id: 'O1', officer_name: 'Asha Rao', department: 'Energy', district: 'Indore',
      received: 5, closed: 4, satisfied: 1, partial: 1, force_closed: 1, special_closed: 1, low_quality: 1, reopened: 1,
      closed_last_days: 2, escalated: 3, pending_end: 5, pending_over_50: 3, pending_over_100: 2, pending_over_300: 1,
      aged: 4, avg_days_to_close: 18.5, satisfaction_rate: 0.25, force_closed_rate: 0.25,
    });
  });

  it('O2 and O4: small counts, majority name and district, null rates without closures', async () => {
    const o = byId((await officerStats(db, { range: march })).officers);
    expect(o.O2).toMatchObject({ received: 1, closed: 2, satisfied: 2, satisfaction_rate: 1, avg_days_to_close: 2, closed_last_days: 0, pending_end: 0, aged: 0 });
    expect(o.O4).toMatchObject({ officer_name: 'R. Verma', district: 'Indore', department: 'Revenue', received: 3, closed: 0, pending_end: 3,
      satisfaction_rate: null, force_closed_rate: null, avg_days_to_close: null });
  });

  it('department totals are state-wide and include officers with no activity in the range', async () => {
    const { departments } = await officerStats(db, { range: march, filters: { district: 'Bhopal' } });
    expect(departments).toEqual([{ department: 'Energy', officers: 2, closed: 6, force_closed: 1, special_closed: 1, low_quality: 1, reopened: 1, closed_last_days: 2, aged: 4, pending_over_50: 3 }]);
    const rev = (await officerStats(db, { range: march, filters: { department: 'Revenue' } })).departments;
    expect(rev).toEqual([{ department: 'Revenue', officers: 2, closed: 0, force_closed: 0, special_closed: 0, low_quality: 0, reopened: 0, closed_last_days: 0, aged: 1, pending_over_50: 0 }]);
  });

  it('filters by the officer’s district and department (bound, so quotes are harmless)', async () => {
    const ids = async (f: { district?: string; department?: string }) => (await officerStats(db, { range: march, filters: f })).officers.map((x) => x.officer_id);
    expect(await ids({ district: 'Indore' })).toEqual(['O1', 'O4']);
    expect(await ids({ district: 'Dewas' })).toEqual([]); // O4 is Indore's by majority
    expect(await ids({ department: 'Revenue' })).toEqual(['O4']);
    expect(await ids({ district: 'Indore', department: 'Energy' })).toEqual(['O1']);
    expect(await ids({ district: "Indore' OR '1'='1" })).toEqual([]);
  });

  it('a range of months and a wider cut-off window', async () => {
    const o = byId((await officerStats(db, { range: periodRange('2026-01', '2026-03') })).officers);
    // O1 in Jan–Mar: received k1 k2 k3 k4 k5 k6 k10 = 7; closed k1 k2 k3 k4 k9 = 5 (k9 on 15-01)
    expect(o.O1).toMatchObject({ received: 7, closed: 5, satisfied: 2, aged: 4 });
    expect(byId((await officerStats(db, { range: periodRange('2026-02', '2026-03') })).officers).O3).toMatchObject({ received: 1, closed: 1 });
    // last 10 days (22–31 March): still k2 and k3; last 22 days (from 10 March): + k1 (03-10) and k4 (03-12)
    expect(byId((await officerStats(db, { range: march, burstDays: 10 })).officers).O1.closed_last_days).toBe(2);
    expect(byId((await officerStats(db, { range: march, burstDays: 22 })).officers).O1.closed_last_days).toBe(4);
  });

  it('officerScopes lists districts and departments that have officers', async () => {
    expect(await officerScopes(db)).toEqual({ districts: ['Bhopal', 'Dewas', 'Indore'], departments: ['Energy', 'Revenue'] });
  });
});

describe('officer profile queries (O1, March 2026)', () => {
  it('identity, monthly trend with empty months filled, closure mix', async () => {
    const p = await officerProfile(db, 'O1', march, '2026-01');
    expect(p.identity).toEqual({ officer_id: 'O1', officer_name: 'Asha Rao', department: 'Energy', district: 'Indore' });
    // Jan: k6 received, k9 closed satisfied; Feb: k3 received, nothing closed; Mar: 5 received, 4 closed, 1 satisfied
    expect(p.trend).toEqual([
      { month: '2026-01', received: 1, closed: 1, satisfied: 1, satisfaction_rate: 1 },
      { month: '2026-02', received: 1, closed: 0, satisfied: 0, satisfaction_rate: null },
      { month: '2026-03', received: 5, closed: 4, satisfied: 1, satisfaction_rate: 0.25 },
    ]);
    expect(p.mix).toEqual({ closed: 4, satisfied: 1, partially_satisfied: 1, force_closed: 1, special_closed: 1, unknown: 0, low_quality: 1, reopened: 1, atr: 0 });
  });

  it('complaints that escalated past them: highest level first, then oldest', async () => {
    const e = await officerEscalated(db, 'O1', march);
    expect(e.total).toBe(3);
    expect(e.rows).toEqual([
      { complaint_id: 'k2', registered_on: '2026-03-05', department: 'Energy', current_level: 3, status: 'closed', closed_on: '2026-03-30' },
      { complaint_id: 'k5', registered_on: '2026-03-15', department: 'Energy', current_level: 2, status: 'open', closed_on: null },
      { complaint_id: 'k10', registered_on: '2026-03-20', department: 'Energy', current_level: 2, status: 'closed', closed_on: '2026-04-02' },
    ]);
  });

  it('oldest pending at the end of the range, with days pending and a limit', async () => {
    const all = await officerOldestPending(db, 'O1', march.end);
    expect(all.total).toBe(5);
    expect(all.rows.map((r) => [r.complaint_id, r.days_pending, r.current_level])).toEqual([['k8', 395, 4], ['k7', 150, 4], ['k6', 89, 4], ['k5', 16, 2], ['k10', 11, 2]]);
    const two = await officerOldestPending(db, 'O1', march.end, 2);
    expect([two.total, two.rows.map((r) => r.complaint_id)]).toEqual([5, ['k8', 'k7']]);
  });

  it('an unknown officer has an empty profile', async () => {
    const p = await officerProfile(db, 'nobody', march, '2026-03');
    expect(p.identity).toBeNull();
    expect(p.trend).toEqual([{ month: '2026-03', received: 0, closed: 0, satisfied: 0, satisfaction_rate: null }]);
    expect(p.escalated).toEqual({ total: 0, rows: [] });
    expect(p.mix.closed).toBe(0);
  });
});
