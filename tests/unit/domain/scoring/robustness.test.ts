import { describe, expect, it } from 'vitest';
import { parseScorecard } from '@/domain/scoring/validate';
import { robustness, quantile } from '@/domain/scoring/robustness';
import { scorePeriod } from '@/domain/scoring/engine';
import { mulberry32 } from '@/domain/scoring/random';
import type { UnitValues } from '@/domain/scoring/types';

const grades = [{ grade: 'A', min: 80 }, { grade: 'B', min: 70 }, { grade: 'C', min: 60 }, { grade: 'D', min: 0 }];
const twoParams = parseScorecard({
  id: 'two',
  name: { en: 'Two' },
  grades,
  children: ['p', 'q'].map((id) => ({ id, source: { metric: id }, normalize: { method: 'ratio' } })),
});
// Z = 100 always. Y = (w1·95 + w2·60)/(w1+w2): 77.5 at equal weights, 73.1–81.9 with ±25% → can be A or B.
// W mirrors Y (60, 95): ties with Y at 77.5; Y and W take ranks 2 and 3 depending on w1 vs w2.
// X = (w1·90 + w2·60)/(w1+w2): 75, always B (71.25–78.75); Y dominates X, so X ranks 3 or 4.
// X beats W when 30·w1 > 35·w2, i.e. w1/w2 > 7/6: with w1, w2 ~ U(0.75, 1.25) that is
// ∫[0.875, 1.25] (6/7·w1 − 0.75) dw1 / 0.25 ≈ 24% of runs, so W's band reaches 4 and X's reaches 3.
const units: UnitValues[] = [
  { unit: 'Z', values: { p: 1, q: 1 } },
  { unit: 'Y', values: { p: 0.95, q: 0.6 } },
  { unit: 'W', values: { p: 0.6, q: 0.95 } },
  { unit: 'X', values: { p: 0.9, q: 0.6 } },
];

describe('mulberry32', () => {
  it('is deterministic per seed, in [0, 1), and roughly uniform', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 10000 }, () => a());
    expect(Array.from({ length: 10000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });
});

describe('quantile (type 7, linear interpolation)', () => {
  it.each([
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0.05, 1.15],
    [[1, 2, 3, 4], 0.95, 3.85],
    [[7], 0.95, 7],
    [[2, 2, 3], 0.5, 2],
  ])('quantile(%j, %s) = %s', (xs, p, q) => expect(quantile(xs, p)).toBeCloseTo(q, 12));
});

