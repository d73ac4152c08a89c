import { describe, expect, it } from 'vitest';
import { parseScorecard, safeParseScorecard } from '@/domain/scoring/validate';
import { scorePeriod } from '@/domain/scoring/engine';
import type { ScoreResult, UnitValues } from '@/domain/scoring/types';
import { mpCard, mpUnits } from './mpExample';

const ratio = (id: string, weight = 1, direction: 'higher' | 'lower' = 'higher') => ({ id, weight, direction, source: { metric: id }, normalize: { method: 'ratio' } });
const row = (r: ScoreResult, unit: string) => {
  const found = r.rows.find((x) => x.unit === unit);
  if (!found) throw new Error(`${unit} not scored`);
  return found;
};
const sumPoints = (r: ScoreResult, unit: string) =>
  Object.values(row(r, unit).parameters).reduce((a, p) => a + (p.points ?? 0), 0);

describe('MP 60/20/10/10 worked example (docs/scoring.md)', () => {
  const result = scorePeriod(mpCard(), mpUnits());

  // Indore: 60·0.72 + 20·0.40 + 10·(1−0.05) + 10·(1−0.10) = 43.2 + 8 + 9.5 + 9 = 69.7
  // Bhopal: 48 + 11 + 9.8 + 9.6 = 78.4
  // Sehore = Raisen: 39 + 6 + 9 + 8 = 62
  // Vidisha: 36 + 5 + 8.5 + 7 = 56.5
  // Harda (no old pending): (60·70 + 10·96 + 10·92) / 80 = 76; marks 52.5 + 12 + 11.5
  it.each([
    ['Indore', 69.7, 'A', 2, 'C', 3],
    ['Bhopal', 78.4, 'A', 1, 'B', 1],
    ['Harda', 76, 'B', 1, 'B', 2],
    ['Sehore', 62, 'B', 2, 'C', 4],
    ['Raisen', 62, 'B', 2, 'C', 4],
    ['Vidisha', 56.5, 'B', 4, 'D', 6],
  ] as const)('%s: score %s, group %s, rank %s, grade %s, overall rank %s', (unit, score, group, rank, grade, overall) => {
    const r = row(result, unit);
    expect(r.score).toBeCloseTo(score, 9);
    expect(r.rounded).toBe(score);
    expect(r.group).toBe(group);
    expect(r.rank).toBe(rank);
    expect(r.grade).toBe(grade);
    expect(r.overallRank).toBe(overall);
  });

  it.each([
    ['Indore', { satisfaction_rate: [0.72, 72, 43.2], old_pending_resolution_rate: [0.4, 40, 8], low_quality_rate: [0.05, 95, 9.5], non_attended_rate: [0.1, 90, 9] }],
    ['Harda', { satisfaction_rate: [0.7, 70, 52.5], old_pending_resolution_rate: [null, null, null], low_quality_rate: [0.04, 96, 12], non_attended_rate: [0.08, 92, 11.5] }],
  ] as const)('%s: the marks are value → normalised → points', (unit, expected) => {
    const r = row(result, unit);
    for (const [id, [value, normalized, points]] of Object.entries(expected)) {
      const p = r.parameters[id];
      expect(p.value).toBe(value);
      if (normalized === null) expect(p.normalized).toBeNull();
      else expect(p.normalized).toBeCloseTo(normalized, 9);
      if (points === null) expect(p.points).toBeNull();
      else expect(p.points).toBeCloseTo(points, 9);
    }
    expect(sumPoints(result, unit)).toBeCloseTo(r.score, 9);
  });

  it('Harda: missing parameter says so, and the shares are re-weighted to 60/80, 10/80, 10/80', () => {
    const r = row(result, 'Harda');
    expect(r.parameters.old_pending_resolution_rate.note).toBe('no value');
    expect(r.nodes.satisfaction_rate.share).toBeCloseTo(0.75, 12);
    expect(r.nodes.low_quality_rate.share).toBeCloseTo(0.125, 12);
    expect(r.nodes.old_pending_resolution_rate.share).toBeNull();
  });

  it('Dewas: 20% of weight has data → unscored with the reason', () => {
    expect(result.unscored.map((u) => [u.unit, u.group, u.reason])).toEqual([
      ['Dewas', 'B', 'only 20% of weight has data (needs 50%); missing: satisfaction_rate, old_pending_resolution_rate'],
    ]);
    expect(result.rows.map((r) => r.unit)).not.toContain('Dewas');
  });

  it('groups are listed in scorecard order', () => {
    expect(result.groups).toEqual(['A', 'B']);
  });
});

