/**
 * The section builders behind `buildBriefing` (model.ts): each turns the aggregated inputs and the
 * period's ScoreResult into one typed section, reusing the domain's own selections (topBottom,
 * movers, gradeCounts, marksLost, whatItTakes, buildOfficerLists, the officer flag test). Pure TS.
 */
import { scorePeriod } from '../scoring/engine';
import type { ScoreResult, UnitScore } from '../scoring/types';
import { topBottom, movers } from '../review';
import { gradeCounts } from '../charts/trend';
import { marksLost, peerGroupSize } from '../reportCard';
import { whatItTakes } from '../whatItTakes';
import { monthBounds, type UnitMetrics } from '../metrics';
import { binomialUpperTail } from '../officers/binomial';
import { FLAG_ALPHA, FLAG_RULES } from '../officers/flags';
import { buildOfficerLists, MIN_CLOSURES } from '../officers/lists';
import type { OfficerRow } from '../officers/types';
import {
  BRIEFING_SECTIONS, DEFAULT_BRIEFING_OPTIONS, HEADLINE_KEYS,
  type Briefing, type BriefingInputs, type BriefingOptions, type BriefingSection, type BriefingSectionId,
  type CardsSection, type DepartmentsSection, type DistrictGamingRow, type GamingSection, type GradesSection,
  type HeadlineFigure, type HeadlineKey, type HeadlineSection, type LeagueRow, type OfficerBrief,
  type PendingRow, type PendingSection, type ReportCard,
} from './model';

export function leagueRow(r: UnitScore): LeagueRow {
  return {
    unit: r.unit, group: r.group, rank: r.rank, overallRank: r.overallRank, score: r.rounded, grade: r.grade,
    previousRank: r.previousRank ?? null, deltaRank: r.deltaRank ?? null, deltaScore: r.deltaScore ?? null,
  };
}

const GOOD_UP: ReadonlySet<HeadlineKey> = new Set(['closed', 'satisfaction_rate']);

export function headlineFigures(cur: UnitMetrics | null | undefined, cmp: UnitMetrics | null | undefined): HeadlineFigure[] {
  return HEADLINE_KEYS.map((key) => {
    const value = cur?.[key] ?? null;
    const compare = cmp?.[key] ?? null;
    return {
      key,
      kind: key.endsWith('_rate') ? 'rate' : key === 'avg_days_to_close' ? 'days' : 'count',
      value, compare,
      change: value != null && compare != null ? value - compare : null,
      goodWhen: GOOD_UP.has(key) ? 'up' : 'down',
    };
  });
}

