import { describe, expect, it } from 'vitest';
import { getBuiltinScorecard } from '@/domain/scorecards';
import { parseScorecard } from '@/domain/scoring/validate';
import { scorePeriod } from '@/domain/scoring/engine';
import { mergeUnitValues } from '@/domain/scoreInputs';
import { METRIC_NAMES, type UnitMetrics } from '@/domain/metrics';
import { whatItTakes, leverBase, smallestK, type Outcome } from '@/domain/whatItTakes';

/** A metrics row as complaintMetrics returns it: counts and rates (low quality / non-attended as rates). */
function metricsRow(unit: string, received: number, closed: number, sat: number, oldStart: number, oldRes: number, lq = 0.1, na = 0.1): UnitMetrics {
  const m = Object.fromEntries(METRIC_NAMES.map((k) => [k, null])) as unknown as UnitMetrics;
  return Object.assign(m, {
    unit, received, closed, old_pending_start: oldStart, old_pending_resolved: oldRes,
    satisfaction_rate: closed ? sat / closed : null,
    old_pending_resolution_rate: oldStart ? oldRes / oldStart : null,
    low_quality_rate: lq, non_attended_rate: na,
  });
}

const mp = getBuiltinScorecard('mp-cm-helpline')!;
// MP 60/20/10/10, all ratio; Group A from 500 received. Marks = 60·sat + 20·old + 10·(1−lq) + 10·(1−na).
// X: 60·0.70 + 20·0.20 + 9 + 9 = 64 (C)   Y: 60·0.75 + 20·0.20 + 9 + 9 = 67 (C)
// Z: 60·0.90 + 20·0.50 + 9 + 9 = 82 (A)   W (Group B, alone): 60·0.3 + 20·0.5 + 9 + 9 = 46 (D)
const metrics = [
  metricsRow('X', 600, 100, 70, 50, 10),
  metricsRow('Y', 600, 200, 150, 50, 10),
  metricsRow('Z', 600, 100, 90, 20, 10),
  metricsRow('W', 100, 10, 3, 10, 5),
];
const units = mergeUnitValues(metrics, []);
const pick = (o: Outcome[], lever: string, target: string) => o.find((x) => x.lever === lever && x.target === target)!;

