import { describe, it, expect } from 'vitest';
import { officerFlags, buildOfficerLists, FLAG_ALPHA, FLAG_RULES, DEFAULT_BURST_DAYS, type OfficerStats } from '@/domain/officers';
import { officer, totals } from './fixtures';

// A typical officer: 20 closures, shares equal to the rest of the department:
// force 4 (20 %), special 2 (10 %), low quality 2 (10 %), reopened 1 (5 %), last-3-days 2 (10 %),
// 2 of 20 complaints older than 50 days still pending (10 %).
const typical = (more: Partial<OfficerStats> = {}): OfficerStats => officer('X', 12, 20, {
  partial: 2, force_closed: 4, special_closed: 2, low_quality: 2, reopened: 1, closed_last_days: 2, aged: 20, pending_over_50: 2, ...more,
});
// The rest of the department: 200 closures (force 40, special 20, low 20, reopened 10, last days 20), 200 aged, 20 still pending.
const REST = { closed: 200, force_closed: 40, special_closed: 20, low_quality: 20, reopened: 10, closed_last_days: 20, aged: 200, pending_over_50: 20 };
/** Department totals = the rest + the officer (officerFlags takes the officer back out). */
const dept = (s: OfficerStats) => totals('Energy', {
  officers: 11, closed: REST.closed + s.closed, force_closed: REST.force_closed + s.force_closed,
  special_closed: REST.special_closed + s.special_closed, low_quality: REST.low_quality + s.low_quality,
  reopened: REST.reopened + s.reopened, closed_last_days: REST.closed_last_days + s.closed_last_days,
  aged: REST.aged + s.aged, pending_over_50: REST.pending_over_50 + s.pending_over_50,
});
const kinds = (s: OfficerStats, min = 10) => officerFlags(s, dept(s), min).map((f) => f.kind);

