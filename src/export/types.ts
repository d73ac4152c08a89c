/**
 * What the briefing's export writers (src/export/xlsx.ts, src/export/pptx.ts) receive: plain,
 * already-computed rows. Pure data: the same shapes in the browser and in the CLI.
 */
import type { Text } from '@/domain/scoring/types';
import type { ScoreOutputRow } from '@/domain/scoring/output';
import type { TlRow } from '@/domain/tlTable';
import type { OfficerRow } from '@/domain/officers/types';

export type ExportLang = 'en' | 'hi';

export interface ExportMeta {
  scorecardId: string;
  scorecardName: Text;
  /** YYYY-MM scored, and the month it is compared with (the deltas) */
  period: string;
  compare: string | null;
  /** null = the whole state (CM office); a name = one district's briefing (collector) */
  district: string | null;
  /** last registration date in the data (YYYY-MM-DD): the data-as-of date */
  dataAsOf: string | null;
  /** file name or "sample" (null when unknown) */
  datasetName: string | null;
  complaintRows: number;
  /** when the file was written (ISO date-time) */
  generatedAt: string;
}

/** A top-level node of the scorecard (a parameter, or a group such as a department) and its marks. */
export interface ExportNode { id: string; name: Text | null; marks: number; direction: 'higher' | 'lower' | null; metric: string | null }

/** A district's league line as `samiksha score` prints it (score rounded to 2 decimals, the one ranked
 *  and graded), with per top-level node the parameter's raw value (parameters only) and its points. */
export interface LeagueRow extends Omit<ScoreOutputRow, 'parameters'> {
  nodes: Record<string, { value: number | null; points: number | null }>;
}

export interface PendingList {
  department: string;
  /** complaints pending at the end of the period older than minDays / 100 / 300 days (all of them) */
  total: number;
  over100: number;
  over300: number;
  /** the oldest first, at most `limit` of them */
  rows: PendingItem[];
}

export interface PendingItem {
  complaint_id: string; registered_on: string; days_pending: number; district: string; block: string | null;
  category: string | null; officer_id: string | null; officer_name: string | null; current_level: number | null;
}

export interface WorkbookData {
  meta: ExportMeta;
  nodes: ExportNode[];
  league: LeagueRow[];
  unscored: { unit: string; reason: string }[];
  /** department × TL columns (for the district when meta.district is set) */
  departments: TlRow[];
  gradable: boolean;
  officers: { good: OfficerRow[]; poor: OfficerRow[]; minClosures: number; eligible: number };
  pending: { minDays: number; limit: number; lists: PendingList[] };
}