describe('whatItTakes on the MP 60/20/10/10 card (hand-computed)', () => {
  it('baseline matches the hand computation', () => {
    const r = scorePeriod(mp, units);
    expect(Object.fromEntries(r.rows.map((x) => [x.unit, [x.rounded, x.grade, x.group, x.rank]]))).toEqual({
      W: [46, 'D', 'B', 1], X: [64, 'C', 'A', 3], Y: [67, 'C', 'A', 2], Z: [82, 'A', 'A', 1],
    });
  });

  it('one more satisfied closure of 100 is worth 0.6 marks; one more old complaint of 50 resolved is worth 0.4', () => {
    const plus = (metric: string, v: number) => scorePeriod(mp, units.map((u) => (u.unit === 'X' ? { ...u, values: { ...u.values, [metric]: v } } : u))).rows.find((r) => r.unit === 'X')!.score;
    expect(plus('satisfaction_rate', 71 / 100) - 64).toBeCloseTo(0.6, 9);
    expect(plus('old_pending_resolution_rate', 11 / 50) - 64).toBeCloseTo(0.4, 9);
  });

  const x = whatItTakes(mp, units, metrics, 'X');
  it.each([
    // lever, target, goal, k, score, rank, grade
    // next grade B (70): +6 marks = 10 satisfied (0.6 each; 9 → 69.4) or 15 old (0.4 each; 14 → 69.6); 70 beats Y's 67 → rank 2
    ['satisfied', 'grade', 'B', 10, 70, 2, 'B'],
    ['oldResolved', 'grade', 'B', 15, 70, 2, 'B'],
    // next rank (2): tie Y's 67 (+3 marks): 5 satisfied → 67 (shared rank 2; 4 → 66.4); 8 old → 67.2 (7 → 66.8)
    ['satisfied', 'rank', 2, 5, 67, 2, 'C'],
    ['oldResolved', 'rank', 2, 8, 67.2, 2, 'C'],
  ] as const)('X: %s → next %s (%s): k = %s, score %s, rank %s, grade %s', (lever, target, goal, k, score, rank, grade) => {
    expect(pick(x, lever, target)).toMatchObject({ status: 'reached', goal, k, score, rank, grade });
  });

  it('max is what is left to act on: 30 unsatisfied closures, 40 old complaints still pending', () => {
    expect(pick(x, 'satisfied', 'grade').max).toBe(30);
    expect(pick(x, 'oldResolved', 'grade').max).toBe(40);
  });

  it('W (D, alone in Group B): 3 satisfied of 10 reach C (6 marks each: 46 + 18 = 64; 2 → 58); 5 old at 2 marks each cannot (56 < 60)', () => {
    const w = whatItTakes(mp, units, metrics, 'W');
    expect(pick(w, 'satisfied', 'grade')).toMatchObject({ status: 'reached', goal: 'C', k: 3, score: 64, grade: 'C' });
    expect(pick(w, 'oldResolved', 'grade')).toMatchObject({ status: 'unreachable', goal: 'C', k: null, max: 5 });
    expect(pick(w, 'satisfied', 'rank').status).toBe('already');
  });

  it('Z (A, rank 1) is already there on both targets', () => {
    expect(whatItTakes(mp, units, metrics, 'Z').map((o) => o.status)).toEqual(['already', 'already', 'already', 'already']);
  });

  it('no old complaints pending at the start → noData for that lever; the other lever still works on the re-weighted score', () => {
    // H alone: old missing → (60·s + 10·90 + 10·90) / 80; s = 60 → 67.5 (C). B needs 60·s ≥ 3800 → s ≥ 63.34 → 64 satisfied (k = 4 → 70.5; k = 3 → 69.75)
    const hm = [metricsRow('H', 600, 100, 60, 0, 0)];
    const h = whatItTakes(mp, mergeUnitValues(hm, []), hm, 'H');
    expect(pick(h, 'oldResolved', 'grade').status).toBe('noData');
    expect(pick(h, 'satisfied', 'grade')).toMatchObject({ status: 'reached', k: 4, score: 70.5, grade: 'B' });
  });

  it('a scorecard without the metric says unused; without grades says noGrades; unknown unit is unscored', () => {
    const card = parseScorecard({ id: 'sat-only', name: { en: 'sat' }, children: [{ id: 's', source: { metric: 'satisfaction_rate' }, normalize: { method: 'ratio' } }] });
    const o = whatItTakes(card, units, metrics, 'X');
    expect(pick(o, 'oldResolved', 'rank').status).toBe('unused');
    expect(pick(o, 'satisfied', 'grade').status).toBe('noGrades');
    // sat-only ranks: Z 90, Y 75, X 70 → next rank needs 75/100 → k = 5
    expect(pick(o, 'satisfied', 'rank')).toMatchObject({ status: 'reached', k: 5, rank: 2 });
    expect(whatItTakes(mp, units, metrics, 'Nowhere').every((r) => r.status === 'unscored')).toBe(true);
  });
});

describe('leverBase and smallestK', () => {
  it('counts from the metrics row', () => {
    expect(leverBase(metricsRow('X', 600, 100, 70, 50, 10), 'satisfied')).toEqual({ done: 70, total: 100 });
    expect(leverBase(metricsRow('X', 600, 100, 70, 50, 10), 'oldResolved')).toEqual({ done: 10, total: 50 });
    expect(leverBase(metricsRow('X', 600, 0, 0, 0, 0), 'satisfied')).toBeNull();
    expect(leverBase(metricsRow('X', 600, 0, 0, 0, 0), 'oldResolved')).toBeNull();
  });
  it('finds the first k of a monotone predicate, null when max fails or is 0', () => {
    expect(smallestK(100, (k) => k >= 37)).toBe(37);
    expect(smallestK(100, (k) => k >= 1)).toBe(1);
    expect(smallestK(100, (k) => k >= 100)).toBe(100);
    expect(smallestK(100, (k) => k > 100)).toBeNull();
    expect(smallestK(0, () => true)).toBeNull();
  });
});
