import { describe, expect, it } from 'vitest';
import { scorePeriod } from '@/domain/scoring/engine';
import { compileScorecard } from '@/domain/scoring/compile';
import { createRescorer, structureKey } from '@/domain/scoring/rescore';
import { mulberry32 } from '@/domain/scoring/random';
import { getBuiltinScorecard } from '@/domain/scorecards';
import type { GroupNode, Scorecard, ScoreResult, UnitValues } from '@/domain/scoring/types';
import { mpCard, mpUnits } from './mpExample';

/** what the preview shows: everything but the explanations */
const shown = (r: ScoreResult) => ({
  groups: r.groups,
  rows: r.rows.map((x) => [x.unit, x.group, x.score, x.rounded, x.rank, x.overallRank, x.grade]),
  unscored: r.unscored.map((x) => [x.unit, x.group, x.reason]),
});

/** 55 units with values (and targets) for every parameter of `card`, some missing */
function unitsFor(card: Scorecard, seed = 7): UnitValues[] {
  const rnd = mulberry32(seed);
  const keys = compileScorecard(card).params.map((p) => p.key);
  return Array.from({ length: 55 }, (_, i) => ({
    unit: `U${i}`,
    values: Object.fromEntries(keys.map((k) => [k, rnd() < 0.08 ? null : Math.round(rnd() * 1000) / 10])),
    targets: Object.fromEntries(keys.map((k) => [k, 50 + Math.round(rnd() * 50)])),
  }));
}

describe('createRescorer (the workbench preview)', () => {
  it('scores, ranks and grades as scorePeriod on the worked MP example', () => {
    const rescore = createRescorer();
    expect(shown(rescore(mpCard(), mpUnits()))).toEqual(shown(scorePeriod(mpCard(), mpUnits())));
  });

  it('follows a series of weight edits on the 163-parameter CM Dashboard exactly as scorePeriod does', () => {
    const card = getBuiltinScorecard('cm-dashboard')!;
    const units = unitsFor(card);
    const rescore = createRescorer();
    expect(shown(rescore(card, units))).toEqual(shown(scorePeriod(card, units)));
    const depts = card.children as GroupNode[];
    for (const [i, w] of [[0, 5], [3, 0], [7, 2.5], [0, 1], [12, 10]] as const) {
      depts[i].weight = w;
      const scheme = depts[i].children[0] as GroupNode;
      scheme.children[0].weight = w + 1;
      expect(shown(rescore(card, units))).toEqual(shown(scorePeriod(card, units)));
    }
    // a higher availability threshold: some units unscored, with the same reasons
    card.availabilityThreshold = 0.97;
    expect(shown(rescore(card, units))).toEqual(shown(scorePeriod(card, units)));
    expect(scorePeriod(card, units).unscored.length).toBeGreaterThan(0);
  });

  it('re-normalises when a normalisation, direction or the data change', () => {
    const card = mpCard();
    const units = mpUnits();
    const rescore = createRescorer();
    rescore(card, units);
    const p = card.children[0] as { normalize: unknown; direction: string };
    p.normalize = { method: 'minmax' };
    expect(shown(rescore(card, units))).toEqual(shown(scorePeriod(card, units)));
    p.direction = 'lower';
    expect(shown(rescore(card, units))).toEqual(shown(scorePeriod(card, units)));
    const other = units.map((u) => ({ ...u, values: { ...u.values, satisfaction_rate: 0.5 } }));
    expect(shown(rescore(card, other))).toEqual(shown(scorePeriod(card, other)));
  });

  it('the structure key ignores weights and grades, not normalisations', () => {
    const a = mpCard();
    const b = structuredClone(a);
    b.children[1].weight = 99;
    b.grades = [{ grade: 'X', min: 0 }];
    expect(structureKey(b)).toBe(structureKey(a));
    (b.children[1] as { normalize: unknown }).normalize = { method: 'rank' };
    expect(structureKey(b)).not.toBe(structureKey(a));
  });
});
