import { describe, expect, it } from 'vitest';
import { getBuiltinScorecard } from '@/domain/scorecards';
import { parseScorecard } from '@/domain/scoring/validate';
import { scorePeriod } from '@/domain/scoring/engine';
import type { UnitValues } from '@/domain/scoring/types';
import { marksLost, peerGroupSize, resolveUnitName, funnelSteps } from '@/domain/reportCard';

const mp = getBuiltinScorecard('mp-cm-helpline')!;
const u = (unit: string, received: number, sat: number, old: number | null, lq = 0.1, na = 0.1): UnitValues =>
  ({ unit, volume: received, values: { received, satisfaction_rate: sat, old_pending_resolution_rate: old, low_quality_rate: lq, non_attended_rate: na } });

// Marks: X 42 + 4 + 9 + 9 = 64; Y 45 + 4 + 9 + 9 = 67; Z 54 + 10 + 9 + 9 = 82 (best); W 18 + 10 + 9 + 9 = 46 (Group B)
const units = [u('X', 600, 0.7, 0.2), u('Y', 600, 0.75, 0.2), u('Z', 600, 0.9, 0.5), u('W', 100, 0.3, 0.5)];
const result = scorePeriod(mp, units);

describe('marksLost (MP 60/20/10/10)', () => {
  const x = marksLost(mp, result, 'X')!;
  it('best district is the overall rank 1: Z', () => {
    expect(x.best).toBe('Z');
    expect(x.geometric).toBe(false);
  });
  it.each([
    // id, max, points, lost, state average lost (X, Y, Z, W), best (Z) lost
    ['satisfaction_rate', 60, 42, 18, (18 + 15 + 6 + 42) / 4, 6],
    ['old_pending_resolution_rate', 20, 4, 16, (16 + 16 + 10 + 10) / 4, 10],
    ['low_quality_rate', 10, 9, 1, 1, 1],
    ['non_attended_rate', 10, 9, 1, 1, 1],
  ] as const)('X %s: max %s, points %s, lost %s, state avg %s, best %s', (id, max, points, lost, avg, best) => {
    const r = x.rows.find((row) => row.id === id)!;
    expect(r.max).toBeCloseTo(max, 9);
    expect(r.points).toBeCloseTo(points, 9);
    expect(r.lost).toBeCloseTo(lost, 9);
    expect(r.stateAvgLost).toBeCloseTo(avg, 9);
    expect(r.bestLost).toBeCloseTo(best, 9);
  });
  it('sorted by marks lost, the costliest first; names come from the scorecard', () => {
    expect(x.rows.map((r) => r.id)).toEqual(['satisfaction_rate', 'old_pending_resolution_rate', 'low_quality_rate', 'non_attended_rate']);
    expect(x.rows[0].name?.en).toBe('Satisfied closure');
  });
  it('a missing parameter re-weights the rest and sorts last with no marks', () => {
    // H: old missing → sat share 60/80 = 0.75 → max 75, points 0.75·60 = 45, lost 30; lq/na max 12.5, points 11.25, lost 1.25
    const r = scorePeriod(mp, [...units, u('H', 600, 0.6, null)]);
    const h = marksLost(mp, r, 'H')!;
    expect(h.rows.map((row) => row.id)).toEqual(['satisfaction_rate', 'low_quality_rate', 'non_attended_rate', 'old_pending_resolution_rate']);
    expect(h.rows[0].max).toBeCloseTo(75, 9);
    expect(h.rows[0].lost).toBeCloseTo(30, 9);
    expect(h.rows[1].lost).toBeCloseTo(1.25, 9);
    expect(h.rows[3]).toMatchObject({ max: null, points: null, lost: null });
    // the state average of old pending is over the units that have it (X, Y, Z, W)
    expect(h.rows[3].stateAvgLost).toBeCloseTo(13, 9);
  });
  it('unknown unit → null; geometric total → no additive marks', () => {
    expect(marksLost(mp, result, 'Nowhere')).toBeNull();
    const geo = parseScorecard({ ...mp, aggregation: 'geometric' });
    const g = marksLost(geo, scorePeriod(geo, units), 'X')!;
    expect(g.geometric).toBe(true);
    expect(g.rows.every((r) => r.lost === null)).toBe(true);
  });
  it('peer group size counts the scored units of the same group', () => {
    expect(peerGroupSize(result, result.rows.find((r) => r.unit === 'X')!)).toBe(3);
    expect(peerGroupSize(result, result.rows.find((r) => r.unit === 'W')!)).toBe(1);
  });
});

describe('resolveUnitName', () => {
  const names = ['Indore', 'Bhopal', 'East Nimar'];
  it.each([
    ['Indore', 'Indore'], ['indore', 'Indore'], ['  INDORE ', 'Indore'], ['east  nimar', 'East Nimar'],
    ['इंदौर', 'Indore'], ['Nowhere', null], ['', null],
  ])('%j → %j', (q, want) => {
    expect(resolveUnitName(q, names, { Indore: ['इंदौर'] })).toBe(want);
  });
});

describe('funnelSteps', () => {
  it('reached Lk counts everything at level k or above; shares of all received', () => {
    // 60 stayed at L1, 25 at L2, 10 at L3, 5 at L4 → reached 100, 40, 15, 5
    expect(funnelSteps([{ key: '1', n: 60 }, { key: '2', n: 25 }, { key: '3', n: 10 }, { key: '4', n: 5 }])).toEqual([
      { level: 1, reached: 100, share: 1 }, { level: 2, reached: 40, share: 0.4 },
      { level: 3, reached: 15, share: 0.15 }, { level: 4, reached: 5, share: 0.05 },
    ]);
  });
  it('shows L1–L4 even when no complaint escalated, L5 when present; no received → null shares', () => {
    expect(funnelSteps([{ key: '1', n: 8 }, { key: '5', n: 2 }]).map((s) => s.reached)).toEqual([10, 2, 2, 2, 2]);
    expect(funnelSteps([])).toEqual([1, 2, 3, 4].map((level) => ({ level, reached: 0, share: null })));
  });
});
