/**
 * buildBriefing on hand-made aggregated rows. Scorecard: one parameter, satisfaction_rate, ratio,
 * so a district's score is 100 × its satisfaction rate; grades A ≥ 80, B ≥ 70, C ≥ 60, D.
 */
import { describe, it, expect } from 'vitest';
import { buildBriefing, sectionOf, BRIEFING_SECTIONS, type BriefingInputs } from '@/domain/briefing/model';
import { districtForceClosure, failingGrades } from '@/domain/briefing/sections';
import { METRIC_NAMES, type UnitMetrics } from '@/domain/metrics';
import type { Scorecard, UnitValues } from '@/domain/scoring/types';
import { officer, totals } from '../officers/fixtures';

const card: Scorecard = {
  id: 'sat-only', name: { en: 'Satisfaction only', hi: 'केवल संतुष्टि' },
  grades: [{ grade: 'A', min: 80 }, { grade: 'B', min: 70 }, { grade: 'C', min: 60 }, { grade: 'D', min: 0 }],
  children: [{ id: 'sat', weight: 100, source: { metric: 'satisfaction_rate' }, normalize: { method: 'ratio' } }],
};

function m(unit: string, v: Partial<Record<string, number | null>>): UnitMetrics {
  const row = { unit } as UnitMetrics;
  for (const k of METRIC_NAMES) row[k] = (v[k] ?? null) as number | null;
  return row;
}
const uv = (unit: string, sat: number): UnitValues => ({ unit, values: { satisfaction_rate: sat }, volume: 100 });

// period: P 90, T 82, Q 75, R 65, S 50; compare month: T 90, Q 79, P 70, R 60, S 55
const NOW: Record<string, number> = { P: 0.9, Q: 0.75, R: 0.65, S: 0.5, T: 0.82 };
const BEFORE: Record<string, number> = { P: 0.7, Q: 0.79, R: 0.6, S: 0.55, T: 0.9 };
const FC: Record<string, number> = { P: 0.05, Q: 0.5, R: 0.05, S: 0.1, T: 0.1 };

function inputs(scope: BriefingInputs['scope'] = { kind: 'state' }): BriefingInputs {
  const units = Object.keys(NOW);
  return {
    card, period: '2026-03', compare: '2026-02', scope,
    dataset: { name: 'hand.csv', dataAsOf: '2026-03-30' },
    current: units.map((u) => uv(u, NOW[u])),
    currentMetrics: units.map((u) => m(u, { closed: 100, satisfaction_rate: NOW[u] })),
    previous: units.map((u) => uv(u, BEFORE[u])),
    headline: m('State', { received: 1000, closed: 800, satisfaction_rate: 0.7, pending_over_50: 65 }),
    headlineCompare: m('State', { received: 900, closed: 820, satisfaction_rate: 0.65, pending_over_50: 70 }),
    districts: units.map((u) => m(u, { received: 120, closed: 100, force_closed_rate: FC[u], satisfaction_rate: NOW[u] })),
    departments: [
      m('Revenue', { pending_end: 40, pending_over_50: 10, pending_over_100: 5, pending_over_300: 1, received: 300, closed: 250 }),
      m('Energy', { pending_end: 50, pending_over_50: 20, pending_over_100: 12, pending_over_300: 2, received: 300, closed: 250 }),
      m('Health', { pending_end: 60, pending_over_50: 35, pending_over_100: 30, pending_over_300: 0, received: 400, closed: 300 }),
    ],
    departmentsGraded: [uv('Revenue', 0.55), uv('Energy', 0.65), uv('Health', 0.85)],
    districtDepartments: [
      m('S / Revenue', { pending_end: 9, pending_over_50: 3, pending_over_100: 1 }),
      m('S / Energy', { pending_end: 9, pending_over_50: 7, pending_over_100: 2 }),
      m('S / Health', { pending_end: 4, pending_over_50: 0 }),
      m('P / Energy', { pending_end: 2, pending_over_50: 1 }),
    ],
    // Energy: O5 force-closed 38 of 40 against (56 − 38) / 80 = 22.5 % for the rest of the department
    officers: [officer('O1', 18, 20), officer('O2', 10, 20), officer('O3', 19, 20), officer('O4', 15, 20), officer('O5', 2, 40)],
    officerDepartments: [totals('Energy', { officers: 5, closed: 120, force_closed: 56 })],
  };
}

