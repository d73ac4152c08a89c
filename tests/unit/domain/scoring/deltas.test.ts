import { describe, expect, it } from 'vitest';
import { parseScorecard } from '@/domain/scoring/validate';
import { scorePeriod } from '@/domain/scoring/engine';
import { compareWithPrevious } from '@/domain/scoring/deltas';
import type { UnitValues } from '@/domain/scoring/types';

const card = (peerGroups?: unknown) =>
  parseScorecard({
    id: 'delta',
    name: { en: 'Delta' },
    ...(peerGroups ? { peerGroups } : {}),
    children: [{ id: 'x', source: { metric: 'x' }, normalize: { method: 'ratio' } }],
  });
const units = (xs: Record<string, number | null>, received: Record<string, number> = {}): UnitValues[] =>
  Object.entries(xs).map(([unit, x]) => ({ unit, values: { x, received: received[unit] ?? 0 } }));

describe('deltas across two periods', () => {
  // previous: a 90 (1), b 80 (2), c 70 (3), d 60 (4)
  // current:  b 85 (1), c 80 (2), a 75 (3), e 50 (4, new); d has no data
  const previous = scorePeriod(card(), units({ a: 0.9, b: 0.8, c: 0.7, d: 0.6 }));
  const current = scorePeriod(card(), units({ a: 0.75, b: 0.85, c: 0.8, d: null, e: 0.5 }));

  it.each([
    ['a', 3, 1, -2, -15],
    ['b', 1, 2, 1, 5],
    ['c', 2, 3, 1, 10],
    ['e', 4, null, null, null],
  ] as const)('%s: rank %s, previous %s → deltaRank %s, deltaScore %s', (unit, rank, previousRank, deltaRank, deltaScore) => {
    const r = compareWithPrevious(current, previous).rows.find((x) => x.unit === unit)!;
    expect([r.rank, r.previousRank, r.deltaRank, r.deltaScore]).toEqual([rank, previousRank, deltaRank, deltaScore]);
  });

  it('the scorePeriod option gives the same result', () => {
    const viaOption = scorePeriod(card(), units({ a: 0.75, b: 0.85, c: 0.8, d: null, e: 0.5 }), { previous });
    expect(viaOption).toEqual(compareWithPrevious(current, previous));
  });

  it('does not change the result it is given', () => {
    compareWithPrevious(current, previous);
    expect(current.rows[0].previousRank).toBeUndefined();
  });

  it('deltaScore is the difference of the shown 2-decimal scores: 70.004 → 70.00, 69.996 → 70.00 gives 0', () => {
    const before = scorePeriod(card(), units({ u: 0.69996 }));
    const after = scorePeriod(card(), units({ u: 0.70004 }));
    expect(compareWithPrevious(after, before).rows[0].deltaScore).toBe(0);
  });

  it('deltaRank is null when the unit changed peer group; previousRank and deltaScore are kept', () => {
    const pg = { by: 'received', thresholds: [{ group: 'A', min: 1000 }, { group: 'B', min: 0 }] };
    const before = scorePeriod(card(pg), units({ u: 0.5, v: 0.6, w: 0.7 }, { u: 900, v: 900, w: 900 }));
    const after = scorePeriod(card(pg), units({ u: 0.55, v: 0.6, w: 0.7 }, { u: 1200, v: 900, w: 900 }));
    const rows = compareWithPrevious(after, before).rows;
    expect(rows.map((r) => [r.unit, r.group, r.previousGroup, r.rank, r.previousRank, r.deltaRank, r.deltaScore])).toEqual([
      ['u', 'A', 'B', 1, 3, null, 5],
      ['v', 'B', 'B', 2, 2, 0, 0],
      ['w', 'B', 'B', 1, 1, 0, 0],
    ]);
  });

  it('refuses to compare different scorecards', () => {
    const other = { ...previous, scorecardId: 'other' };
    expect(() => compareWithPrevious(current, other)).toThrow('cannot compare scorecard "delta" with "other"');
  });
});
