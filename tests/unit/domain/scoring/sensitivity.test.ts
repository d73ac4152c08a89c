import { describe, expect, it } from 'vitest';
import { parseScorecard } from '@/domain/scoring/validate';
import { sensitivity } from '@/domain/scoring/sensitivity';
import type { UnitValues } from '@/domain/scoring/types';

const card = parseScorecard({
  id: 'two', name: { en: 'Two' },
  children: ['p', 'q'].map((id) => ({ id, source: { metric: id }, normalize: { method: 'ratio' } })),
});
// Own weights: A 50, B 45, C 50 → ranks A 1, C 1, B 3.
const units: UnitValues[] = [
  { unit: 'A', values: { p: 1, q: 0 } },
  { unit: 'B', values: { p: 0, q: 0.9 } },
  { unit: 'C', values: { p: 0.5, q: 0.5 } },
];

describe('one-at-a-time weight sensitivity', () => {
  it('matches the hand computation (δ = 25%)', () => {
    // p ×1.25: A 55.56, C 50, B 40 → 1, 2, 3: shifts A 0, C 1, B 0 → mean 1/3
    // p ×0.75: B 51.43, C 50, A 42.86 → shifts A 2, B 2, C 1 → mean 5/3;  S_p = (1/3 + 5/3)/2 = 1
    // q ×1.25: B 50, C 50, A 44.44 → B 1, C 1, A 3: shifts 2, 2, 0 → 4/3
    // q ×0.75: A 57.14, C 50, B 38.57 → shifts 0, 0, 1 → 1/3;            S_q = (4/3 + 1/3)/2 = 5/6
    const r = sensitivity(card, units, 0.25);
    expect(r.rows.map((x) => x.id)).toEqual(['p', 'q']);
    expect(r.rows[0].meanShift).toBeCloseTo(1, 12);
    expect(r.rows[1].meanShift).toBeCloseTo(5 / 6, 12);
    expect(r.rows.map((x) => [x.maxShift, x.unitsMoved, x.kind, x.depth])).toEqual([[2, 3, 'parameter', 1], [2, 3, 'parameter', 1]]);
  });

  it('covers groups too, and a lone child of a group moves nothing (its share stays 1)', () => {
    const nested = parseScorecard({
      id: 'n', name: { en: 'N' },
      children: [
        { id: 'g', weight: 1, children: [{ id: 'p', source: { metric: 'p' }, normalize: { method: 'ratio' } }] },
        { id: 'q', weight: 1, source: { metric: 'q' }, normalize: { method: 'ratio' } },
      ],
    });
    const r = sensitivity(nested, units);
    const by = Object.fromEntries(r.rows.map((x) => [x.id, x]));
    expect(by.g.meanShift).toBeCloseTo(1, 12); // g plays p's role above
    expect(by.p).toMatchObject({ meanShift: 0, maxShift: 0, unitsMoved: 0, depth: 2 });
  });

  it('refuses a δ outside (0, 1]', () => {
    expect(() => sensitivity(card, units, 0)).toThrow(/delta/);
  });
});
