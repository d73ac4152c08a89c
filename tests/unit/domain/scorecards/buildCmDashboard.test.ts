import { describe, expect, it } from 'vitest';
import { buildCmDashboard } from '@/domain/scorecards/buildCmDashboard';
import { parseScorecard } from '@/domain/scoring/validate';
import { scorePeriod } from '@/domain/scoring/engine';
import type { Department, Scheme, SchemeParameter } from '@/domain/catalogue/types';

const t = (en: string) => ({ en, hi: `${en}-hi` });
const departments: Department[] = [{ id: 'HEALTH', name: t('Health') }, { id: 'EMPTY', name: t('Empty') }, { id: 'EDU', name: t('Education') }];
const schemes: Scheme[] = [
  { id: 'JSY', name: t('JSY'), department: 'HEALTH' },
  { id: 'TB', name: t('TB'), department: 'HEALTH' },
  { id: 'NOPARAMS', name: t('No params'), department: 'EDU' },
  { id: 'MDM', name: t('Mid-day meal'), department: 'EDU' },
];
const param = (id: string, scheme: string, department: string, direction: 'higher' | 'lower' = 'higher'): SchemeParameter => ({
  id, name: t(id), department, scheme, unit: '%', direction, baseTarget: 100,
});
const parameters = [param('INST_DELIV', 'JSY', 'HEALTH'), param('ANC', 'JSY', 'HEALTH'), param('TB_DAYS', 'TB', 'HEALTH', 'lower'), param('MDM_COVER', 'MDM', 'EDU')];

describe('buildCmDashboard', () => {
  const card = parseScorecard(buildCmDashboard(departments, schemes, parameters));

  it('builds parameter → scheme → department → total, leaving out departments and schemes with no parameters', () => {
    const shape = card.children.map((d) => [d.id, (d as { children: { id: string; children: { id: string }[] }[] }).children.map((s) => [s.id, s.children.map((p) => p.id)])]);
    expect(shape).toEqual([
      ['dept:HEALTH', [['scheme:JSY', ['INST_DELIV', 'ANC']], ['scheme:TB', ['TB_DAYS']]]],
      ['dept:EDU', [['scheme:MDM', ['MDM_COVER']]]],
    ]);
    expect(card.description!.en).toContain('4 scheme-progress parameters (target vs achievement) of 3 schemes in 2 departments');
  });

  it('scores: JSY = (75 + 100)/2 = 87.5; TB (lower, target 10, 20 days) = 50; Health = 68.75; Edu = 90; total 79.375', () => {
    const r = scorePeriod(card, [
      {
        unit: 'Betul',
        values: { INST_DELIV: 45, ANC: 130, TB_DAYS: 20, MDM_COVER: 90 },
        targets: { INST_DELIV: 60, ANC: 120, TB_DAYS: 10, MDM_COVER: 100 },
      },
    ]);
    const u = r.rows[0];
    expect(u.nodes['scheme:JSY'].score).toBeCloseTo(87.5, 9);
    expect(u.nodes['scheme:TB'].score).toBeCloseTo(50, 9);
    expect(u.nodes['dept:HEALTH'].score).toBeCloseTo(68.75, 9);
    expect(u.score).toBeCloseTo(79.375, 9);
    expect(u.parameters.INST_DELIV.points).toBeCloseTo(0.5 * 0.5 * 0.5 * 75, 9);
  });

  it.each([
    ['unknown scheme', [param('X', 'NOPE', 'HEALTH')], 'parameter X: unknown scheme "NOPE"'],
    ['unknown department', [param('X', 'JSY', 'NOPE')], 'parameter X: unknown department "NOPE"'],
    ['department differs from the scheme', [param('X', 'MDM', 'HEALTH')], `parameter X: department "HEALTH" differs from its scheme's ("EDU")`],
    ['no parameters', [], 'the catalogue has no scheme parameters'],
  ])('refuses an inconsistent catalogue: %s', (_name, params, message) => {
    expect(() => buildCmDashboard(departments, schemes, params)).toThrow(message);
  });
});
