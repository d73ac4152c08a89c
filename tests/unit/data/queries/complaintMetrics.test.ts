import { describe, it, expect, beforeAll } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { CREATE_COMPLAINTS, COMPLAINT_COLUMNS } from '@/data/schema';
import { complaintMetrics } from '@/data/queries/complaintMetrics';
import type { UnitMetrics } from '@/domain/metrics';

// A hand-made table; every expected number below was worked out by hand for period 2026-03
// (start 01-03, end 31-03), L1 = 7 days, all levels 7+7+7+10 = 31 days.
type R = Partial<Record<(typeof COMPLAINT_COLUMNS)[number], string | number | null>>;
const rows: R[] = [
  // a1: received, closed satisfied in 8 days, attended same day, ATR
  { complaint_id: 'a1', registered_on: '2026-03-02', district: 'A', department: 'Revenue', complainant_id: 'p1', current_level: 1, attended_on: '2026-03-02', status: 'closed', closed_on: '2026-03-10', closure_type: 'satisfied', quality: 'ok', atr_uploaded_on: '2026-03-10' },
  // a2: attended after its L1 deadline (03-12), escalated to L2, force closed, low quality, no ATR
  { complaint_id: 'a2', registered_on: '2026-03-05', district: 'A', department: 'Energy', complainant_id: 'p2', current_level: 2, attended_on: '2026-03-14', status: 'closed', closed_on: '2026-03-20', closure_type: 'force_closed', quality: 'low' },
  // a3: open since 01-01: 89 days at end, 58 at start−1 (old pending, not resolved)
  { complaint_id: 'a3', registered_on: '2026-01-01', district: 'A', department: 'Revenue', complainant_id: 'p3', current_level: 3, status: 'open' },
  // a4: old pending (119 days at 28-02) closed special in March after 134 days
  { complaint_id: 'a4', registered_on: '2025-11-01', district: 'A', department: 'Revenue', complainant_id: 'p4', current_level: 3, attended_on: '2025-11-03', status: 'closed', closed_on: '2026-03-15', closure_type: 'special_closed', quality: 'ok', atr_uploaded_on: '2026-03-15' },
  // a5: received late in March, still open, not attended (deadline 04-04 is outside March)
  { complaint_id: 'a5', registered_on: '2026-03-28', district: 'A', department: 'Revenue', complainant_id: 'p5', current_level: 1, status: 'open' },
  // a6: 334 days pending at end
  { complaint_id: 'a6', registered_on: '2025-05-01', district: 'A', department: 'Revenue', complainant_id: 'p6', current_level: 4, status: 'open' },
  // a7: closed in April, so pending at 31-03 (34 days); its L1 deadline 03-04 falls in March, attended 02-26
  { complaint_id: 'a7', registered_on: '2026-02-25', district: 'A', department: 'Revenue', complainant_id: 'p7', current_level: 1, attended_on: '2026-02-26', status: 'closed', closed_on: '2026-04-02', closure_type: 'satisfied', quality: 'ok' },
  // a8: partially satisfied in 2 days, attended next day
  { complaint_id: 'a8', registered_on: '2026-03-10', district: 'A', department: 'Revenue', complainant_id: 'p8', current_level: 1, attended_on: '2026-03-11', status: 'closed', closed_on: '2026-03-12', closure_type: 'partially_satisfied', quality: 'ok', atr_uploaded_on: '2026-03-12' },
  // a9: the habitual complainant H's one complaint in district A
  { complaint_id: 'a9', registered_on: '2026-03-20', district: 'A', department: 'Revenue', complainant_id: 'H', current_level: 1, attended_on: '2026-03-20', status: 'open' },
  // b1..b11: H's other complaints (11 of 12 in March, so H has 12 > 10) — open, never attended
  ...Array.from({ length: 11 }, (_, i): R => ({ complaint_id: `b${i + 1}`, registered_on: `2026-03-${String(i + 1).padStart(2, '0')}`, district: 'B', department: 'Revenue', complainant_id: 'H', current_level: 1, status: 'open' })),
  // b12: an ordinary complaint in B, attended same day
  { complaint_id: 'b12', registered_on: '2026-03-20', district: 'B', department: 'Revenue', complainant_id: 'p9', current_level: 1, attended_on: '2026-03-20', status: 'open' },
  // c1: closed in February: no activity in March, so district C is absent
  { complaint_id: 'c1', registered_on: '2026-02-01', district: 'C', department: 'Revenue', complainant_id: 'p10', current_level: 1, attended_on: '2026-02-01', status: 'closed', closed_on: '2026-02-05', closure_type: 'satisfied' },
];

