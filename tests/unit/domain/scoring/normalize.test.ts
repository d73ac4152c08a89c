import { describe, expect, it } from 'vitest';
import { applyTransform, competitionRanks, normalizeColumn } from '@/domain/scoring/normalize';
import type { NormalizeSpec } from '@/domain/scoring/normalize';
import type { Normalize } from '@/domain/scoring/types';

const spec = (normalize: Normalize, direction: 'higher' | 'lower' = 'higher', transform: 'none' | 'log' = 'none'): NormalizeSpec => ({ normalize, direction, transform });

/** Compares a column with hand-computed values to 9 decimals; null must stay null. */
function expectColumn(actual: (number | null)[], expected: (number | null)[]) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => {
    if (expected[i] === null) expect(a, `unit ${i}`).toBeNull();
    else expect(a, `unit ${i}`).toBeCloseTo(expected[i]!, 9);
  });
}

const E = Math.E;

// [name, spec, values, targets, expected s]
const cases: [string, NormalizeSpec, (number | null | undefined)[], (number | null | undefined)[] | undefined, (number | null)[]][] = [
  // ratio: 100·v, lower 100·(1 − v), clamped to [0, 100]; null/undefined/NaN/Infinity are missing
  ['ratio higher', spec({ method: 'ratio' }), [0.72, 0.5, null, 1, 0], undefined, [72, 50, null, 100, 0]],
  ['ratio lower', spec({ method: 'ratio' }, 'lower'), [0.05, 0.2, 0, 1], undefined, [95, 80, 100, 0]],
  ['ratio outside [0, 1] is clamped', spec({ method: 'ratio' }), [1.2, -0.1], undefined, [100, 0]],
  ['ratio: undefined, NaN, Infinity are missing', spec({ method: 'ratio' }), [undefined, Number.NaN, Number.POSITIVE_INFINITY, 0.3], undefined, [null, null, null, 30]],
  // minmax over the units with a value: min 10, max 40
  ['minmax higher', spec({ method: 'minmax' }), [10, 20, 30, null, 40], undefined, [0, 100 / 3, 200 / 3, null, 100]],
  ['minmax lower (reversed)', spec({ method: 'minmax' }, 'lower'), [10, 20, 30, null, 40], undefined, [100, 200 / 3, 100 / 3, null, 0]],
  ['minmax all equal → 100', spec({ method: 'minmax' }, 'lower'), [5, 5, null], undefined, [100, 100, null]],
  ['minmax one unit → 100', spec({ method: 'minmax' }), [null, 7], undefined, [null, 100]],
  // target: 100·min(v/t, cap); lower 100·min(t/v, cap), v = 0 → 100·cap
  ['target from spec, cap 1', spec({ method: 'target', target: 50 }), [25, 50, 75, 0], undefined, [50, 100, 100, 0]],
  ['target cap 1.2 may pass 100', spec({ method: 'target', target: 50, cap: 1.2 }), [25, 75, 55], undefined, [50, 120, 110]],
  ['target from the row overrides the spec', spec({ method: 'target', target: 1000 }), [30, 45, 10], [40, 30, null], [75, 100, 1]],
  ['target lower', spec({ method: 'target', target: 10 }, 'lower'), [20, 5, 0, 40], undefined, [50, 100, 100, 25]],
  ['target lower cap 1.5', spec({ method: 'target', target: 10, cap: 1.5 }, 'lower'), [20, 5, 0], undefined, [50, 150, 150]],
  ['no target anywhere → missing', spec({ method: 'target' }), [30, 45], [40, undefined], [75, null]],
  ['row target 0 → missing', spec({ method: 'target', target: 5 }), [3], [0], [null]],
  ['target: negative value (higher) → 0', spec({ method: 'target', target: 5 }), [-2], undefined, [0]],
  // goalposts: 100·(v − lo)/(hi − lo) clamped; lower 100·(hi − v)/(hi − lo)
  ['goalposts higher (HDI life expectancy 20–85)', spec({ method: 'goalposts', lo: 20, hi: 85 }), [61.9824, 90, 10, 85], undefined, [(100 * 41.9824) / 65, 100, 0, 100]],
  ['goalposts lower', spec({ method: 'goalposts', lo: 0, hi: 50 }, 'lower'), [10, 60, -5, 25], undefined, [80, 0, 100, 50]],
  // zscore: mean 5, sample sd √(20/3) = 2.5819889; 50 ± 10·z
  ['zscore higher', spec({ method: 'zscore' }), [2, 4, 6, 8, null], undefined, [50 - 30 / Math.sqrt(20 / 3), 50 - 10 / Math.sqrt(20 / 3), 50 + 10 / Math.sqrt(20 / 3), 50 + 30 / Math.sqrt(20 / 3), null]],
  ['zscore lower', spec({ method: 'zscore' }, 'lower'), [2, 8], undefined, [50 + 10 * (3 / Math.sqrt(18)), 50 - 10 * (3 / Math.sqrt(18))]],
  ['zscore one unit → 50', spec({ method: 'zscore' }), [null, 3], undefined, [null, 50]],
  ['zscore sd 0 → 50 (even when the float mean is off: 0.1 × 3)', spec({ method: 'zscore' }), [0.1, 0.1, 0.1], undefined, [50, 50, 50]],
  // 29 zeros and a 1: mean 1/30, sd √(1/30); z(1) = (29/30)/√(1/30) = 5.29 → 102.9 clamped to 100; z(0) = −√(1/30) → 48.174
  ['zscore clamped to 100', spec({ method: 'zscore' }), [...new Array(29).fill(0), 1], undefined, [...new Array(29).fill(50 - 10 * Math.sqrt(1 / 30)), 100]],
  // rank: 100·(n − r)/(n − 1), ties share the lowest r (1, 2, 2, 4)
  ['rank higher with a tie', spec({ method: 'rank' }), [10, 20, 20, 30, null], undefined, [0, 200 / 3, 200 / 3, 100, null]],
  ['rank lower with a tie', spec({ method: 'rank' }, 'lower'), [10, 20, 20, 30], undefined, [100, 200 / 3, 200 / 3, 0]],
  ['rank one unit → 100', spec({ method: 'rank' }), [42, null], undefined, [100, null]],
  // log first: ln(e) = 1, ln(e²) = 2; values ≤ 0 become missing; goalposts are on the log scale
  ['log then goalposts 0–2', spec({ method: 'goalposts', lo: 0, hi: 2 }, 'higher', 'log'), [E, E * E, 0, -1, null, 1], undefined, [50, 100, null, null, null, 0]],
  ['log then minmax: 1, 10, 100 → 0, 50, 100', spec({ method: 'minmax' }, 'higher', 'log'), [1, 10, 100], undefined, [0, 50, 100]],
  ['log then target: row target transformed too (ln 100 / ln 1000 = 2/3)', spec({ method: 'target' }, 'higher', 'log'), [100], [1000], [200 / 3]],
];

