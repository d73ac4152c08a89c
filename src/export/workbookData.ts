/**
 * The workbook's rows from the briefing's inputs (the same aggregated rows the #/briefing page is
 * built from, so the workbook and the page always agree) plus the named pending complaints.
 * Pure: no DuckDB, no Vue.
 */
import type { BriefingInputs } from '@/domain/briefing/model';
import { scorePeriod, toScoreOutput, type Scorecard, type ScoreResult } from '@/domain/scoring';
import { isGroup } from '@/domain/scoring/types';
import { canGrade, tlRows } from '@/domain/tlTable';
import { buildOfficerLists } from '@/domain/officers';
import type { ExportNode, LeagueRow, PendingItem, WorkbookData } from './types';

export interface WorkbookDataOptions {
  complaintRows: number;
  /** the pending lists' cut-offs (what pendingByDepartment was asked for) */
  pendingOverDays: number;
  pendingLimit: number;
  /** officers on each list (default 20) and the closures needed to be listed (default 10) */
  officerTop?: number;
  minClosures?: number;
  now?: Date;
}

/** Top-level nodes of the scorecard with their marks (weight share × 100). */
export function exportNodes(card: Scorecard): ExportNode[] {
  const total = card.children.reduce((s, c) => s + (c.weight ?? 1), 0) || 1;
  return card.children.map((c) => ({
    id: c.id,
    name: c.name ?? null,
    marks: (100 * (c.weight ?? 1)) / total,
    direction: isGroup(c) ? null : c.direction ?? 'higher',
    metric: isGroup(c) ? null : 'metric' in c.source ? c.source.metric : c.source.indicator,
  }));
}

/** League rows as `samiksha score` prints them (same order, same rounding) plus points per top-level node. */
export function leagueRows(card: Scorecard, result: ScoreResult, period: string): LeagueRow[] {
  const out = toScoreOutput(result, { period, scorecard: card.id });
  const byUnit = new Map(result.rows.map((r) => [r.unit, r]));
  return out.rows.map((r) => {
    const full = byUnit.get(r.unit)!;
    const nodes: LeagueRow['nodes'] = {};
    for (const c of card.children) {
      const n = full.nodes[c.id];
      nodes[c.id] = { value: isGroup(c) ? null : full.parameters[c.id]?.value ?? null, points: n?.points == null ? null : Math.round(n.points * 100) / 100 };
    }
    const { parameters: _parameters, ...line } = r;
    return { ...line, nodes };
  });
}

export function workbookData(inp: BriefingInputs, pending: (PendingItem & { department: string })[], o: WorkbookDataOptions): WorkbookData {
  const card = inp.card;
  const previous = inp.previous.length ? scorePeriod(card, inp.previous) : undefined;
  const result = inp.current.length ? scorePeriod(card, inp.current, { previous }) : null;
  const departments = tlRows(card, { all: inp.departments, graded: inp.departmentsGraded })
    .sort((a, b) => b.pending_over_50 - a.pending_over_50 || a.unit.localeCompare(b.unit));
  const l = buildOfficerLists(inp.officers, inp.officerDepartments, { top: o.officerTop ?? 20, minClosures: o.minClosures });
  const byDept = new Map<string, PendingItem[]>();
  for (const r of pending) {
    const list = byDept.get(r.department) ?? [];
    list.push(r);
    byDept.set(r.department, list);
  }
  const lists: WorkbookData['pending']['lists'] = [];
  for (const d of departments) {
    const rows = byDept.get(d.unit);
    if (rows?.length) lists.push({ department: d.unit, total: o.pendingOverDays === 50 ? d.pending_over_50 : rows.length, over100: d.pending_over_100, over300: d.pending_over_300, rows });
  }
  return {
    meta: {
      scorecardId: card.id, scorecardName: card.name, period: inp.period, compare: inp.compare,
      district: inp.scope.kind === 'district' ? inp.scope.district : null,
      dataAsOf: inp.dataset.dataAsOf, datasetName: inp.dataset.name || null, complaintRows: o.complaintRows,
      generatedAt: (o.now ?? new Date()).toISOString(),
    },
    nodes: exportNodes(card),
    league: result ? leagueRows(card, result, inp.period) : [],
    unscored: result ? toScoreOutput(result, { period: inp.period }).unscored : [],
    departments,
    gradable: canGrade(card),
    officers: { good: l.good, poor: l.poor, minClosures: l.minClosures, eligible: l.eligible },
    pending: { minDays: o.pendingOverDays, limit: o.pendingLimit, lists },
  };
}