const LIMITS = { '1': 7, '2': 7, '3': 7, '4': 10 };
let db: Db;
const byUnit = (ms: UnitMetrics[]) => Object.fromEntries(ms.map((m) => [m.unit, m]));

beforeAll(async () => {
  db = await createNodeDb();
  await db.exec(CREATE_COMPLAINTS);
  for (const r of rows) {
    const cols = COMPLAINT_COLUMNS.filter((c) => r[c] != null);
    await db.query(`INSERT INTO complaints (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`, cols.map((c) => r[c]));
  }
});

describe('complaintMetrics (hand-computed, March 2026, habitual complainants over 10 excluded)', () => {
  it('district A: every metric', async () => {
    const m = byUnit(await complaintMetrics(db, { period: '2026-03', unit: 'district', timeLimitDays: LIMITS, habitualOver: 10 }));
    expect(Object.keys(m).sort()).toEqual(['A', 'B']);
    const a = m.A;
    const expected: Record<string, number | null> = {
      received: 4, closed: 4, pending_end: 4, pending_over_50: 2, pending_over_100: 1, pending_over_300: 1,
      escalated: 1, old_pending_start: 3, old_pending_resolved: 1,
      satisfaction_rate: 0.25, force_closed_rate: 0.25, special_closed_rate: 0.25, partial_rate: 0.25,
      old_pending_resolution_rate: 1 / 3, low_quality_rate: 0.25, non_attended_rate: 0.25, escalation_rate: 0.25,
      takeup_24h_rate: 0.5, atr_rate: 0.75, disposed_within_30_rate: 0.75, overdue_rate: 0.75, avg_days_to_close: 39.75,
    };
    for (const [k, v] of Object.entries(expected)) expect([k, a[k as keyof UnitMetrics]]).toEqual([k, v == null ? null : expect.closeTo(v, 10)]);
  });

  it('district B: H excluded leaves one open complaint; zero denominators are null, not 0', async () => {
    const b = byUnit(await complaintMetrics(db, { period: '2026-03', unit: 'district', timeLimitDays: LIMITS, habitualOver: 10 })).B;
    expect(b).toMatchObject({ received: 1, closed: 0, pending_end: 1, satisfaction_rate: null, low_quality_rate: null, atr_rate: null,
      avg_days_to_close: null, old_pending_resolution_rate: null, non_attended_rate: 0, takeup_24h_rate: 1, escalation_rate: 0, overdue_rate: 0 });
  });

  it('without the exclusion, H counts: B has 12 received, 11 of 12 not attended; A has 5 received', async () => {
    const m = byUnit(await complaintMetrics(db, { period: '2026-03', unit: 'district', timeLimitDays: LIMITS }));
    expect(m.B).toMatchObject({ received: 12, pending_end: 12 });
    expect(m.B.non_attended_rate).toBeCloseTo(11 / 12, 10);
    expect(m.A).toMatchObject({ received: 5, pending_end: 5 });
    expect(m.A.takeup_24h_rate).toBeCloseTo(3 / 5, 10);
    // H has exactly 12 in March: a threshold of 12 keeps them
    const k = byUnit(await complaintMetrics(db, { period: '2026-03', unit: 'district', timeLimitDays: LIMITS, habitualOver: 12 }));
    expect(k.B.received).toBe(12);
  });

  it('L1 time limit defaults to 7 and the total to 7 when no limits are given', async () => {
    const a = byUnit(await complaintMetrics(db, { period: '2026-03', unit: 'district', habitualOver: 10 })).A;
    // overdue over 7 days: a3 (89), a6 (334), a7 (34) of 4 pending; a5 is 3 days old
    expect(a.overdue_rate).toBeCloseTo(0.75, 10);
    expect(a.non_attended_rate).toBeCloseTo(0.25, 10);
  });

  it('groups by department and filters by district', async () => {
    const d = byUnit(await complaintMetrics(db, { period: '2026-03', unit: 'department', timeLimitDays: LIMITS, habitualOver: 10, filters: { district: 'A' } }));
    expect(d.Energy).toMatchObject({ received: 1, closed: 1, force_closed_rate: 1, satisfaction_rate: 0 });
    expect(d.Revenue).toMatchObject({ received: 3, closed: 3, pending_end: 4 });
  });

  it('a period with nothing returns no units', async () => {
    expect(await complaintMetrics(db, { period: '2024-01', unit: 'district' })).toEqual([]);
  });
});
