/**
 * The report's issues for the checks that fired: counts and first rows of each, the duplicates
 * (the first row of a key is kept, later ones quarantined), and the records the reader set aside.
 */
import { ident } from '../dbTypes';
import { issueDetail } from '../../domain/import/detailText';
import { severityOf, type ImportIssue } from '../../domain/import/types';
import type { Loaded } from './load';
import { fileRow, FIRST_ROWS, type RowMap } from './rows';
import type { Screened } from './screens';
import type { Staging } from './staging';

export interface Issues {
  issues: ImportIssue[];
  /** rows a rejecting check holds for */
  rej: number;
  /** duplicates quarantined (their ordinals are in Staging.dups) */
  dup: number;
}

/** Issue counts and first rows, for the checks that fired; returns the number of rejected rows. */
async function checkIssues(s: Staging, sc: Screened, rowMapOf: () => Promise<RowMap>, issues: ImportIssue[]): Promise<number> {
  if (!sc.fired.length) return 0;
  const aggs = sc.fired.map(({ sl, i }) =>
    `count(*) FILTER (WHERE ${sl.cond})::INTEGER AS n${i}, min(${s.R()}, ${FIRST_ROWS}) FILTER (WHERE ${sl.cond})::INTEGER[] AS r${i}`);
  const [agg] = await s.db.query<Record<string, number | number[] | null>>(
    `SELECT ${aggs.join(', ')}${sc.rejecting.length ? `, count(*) FILTER (WHERE ${sc.rejCond})::INTEGER AS rej` : ''} FROM ${s.S} WHERE ${sc.live}`);
  for (const { sl, i } of sc.fired) {
    const n = Number(agg[`n${i}`] ?? 0);
    if (!n) continue;
    const rowMap = await rowMapOf();
    const rows = ((agg[`r${i}`] as number[] | null) ?? []).map((o) => fileRow(rowMap, o));
    issues.push({ kind: sl.kind, severity: severityOf(sl.kind), count: n, rows, column: sl.column, ...issueDetail(sl.message) });
  }
  return Number(agg.rej ?? 0);
}

/** Duplicates among rows not otherwise rejected, written to Staging.dups: their count and first ordinals. */
async function duplicates(s: Staging, sc: Screened): Promise<{ n: number; rows: number[] }> {
  if (sc.keysDistinct || Number(sc.row.keys) >= Number(sc.row.keyed)) return { n: 0, rows: [] };
  const { plan, S, R, db } = s;
  const keyEq = plan.key.map((k) => `s.${ident(k)} = d.${ident(k)}`).join(' AND ');
  const ok = `${sc.live} AND NOT ${sc.rejCond}`;
  await db.exec(`CREATE OR REPLACE TEMP TABLE ${ident(s.dups)} AS
    SELECT s._r FROM ${s.withR(ok)} s JOIN (SELECT ${sc.keys.cols.join(', ')}, min(${R()}) AS first FROM ${S}
      WHERE ${ok} AND ${sc.keys.notNull} GROUP BY ALL HAVING count(*) > 1) d
    ON ${keyEq} WHERE s._r > d.first`);
  const [d] = await db.query<{ n: number; rows: number[] | null }>(
    `SELECT count(*)::INTEGER AS n, min(_r, ${FIRST_ROWS})::INTEGER[] AS rows FROM ${ident(s.dups)}`);
  return { n: d.n, rows: d.rows ?? [] };
}

/** The header of a raw column name (c0, c1...), or null. */
export function headerOf(headers: string[], c: string | null): string | null {
  const m = c ? /^c(\d+)$/.exec(c) : null;
  return m ? (headers[Number(m[1])] ?? null) : null;
}

/** Records the reader set aside: one bad_value issue per column and message kind. */
function rejectIssues(s: Staging, loaded: Loaded, issues: ImportIssue[]): void {
  for (const r of loaded.rejects) {
    const col = headerOf(s.inp.headers, r.column);
    const found = issues.find((i) => i.kind === 'bad_value' && i.column === col && i.message?.key === 'unreadable');
    if (found) { found.count++; if (found.rows.length < FIRST_ROWS) found.rows.push(r.line); }
    else issues.push({ kind: 'bad_value', severity: 'rejected', count: 1, rows: [r.line], column: col, ...issueDetail({ key: 'unreadable', v: r.error }) });
  }
}

/** Every issue of the checks, rejected ones first. */
export async function collectIssues(s: Staging, loaded: Loaded, sc: Screened, rowMapOf: () => Promise<RowMap>): Promise<Issues> {
  const issues: ImportIssue[] = [];
  const rej = await checkIssues(s, sc, rowMapOf, issues);
  const dup = await duplicates(s, sc);
  if (dup.n) {
    const rowMap = await rowMapOf();
    issues.push({ kind: 'duplicate_id', severity: 'rejected', count: dup.n, rows: dup.rows.map((o) => fileRow(rowMap, o)),
      column: s.plan.key.join(', '), ...issueDetail({ key: 'duplicate' }) });
  }
  rejectIssues(s, loaded, issues);
  issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'rejected' ? -1 : 1));
  return { issues, rej, dup: dup.n };
}