describe('a 3-level tree: points multiply the weight shares down the tree and add up to the score', () => {
  const card = (threshold = 0.5) =>
    parseScorecard({
      id: 'tree',
      name: { en: 'Tree' },
      availabilityThreshold: threshold,
      children: [
        { id: 'health', weight: 30, children: [{ id: 'mch', weight: 2, children: [ratio('p1', 1), ratio('p2', 3)] }, ratio('p3', 1)] },
        { id: 'edu', weight: 20, children: [ratio('p4'), ratio('p5')] },
        ratio('p6', 50),
      ],
    });
  const values = { p1: 0.8, p2: 0.4, p3: 0.9, p4: 0.5, p5: 0.7, p6: 0.6 };

  it('full data: mch 50, health 63.33, edu 60, total 61; points 4 + 6 + 9 + 5 + 7 + 30 = 61', () => {
    const r = scorePeriod(card(), [{ unit: 'u', values }]);
    const u = row(r, 'u');
    expect(u.score).toBeCloseTo(61, 9);
    expect(u.nodes.mch.score).toBeCloseTo(50, 9);
    expect(u.nodes.health.score).toBeCloseTo(190 / 3, 9);
    expect(u.nodes.edu.score).toBeCloseTo(60, 9);
    const points = Object.fromEntries(Object.entries(u.parameters).map(([id, p]) => [id, p.points]));
    const expected = { p1: 4, p2: 6, p3: 9, p4: 5, p5: 7, p6: 30 };
    for (const [id, pts] of Object.entries(expected)) expect(points[id]).toBeCloseTo(pts, 9);
    expect(u.nodes.p1.effectiveWeight).toBeCloseTo(0.05, 12); // 0.3 · 2/3 · 1/4
    expect(u.nodes.mch.points).toBeCloseTo(10, 9);
    expect(u.nodes.health.points).toBeCloseTo(19, 9);
    expect(sumPoints(r, 'u')).toBeCloseTo(61, 9);
  });

  it('p2 missing, threshold 0.5: mch has 25% → drops; health has 33.3% → drops; total = (20·60 + 50·60)/70 = 60', () => {
    const r = scorePeriod(card(), [{ unit: 'u', values: { ...values, p2: null } }]);
    const u = row(r, 'u');
    expect(u.score).toBeCloseTo(60, 9);
    expect(u.nodes.mch.score).toBeNull();
    expect(u.nodes.mch.note).toBe('only 25% of its weight has data (needs 50%)');
    expect(u.nodes.health.note).toBe('only 33.3% of its weight has data (needs 50%)');
    expect(u.notes).toEqual(['group "health" dropped out: only 33.3% of its weight has data (needs 50%)']);
    expect(u.parameters.p1).toEqual({ value: 0.8, normalized: 80, points: null, note: 'not counted: group "health" dropped out' });
    expect(u.parameters.p4.points).toBeCloseTo(50 / 7, 9); // 20/70 · 1/2 · 50
    expect(u.parameters.p5.points).toBeCloseTo(10, 9); // 20/70 · 1/2 · 70
    expect(u.parameters.p6.points).toBeCloseTo(300 / 7, 9); // 50/70 · 60
    expect(sumPoints(r, 'u')).toBeCloseTo(60, 9);
  });

  it('p2 missing, threshold 0.3: health keeps p3 alone (33.3% ≥ 30%): total = (30·90 + 20·60 + 50·60)/100 = 69', () => {
    const r = scorePeriod(card(0.3), [{ unit: 'u', values: { ...values, p2: null } }]);
    const u = row(r, 'u');
    expect(u.score).toBeCloseTo(69, 9);
    expect(u.nodes.health.score).toBeCloseTo(90, 9);
    expect(u.parameters.p3.points).toBeCloseTo(27, 9);
    expect(sumPoints(r, 'u')).toBeCloseTo(69, 9);
  });
});

