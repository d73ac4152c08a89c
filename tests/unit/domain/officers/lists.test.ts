import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { buildOfficerLists, compareGood, comparePoor, officerRows, MIN_CLOSURES, DEFAULT_TOP } from '@/domain/officers';
import { officer } from './fixtures';

// Wilson 95 % bounds, worked out by hand in wilson.test.ts (and 9/9, 3/3 here):
//   G 10/10 [0.7225, 1]     B 45/60 [0.6277, 0.8422]   A 8/10 [0.4902, 0.9433]   D 50/100 [0.4038, 0.5962]
//   C 3/20 [0.0524, 0.3604] F 0/10 [0, 0.2775]         E 1/1 [0.2065, 1]          H 9/9 [0.7008, 1]
//   (9/9: d = 1.426829, centre = 1.213414/d = 0.850420, half = 1.959964·0.108888/d = 0.149573)
const stats = [
  officer('A', 8, 10), officer('B', 45, 60), officer('C', 3, 20), officer('D', 50, 100),
  officer('E', 1, 1), officer('F', 0, 10), officer('G', 10, 10), officer('H', 9, 9),
];
const ids = (rows: { officer_id: string }[]) => rows.map((r) => r.officer_id);

describe('buildOfficerLists', () => {
  it('defaults: at least 10 closures, 10 per list', () => {
    expect(MIN_CLOSURES).toBe(10);
    expect(DEFAULT_TOP).toBe(10);
  });

  it('good = highest Wilson lower bound, poor = lowest Wilson upper bound, among officers with ≥ 10 closures', () => {
    const l = buildOfficerLists(stats, [], { top: 3 });
    expect(l.officers).toBe(8);
    expect(l.eligible).toBe(6); // E (1 closure) and H (9) are below the minimum
    expect(ids(l.good)).toEqual(['G', 'B', 'A']);
    expect(ids(l.poor)).toEqual(['F', 'C', 'D']);
    expect(l.good.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(l.good[0].wilson_lower).toBeCloseTo(0.722467, 5);
    expect(l.poor[0].wilson_upper).toBeCloseTo(0.277533, 5);
  });

  it('the minimum is adjustable: at 1 closure H (9/9) enters second, and the lucky E (1/1) is on neither list', () => {
    const l = buildOfficerLists(stats, [], { top: 3, minClosures: 1 });
    expect(l.eligible).toBe(8);
    expect(ids(l.good)).toEqual(['G', 'H', 'B']);
    expect(ids(l.poor)).toEqual(['F', 'C', 'D']);
    // at 60 closures only B and D are left: one each
    const l60 = buildOfficerLists(stats, [], { top: 3, minClosures: 60 });
    expect([ids(l60.good), ids(l60.poor)]).toEqual([['B'], ['D']]);
  });

  it('an officer is on at most one list: with 3 eligible and top 10, good takes 2 and poor 1', () => {
    const l = buildOfficerLists([officer('A', 8, 10), officer('C', 3, 20), officer('G', 10, 10)], [], { top: 10 });
    expect(ids(l.good)).toEqual(['G', 'A']);
    expect(ids(l.poor)).toEqual(['C']);
  });

  it('ties: equal bounds → more closures first, then officer id', () => {
    const rows = officerRows([officer('Z', 0, 10), officer('Y', 0, 20), officer('X', 0, 10), officer('W', 4, 10), officer('V', 4, 10)], []);
    // all 0/n have lower bound 0: Y (20 closures) before X and Z (10, by id)
    expect(ids([...rows].sort(compareGood))).toEqual(['V', 'W', 'Y', 'X', 'Z']);
    // upper bounds: 0/20 (0.1611) < 0/10 (0.2775, X before Z) < 4/10
    expect(ids([...rows].sort(comparePoor))).toEqual(['Y', 'X', 'Z', 'V', 'W']);
    // input order never matters
    expect(ids(buildOfficerLists([...stats].reverse(), [], { top: 3 }).good)).toEqual(['G', 'B', 'A']);
  });

  it('one lucky closure never tops the good list, whatever the minimum (property)', () => {
    const arb = fc.array(fc.tuple(fc.integer({ min: 10, max: 400 }), fc.double({ min: 0.62, max: 1, noNaN: true })), { minLength: 1, maxLength: 30 });
    fc.assert(fc.property(arb, fc.integer({ min: 1, max: 5 }), (others, min) => {
      // any officer with ≥ 10 closures and a rate ≥ 0.62 has a lower bound ≥ 0.31 > 0.2065 (1/1)
      const list = [officer('lucky', 1, 1), ...others.map(([n, r], i) => officer(`o${i}`, Math.round(r * n), n))];
      const l = buildOfficerLists(list, [], { minClosures: min, top: 5 });
      return l.good[0].officer_id !== 'lucky';
    }));
  });

  it('officers with no closures have no bounds and are never listed', () => {
    const l = buildOfficerLists([officer('N', 0, 0, { received: 5, pending_end: 5 }), officer('A', 8, 10)], [], { minClosures: 1 });
    expect(l.officers).toBe(2);
    expect(l.eligible).toBe(1);
    const n = officerRows([officer('N', 0, 0)], [])[0];
    expect([n.wilson_lower, n.wilson_upper]).toEqual([null, null]);
  });
});
