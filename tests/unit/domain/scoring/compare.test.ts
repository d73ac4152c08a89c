import { describe, expect, it } from 'vitest';
import { parseScorecard } from '@/domain/scoring/validate';
import { scorePeriod } from '@/domain/scoring/engine';
import { compareResults, comparisonTable } from '@/domain/scoring/compare';
import type { UnitValues } from '@/domain/scoring/types';

const make = (wp: number, wq: number) => parseScorecard({
  id: `c${wp}`, name: { en: 'C' }, grades: [{ grade: 'A', min: 50 }, { grade: 'B', min: 0 }],
  children: [
    { id: 'p', weight: wp, source: { metric: 'p' }, normalize: { method: 'ratio' } },
    { id: 'q', weight: wq, source: { metric: 'q' }, normalize: { method: 'ratio' } },
  ],
});
const units: UnitValues[] = [
  { unit: 'A', values: { p: 1, q: 0 } },
  { unit: 'B', values: { p: 0, q: 0.9 } },
  { unit: 'C', values: { p: 0.5, q: 0.5 } },
  { unit: 'D', values: { p: null, q: null } },
];

describe('compareResults', () => {
  it('rank shift = rank A − rank B, grade changes, movers by |shift|', () => {
    // A (60/40 weights): A 60, C 50, B 36 → 1, 2, 3.   B (20/80): B 72, C 50, A 20 → A 3, C 2, B 1
    const c = compareResults(scorePeriod(make(60, 40), units), scorePeriod(make(20, 80), units));
    expect(c.rows.map((r) => [r.unit, r.rankA, r.rankB, r.shift, r.scoreChange, r.gradeA, r.gradeB, r.gradeChanged])).toEqual([
      ['B', 3, 1, 2, 36, 'B', 'A', true],
      ['C', 2, 2, 0, 0, 'A', 'A', false],
      ['A', 1, 3, -2, -40, 'A', 'B', true],
    ]);
    expect(c.movers.map((r) => r.unit)).toEqual(['A', 'B']);
    expect(c.meanAbsShift).toBeCloseTo(4 / 3, 12);
    expect(c.gradeChanges).toBe(2);
    const table = comparisonTable(c, 'x', 'y');
    expect(table[0]).toEqual(['unit', 'rank x', 'rank y', 'rank shift', 'score x', 'score y', 'score change', 'grade x', 'grade y']);
    expect(table[1]).toEqual(['B', 3, 1, 2, 36, 72, 36, 'B', 'A']);
  });
});
