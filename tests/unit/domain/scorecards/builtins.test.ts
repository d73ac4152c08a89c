import { describe, expect, it } from 'vitest';
import { BUILTIN_SCORECARDS, BUILTIN_SCORECARD_IDS, getBuiltinScorecard } from '@/domain/scorecards';
import { buildCmDashboard } from '@/domain/scorecards/buildCmDashboard';
import { DEPARTMENTS } from '@/domain/catalogue/departments';
import { SCHEMES, SCHEME_PARAMETERS } from '@/domain/catalogue/schemes';
import cmDashboardJson from '@/domain/scorecards/cm-dashboard.json';
import { isGroup, sourceKey } from '@/domain/scoring/types';
import type { ParameterNode, Scorecard, ScorecardNode } from '@/domain/scoring/types';
import { scorePeriod } from '@/domain/scoring/engine';
import { safeParseScorecard } from '@/domain/scoring/validate';
import { hasSchemas, schemaValidator } from '../scoring/shared';

const leaves = (nodes: ScorecardNode[]): ParameterNode[] => nodes.flatMap((n) => (isGroup(n) ? leaves(n.children) : [n]));
const card = (id: string) => getBuiltinScorecard(id)!;

describe('built-in scorecards', () => {
  it('are mp-cm-helpline, cm-dashboard and cm-window', () => {
    expect(BUILTIN_SCORECARD_IDS).toEqual(['mp-cm-helpline', 'cm-dashboard', 'cm-window', 'uk-cm-helpline']);
  });

  it.each(BUILTIN_SCORECARDS.map((c) => [c.id, c] as const))('%s passes the loader, with en + hi names everywhere', (_id, c) => {
    expect(safeParseScorecard(JSON.parse(JSON.stringify(c))).success).toBe(true);
    expect(c.name.hi).toBeTruthy();
    expect(c.description?.en).toContain('ASSUMED');
    for (const p of leaves(c.children)) expect([p.id, p.name?.en && p.name?.hi ? 'named' : 'unnamed']).toEqual([p.id, 'named']);
  });

  it.skipIf(!hasSchemas)('all pass ../shared/schemas/scorecard.schema.json', () => {
    const validate = schemaValidator('scorecard.schema.json');
    for (const c of BUILTIN_SCORECARDS) expect([c.id, validate(c)]).toEqual([c.id, { ok: true, errors: 'No errors' }]);
  });

  it('getBuiltinScorecard returns an editable copy; the built-ins stay read-only', () => {
    const copy = card('mp-cm-helpline');
    copy.children[0].weight = 1;
    expect(card('mp-cm-helpline').children[0].weight).toBe(60);
    expect(() => {
      (BUILTIN_SCORECARDS[0].children[0] as { weight?: number }).weight = 1;
    }).toThrow();
    expect(getBuiltinScorecard('nope')).toBeUndefined();
  });
});

describe('mp-cm-helpline', () => {
  const c = card('mp-cm-helpline');

  it('is the 60/20/10/10 grading on ratio rates', () => {
    expect(c.children.map((n) => [n.id, n.weight, (n as ParameterNode).direction, (n as ParameterNode).normalize.method, sourceKey((n as ParameterNode).source)])).toEqual([
      ['satisfaction_rate', 60, 'higher', 'ratio', 'satisfaction_rate'],
      ['old_pending_resolution_rate', 20, 'higher', 'ratio', 'old_pending_resolution_rate'],
      ['low_quality_rate', 10, 'lower', 'ratio', 'low_quality_rate'],
      ['non_attended_rate', 10, 'lower', 'ratio', 'non_attended_rate'],
    ]);
  });

  it('has the habitual exclusion, time limits, grades and volume groups', () => {
    expect(c.exclusions).toEqual({ habitualComplainantOver: 10 });
    expect(c.timeLimitDays).toEqual({ '1': 7, '2': 7, '3': 7, '4': 10 });
    expect(c.grades).toEqual([{ grade: 'A', min: 80 }, { grade: 'B', min: 70 }, { grade: 'C', min: 60 }, { grade: 'D', min: 0 }]);
    expect(c.peerGroups).toEqual({ by: 'received', thresholds: [{ group: 'A', min: 500 }, { group: 'B', min: 0 }] });
    expect(c.description!.en).toContain('at least 500 complaints');
  });

  it('marks: satisfaction 0.72 → 43.2 of 60; old pending 0.5 → 10 of 20; low quality 0.1 → 9 of 10; non-attended 0.2 → 8 of 10; 70.2 in Group A', () => {
    const r = scorePeriod(c, [{ unit: 'Indore', values: { received: 2000, satisfaction_rate: 0.72, old_pending_resolution_rate: 0.5, low_quality_rate: 0.1, non_attended_rate: 0.2 } }]);
    const row = r.rows[0];
    expect(Object.fromEntries(Object.entries(row.parameters).map(([id, p]) => [id, Number(p.points!.toFixed(9))]))).toEqual({
      satisfaction_rate: 43.2,
      old_pending_resolution_rate: 10,
      low_quality_rate: 9,
      non_attended_rate: 8,
    });
    expect([row.rounded, row.group, row.grade]).toEqual([70.2, 'A', 'B']);
  });
});

describe('cm-window', () => {
  it('weighs its four rates equally; overdue is lower-is-better', () => {
    const c = card('cm-window');
    expect(c.children.map((n) => [n.id, n.weight, (n as ParameterNode).direction])).toEqual([
      ['takeup_24h_rate', 25, 'higher'],
      ['atr_rate', 25, 'higher'],
      ['overdue_rate', 25, 'lower'],
      ['disposed_within_30_rate', 25, 'higher'],
    ]);
  });
});

describe('cm-dashboard', () => {
  const c = card('cm-dashboard');

  it('has 163 target-normalised indicator parameters, grouped parameter → scheme → department', () => {
    const params = leaves(c.children);
    expect(params).toHaveLength(163);
    expect(params.every((p) => p.normalize.method === 'target' && 'indicator' in p.source)).toBe(true);
    for (const dept of c.children) {
      expect(dept.id.startsWith('dept:')).toBe(true);
      for (const scheme of (dept as { children: ScorecardNode[] }).children) {
        expect(scheme.id.startsWith('scheme:')).toBe(true);
        expect((scheme as { children: ScorecardNode[] }).children.every((p) => !isGroup(p))).toBe(true);
      }
    }
  });

  it('is exactly what buildCmDashboard makes of the catalogue (regenerate with npx tsx src/domain/scorecards/generateCmDashboard.ts)', () => {
    expect(cmDashboardJson).toEqual(buildCmDashboard(DEPARTMENTS, SCHEMES, SCHEME_PARAMETERS));
  });

  it('scores with the targets of the indicator rows; one parameter alone cannot score a district', () => {
    const first = leaves(c.children)[0];
    expect(first.direction).toBe('higher');
    const r = scorePeriod(c, [{ unit: 'Betul', values: { [first.id]: 45 }, targets: { [first.id]: 60 } }]);
    expect(r.unscored[0].parameters[first.id]).toMatchObject({ value: 45, target: 60, normalized: 75, points: null });
    // its department has data for one scheme of several (< 50%), so no department survives
    const ids = c.children.map((d) => d.id);
    expect(r.unscored[0].reason).toBe(`only 0% of weight has data (needs 50%); missing: ${ids.slice(0, 5).join(', ')} and ${ids.length - 5} more`);
  });
});
