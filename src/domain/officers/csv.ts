/** The officer lists as CSV: one row per listed officer with a `list` column (good / poor). */
import type { OfficerLists, OfficerRow } from './types';
import { safeCell } from '../export/cells';

export const OFFICER_CSV_COLUMNS = [
  'list', 'rank', 'officer_id', 'officer_name', 'department', 'district', 'received', 'closed', 'satisfied',
  'satisfaction_rate', 'wilson_lower', 'wilson_upper', 'force_closed', 'force_closed_rate', 'special_closed', 'partial',
  'low_quality', 'reopened', 'escalated', 'pending_end', 'pending_over_50', 'pending_over_100', 'pending_over_300',
  'avg_days_to_close', 'closed_last_days', 'flags', 'flag_reasons',
] as const;

function field(v: unknown): string {
  if (v == null) return '';
  const s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6)) : safeCell(String(v));
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function cells(list: 'good' | 'poor', r: OfficerRow): string {
  const values: Record<string, unknown> = {
    ...r, list,
    flags: r.flags.map((f) => f.kind).join(' '),
    flag_reasons: r.flags.map((f) => f.reason).join('; '),
  };
  return OFFICER_CSV_COLUMNS.map((c) => field(values[c])).join(',');
}

/** Header plus the good list then the poor list (rates as shares 0–1, rounded to 6 decimals). */
export function officerListsCsv(lists: Pick<OfficerLists, 'good' | 'poor'>): string {
  const lines = [OFFICER_CSV_COLUMNS.join(',')];
  for (const r of lists.good) lines.push(cells('good', r));
  for (const r of lists.poor) lines.push(cells('poor', r));
  return lines.join('\n') + '\n';
}
