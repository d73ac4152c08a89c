import { describe, it, expect, beforeAll } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { officerStats } from '@/data/queries/officers';
import { periodRange, buildOfficerLists, type FlagKind } from '@/domain/officers';
import { loadRows, type R } from './officersRows';

// Each flag on its own hand-made table (March 2026). Two peers P1, P2 in Energy with the same
// ordinary work: 20 closures each = 14 satisfied + 4 force-closed + 2 special-closed; 2 of the
// force closures audited low quality, 1 reopened; 2 closures on 29–30 March (the cut-off window),
// the rest on 10–19 March; 10 complaints registered in December, 9 closed in January, 1 still open.
// So the rest of the department has, per 40 closures: force 8 (20 %), special 4 (10 %), low 4
// (10 %), reopened 2 (5 %), last-3-days 4 (10 %); and 2 of 20 aged complaints pending (10 %).

type Kind = 'satisfied' | 'force_closed' | 'special_closed' | 'partially_satisfied';
interface Closure { type: Kind; low?: boolean; reopened?: boolean; day?: number }

function closures(officer: string, list: Closure[]): R[] {
  return list.map((c, i) => ({
    complaint_id: `${officer}-c${i}`, officer_id: officer, officer_name: officer, district: 'Indore', department: 'Energy',
    registered_on: '2026-03-01', status: 'closed', closed_on: `2026-03-${String(c.day ?? 10 + (i % 10)).padStart(2, '0')}`,
    closure_type: c.type, quality: c.low ? 'low' : 'ok', reopened: c.reopened ? 1 : 0, current_level: 1,
  }));
}
function aged(officer: string, n: number, open: number): R[] {
  return Array.from({ length: n }, (_, i) => ({
    complaint_id: `${officer}-a${i}`, officer_id: officer, officer_name: officer, district: 'Indore', department: 'Energy',
    registered_on: '2025-12-01', current_level: 4, ...(i < open ? { status: 'open' } : { status: 'closed', closed_on: '2026-01-10', closure_type: 'satisfied' }),
  }));
}
const rep = (n: number, c: Closure): Closure[] => Array.from({ length: n }, () => ({ ...c }));
/** 20 ordinary closures (see the header). */
const ordinary = (): Closure[] => [
  ...rep(12, { type: 'satisfied' }), { type: 'satisfied', day: 29 }, { type: 'satisfied', day: 30 },
  { type: 'force_closed', low: true, reopened: true }, { type: 'force_closed', low: true }, ...rep(2, { type: 'force_closed' }),
  ...rep(2, { type: 'special_closed' }),
];
const peers = (): R[] => ['P1', 'P2'].flatMap((p) => [...closures(p, ordinary()), ...aged(p, 10, 1)]);

let db: Db;
beforeAll(async () => { db = await createNodeDb(); });

async function flagsOf(suspect: R[]): Promise<Record<string, { kind: FlagKind; count: number; base: number; baseline: number }[]>> {
  await loadRows(db, [...peers(), ...suspect]);
  const { officers, departments } = await officerStats(db, { range: periodRange('2026-03') });
  const lists = buildOfficerLists(officers, departments, { minClosures: 10 });
  const out: Record<string, { kind: FlagKind; count: number; base: number; baseline: number }[]> = {};
  for (const r of lists.flagged) out[r.officer_id] = r.flags.map(({ kind, count, base, baseline }) => ({ kind, count, base, baseline }));
  return out;
}

describe('closure flags through SQL, one hand-made table each', () => {
  it('an ordinary suspect (same work as the peers) is not flagged', async () => {
    expect(await flagsOf([...closures('S', ordinary()), ...aged('S', 10, 1)])).toEqual({});
  });

  it('force closure: 12 of 20 force-closed against 8 of 40 → only S is flagged', async () => {
    const s = [...rep(4, { type: 'satisfied' }), ...rep(12, { type: 'force_closed' }), { type: 'force_closed', low: true }, { type: 'force_closed', low: true },
      ...rep(2, { type: 'special_closed' })] as Closure[];
    // 14 force-closed of 20 (two of them also low quality: 2 of 20, ordinary)
    expect(await flagsOf(closures('S', s))).toEqual({ S: [{ kind: 'force_closed', count: 14, base: 20, baseline: 0.2 }] });
  });

  it('closure burst: 10 of 20 closures on 29–31 March against 4 of 40', async () => {
    const s = ordinary().map((c, i) => ({ ...c, day: i < 10 ? 29 + (i % 3) : 10 + (i % 10) }));
    expect(await flagsOf(closures('S', s))).toEqual({ S: [{ kind: 'closure_burst', count: 10, base: 20, baseline: 0.1 }] });
  });

  it('low quality: 10 of 20 closure answers low against 4 of 40', async () => {
    const s = ordinary().map((c, i) => ({ ...c, low: i < 10 }));
    expect(await flagsOf(closures('S', s))).toEqual({ S: [{ kind: 'low_quality', count: 10, base: 20, baseline: 0.1 }] });
  });

  it('reopened: 8 of 20 reopened against 2 of 40', async () => {
    const s = ordinary().map((c, i) => ({ ...c, reopened: i < 8 }));
    expect(await flagsOf(closures('S', s))).toEqual({ S: [{ kind: 'reopened', count: 8, base: 20, baseline: 0.05 }] });
  });

  it('special closure: 10 of 20 special-closed against 4 of 40', async () => {
    const s = [...rep(6, { type: 'satisfied' }), ...rep(4, { type: 'force_closed' }), ...rep(10, { type: 'special_closed' })] as Closure[];
    expect(await flagsOf(closures('S', s))).toEqual({ S: [{ kind: 'special_closed', count: 10, base: 20, baseline: 0.1 }] });
  });

  it('stale backlog: 10 of 20 complaints older than 50 days still open against 2 of 20', async () => {
    expect(await flagsOf([...closures('S', ordinary()), ...aged('S', 20, 10)])).toEqual({ S: [{ kind: 'stale_backlog', count: 10, base: 20, baseline: 0.1 }] });
  });

  it('the same burst with only 9 closures is below the minimum of 10: no flag', async () => {
    const s = rep(9, { type: 'satisfied', day: 30 });
    expect(await flagsOf(closures('S', s))).toEqual({});
  });
});
