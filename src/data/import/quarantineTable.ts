/**
 * The quarantine table of one import: the original text of every rejected row (read again from the
 * file for those rows only), its row number, the first rejecting check and every check it failed.
 */
import { ident, lit } from '../dbTypes';
import { severityOf } from '../../domain/import/types';
import type { Slot } from './plan';
import { fileRowSql, type RowMap } from './rows';
import type { readRejects } from './source';
import type { StageInput } from './staging';

function quarantineNames(headers: string[], ncols: number): string[] {
  const seen = new Set(['row', 'kind', 'column', 'reasons', 'unparsed_line']);
  return Array.from({ length: ncols }, (_, i) => {
    let n = i < headers.length ? (headers[i] || `column_${i + 1}`) : `extra_field_${i - headers.length + 1}`;
    const base = n;
    for (let k = 2; seen.has(n.toLowerCase()); k++) n = `${base}_${k}`;
    seen.add(n.toLowerCase());
    return n;
  });
}

export interface QuarantineInput extends StageInput {
  stg: string;
  qstg: string;
  withR: (where: string) => string;
  rawCols: string[];
  fired: Slot[];
  /** condition for rejected rows, or null when none is */
  rejCond: string | null;
  live: string;
  /** table of duplicate ordinals, or null when there are none */
  dups: string | null;
  /** row numbers (worked out on first use) */
  rowMap: () => Promise<RowMap>;
  rejects: Awaited<ReturnType<typeof readRejects>>;
  headerOf: (c: string | null) => string | null;
}

/** The quarantine table: the original text of every rejected row with its row number and reasons. */
export async function buildQuarantine(q: QuarantineInput): Promise<void> {
  const { db, plan, withR, rejCond, dups, rejects } = q;
  const names = quarantineNames(q.headers, q.rawCols.length);
  const rejecting = q.fired.filter((s) => severityOf(s.kind) === 'rejected');
  const kindCase = `CASE ${rejecting.map((s) => `WHEN ${s.cond} THEN ${lit(s.kind)}`).join(' ')} END`;
  const colCase = `CASE ${rejecting.map((s) => `WHEN ${s.cond} THEN ${s.column == null ? 'NULL' : lit(s.column)}`).join(' ')} END`;
  const reasons = `concat_ws('; ', ${q.fired.map((s) => `CASE WHEN ${s.cond} THEN ${lit(s.kind + (s.column ? `(${s.column})` : ''))} END`).join(', ') || "''"})`;
  const cols = (list: string) => names.map((n, i) => `${list}[${i + 1}] AS ${ident(n)}`).join(', ');
  const keyText = plan.key.map((k) => `coalesce(CAST(${ident(k)} AS VARCHAR), '')`).join(` || ' / ' || `);
  const parts: string[] = [];
  // The original text is not kept in the staging table: when some row is rejected, the file is
  // read once more for the text of those rows and of the duplicates together.
  const qraw = `_qraw_${q.tag}`;
  if (rejCond || dups) {
    const keys = [rejCond ? `SELECT _r FROM ${withR(`${q.live} AND ${rejCond}`)}` : '', dups ? `SELECT _r FROM ${ident(dups)}` : '']
      .filter(Boolean).join(' UNION ALL ');
    await db.exec(`CREATE OR REPLACE TEMP TABLE ${ident(qraw)} AS
      SELECT f._r, [${q.rawCols.map((c) => `f.${c}`).join(', ')}] AS _l FROM ${q.numbered} f SEMI JOIN (${keys}) k ON f._r = k._r`);
  }
  const rowMap = rejCond || dups ? await q.rowMap() : null;
  if (rejCond) {
    parts.push(`SELECT ${fileRowSql(rowMap!, 'k._r')}::INTEGER AS "row", k.kind, k."column", k.reasons, ${cols('t._l')}, CAST(NULL AS VARCHAR) AS unparsed_line
      FROM (SELECT _r, ${kindCase} AS kind, ${colCase} AS "column", ${reasons} AS reasons FROM ${withR(`${q.live} AND ${rejCond}`)}) k JOIN ${ident(qraw)} t ON t._r = k._r`);
  }
  if (dups) {
    parts.push(`SELECT ${fileRowSql(rowMap!, 't._r')}::INTEGER AS "row", 'duplicate_id' AS kind, ${lit(plan.key.join(', '))} AS "column", 'duplicate_id(' || k.keytext || ')' AS reasons, ${cols('t._l')}, CAST(NULL AS VARCHAR) AS unparsed_line
      FROM ${ident(qraw)} t SEMI JOIN ${ident(dups)} d ON t._r = d._r
      JOIN (SELECT _r, ${keyText} AS keytext FROM ${withR('TRUE')}) k ON k._r = t._r`);
  }
  if (rejects.length) {
    const vals = rejects.map((r) => `(${r.line}, ${q.headerOf(r.column) == null ? 'NULL' : lit(q.headerOf(r.column)!)}, ${lit('bad_value: unreadable row: ' + r.error)}, ${lit(r.text)})`).join(', ');
    parts.push(`SELECT line AS "row", 'bad_value' AS kind, col AS "column", why AS reasons, ${names.map((n) => `CAST(NULL AS VARCHAR) AS ${ident(n)}`).join(', ')}, txt AS unparsed_line FROM (VALUES ${vals}) v(line, col, why, txt)`);
  }
  if (!parts.length) {
    parts.push(`SELECT CAST(NULL AS INTEGER) AS "row", CAST(NULL AS VARCHAR) AS kind, CAST(NULL AS VARCHAR) AS "column", CAST(NULL AS VARCHAR) AS reasons, ${names.map((n) => `CAST(NULL AS VARCHAR) AS ${ident(n)}`).join(', ')}, CAST(NULL AS VARCHAR) AS unparsed_line LIMIT 0`);
  }
  await db.exec(`CREATE TABLE ${ident(q.qstg)} AS SELECT * FROM (${parts.map((p) => `(${p})`).join(' UNION ALL ')}) ORDER BY "row"`);
  await db.exec(`DROP TABLE IF EXISTS ${ident(qraw)}`);
}

/** District (unit) names: matched once per distinct name; known spellings rewritten to the canonical name, unknown ones reported. */