describe('officerFlags (hand-made counts; p-values are exact binomial tails worked out by hand)', () => {
  it('thresholds are the documented constants', () => {
    expect(FLAG_ALPHA).toBe(0.001);
    expect(DEFAULT_BURST_DAYS).toBe(3);
    expect(Object.fromEntries(Object.entries(FLAG_RULES).map(([k, r]) => [k, [r.minExcess, r.minRatio]]))).toEqual({
      force_closed: [0.15, 1.5], closure_burst: [0.1, 2], low_quality: [0.1, 2], reopened: [0.05, 2], special_closed: [0.1, 2], stale_backlog: [0.1, 2],
    });
  });

  it('a typical officer has no flag', () => {
    expect(kinds(typical())).toEqual([]);
  });

  it('force closure: 12 of 20 (60 %) against 20 % → flag with the numbers; P(X ≥ 12 | 20, 0.2) = 1.0173e−4', () => {
    const s = typical({ satisfied: 4, force_closed: 12 });
    const [f] = officerFlags(s, dept(s), 10);
    expect(f).toMatchObject({ kind: 'force_closed', count: 12, base: 20, rate: 0.6 });
    expect(f.baseline).toBeCloseTo(0.2, 12);
    expect(f.excess).toBeCloseTo(0.4, 12);
    expect(f.ratio).toBeCloseTo(3, 12);
    expect(f.pValue / 1.0172877e-4).toBeCloseTo(1, 5);
    expect(f.reason).toBe('12 of 20 closures force-closed (60.0%) against 20.0% for the rest of the department');
  });

  it('force closure: 6 of 10 (60 %) is not enough evidence — P(X ≥ 6 | 10, 0.2) = 0.006369 ≥ 0.001', () => {
    expect(kinds(typical({ closed: 10, satisfied: 2, partial: 0, force_closed: 6, special_closed: 1, low_quality: 1, reopened: 0, closed_last_days: 1, aged: 10, pending_over_50: 1 }))).toEqual([]);
  });

  it('force closure: 300 of 1,000 (30 %) is surely above 20 % but only 10 points: the size gate holds it back', () => {
    const s = typical({ closed: 1000, satisfied: 500, partial: 100, force_closed: 300, special_closed: 100, low_quality: 100, reopened: 50, closed_last_days: 100, aged: 1000, pending_over_50: 100 });
    expect(kinds(s)).toEqual([]);
  });

  it('the ratio gate: 28 % low quality against 15 % is +13 points but under 2×, so no flag even at n = 1,000', () => {
    const s = typical({ closed: 1000, satisfied: 600, partial: 100, force_closed: 200, special_closed: 100, low_quality: 280, reopened: 50, closed_last_days: 100, aged: 1000, pending_over_50: 100 });
    const d = totals('Energy', { closed: 2000, force_closed: 400, special_closed: 200, low_quality: 280 + 150, reopened: 100, closed_last_days: 200, aged: 2000, pending_over_50: 200 });
    expect(officerFlags(s, d, 10)).toEqual([]);
  });

  it.each([
    // [what, counts, kind, rate, baseline] — P(X ≥ 8 | 20, 0.1) = 4.16e−4
    ['burst: 8 of 20 closures in the last 3 days of the month against 10 %', { closed_last_days: 8 }, 'closure_burst', 0.4, 0.1],
    // P(X ≥ 8 | 20, 0.1) = 4.16e−4
    ['low quality: 8 of 20 against 10 %', { low_quality: 8 }, 'low_quality', 0.4, 0.1],
    // P(X ≥ 8 | 20, 0.05) = 2.86e−6
    ['reopened: 8 of 20 against 5 %', { reopened: 8 }, 'reopened', 0.4, 0.05],
    // P(X ≥ 9 | 20, 0.1) = 5.99e−5
    ['special closure: 9 of 20 against 10 %', { special_closed: 9, satisfied: 5 }, 'special_closed', 0.45, 0.1],
    // P(X ≥ 9 | 20, 0.1) = 5.99e−5
    ['stale backlog: 9 of 20 complaints older than 50 days still pending against 10 %', { pending_over_50: 9 }, 'stale_backlog', 0.45, 0.1],
  ] as const)('%s → flag', (_what, more, kind, rate, baseline) => {
    const s = typical(more as Partial<OfficerStats>);
    const flags = officerFlags(s, dept(s), 10);
    expect(flags.map((f) => f.kind)).toEqual([kind]);
    expect(flags[0].rate).toBeCloseTo(rate, 12);
    expect(flags[0].baseline).toBeCloseTo(baseline, 12);
    expect(flags[0].pValue).toBeLessThan(FLAG_ALPHA);
  });

  it('near misses: 7 of 20 in the last days (P = 0.00239), 4 of 20 reopened (P = 0.0159) → no flag', () => {
    expect(kinds(typical({ closed_last_days: 7 }))).toEqual([]);
    expect(kinds(typical({ reopened: 4 }))).toEqual([]);
  });

  it('the burst reason names the days; the days are configurable', () => {
    const s = typical({ closed_last_days: 8 });
    expect(officerFlags(s, dept(s), 10, 5)[0].reason).toBe('8 of 20 closures (40.0%) fell in the last 5 days of their month, against 10.0% for the rest of the department');
  });

  it('needs the minimum base and peers: 9 closures (all force-closed) or an officer alone in the department get no flag', () => {
    const s = officer('Y', 0, 9);
    expect(officerFlags(s, totals('Energy', { closed: 209, force_closed: 49 }), 10)).toEqual([]);
    expect(officerFlags(s, totals('Energy', { closed: 209, force_closed: 49 }), 5).map((f) => f.kind)).toEqual(['force_closed']);
    const alone = typical({ satisfied: 4, force_closed: 12 });
    expect(officerFlags(alone, totals('Energy', { closed: 20, force_closed: 12 }), 10)).toEqual([]);
    expect(officerFlags(alone, undefined, 10)).toEqual([]);
  });

  it('flagged officers come most flags first, then the strongest evidence; the department is matched by name', () => {
    const a = { ...typical({ satisfied: 4, force_closed: 12 }), officer_id: 'A', department: 'Energy' };            // 1 flag, P = 1.0e−4
    const b = { ...typical({ closed_last_days: 8 }), officer_id: 'B', department: 'Health' };                      // 1 flag, P = 4.2e−4
    const c = { ...typical({ satisfied: 4, force_closed: 12, low_quality: 8 }), officer_id: 'C', department: 'Food' }; // 2 flags
    const d = { ...typical({ satisfied: 4, force_closed: 12 }), officer_id: 'D', department: 'Revenue' };          // no totals: no flag
    const depts = [a, b, c].map((s) => ({ ...dept(s), department: s.department }));
    const l = buildOfficerLists([b, d, a, c], depts, { minClosures: 10 });
    expect(l.flagged.map((r) => r.officer_id)).toEqual(['C', 'A', 'B']);
    expect(l.flagged[0].flags.map((f) => f.kind)).toEqual(['force_closed', 'low_quality']);
  });
});