describe('robustness', () => {
  const result = robustness(twoParams, units, { runs: 500, noise: 0.25, seed: 7 });
  const byUnit = Object.fromEntries(result.rows.map((r) => [r.unit, r]));

  it('the unit that is best on every parameter is rank 1 in every run', () => {
    expect(byUnit.Z).toMatchObject({ rank: 1, medianRank: 1, p5Rank: 1, p95Rank: 1, minRank: 1, maxRank: 1, grades: ['A'], gradeCanChange: false, scoredRuns: 500 });
  });

  it('Y and W (tied at 77.5 with equal weights) can each be graded A or B; Y ranks 2–3, W 2–4', () => {
    expect(byUnit.Y).toMatchObject({ rank: 2, grade: 'B', minRank: 2, maxRank: 3, p5Rank: 2, p95Rank: 3, grades: ['A', 'B'], gradeCanChange: true });
    expect(byUnit.W).toMatchObject({ rank: 2, grade: 'B', minRank: 2, maxRank: 4, p5Rank: 2, p95Rank: 4, grades: ['A', 'B'], gradeCanChange: true });
  });

  it('X stays B whatever the weights, ranked 3rd in about a quarter of the runs, else 4th', () => {
    expect(byUnit.X).toMatchObject({ rank: 4, minRank: 3, maxRank: 4, p5Rank: 3, medianRank: 4, p95Rank: 4, grades: ['B'], gradeCanChange: false });
  });

  it('same seed → same output; a different seed → different bands', () => {
    expect(robustness(twoParams, units, { runs: 500, noise: 0.25, seed: 7 })).toEqual(result);
    const other = robustness(twoParams, units, { runs: 500, noise: 0.25, seed: 8 });
    expect(other).not.toEqual(result);
  });

  it('noise 0 → every run is the base ranking', () => {
    const r = robustness(twoParams, units, { runs: 20, noise: 0, seed: 1 });
    const base = scorePeriod(twoParams, units);
    for (const row of r.rows) {
      const b = base.rows.find((x) => x.unit === row.unit)!;
      expect([row.medianRank, row.p5Rank, row.p95Rank, row.gradeCanChange]).toEqual([b.rank, b.rank, b.rank, false]);
    }
  });

  it('defaults come from the scorecard, then 500 runs, ±25%, seed 1', () => {
    expect(robustness(twoParams, units)).toMatchObject({ runs: 500, noise: 0.25, seed: 1 });
    const withSpec = parseScorecard({ ...twoParams, robustness: { runs: 30, noise: 0.1, seed: 5 } });
    expect(robustness(withSpec, units)).toMatchObject({ runs: 30, noise: 0.1, seed: 5 });
  });

  it('a unit without a score has no rank band', () => {
    const r = robustness(twoParams, [...units, { unit: 'N', values: {} }], { runs: 10, seed: 1 });
    expect(r.rows.find((x) => x.unit === 'N')).toMatchObject({ rank: null, medianRank: null, p5Rank: null, scoredRuns: 0, gradeCanChange: false });
  });

  it('rejects nonsense options', () => {
    expect(() => robustness(twoParams, units, { runs: 0 })).toThrow('runs must be');
    expect(() => robustness(twoParams, units, { noise: 2 })).toThrow('noise must be');
  });

  it('55 units × 163 parameters (parameter → scheme → department) × 500 runs in well under 3 seconds', () => {
    const random = mulberry32(99);
    const departments = Array.from({ length: 12 }, (_, d) => ({
      id: `d${d}`,
      weight: 1,
      children: Array.from({ length: 3 }, (_, s) => ({
        id: `d${d}s${s}`,
        weight: 1,
        children: [] as unknown[],
      })),
    }));
    for (let p = 0; p < 163; p++) {
      departments[p % 12].children[Math.floor(p / 12) % 3].children.push({ id: `p${p}`, source: { indicator: `p${p}` }, direction: p % 5 ? 'higher' : 'lower', normalize: { method: 'target' } });
    }
    const card = parseScorecard({ id: 'big', name: { en: 'Big' }, grades, children: departments });
    const big: UnitValues[] = Array.from({ length: 55 }, (_, u) => ({
      unit: `district${u}`,
      values: Object.fromEntries(Array.from({ length: 163 }, (_, p) => [`p${p}`, random() < 0.03 ? null : 50 + 100 * random()])),
      targets: Object.fromEntries(Array.from({ length: 163 }, (_, p) => [`p${p}`, 100])),
    }));
    const t0 = performance.now();
    const r = robustness(card, big, { runs: 500, seed: 3 });
    const ms = performance.now() - t0;
    expect(r.rows).toHaveLength(55);
    expect(r.rows.every((x) => x.scoredRuns === 500 && x.p5Rank! <= x.medianRank! && x.medianRank! <= x.p95Rank!)).toBe(true);
    expect(ms).toBeLessThan(3000);
  });
});

describe('robustness with alternative normalisations (discrete choice)', () => {
  const mixed: UnitValues[] = [
    { unit: 'A', values: { p: 0.9, q: 0.1 } },
    { unit: 'B', values: { p: 0.5, q: 0.5 } },
    { unit: 'C', values: { p: 0.45, q: 0.52 } },
  ];
  it('with a single alternative and no noise every run gives that alternative\'s ranks', async () => {
    const { withNormalization } = await import('@/domain/scoring/robustness');
    const rank = scorePeriod(withNormalization(twoParams, 'rank'), mixed);
    const r = robustness(twoParams, mixed, { runs: 20, noise: 0, normalizations: ['rank'] });
    expect(r.normalizations).toEqual(['rank']);
    for (const row of r.rows) {
      const own = rank.rows.find((x) => x.unit === row.unit)!.rank;
      expect([row.minRank, row.maxRank]).toEqual([own, own]);
    }
    // own weights and own normalisation: A 50, B 50, C 48.5 → A 1, B 1, C 3
    expect(r.rows.map((x) => x.rank)).toEqual([1, 1, 3]);
  });
  it('mixing "asIs" and "rank" without noise gives bands spanning both rankings', () => {
    // rank: p A 100, B 50, C 0; q A 0, B 50, C 100 → A 50, B 50, C 50 → all rank 1
    const r = robustness(twoParams, mixed, { runs: 200, noise: 0, normalizations: ['asIs', 'rank'] });
    const c = r.rows.find((x) => x.unit === 'C')!;
    expect([c.minRank, c.maxRank]).toEqual([1, 3]);
  });
});