export function pendingRow(m: UnitMetrics, unit = m.unit): PendingRow {
  return {
    unit, pending_end: m.pending_end ?? 0, pending_over_50: m.pending_over_50 ?? 0,
    pending_over_100: m.pending_over_100 ?? 0, pending_over_300: m.pending_over_300 ?? 0,
  };
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byPending50 = (a: PendingRow, b: PendingRow) =>
  b.pending_over_50 - a.pending_over_50 || b.pending_over_100 - a.pending_over_100 || byName(a.unit, b.unit);

/** The grades counted as failing: the last two of four or more (C, D of A–D), else the last one of two or three. */
export function failingGrades(grades: readonly string[]): string[] {
  return grades.length >= 4 ? grades.slice(-2) : grades.length >= 2 ? grades.slice(-1) : [];
}

function departmentsSection(i: BriefingInputs, n: number): DepartmentsSection {
  const grades = (i.card.grades ?? []).map((g) => g.grade);
  const scored = i.departmentsGraded?.length ? scorePeriod(i.card, i.departmentsGraded) : null;
  const byUnit = new Map(scored?.rows.map((r) => [r.unit, r]) ?? []);
  const failing = failingGrades(grades);
  const rows = i.departments.map((m) => ({
    ...pendingRow(m), received: m.received ?? 0, closed: m.closed ?? 0,
    satisfaction_rate: m.satisfaction_rate, force_closed_rate: m.force_closed_rate,
    score: byUnit.get(m.unit)?.rounded ?? null, grade: byUnit.get(m.unit)?.grade ?? null,
  }));
  const byOld = (a: PendingRow, b: PendingRow) => b.pending_over_100 - a.pending_over_100 || b.pending_over_300 - a.pending_over_300 || byName(a.unit, b.unit);
  if (!scored) return { id: 'departments', graded: false, failingGrades: failing, rows: rows.sort(byOld).slice(0, n) };
  return { id: 'departments', graded: true, failingGrades: failing, rows: rows.filter((r) => r.grade != null && failing.includes(r.grade)).sort(byOld) };
}

/**
 * Force-closure outliers among districts: the officer flag test (FLAG_RULES.force_closed: gap,
 * ratio and a one-sided binomial p < FLAG_ALPHA) of each district against the rest of the state.
 */
export function districtForceClosure(districts: readonly UnitMetrics[], minClosed = MIN_CLOSURES): { state: number | null; rows: DistrictGamingRow[] } {
  const counts = districts.map((m) => {
    const closed = m.closed ?? 0;
    return { district: m.unit, closed, force_closed: Math.round((m.force_closed_rate ?? 0) * closed) };
  });
  const C = counts.reduce((s, c) => s + c.closed, 0);
  const F = counts.reduce((s, c) => s + c.force_closed, 0);
  const rule = FLAG_RULES.force_closed;
  const rows = counts.filter((c) => c.closed > 0 && C - c.closed > 0).map((c): DistrictGamingRow => {
    const rate = c.force_closed / c.closed;
    const baseline = (F - c.force_closed) / (C - c.closed);
    const excess = rate - baseline;
    const pValue = binomialUpperTail(c.force_closed, c.closed, baseline);
    const flagged = c.closed >= minClosed && excess >= rule.minExcess && rate >= rule.minRatio * baseline && pValue < FLAG_ALPHA;
    return { ...c, force_closed_rate: rate, baseline, excess, pValue, flagged };
  });
  rows.sort((a, b) => b.excess - a.excess || byName(a.district, b.district));
  return { state: C > 0 ? F / C : null, rows };
}

export function officerBrief(r: OfficerRow, flags = r.flags): OfficerBrief {
  return {
    officer_id: r.officer_id, officer_name: r.officer_name, district: r.district, department: r.department,
    closed: r.closed, satisfaction_rate: r.satisfaction_rate, force_closed_rate: r.force_closed_rate,
    pending_over_50: r.pending_over_50, wilson_lower: r.wilson_lower, wilson_upper: r.wilson_upper, rank: r.rank, flags,
  };
}

function cardsSection(i: BriefingInputs, result: ScoreResult): CardsSection {
  const only = i.scope.kind === 'district' ? i.scope.district : null;
  const figures = new Map(i.districts.map((m) => [m.unit, m]));
  const rows = result.rows.filter((r) => only === null || r.unit === only)
    .sort((a, b) => a.overallRank - b.overallRank || byName(a.unit, b.unit));
  const cards = rows.map((r): ReportCard => {
    const ml = marksLost(i.card, result, r.unit);
    const m = figures.get(r.unit);
    const prefix = `${r.unit} / `;
    return {
      ...leagueRow(r),
      groupSize: peerGroupSize(result, r),
      marksLost: ml?.rows ?? [],
      geometric: ml?.geometric ?? false,
      whatItTakes: whatItTakes(i.card, i.current, i.currentMetrics, r.unit),
      figures: Object.fromEntries(HEADLINE_KEYS.map((k) => [k, m?.[k] ?? null])),
      worstDepartments: i.districtDepartments.filter((d) => d.unit.startsWith(prefix))
        .map((d) => pendingRow(d, d.unit.slice(prefix.length))).filter((d) => d.pending_over_50 > 0).sort(byPending50).slice(0, 5),
    };
  });
  const unscored = result.unscored.filter((u) => only === null || u.unit === only).map((u) => ({ unit: u.unit, reason: u.reason }))
    .sort((a, b) => byName(a.unit, b.unit));
  return { id: 'cards', cards, unscored };
}

function gradesSection(i: BriefingInputs, result: ScoreResult, previous: ScoreResult | undefined, highlight: string | null): GradesSection {
  const order = (i.card.grades ?? []).map((g) => g.grade);
  const prev = previous ? gradeCounts(previous.rows.map((r) => r.grade), order) : null;
  const counts = gradeCounts(result.rows.map((r) => r.grade), order).map((c, k) => ({
    ...c, compare: prev ? prev[k].n : null,
    units: result.rows.filter((r) => r.grade === c.grade).map((r) => r.unit).sort(byName),
  }));
  return { id: 'grades', counts, ungraded: result.rows.filter((r) => r.grade == null).length, unscored: result.unscored.length, highlight };
}

const GAMING_KINDS = new Set(['force_closed', 'closure_burst', 'low_quality', 'reopened', 'special_closed']);

/** See model.ts `buildBriefing`. */
export function buildSections(i: BriefingInputs, o: BriefingOptions): Briefing {
  const opt = { ...DEFAULT_BRIEFING_OPTIONS, ...o };
  const want = new Set<BriefingSectionId>(o.sections ?? BRIEFING_SECTIONS);
  const previous = i.previous.length ? scorePeriod(i.card, i.previous) : undefined;
  const result = i.current.length
    ? scorePeriod(i.card, i.current, { previous })
    : { scorecardId: i.card.id, rows: [], unscored: [], groups: [] };
  const highlight = i.scope.kind === 'district' ? i.scope.district : null;
  const own = highlight ? result.rows.find((r) => r.unit === highlight) : undefined;
  const tb = topBottom(result.rows, opt.topN);
  const mv = movers(result.rows, opt.moversN);
  const lists = want.has('officers') || want.has('gaming')
    ? buildOfficerLists(i.officers, i.officerDepartments, { top: opt.officersN, minClosures: opt.minClosures })
    : null;

  const build: Record<BriefingSectionId, () => BriefingSection> = {
    headline: (): HeadlineSection => ({ id: 'headline', figures: headlineFigures(i.headline, i.headlineCompare), district: own ? leagueRow(own) : null }),
    top: () => ({ id: 'top', rows: tb.top.map(leagueRow), highlight }),
    bottom: () => ({ id: 'bottom', rows: tb.bottom.map(leagueRow), highlight }),
    movers: () => ({ id: 'movers', up: mv.up.map(leagueRow), down: mv.down.map(leagueRow), compared: !!previous, highlight }),
    grades: () => gradesSection(i, result, previous, highlight),
    departments: () => departmentsSection(i, opt.topN),
    gaming: (): GamingSection => {
      const fc = districtForceClosure(i.districts, opt.minClosures);
      const flagged = lists!.flagged
        .map((r) => ({ r, flags: r.flags.filter((f) => GAMING_KINDS.has(f.kind)) }))
        .filter((x) => x.flags.length > 0)
        .sort((a, b) => b.flags.length - a.flags.length || Math.min(...a.flags.map((f) => f.pValue)) - Math.min(...b.flags.map((f) => f.pValue)) || byName(a.r.officer_id, b.r.officer_id));
      return {
        id: 'gaming', stateForceClosedRate: fc.state,
        districts: highlight ? fc.rows.filter((r) => r.district === highlight) : fc.rows.filter((r) => r.flagged),
        officers: flagged.slice(0, opt.gamingOfficersN).map((x) => officerBrief(x.r, x.flags)),
        officersFlagged: flagged.length,
      };
    },
    officers: () => ({
      id: 'officers', good: lists!.good.map((r) => officerBrief(r)), poor: lists!.poor.map((r) => officerBrief(r)),
      minClosures: lists!.minClosures, officers: lists!.officers, eligible: lists!.eligible,
    }),
    pending: (): PendingSection => {
      const rows = i.departments.map((m) => pendingRow(m)).sort(byPending50);
      const sum = (k: keyof Omit<PendingRow, 'unit'>) => rows.reduce((s, r) => s + r[k], 0);
      return { id: 'pending', rows, total: { unit: '', pending_end: sum('pending_end'), pending_over_50: sum('pending_over_50'), pending_over_100: sum('pending_over_100'), pending_over_300: sum('pending_over_300') } };
    },
    cards: () => cardsSection(i, result),
  };

  return {
    meta: {
      scope: i.scope, period: i.period, compare: i.compare, asOf: monthBounds(i.period).end,
      dataAsOf: i.dataset.dataAsOf, dataset: i.dataset.name,
      scorecard: { id: i.card.id, name: i.card.name }, grades: (i.card.grades ?? []).map((g) => g.grade),
      scored: result.rows.length, unscored: result.unscored.length,
    },
    sections: BRIEFING_SECTIONS.filter((s) => want.has(s)).map((s) => build[s]()),
  };
}