describe('geometric aggregation', () => {
  const card = parseScorecard({ id: 'geo', name: { en: 'G' }, aggregation: 'geometric', children: [ratio('a', 1), ratio('b', 1), ratio('c', 2)] });

  it('64^(1/4) · 100^(1/4) · 25^(2/4) = √80 · 5 = 44.72; the explanation lists each factor; no additive points', () => {
    const u = row(scorePeriod(card, [{ unit: 'u', values: { a: 0.64, b: 1, c: 0.25 } }]), 'u');
    expect(u.score).toBeCloseTo(Math.sqrt(80) * 5, 9);
    expect(u.factors!.map((f) => [f.id, f.share, f.score])).toEqual([['a', 0.25, 64], ['b', 0.25, 100], ['c', 0.5, 25]]);
    expect(u.factors![0].factor).toBeCloseTo(Math.sqrt(8), 9);
    expect(u.factors![2].factor).toBeCloseTo(5, 9);
    expect(u.parameters.a.points).toBeNull();
    expect(u.nodes.a.effectiveWeight).toBeNull();
  });

  it('a child at 0 makes the group 0, and the explanation says so', () => {
    const r = scorePeriod(card, [{ unit: 'u', values: { a: 0, b: 1, c: 0.25 } }, { unit: 'v', values: { a: 0.5, b: 0.5, c: 0.5 } }]);
    const u = row(r, 'u');
    expect(u.score).toBe(0);
    expect(u.rank).toBe(2);
    expect(u.notes).toEqual(['"a" is 0, which makes the total 0 (geometric aggregation)']);
    expect(row(r, 'v').score).toBeCloseTo(50, 9);
  });

  it('a missing child drops out: 100^(1/3) · 25^(2/3) = 62500^(1/3) = 39.685', () => {
    const u = row(scorePeriod(card, [{ unit: 'u', values: { a: null, b: 1, c: 0.25 } }]), 'u');
    expect(u.score).toBeCloseTo(Math.cbrt(62500), 9);
  });

  it('a geometric group inside an arithmetic total: group factors, parameter points inside it null', () => {
    const nested = parseScorecard({
      id: 'n',
      name: { en: 'N' },
      children: [ratio('x', 1), { id: 'g', weight: 1, aggregation: 'geometric', children: [ratio('y'), ratio('z')] }],
    });
    const u = row(scorePeriod(nested, [{ unit: 'u', values: { x: 0.5, y: 0, z: 0.81 } }]), 'u');
    expect(u.nodes.g.score).toBe(0);
    expect(u.nodes.g.note).toBe('"y" is 0, which makes this geometric group 0');
    expect(u.nodes.g.factors!.map((f) => [f.id, f.factor])).toEqual([['y', 0], ['z', 9]]);
    expect(u.score).toBeCloseTo(25, 9); // (50 + 0)/2
    expect(u.nodes.g.points).toBeCloseTo(0, 12);
    expect(u.parameters.x.points).toBeCloseTo(25, 12);
    expect(u.parameters.z.points).toBeNull();
  });
});

describe('availability threshold', () => {
  const card = (threshold: number, weights: number[]) =>
    parseScorecard({ id: 't', name: { en: 'T' }, availabilityThreshold: threshold, children: weights.map((w, i) => ratio(`p${i}`, w)) });
  const unit = (values: (number | null)[]): UnitValues => ({ unit: 'u', values: Object.fromEntries(values.map((v, i) => [`p${i}`, v])) });
  const outcome = (r: ScoreResult) => (r.rows.length ? r.rows[0].score : r.unscored[0].reason);

  it.each([
    ['exactly half the weight → scored', 0.5, [50, 50], [0.4, null], 40],
    ['a third → unscored', 0.5, [1, 1, 1], [0.4, null, null], 'only 33.3% of weight has data (needs 50%); missing: p1, p2'],
    ['threshold 1 needs everything', 1, [1, 1, 1], [0.4, 0.5, null], 'only 66.6% of weight has data (needs 100%); missing: p2'],
    ['threshold 0 scores on anything', 0, [1, 3], [null, 0.2], 20],
    ['threshold 0, only a zero-weight parameter has data', 0, [0, 1], [0.9, null], 'no parameter with a weight above 0 has data'],
    ['no data at all', 0.5, [1, 1], [null, null], 'no data for any parameter'],
    // present 0.3 / total (0.1 + 0.2 + 0.3 + 0.4 = 1.0000000000000002) is 0.29999999999999993 in floats
    ['0.3 of 1 reaches a 0.3 threshold despite float sums', 0.3, [0.1, 0.2, 0.3, 0.4], [null, null, 0.5, null], 50],
    ['a zero-weight parameter adds nothing', 0.5, [0, 1], [1, 0.3], 30],
  ] as const)('%s', (_name, threshold, weights, values, expected) => {
    const r = scorePeriod(card(threshold, [...weights]), [unit([...values])]);
    if (typeof expected === 'number') expect(outcome(r)).toBeCloseTo(expected, 9);
    else expect(outcome(r)).toBe(expected);
  });
});

