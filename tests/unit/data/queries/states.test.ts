/**
 * The Uttarakhand escalation and Haryana ATR / daily-report queries on rows whose answers were
 * worked out by hand (the day counts are in the comments).
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { CREATE_COMPLAINTS } from '@/data/schema';
import { pendingByLevel, pendingOlderThan, weeklyCadence, lastDataDay } from '@/data/queries/escalation';
import { atrBy, dailyReport } from '@/data/queries/atr';
import { levelLimits } from '@/domain/levelLimits';
import { STATE_PRESETS } from '@/domain/geo/states';

let db: Db;
const UK = [7, 7, 7, 10]; // cumulative 7, 14, 21, 31
beforeAll(async () => {
  db = await createNodeDb();
  await db.exec(CREATE_COMPLAINTS);
  // Uttarakhand, as of 2026-10-31 (ages in days at that date)
  await db.exec(`INSERT INTO complaints (complaint_id, registered_on, district, department, source, current_level, status, closed_on, closure_type, officer_id, attended_on, atr_uploaded_on) VALUES
    ('u1', '2026-10-28', 'Dehradun', 'Revenue', 'call_181', 1, 'open', NULL, NULL, 'D1', NULL, NULL),             -- 3
    ('u2', '2026-10-20', 'Dehradun', 'Revenue', 'call_181', 1, 'open', NULL, NULL, 'D1', NULL, NULL),             -- 11 > 7
    ('u3', '2026-10-15', 'Dehradun', 'Energy', 'call_181', 2, 'open', NULL, NULL, 'D2', NULL, NULL),              -- 16 > 14
    ('u4', '2026-10-19', 'Dehradun', 'Energy', 'call_181', 2, 'open', NULL, NULL, 'D2', NULL, NULL),              -- 12
    ('u5', '2026-09-20', 'Dehradun', 'Energy', 'call_181', 4, 'open', NULL, NULL, 'D2', NULL, NULL),              -- 41 > 31
    ('u6', '2026-04-01', 'Dehradun', 'Revenue', 'call_181', 4, 'open', NULL, NULL, 'D1', NULL, NULL),             -- 213
    ('u7', '2026-10-01', 'Dehradun', 'Revenue', 'call_181', 3, 'closed', '2026-11-05', 'satisfied', 'D1', NULL, NULL), -- 30 > 21, closed after
    ('u8', '2026-10-01', 'Dehradun', 'Revenue', 'call_181', 1, 'closed', '2026-10-10', 'partially_satisfied', 'D1', NULL, NULL),
    ('u9', '2026-10-20', 'Dehradun', 'Revenue', 'call_181', 2, 'closed', '2026-10-27', 'satisfied', 'D1', NULL, NULL),
    ('u10', '2026-10-18', 'Dehradun', 'Revenue', 'call_181', 1, 'closed', '2026-10-22', 'partially_satisfied', 'D1', NULL, NULL),
    ('u11', '2026-03-20', 'Dehradun', 'Revenue', 'call_181', 4, 'closed', '2026-10-29', 'force_closed', 'D1', NULL, NULL), -- 223 at closure
    ('h1', '2026-03-01', 'Haridwar', 'Revenue', 'call_181', NULL, 'open', NULL, NULL, 'H1', NULL, NULL),           -- 244
    ('h2', '2026-10-30', 'Haridwar', 'Revenue', 'call_181', 1, 'open', NULL, NULL, 'H1', NULL, NULL)`);             // 1
  // Haryana, October 2026
  await db.exec(`INSERT INTO complaints (complaint_id, registered_on, district, department, source, current_level, status, closed_on, closure_type, officer_id, officer_name, attended_on, atr_uploaded_on) VALUES
    ('a1', '2026-09-20', 'Gurugram', 'Revenue', 'cm_window', 1, 'closed', '2026-10-05', 'satisfied', 'O1', 'Asha', '2026-09-21', '2026-10-05'),
    ('a2', '2026-09-20', 'Gurugram', 'Revenue', 'cm_window', 1, 'closed', '2026-10-06', 'satisfied', 'O1', 'Asha', '2026-09-21', NULL),
    ('a3', '2026-09-20', 'Gurugram', 'Revenue', 'cm_window', 1, 'closed', '2026-10-07', 'satisfied', 'O1', 'Asha', '2026-09-21', '2026-10-09'),
    ('a4', '2026-09-20', 'Gurugram', 'Health', 'cm_window', 1, 'closed', '2026-10-10', 'force_closed', 'O2', 'Balraj', '2026-09-21', NULL),
    ('a5', '2026-09-20', 'Gurugram', 'Health', 'cm_window', 1, 'closed', '2026-10-11', 'satisfied', 'O2', 'Balraj', '2026-09-21', NULL),
    ('a6', '2026-09-01', 'Nuh', 'Revenue', 'cm_window', 1, 'closed', '2026-09-30', 'satisfied', 'O3', 'Chand', '2026-09-02', NULL),
    ('a7', '2026-10-20', 'Nuh', 'Revenue', 'cm_window', 1, 'closed', '2026-10-31', 'satisfied', 'O3', 'Chand', '2026-10-21', '2026-10-31'),
    ('s1', '2026-10-01', 'Gurugram', 'Revenue', 'smgt', 1, 'closed', '2026-10-03', 'satisfied', 'O1', 'Asha', '2026-10-02', '2026-10-03'),
    ('s2', '2026-10-01', 'Gurugram', 'Revenue', 'smgt', 1, 'open', NULL, NULL, 'O1', 'Asha', NULL, NULL),
    ('s3', '2026-10-02', 'Gurugram', 'Revenue', 'smgt', 1, 'closed', '2026-10-04', 'special_closed', 'O1', 'Asha', '2026-10-02', '2026-10-04'),
    ('s4', '2026-09-01', 'Nuh', 'Revenue', 'smgt', 4, 'open', NULL, NULL, 'O3', 'Chand', '2026-09-02', NULL),
    ('s5', '2026-09-28', 'Nuh', 'Revenue', 'smgt', 2, 'open', NULL, NULL, 'O3', 'Chand', '2026-09-29', NULL)`);
});

describe('Uttarakhand escalation (as of 2026-10-31, limits 7/7/7/10)', () => {
  it('pending by district × level: each level against its own limit, and past every limit', async () => {
    const rows = await pendingByLevel(db, '2026-10-31', UK, { district: null });
    const uk = rows.filter((r) => ['Dehradun', 'Haridwar'].includes(r.district));
    expect(uk).toEqual([
      { district: 'Dehradun', level: 1, pending: 2, over_limit: 1, past_all: 0, oldest_days: 11, mean_days: 7 },
      { district: 'Dehradun', level: 2, pending: 2, over_limit: 1, past_all: 0, oldest_days: 16, mean_days: 14 },
      { district: 'Dehradun', level: 3, pending: 1, over_limit: 1, past_all: 0, oldest_days: 30, mean_days: 30 },
      { district: 'Dehradun', level: 4, pending: 2, over_limit: 2, past_all: 2, oldest_days: 213, mean_days: 127 },
      { district: 'Haridwar', level: 1, pending: 2, over_limit: 1, past_all: 1, oldest_days: 244, mean_days: 122.5 },
    ]);
  });
  it('a longer L4 limit moves u5 (41 days) back within it', async () => {
    const rows = await pendingByLevel(db, '2026-10-31', [7, 7, 7, 30], { district: 'Dehradun' });
    expect(rows.find((r) => r.level === 4)).toMatchObject({ pending: 2, over_limit: 1, past_all: 1 });
  });
  it("a scorecard's time limits per level (L1 7, L2 3; L3, L4 the preset's 7 and 10) change the past-limit counts", async () => {
    const limits = levelLimits(STATE_PRESETS.uk.timeLimitDays, { 1: 7, 2: 3 }).map((l) => l.days);
    expect(limits).toEqual([7, 3, 7, 10]); // cumulative 7, 10, 17, 27
    const rows = (await pendingByLevel(db, '2026-10-31', limits)).filter((r) => ['Dehradun', 'Haridwar'].includes(r.district));
    // L2: u3 (16) and u4 (12) are both past 10 now (was 1 at 14); u7 (30, L3) is past every limit (27) now
    expect(rows.map((r) => [r.district, r.level, r.pending, r.over_limit, r.past_all])).toEqual([
      ['Dehradun', 1, 2, 1, 0], ['Dehradun', 2, 2, 2, 0], ['Dehradun', 3, 1, 1, 1], ['Dehradun', 4, 2, 2, 2], ['Haridwar', 1, 2, 1, 1]]);
    const past = await pendingOlderThan(db, '2026-10-31', 27, 4, { source: 'call_181' });
    expect(past.rows.map((r) => r.complaint_id)).toEqual(['h1', 'u6', 'u5', 'u7']);
  });
  it('two filters at once bind in order (district and department)', async () => {
    const rows = await pendingByLevel(db, '2026-10-31', UK, { district: 'Dehradun', department: 'Energy' });
    // u3 (16 > 14) and u4 (12) at L2, u5 (41 > 31) at L4
    expect(rows.map((r) => [r.level, r.pending, r.over_limit, r.past_all])).toEqual([[2, 2, 1, 0], [4, 1, 1, 1]]);
    const drive = await pendingOlderThan(db, '2026-10-31', 31, 4, { district: 'Dehradun', department: 'Revenue' });
    expect(drive.rows.map((r) => r.complaint_id)).toEqual(['u6']);
  });
  it('the > 180-day drive list and the cases past every limit, oldest first', async () => {
    const drive = await pendingOlderThan(db, '2026-10-31', 180, 4, { source: 'call_181' });
    expect(drive.total).toBe(2);
    expect(drive.rows.map((r) => [r.complaint_id, r.days_pending, r.level])).toEqual([['h1', 244, 1], ['u6', 213, 4]]);
    const past = await pendingOlderThan(db, '2026-10-31', 31, 4, { source: 'call_181' });
    expect(past.rows.map((r) => r.complaint_id)).toEqual(['h1', 'u6', 'u5']);
  });
  it('weekly cadence: this week (25–31 Oct) against last week (18–24 Oct), partially closed on its own', async () => {
    const [now, before] = await weeklyCadence(db, '2026-10-31', 31, { source: 'call_181' });
    expect(now).toEqual({ end: '2026-10-31', received: 2, closed: 2, satisfied: 1, partially_closed: 0, force_closed: 1, special_closed: 0,
      pending: 9, past_all: 3, over_180: 2, closed_over_180: 1 });
    expect(before).toEqual({ end: '2026-10-24', received: 4, closed: 1, satisfied: 0, partially_closed: 1, force_closed: 0, special_closed: 0,
      pending: 9, past_all: 4, over_180: 3, closed_over_180: 0 });
    const [dm] = await weeklyCadence(db, '2026-10-31', 31, { district: 'Dehradun' });
    expect(dm).toMatchObject({ received: 1, closed: 2, pending: 7, past_all: 2, over_180: 1, closed_over_180: 1 });
  });
  it('the last day of the data is the latest registration or closure', async () => {
    expect(await lastDataDay(db)).toBe('2026-11-05');
  });
});

describe('Haryana ATR tracking and daily report (October 2026)', () => {
  it('closures without an ATR by department, worst first; late ATRs counted', async () => {
    const rows = await atrBy(db, '2026-10', 'department', { source: 'cm_window' });
    expect(rows.map((r) => [r.key, r.closed, r.with_atr, r.without_atr, r.late_atr, r.atr_rate])).toEqual([
      ['Health', 2, 0, 2, 0, 0], ['Revenue', 4, 3, 1, 1, 0.75]]);
  });
  it('district, department and source filters together', async () => {
    const rows = await atrBy(db, '2026-10', 'department', { district: 'Gurugram', department: 'Revenue', source: 'cm_window' });
    // a1 (ATR on the day), a2 (none), a3 (ATR two days late)
    expect(rows.map((r) => [r.key, r.closed, r.with_atr, r.without_atr, r.late_atr])).toEqual([['Revenue', 3, 2, 1, 1]]);
  });
  it('by L1 officer, with name, department and district', async () => {
    const rows = await atrBy(db, '2026-10', 'officer', { source: 'cm_window' });
    expect(rows.map((r) => [r.key, r.officer_name, r.closed, r.without_atr])).toEqual([['O2', 'Balraj', 2, 2], ['O1', 'Asha', 3, 1], ['O3', 'Chand', 1, 0]]);
    expect(rows[1].atr_rate).toBeCloseTo(2 / 3, 12);
    expect(rows[0]).toMatchObject({ department: 'Health', district: 'Gurugram' });
  });
  it('SMGT day by day: received, disposed, rejected, pending and why (L1 7 days, all levels 28)', async () => {
    const days = await dailyReport(db, '2026-10', 'smgt', 7, 28);
    expect(days).toHaveLength(31);
    const day = (d: string) => days.find((r) => r.day === d);
    expect(day('2026-10-01')).toEqual({ day: '2026-10-01', received: 2, disposed: 0, rejected: 0, pending: 4, not_attended: 0, within_l1: 3, escalated: 0, past_all: 1 });
    expect(day('2026-10-03')).toMatchObject({ received: 0, disposed: 1, rejected: 0, pending: 4, within_l1: 3, past_all: 1 });
    expect(day('2026-10-04')).toMatchObject({ disposed: 0, rejected: 1, pending: 3 });
    // s2 (9 days, never attended), s5 (12 days, attended), s4 (39 days)
    expect(day('2026-10-10')).toMatchObject({ pending: 3, not_attended: 1, within_l1: 0, escalated: 1, past_all: 1 });
    expect(day('2026-10-31')).toMatchObject({ pending: 3, past_all: 3 });
    expect(days.reduce((s, r) => s + r.received, 0)).toBe(3);
    for (const r of days) expect(r.not_attended + r.within_l1 + r.escalated + r.past_all).toBe(r.pending);
    const nuh = await dailyReport(db, '2026-10', 'smgt', 7, 28, { district: 'Nuh' });
    expect(nuh[0]).toMatchObject({ received: 0, pending: 2 });
  });
});
