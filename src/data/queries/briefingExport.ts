/**
 * The data behind the briefing's workbook (and the deck's district slides): the state league with
 * deltas, the department TL table, the officer lists and each department's named pending list.
 * Composes the existing named queries; the same code runs in the browser and in the CLI.
 */
import type { Db } from '../dbTypes';
import { scoreInputs } from './scoreInputs';
import { officerStats } from './officers';
import { complaintMetrics, filterSql, type MetricFilters } from './complaintMetrics';
import { datasetSummary, tableExists, type DatasetSummary } from './dataset';
import { monthBounds, previousMonth } from '@/domain/metrics';
import { scorePeriod, toScoreOutput, type Scorecard, type ScoreResult } from '@/domain/scoring';
import { isGroup } from '@/domain/scoring/types';
import { canGrade, tlRows } from '@/domain/tlTable';
import { buildOfficerLists, periodRange } from '@/domain/officers';
import type { ExportNode, LeagueRow, PendingItem, WorkbookData } from '@/export/types';

export interface WorkbookOptions {
  period: string;
  /** default: the month before `period` */
  compare?: string | null;
  district?: string | null;
  datasetName?: string | null;
  /** pending lists: complaints older than this many days (default 50) */
  pendingOverDays?: number;
  /** pending lists: at most this many complaints per department (default 500) */
  pendingLimit?: number;
  /** officers on each list (default 20) */
  officerTop?: number;
  /** officers with at least this many closures are listed (default: the officers page's 10) */
  minClosures?: number;
  now?: Date;
  /** the dataset summary when the caller has it already (saves its queries) */
  summary?: DatasetSummary;
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
    return { unit: r.unit, group: r.group, rank: r.rank, score: r.score, grade: r.grade, previousRank: r.previousRank, deltaRank: r.deltaRank, deltaScore: r.deltaScore, nodes };
  });
}

/** Scores a period with its compare period (for deltas); null when nothing can be scored. */
export async function scoreWithCompare(db: Db, card: Scorecard, period: string, compare: string | null): Promise<ScoreResult | null> {
  const cur = await scoreInputs(db, card, { period, unit: 'district' });
  if (!cur.units.length) return null;
  const prev = compare ? await scoreInputs(db, card, { period: compare, unit: 'district' }) : null;
  const previous = prev?.units.length ? scorePeriod(card, prev.units) : undefined;
  return scorePeriod(card, cur.units, { previous });
}

/**
 * Every department's complaints pending at the end of the period for more than `minDays` days,
 * oldest first, at most `limit` per department: ONE query (a window per department), so a state
 * workbook does not scan the table once per department.
 */
export async function pendingByDepartment(db: Db, period: string, filters: MetricFilters, limit: number, minDays: number): Promise<(PendingItem & { department: string })[]> {
  const { end } = monthBounds(period);
  const f = filterSql(filters, '', 4);
  return db.query(`
    SELECT complaint_id, registered_on, days_pending, district, department, block, category, officer_id, officer_name, current_level FROM (
      SELECT complaint_id, registered_on, district, department, block, category, officer_id, officer_name, current_level,
             date_diff('day', registered_on, $1::DATE) AS days_pending,
             row_number() OVER (PARTITION BY department ORDER BY registered_on, complaint_id) AS n
      FROM complaints
      WHERE registered_on <= $1::DATE AND (status = 'open' OR closed_on IS NULL OR closed_on > $1::DATE)
        AND date_diff('day', registered_on, $1::DATE) > $2 AND department IS NOT NULL AND ${f.sql})
    WHERE n <= $3 ORDER BY department, registered_on, complaint_id`, [end, minDays, limit, ...f.params]);
}

export async function loadWorkbook(db: Db, card: Scorecard, o: WorkbookOptions): Promise<WorkbookData> {
  const compare = o.compare === undefined ? previousMonth(o.period) : o.compare;
  const district = o.district ?? null;
  const minDays = o.pendingOverDays ?? 50;
  const limit = o.pendingLimit ?? 500;
  const summary = o.summary ?? (await datasetSummary(db));
  const hasComplaints = summary.complaints > 0 && (await tableExists(db, 'complaints'));
  const result = await scoreWithCompare(db, card, o.period, compare);
  const filters = { district };

  let departments: WorkbookData['departments'] = [];
  let officers: WorkbookData['officers'] = { good: [], poor: [], minClosures: o.minClosures ?? 10, eligible: 0 };
  const lists: WorkbookData['pending']['lists'] = [];
  if (hasComplaints) {
    const all = await complaintMetrics(db, { period: o.period, unit: 'department', filters, timeLimitDays: card.timeLimitDays });
    const graded = canGrade(card) ? (await scoreInputs(db, card, { period: o.period, unit: 'department', filters })).units : null;
    departments = tlRows(card, { all, graded }).sort((a, b) => b.pending_over_50 - a.pending_over_50 || a.unit.localeCompare(b.unit));
    const range = periodRange(o.period, o.period);
    const stats = await officerStats(db, { range, filters });
    const l = buildOfficerLists(stats.officers, stats.departments, { top: o.officerTop ?? 20, minClosures: o.minClosures });
    officers = { good: l.good, poor: l.poor, minClosures: l.minClosures, eligible: l.eligible };
    const byDept = new Map<string, PendingItem[]>();
    for (const r of await pendingByDepartment(db, o.period, { district }, limit, minDays)) {
      const list = byDept.get(r.department) ?? [];
      list.push(r);
      byDept.set(r.department, list);
    }
    for (const d of departments) {
      const rows = byDept.get(d.unit);
      if (!rows?.length) continue;
      lists.push({ department: d.unit, total: minDays === 50 ? d.pending_over_50 : rows.length, over100: d.pending_over_100, over300: d.pending_over_300, rows });
    }
  }
  return {
    meta: {
      scorecardId: card.id, scorecardName: card.name, period: o.period, compare, district,
      dataAsOf: summary.lastDate, datasetName: o.datasetName ?? null, complaintRows: summary.complaints,
      generatedAt: (o.now ?? new Date()).toISOString(),
    },
    nodes: exportNodes(card),
    league: result ? leagueRows(card, result, o.period) : [],
    unscored: result ? toScoreOutput(result, { period: o.period }).unscored : [],
    departments,
    gradable: canGrade(card),
    officers,
    pending: { minDays, limit, lists },
  };
}
