import Papa from 'papaparse';
import type { ScoreOutput } from '@/domain/scoring';
import { safeCell } from '@/domain/export/cells';

/** One row per scored unit (then unscored units with their reason), parameters as id.value / id.normalized / id.points. */
export function scoreOutputCsv(out: ScoreOutput): string {
  const ids = [...new Set(out.rows.flatMap((r) => Object.keys(r.parameters)))];
  const fields = ['period', 'unit', 'group', 'rank', 'score', 'grade', 'previousRank', 'deltaRank', 'deltaScore',
    ...ids.flatMap((id) => [`${id}.value`, `${id}.normalized`, `${id}.points`]), 'reason'];
  const data = out.rows.map((r) => [out.period, r.unit, r.group, r.rank, r.score, r.grade, r.previousRank, r.deltaRank, r.deltaScore,
    ...ids.flatMap((id) => { const p = r.parameters[id]; return [p?.value, p?.normalized, p?.points]; }), '']);
  for (const u of out.unscored) data.push([out.period, u.unit, ...new Array(fields.length - 3).fill(null), u.reason]);
  return Papa.unparse({ fields, data: data.map((row) => row.map((v) => (v == null ? '' : safeCell(v)))) }) + '\n';
}
