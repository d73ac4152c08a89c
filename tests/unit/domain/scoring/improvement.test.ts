import { describe, expect, it } from 'vitest';
import { parseScorecard } from '@/domain/scoring/validate';
import { scorePeriod } from '@/domain/scoring/engine';
import { bottomOf, bottomRuns, bottomStreaks, rankByImprovement, sortByImprovement, type MonthRanks } from '@/domain/scoring/improvement';
import type { UnitValues } from '@/domain/scoring/types';

const card = (peerGroups?: unknown) =>
  parseScorecard({
    id: 'delta', name: { en: 'Delta' },
    ...(peerGroups ? { peerGroups } : {}),
    children: [{ id: 'x', source: { metric: 'x' }, normalize: { method: 'ratio' } }],
  });
const units = (xs: Record<string, number | null>, received: Record<string, number> = {}): UnitValues[] =>
  Object.entries(xs).map(([unit, x]) => ({ unit, values: { x, received: received[unit] ?? 0 } }));

describe('rankByImprovement', () => {
  // ratio: score = 100·x.
  // compare month: a 90, b 80, c 70, d 60, f 50
  // this month:    a 75 (−15), b 85 (+5), c 80 (+10), d 65 (+5), e 50 (new), f 40.5 (−9.5)
  // level ranks now: b 1, c 2, a 3, d 4, e 5, f 6
  // improvement: c +10 → 1; b, d +5 → 2, 2 (tie); f −9.5 → 4; a −15 → 5; e unranked
  const previous = scorePeriod(card(), units({ a: 0.9, b: 0.8, c: 0.7, d: 0.6, f: 0.5 }));
  const current = scorePeriod(card(), units({ a: 0.75, b: 0.85, c: 0.8, d: 0.65, e: 0.5, f: 0.405 }), { previous });
  const rows = rankByImprovement(current.rows);
  const of = (u: string) => rows.find((r) => r.unit === u)!;

  it.each([
    ['a', 3, 75, 90, -15, 5],
    ['b', 1, 85, 80, 5, 2],
    ['c', 2, 80, 70, 10, 1],
    ['d', 4, 65, 60, 5, 2],
    ['e', 5, 50, null, null, null],
    ['f', 6, 40.5, 50, -9.5, 4],
  ] as const)('%s: level rank %s, score %s (was %s), change %s → improvement rank %s', (u, rank, score, prev, delta, imp) => {
    const r = of(u);
    expect([r.rank, r.score, r.previousScore, r.deltaScore, r.improvementRank]).toEqual([rank, score, prev, delta, imp]);
  });

  it('sorts by improvement rank, unranked last', () => {
    expect(sortByImprovement(rows).map((r) => r.unit)).toEqual(['c', 'b', 'd', 'f', 'a', 'e']);
  });

  it('ranks improvement within the current peer group', () => {
    const pg = { by: 'received', thresholds: [{ group: 'A', min: 100 }, { group: 'B', min: 0 }] };
    const vol = { a: 200, b: 200, c: 10, d: 10 };
    // A: a +10, b −5 → a 1, b 2 ; B: c +1, d +20 → d 1, c 2
    const prev = scorePeriod(card(pg), units({ a: 0.5, b: 0.6, c: 0.5, d: 0.4 }, vol));
    const cur = scorePeriod(card(pg), units({ a: 0.6, b: 0.55, c: 0.51, d: 0.6 }, vol), { previous: prev });
    const r = rankByImprovement(cur.rows);
    expect(Object.fromEntries(r.map((x) => [x.unit, [x.group, x.improvementRank, x.deltaScore]]))).toEqual({
      a: ['A', 1, 10], b: ['A', 2, -5], c: ['B', 2, 1], d: ['B', 1, 20],
    });
    expect(sortByImprovement(r, cur.groups).map((x) => x.unit)).toEqual(['a', 'b', 'd', 'c']);
  });
});

const month = (m: string, ranks: Record<string, number>, group: Record<string, string> = {}): MonthRanks =>
  ({ month: m, rows: Object.entries(ranks).map(([unit, rank]) => ({ unit, rank, group: group[unit] ?? null })) });

describe('bottom three months running', () => {
  it('bottom three of a month: fewer than three units ranked below; ties at the edge count', () => {
    expect([...bottomOf(month('2026-01', { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }).rows)].sort()).toEqual(['d', 'e', 'f']);
    // ranks 1, 2, 3, 3, 3: below the unit at 2 are three units?  no: 3, 3, 3 are three → b is not; c, d, e are
    expect([...bottomOf(month('2026-01', { a: 1, b: 2, c: 3, d: 3, e: 3 }).rows)].sort()).toEqual(['c', 'd', 'e']);
    // ranks 1, 2, 2, 4, 5: below b are 4 and 5 (two) → b, c in; d, e in; a has four below
    expect([...bottomOf(month('2026-01', { a: 1, b: 2, c: 2, d: 4, e: 5 }).rows)].sort()).toEqual(['b', 'c', 'd', 'e']);
    // per peer group: A = a, b, c, d → b, c, d; B = e, f → both
    const g = { a: 'A', b: 'A', c: 'A', d: 'A', e: 'B', f: 'B' };
    expect([...bottomOf(month('2026-01', { a: 1, b: 2, c: 3, d: 4, e: 1, f: 2 }, g).rows)].sort()).toEqual(['b', 'c', 'd', 'e', 'f']);
  });

  // six units; the bottom three of each month:
  // 2026-03: d e f · 2026-04: c e f · 2026-05: d e f · 2026-06: c e f
  const six = (order: string) => Object.fromEntries([...order].map((u, i) => [u, i + 1]));
  const hist = [
    month('2026-03', six('abcdef')),
    month('2026-04', six('abdcef')),
    month('2026-05', six('abcfde')),
    month('2026-06', six('abdcef')),
  ];

  it('counts the run of months ending with the latest', () => {
    expect(Object.fromEntries(bottomRuns(hist))).toEqual({ c: 1, e: 4, f: 4 });
    expect(Object.fromEntries(bottomStreaks(hist))).toEqual({ e: 4, f: 4 });
  });

  it('a month missing from the data breaks the run', () => {
    const gap = [hist[0], hist[1], month('2026-06', six('abcfde')), month('2026-07', six('abdcef'))];
    // 2026-04 → 2026-06 is not consecutive: runs are at most 2
    expect(Object.fromEntries(bottomRuns(gap))).toEqual({ c: 1, e: 2, f: 2 });
    expect(bottomStreaks(gap).size).toBe(0);
  });

  it('a month the unit was not scored breaks the run', () => {
    const h = [month('2026-04', six('abcdef')), month('2026-05', { a: 1, b: 2, c: 3, d: 4, e: 5 }), month('2026-06', six('abcdef'))];
    // f was unscored in May: its run is 1; e and d were bottom three in all three
    expect(Object.fromEntries(bottomRuns(h))).toEqual({ d: 3, e: 3, f: 1 });
    expect([...bottomStreaks(h).keys()].sort()).toEqual(['d', 'e']);
  });

  it('no history, no streaks', () => {
    expect(bottomRuns([]).size).toBe(0);
  });
});