describe('normalizeColumn', () => {
  it.each(cases)('%s', (_name, s, values, targets, expected) => {
    expectColumn(normalizeColumn(s, values, targets).s, expected);
  });

  it('says why a value could not be normalised', () => {
    const log = normalizeColumn(spec({ method: 'minmax' }, 'higher', 'log'), [0, 5]);
    expect(log.notes).toEqual(['log transform needs a value above 0', undefined]);
    const target = normalizeColumn(spec({ method: 'target' }), [3, 4], [null, 0]);
    expect(target.notes).toEqual(['no target', 'target 0 is not above 0']);
    expect(target.targets).toEqual([null, 0]);
  });

  it('reports the target used for each unit', () => {
    expect(normalizeColumn(spec({ method: 'target', target: 9 }), [1, 2], [4, null]).targets).toEqual([4, 9]);
  });
});

describe('helpers', () => {
  it.each([
    [[10, 20, 20, 30], true, [4, 2, 2, 1]],
    [[10, 20, 20, 30], false, [1, 2, 2, 4]],
    [[5, 5, 5], true, [1, 1, 1]],
    [[3, 1, 2], true, [1, 3, 2]],
    [[7, 3, 7, 3, 9], true, [2, 4, 2, 4, 1]],
    [[7, 3, 7, 3, 9], false, [3, 1, 3, 1, 5]],
    [[], true, []],
  ] as const)('competitionRanks(%j, higher is better: %s) = %j', (values, higher, ranks) => {
    expect(competitionRanks([...values], higher)).toEqual(ranks);
  });

  it('competitionRanks agrees with "1 + number strictly better" on random data with ties', () => {
    let seed = 1;
    const next = () => ((seed = (seed * 16807) % 2147483647) % 20);
    const values = Array.from({ length: 300 }, next);
    const naive = values.map((v) => 1 + values.filter((w) => w > v).length);
    expect(competitionRanks(values, true)).toEqual(naive);
  });

  it.each([
    [E, 'log', 1],
    [0, 'log', null],
    [-3, 'log', null],
    [-3, 'none', -3],
    [null, 'log', null],
  ] as const)('applyTransform(%s, %s) = %s', (v, t, expected) => {
    const r = applyTransform(v, t);
    if (expected === null) expect(r).toBeNull();
    else expect(r).toBeCloseTo(expected, 12);
  });
});