describe('buildBriefing (state)', () => {
  const b = buildBriefing(inputs(), { topN: 3 });

  it('meta carries what every page prints', () => {
    expect(b.meta).toMatchObject({ period: '2026-03', compare: '2026-02', asOf: '2026-03-31', dataAsOf: '2026-03-30', dataset: 'hand.csv', scorecard: { id: 'sat-only' }, grades: ['A', 'B', 'C', 'D'], scored: 5, unscored: 0 });
    expect(b.sections.map((s) => s.id)).toEqual([...BRIEFING_SECTIONS]);
  });

  it('headline: value, compare and change', () => {
    const h = sectionOf(b, 'headline')!;
    expect(h.figures.find((f) => f.key === 'received')).toMatchObject({ value: 1000, compare: 900, change: 100, kind: 'count', goodWhen: 'down' });
    const sat = h.figures.find((f) => f.key === 'satisfaction_rate')!;
    expect([sat.kind, sat.goodWhen]).toEqual(['rate', 'up']);
    expect(sat.change).toBeCloseTo(0.05, 12);
    expect(h.district).toBeNull();
  });

  it('top and bottom by rank, with ranks and changes against the compare month', () => {
    expect(sectionOf(b, 'top')!.rows.map((r) => [r.unit, r.rank, r.score, r.grade, r.deltaRank])).toEqual([['P', 1, 90, 'A', 2], ['T', 2, 82, 'A', -1], ['Q', 3, 75, 'B', -1]]);
    expect(sectionOf(b, 'bottom')!.rows.map((r) => [r.unit, r.rank, r.previousRank, r.deltaScore])).toEqual([['S', 5, 5, -5], ['R', 4, 4, 5], ['Q', 3, 2, -4]]);
  });

  it('movers: P up two places; Q and T down one (name order)', () => {
    const mv = sectionOf(b, 'movers')!;
    expect(mv.compared).toBe(true);
    expect(mv.up.map((r) => r.unit)).toEqual(['P']);
    expect(mv.down.map((r) => r.unit)).toEqual(['Q', 'T']);
  });

  it('grades: this month A 2 B 1 C 1 D 1; the compare month A 1 B 2 C 1 D 1', () => {
    const g = sectionOf(b, 'grades')!;
    expect(g.counts.map((c) => [c.grade, c.n, c.compare])).toEqual([['A', 2, 1], ['B', 1, 2], ['C', 1, 1], ['D', 1, 1]]);
    expect(g.counts[0].units).toEqual(['P', 'T']);
  });

  it('departments failing: graded C or D, most > 100-day pending first', () => {
    const d = sectionOf(b, 'departments')!;
    expect(d.graded).toBe(true);
    expect(d.failingGrades).toEqual(['C', 'D']);
    expect(d.rows.map((r) => [r.unit, r.grade, r.score, r.pending_over_100])).toEqual([['Energy', 'C', 65, 12], ['Revenue', 'D', 55, 5]]);
  });

  it('gaming: Q force-closes 50 % against (80 − 50) / 400 = 7.5 % elsewhere; O5 is flagged', () => {
    const g = sectionOf(b, 'gaming')!;
    expect(g.stateForceClosedRate).toBeCloseTo(80 / 500, 12);
    expect(g.districts.map((r) => r.district)).toEqual(['Q']);
    expect(g.districts[0]).toMatchObject({ closed: 100, force_closed: 50, force_closed_rate: 0.5, flagged: true });
    expect(g.districts[0].baseline).toBeCloseTo(0.075, 12);
    expect(g.officers.map((o) => [o.officer_id, o.flags.map((f) => f.kind)])).toEqual([['O5', ['force_closed']]]);
    expect(g.officers[0].flags[0].baseline).toBeCloseTo(18 / 80, 12);
  });

  it('officers: good = the better half by Wilson lower bound, poor = the rest by upper bound', () => {
    const o = sectionOf(b, 'officers')!;
    expect(o.good.map((r) => r.officer_id)).toEqual(['O3', 'O1', 'O4']);
    expect(o.poor.map((r) => r.officer_id)).toEqual(['O5', 'O2']);
    expect([o.eligible, o.minClosures]).toEqual([5, 10]);
  });

  it('pending by department, most > 50 days first, with the total', () => {
    const p = sectionOf(b, 'pending')!;
    expect(p.rows.map((r) => r.unit)).toEqual(['Health', 'Energy', 'Revenue']);
    expect(p.total).toEqual({ unit: '', pending_end: 150, pending_over_50: 65, pending_over_100: 47, pending_over_300: 3 });
  });

  it('cards: one per district in rank order; S needs 10 more satisfied closures for C, 15 to tie R at rank 4', () => {
    const c = sectionOf(b, 'cards')!;
    expect(c.cards.map((x) => x.unit)).toEqual(['P', 'T', 'Q', 'R', 'S']);
    const s = c.cards[4];
    expect(s).toMatchObject({ rank: 5, grade: 'D', score: 50, groupSize: 5 });
    expect(s.marksLost.map((r) => [r.id, r.max, r.points, r.lost])).toEqual([['sat', 100, 50, 50]]);
    const sat = s.whatItTakes.filter((o) => o.lever === 'satisfied');
    expect(sat.map((o) => [o.target, o.status, o.goal, o.k])).toEqual([['grade', 'reached', 'C', 10], ['rank', 'reached', 4, 15]]);
    expect(s.worstDepartments.map((d) => [d.unit, d.pending_over_50])).toEqual([['Energy', 7], ['Revenue', 3]]);
    expect(s.figures.closed).toBe(100);
    expect(c.cards[0].whatItTakes.filter((o) => o.lever === 'satisfied').map((o) => o.status)).toEqual(['already', 'already']);
  });
});