describe("a group's own availability threshold", () => {
  // group g (weight 1): a (1), b (1), c (2); parameter z (weight 1) beside it; card threshold 0.5.
  // The unit has b = 0.6 and c = 0.9, no a: g has 3 of 4 weight (75%).
  const card = (g?: number, total = 0.5) => parseScorecard({
    id: 'gt', name: { en: 'GT' }, availabilityThreshold: total,
    children: [{ id: 'g', weight: 1, ...(g === undefined ? {} : { availabilityThreshold: g }), children: [ratio('a'), ratio('b'), ratio('c', 2)] }, ratio('z')],
  });
  const u: UnitValues = { unit: 'u', values: { a: null, b: 0.6, c: 0.9, z: 0.3 } };
  const outcome = (r: ScoreResult) => (r.rows.length ? r.rows[0].score : r.unscored[0].reason);

  it.each([
    // g = (1·60 + 2·90) / 3 = 80; total = (80 + 30) / 2 = 55
    ['none of its own: the card\'s 0.5', undefined, 0.5, 55],
    ['its own 0.75 is reached exactly', 0.75, 0.5, 55],
    // g drops out; the total keeps z alone: 1 of 2 weight = 50% ≥ 0.5 → 30
    ['its own 0.8 is not: g drops, the total keeps z (50%)', 0.8, 0.5, 30],
    // the group's own threshold also overrides a stricter card: g scores at 75% ≥ 0.7; the total has 100%
    ['its own 0.7 under a card of 0.9', 0.7, 0.9, 55],
    ['the card\'s 0.9 applies to g when g has none: g drops, the total has 50% < 90%', undefined, 0.9, 'only 50% of weight has data (needs 90%); missing: g'],
  ] as const)('%s', (_name, g, total, expected) => {
    const r = scorePeriod(card(g, total), [u]);
    if (typeof expected === 'number') expect(outcome(r)).toBeCloseTo(expected, 9);
    else expect(outcome(r)).toBe(expected);
  });

  it("explains a dropped group with its own threshold", () => {
    const r = scorePeriod(card(0.8), [u]);
    expect(r.rows[0].nodes.g).toMatchObject({ score: null, coverage: 0.75, note: 'only 75% of its weight has data (needs 80%)' });
  });

  it('is refused on a parameter, and outside 0–1', () => {
    const bad = (extra: object, on: 'g' | 'z') => safeParseScorecard({
      id: 'x', name: { en: 'X' },
      children: [{ id: 'g', children: [ratio('a')], ...(on === 'g' ? extra : {}) }, { ...ratio('z'), ...(on === 'z' ? extra : {}) }],
    });
    expect(bad({ availabilityThreshold: 0.5 }, 'z')).toMatchObject({ success: false, issues: ['children[1].availabilityThreshold: only a group (a node with "children") has an availability threshold'] });
    expect(bad({ availabilityThreshold: 1.5 }, 'g')).toMatchObject({ success: false, issues: ['children[0].availabilityThreshold: must be between 0 and 1'] });
    expect(bad({ availabilityThreshold: 0.5 }, 'g').success).toBe(true);
  });
});

