/**
 * What the briefing's workbook needs beyond the briefing's own inputs: every department's named
 * pending complaints (the "homework" of the TL meeting). `loadWorkbook` runs the briefing's
 * queries (fetchBriefingInputs) and this one; the same code runs in the browser and in the CLI.
 */
import type { Db } from '../dbTypes';
import { filterSql, type MetricFilters } from './complaintMetrics';
import { datasetSummary, type DatasetSummary } from './dataset';
import { fetchBriefingInputs } from './briefing';
import { monthBounds } from '@/domain/metrics';
import type { Scorecard } from '@/domain/scoring';
import type { BriefingInputs } from '@/domain/briefing/model';
import { workbookData } from '@/export/workbookData';
import type { PendingItem, WorkbookData } from '@/export/types';

export const PENDING_OVER_DAYS = 50;
export const PENDING_LIMIT = 500;

/**
 * Every department's complaints pending at the end of the period for more than `minDays` days,
 * oldest first, at most `limit` per department: ONE query (a window per department), so a state
 * workbook does not scan the table once per department.
 */
export async function pendingByDepartment(db: Db, period: string, filters: MetricFilters, limit = PENDING_LIMIT, minDays = PENDING_OVER_DAYS): Promise<(PendingItem & { department: string })[]> {
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

/** The workbook from inputs already fetched (the #/briefing page's): only the pending lists are queried. */
export async function workbookFromInputs(db: Db, inputs: BriefingInputs, complaintRows: number, now?: Date): Promise<WorkbookData> {
  const district = inputs.scope.kind === 'district' ? inputs.scope.district : null;
  const pending = complaintRows > 0 ? await pendingByDepartment(db, inputs.period, { district }) : [];
  return workbookData(inputs, pending, { complaintRows, pendingOverDays: PENDING_OVER_DAYS, pendingLimit: PENDING_LIMIT, now });
}

export interface WorkbookQuery {
  card: Scorecard; period: string; compare?: string | null; district?: string | null;
  datasetName: string; summary?: DatasetSummary; now?: Date;
}

/** Runs every query the workbook needs (the CLI's entry point). */
export async function loadWorkbook(db: Db, q: WorkbookQuery): Promise<WorkbookData> {
  const summary = q.summary ?? (await datasetSummary(db));
  const inputs = await fetchBriefingInputs(db, { ...q, summary, sections: ['departments', 'officers'] });
  return workbookFromInputs(db, inputs, summary.complaints, q.now);
}