describe('buildBriefing (one district) and options', () => {
  it('a district: its league row, its card only, its own force-closure row; the league stays state-wide', () => {
    const b = buildBriefing(inputs({ kind: 'district', district: 'S' }));
    expect(sectionOf(b, 'headline')!.district).toMatchObject({ unit: 'S', rank: 5, grade: 'D' });
    expect(sectionOf(b, 'cards')!.cards.map((c) => c.unit)).toEqual(['S']);
    expect(sectionOf(b, 'gaming')!.districts.map((r) => [r.district, r.flagged])).toEqual([['S', false]]);
    expect(sectionOf(b, 'top')!).toMatchObject({ highlight: 'S' });
    expect(sectionOf(b, 'top')!.rows).toHaveLength(5);
  });

  it('only the sections asked for, in the fixed order', () => {
    const b = buildBriefing(inputs(), { sections: ['cards', 'top'] });
    expect(b.sections.map((s) => s.id)).toEqual(['top', 'cards']);
    expect(sectionOf(b, 'gaming')).toBeUndefined();
  });

  it('no compare month scores: movers empty and not compared, grade compare null', () => {
    const b = buildBriefing({ ...inputs(), previous: [] });
    expect(sectionOf(b, 'movers')).toMatchObject({ up: [], down: [], compared: false });
    expect(sectionOf(b, 'grades')!.counts[0].compare).toBeNull();
  });

  it('a scorecard that cannot grade departments lists the most > 100-day pending instead', () => {
    const d = sectionOf(buildBriefing({ ...inputs(), departmentsGraded: null }), 'departments')!;
    expect(d.graded).toBe(false);
    expect(d.rows.map((r) => r.unit)).toEqual(['Health', 'Energy', 'Revenue']);
  });

  it('failing grades: last two of four or more, last one of two or three', () => {
    expect(failingGrades(['A', 'B', 'C', 'D'])).toEqual(['C', 'D']);
    expect(failingGrades(['A', 'B', 'C'])).toEqual(['C']);
    expect(failingGrades(['A'])).toEqual([]);
  });

  it('force closure: too few closures is never flagged', () => {
    const r = districtForceClosure([m('X', { closed: 5, force_closed_rate: 1 }), m('Y', { closed: 1000, force_closed_rate: 0.01 })]);
    expect(r.rows.find((x) => x.district === 'X')!.flagged).toBe(false);
  });
});