describe('ranking, rounding and grades', () => {
  const card = (grades: { grade: string; min: number }[]) => parseScorecard({ id: 'r', name: { en: 'R' }, grades, children: [ratio('x')] });
  const units = (xs: Record<string, number>) => Object.entries(xs).map(([unit, x]) => ({ unit, values: { x } }));
  const abcd = [{ grade: 'A', min: 80 }, { grade: 'B', min: 70 }, { grade: 'C', min: 60 }, { grade: 'D', min: 0 }];

  it('ranks on the score rounded to 2 decimals: 70.004 and 69.996 tie at 70.00 (1, 1, 3)', () => {
    const r = scorePeriod(card(abcd), units({ u: 0.70004, v: 0.69996, w: 0.5 }));
    expect(r.rows.map((x) => [x.unit, x.rounded, x.rank])).toEqual([['u', 70, 1], ['v', 70, 1], ['w', 50, 3]]);
  });

  it('competition ranking 1, 2, 2, 4', () => {
    const r = scorePeriod(card(abcd), units({ a: 0.9, b: 0.8, c: 0.8, d: 0.7 }));
    expect(r.rows.map((x) => x.rank)).toEqual([1, 2, 2, 4]);
  });

  it.each([
    [0.8, 'A'],
    [0.7999, 'B'], // 79.99
    [0.79996, 'A'], // 79.996 shows as 80.00 and is graded on that
    [0.6, 'C'],
    [0.5999, 'D'],
    [0, 'D'],
  ])('grade of %s is %s', (x, grade) => {
    expect(scorePeriod(card(abcd), units({ u: x })).rows[0].grade).toBe(grade);
  });

  it('grades are tried in the order given: [D ≥ 0, A ≥ 80] grades everything D', () => {
    expect(scorePeriod(card([{ grade: 'D', min: 0 }, { grade: 'A', min: 80 }]), units({ u: 0.95 })).rows[0].grade).toBe('D');
  });

  it('no threshold reached → grade null', () => {
    expect(scorePeriod(card([{ grade: 'A', min: 80 }]), units({ u: 0.5 })).rows[0].grade).toBeNull();
  });

  it('refuses a unit listed twice', () => {
    expect(() => scorePeriod(card(abcd), units({ u: 0.5 }).concat(units({ u: 0.6 })))).toThrow('unit "u" appears twice');
  });
});

describe('peer groups', () => {
  const withGroups = (peerGroups: unknown) => parseScorecard({ id: 'p', name: { en: 'P' }, peerGroups, children: [ratio('x')] });

  it('by volume: `volume` first, else values[by]; highest min reached wins whatever the listed order', () => {
    const units: UnitValues[] = [
      { unit: 'big', values: { x: 0.5, received: 100 }, volume: 2000 },
      { unit: 'mid', values: { x: 0.6, received: 1500 } },
      { unit: 'small', values: { x: 0.9, received: 1499 } },
      { unit: 'tiny', values: { x: 0.4, received: 10 } },
      { unit: 'unknown', values: { x: 0.7 } },
    ];
    for (const thresholds of [
      [{ group: 'A', min: 1500 }, { group: 'B', min: 50 }],
      [{ group: 'B', min: 50 }, { group: 'A', min: 1500 }],
    ]) {
      const r = scorePeriod(withGroups({ by: 'received', thresholds }), units);
      expect(r.rows.map((x) => [x.unit, x.group, x.rank])).toEqual([['big', 'A', 2], ['mid', 'A', 1], ['small', 'B', 1], ['tiny', null, 2], ['unknown', null, 1]]);
      expect(row(r, 'tiny').notes).toEqual(['received 10 is below every peer-group minimum: ranked with the other units in no group']);
      expect(row(r, 'unknown').notes).toEqual(['no "received" volume to place it in a peer group: ranked with the other units in no group']);
      expect(row(r, 'big').overallRank).toBe(4);
    }
  });

  it('by lists (names matched trimmed and case-insensitively); units in no list rank among themselves', () => {
    const r = scorePeriod(withGroups({ lists: { North: ['Gwalior', 'morena '], South: ['Betul'] } }), [
      { unit: 'Gwalior', values: { x: 0.5 } },
      { unit: 'Morena', values: { x: 0.6 } },
      { unit: 'Betul', values: { x: 0.2 } },
      { unit: 'Indore', values: { x: 0.1 } },
    ]);
    expect(r.groups).toEqual(['North', 'South']);
    expect(r.rows.map((x) => [x.unit, x.group, x.rank, x.overallRank])).toEqual([['Gwalior', 'North', 2, 2], ['Morena', 'North', 1, 1], ['Betul', 'South', 1, 3], ['Indore', null, 1, 4]]);
    expect(row(r, 'Indore').notes).toEqual(['not in any peer-group list: ranked with the other units in no group']);
  });
});
