import { describe, it, expect, beforeAll } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { CREATE_COMPLAINTS } from '@/data/schema';
import { monthlyTrend, levelFunnel, sourceMix, oldestPending } from '@/data/queries/review';

let db: Db;
beforeAll(async () => {
  db = await createNodeDb();
  await db.exec(CREATE_COMPLAINTS);
  await db.exec(`INSERT INTO complaints (complaint_id, registered_on, district, department, source, current_level, status, closed_on, closure_type, officer_name) VALUES
    ('x1', '2026-02-10', 'Indore', 'Revenue', 'call_181', 1, 'closed', '2026-03-02', 'satisfied', 'A'),
    ('x2', '2026-03-01', 'Indore', 'Revenue', 'web', 2, 'closed', '2026-03-05', 'force_closed', 'A'),
    ('x3', '2026-03-03', 'Indore', 'Energy', 'call_181', 3, 'open', NULL, NULL, 'B'),
    ('x4', '2025-06-01', 'Indore', 'Energy', 'call_181', 4, 'open', NULL, NULL, 'B'),
    ('x5', '2026-01-15', 'Bhopal', 'Revenue', 'smgt', 1, 'closed', '2026-04-10', 'satisfied', 'C')`);
});

describe('review queries', () => {
  it('monthly trend: received by registration month, closed by closure month', async () => {
    const t = await monthlyTrend(db);
    expect(t.find((r) => r.month === '2026-03')).toEqual({ month: '2026-03', received: 2, closed: 2, satisfied: 1, force_closed: 1 });
    expect(t.find((r) => r.month === '2026-02')).toEqual({ month: '2026-02', received: 1, closed: 0, satisfied: 0, force_closed: 0 });
  });
  it('level funnel and source mix for received in the period, with filters', async () => {
    expect(await levelFunnel(db, '2026-03', { district: 'Indore' })).toEqual([{ key: '2', n: 1 }, { key: '3', n: 1 }]);
    expect(await sourceMix(db, '2026-03')).toEqual(expect.arrayContaining([{ key: 'web', n: 1 }, { key: 'call_181', n: 1 }]));
  });
  it('oldest pending at the end of March: open ones and those closed after it, oldest first', async () => {
    const p = await oldestPending(db, '2026-03');
    // x4: 2025-06-01 → 2026-03-31 = 303 days; x5 closed in April, 75 days; x3 28 days
    expect(p.map((r) => [r.complaint_id, r.days_pending])).toEqual([['x4', 303], ['x5', 75], ['x3', 28]]);
    expect((await oldestPending(db, '2026-03', { district: 'Indore' }, 10, 50)).map((r) => r.complaint_id)).toEqual(['x4']);
  });
});
