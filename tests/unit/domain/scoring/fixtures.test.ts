/**
 * The two published composite indexes in ../shared/fixtures: a correct engine reproduces them.
 * Skipped (with a message) where ../shared/fixtures is absent, e.g. in a user's clone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { scorePeriod } from '@/domain/scoring/engine';
import { parseScorecard } from '@/domain/scoring/validate';
import { roundTo } from '@/domain/scoring/rank';
import type { UnitValues } from '@/domain/scoring/types';
import { fixturesDir, hasFixtures } from './shared';

if (!hasFixtures) console.warn(`skipping published-index tests: ${fixturesDir} not found`);

const csv = (file: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path.join(fixturesDir, file), 'utf8'), { header: true, skipEmptyLines: true }).data;

/** Long format `period,unit,parameter_id,value[,target]` → one UnitValues per unit. */
function unitValues(file: string): { period: string; units: UnitValues[] } {
  const rows = csv(file);
  const periods = new Set(rows.map((r) => r.period));
  expect(periods.size).toBe(1);
  const byUnit = new Map<string, UnitValues>();
  const num = (s: string | undefined) => (s === undefined || s.trim() === '' || s === 'NA' ? null : Number(s));
  for (const r of rows) {
    let u = byUnit.get(r.unit);
    if (!u) byUnit.set(r.unit, (u = { unit: r.unit, values: {}, targets: {} }));
    u.values[r.parameter_id] = num(r.value);
    u.targets![r.parameter_id] = num(r.target);
  }
  return { period: [...periods][0], units: [...byUnit.values()] };
}

const scorecard = (dir: string) => parseScorecard(JSON.parse(readFileSync(path.join(fixturesDir, dir, 'scorecard.json'), 'utf8')));

describe.skipIf(!hasFixtures)('ASEM Sustainable Connectivity (COINr): min-max, equal weights, arithmetic, 3 levels', () => {
  const { units } = hasFixtures ? unitValues('asem/indicators.csv') : { units: [] };
  const expected = hasFixtures ? csv('asem/expected_scores.csv') : [];
  const result = hasFixtures ? scorePeriod(scorecard('asem'), units) : null!;
  const byUnit = new Map(result?.rows.map((r) => [r.unit, r]));

  it('scores all 51 countries', () => {
    expect(expected).toHaveLength(51);
    expect(result.rows).toHaveLength(51);
    expect(result.unscored).toEqual([]);
  });

  it('reproduces every published index score to 2 decimals and every rank', () => {
    const mismatches = expected.flatMap((e) => {
      const r = byUnit.get(e.UnitCode)!;
      return r.rounded === Number(e.Index) && r.rank === Number(e.Rank) ? [] : [`${e.UnitCode}: ${r.rounded} #${r.rank} vs ${e.Index} #${e.Rank}`];
    });
    expect(mismatches).toEqual([]);
  });

  it('reproduces every published sub-index and pillar score to 2 decimals', () => {
    const levels = ['Conn', 'Sust', 'Physical', 'ConEcFin', 'Political', 'Instit', 'P2P', 'Environ', 'Social', 'SusEcFin'];
    const mismatches = expected.flatMap((e) =>
      levels.flatMap((id) => {
        const ours = roundTo(byUnit.get(e.UnitCode)!.nodes[id].score!, 2);
        return ours === Number(e[id]) ? [] : [`${e.UnitCode}.${id}: ${ours} vs ${e[id]}`];
      }),
    );
    expect(mismatches).toEqual([]);
  });

  it('points add up to each score (arithmetic tree)', () => {
    for (const r of result.rows) {
      const sum = Object.values(r.parameters).reduce((a, p) => a + p.points!, 0);
      expect(sum).toBeCloseTo(r.score, 9);
    }
  });
});

describe.skipIf(!hasFixtures)('UNDP Human Development Index 2021: goalposts, log income, nested arithmetic, geometric top', () => {
  const { units } = hasFixtures ? unitValues('hdi/indicators.csv') : { units: [] };
  const expected = hasFixtures ? csv('hdi/expected.csv') : [];
  const result = hasFixtures ? scorePeriod(scorecard('hdi'), units) : null!;
  const byUnit = new Map(result?.rows.map((r) => [r.unit, r]));

  it('scores all 191 countries', () => {
    expect(expected).toHaveLength(191);
    expect(result.rows).toHaveLength(191);
  });

  it('reproduces every published HDI: ours rounded to 3 decimals equals it (so within 0.0005, × 100 on our scale)', () => {
    const mismatches = expected.flatMap((e) => {
      const ours = byUnit.get(e.unit)!.score / 100;
      return roundTo(ours, 3) === Number(e.hdi_2021) && Math.abs(ours - Number(e.hdi_2021)) <= 0.0005 ? [] : [`${e.unit}: ${ours} vs ${e.hdi_2021}`];
    });
    expect(mismatches).toEqual([]);
  });

  it('explains the geometric mean by its three factors (life, education, income)', () => {
    const afg = byUnit.get('AFG')!;
    expect(afg.factors!.map((f) => f.id)).toEqual(['le', 'education', 'gnipc']);
    const product = afg.factors!.reduce((a, f) => a * f.factor, 1);
    expect(product).toBeCloseTo(afg.score, 9);
    expect(afg.parameters.le.points).toBeNull();
  });
});
