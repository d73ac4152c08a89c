/**
 * Running a plan: one CREATE TABLE AS over the file (typed values + flag word `_f`), then small
 * passes on the staging table — district matching, duplicates, issue counts with first rows, the
 * quarantine table (original text read again for the rejected rows only) — and the swap into place
 * in one transaction.
 */
import { ident, lit, type Db } from '../dbTypes';
import { matchDistrict, suggestDistrict } from '../../domain/geo/matchDistrict';
import { severityOf, type ImportIssue, type UnknownDistrict } from '../../domain/import/types';
import { bit, EMPTY_BIT, flagSql, rejectMask, type Plan } from './plan';
import { fileRow, fileRowSql, quickLines, recordStartLines, rowMapFromStarts, type RowMap } from './rows';
import { rawCol, readRejects, type Source } from './source';

export interface StageInput {
  db: Db;
  file: string;
  plan: Plan;
  src: Source;
  /** UTF-8 bytes as registered (for row numbering when lines and records drift apart) */
  bytes: Uint8Array;
  /** SQL relation yielding c0.. (and `_r` when ordinal is 'column') */
  from: string;
  /**
   * Where a row's ordinal comes from: 'rowid' — the staging table is written in file order (one
   * reader thread, insertion order preserved), so rowid + 1 is the ordinal and no column is
   * needed; 'column' — `from` has `_r` (used when a join builds the staging table).
   */
  ordinal: 'rowid' | 'column';
  /** the numbered file (with `_r`), read again only to fetch rejected rows' and duplicates' original text */
  numbered: string;
  /** the text has no quotes and no blank lines (see Decoded.plain) */
  plain: boolean;
  /** header names for the quarantine's original-value columns */
  headers: string[];
  tag: string;
}

export interface StageResult {
  staging: string;
  quarantine: string;
  rows: number;
  loaded: number;
  rejected: number;
  issues: ImportIssue[];
  unknownDistricts: UnknownDistrict[];
  units: string[];
  dateRange: { min: string | null; max: string | null };
}

const FIRST_ROWS = 20;

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

export async function runPlan(inp: StageInput): Promise<StageResult> {
  const { db, plan, src, tag } = inp;
  const stg = `_stg_${plan.table}_${tag}`;
  const qstg = `_stgq_${plan.table}_${tag}`;
  const ncols = src.ncols;
  const rawCols = Array.from({ length: ncols }, (_, i) => rawCol(i));
  const REJ = rejectMask(plan.slots);
  const EMPTY = 1n << EMPTY_BIT;
  const emptyCond = rawCols.map((c) => `${c} IS NULL`).join(' AND ');
  const col = inp.ordinal === 'column';
  const rc = col ? '_r, ' : '';
  /** the ordinal of a staging row (optionally qualified by a table alias) */
  const R = (a = '') => (col ? `${a}_r` : `(${a}rowid + 1)`);
  await db.exec(`CREATE TABLE ${ident(stg)} AS
    SELECT ${plan.final.join(', ')}, ${rc}_f
    FROM (SELECT *, ${flagSql(plan.slots, emptyCond)} AS _f
      FROM (SELECT ${rc}${plan.post.join(', ')}, ${rawCols.join(', ')}
        FROM (SELECT ${rc}${plan.typed.join(', ')}, ${rawCols.join(', ')} FROM ${inp.from})))`);

  // Row numbers: cheap when DuckDB's records are exactly the non-blank lines after the header.
  const rejects = await readRejects(db, src);
  const [{ total }] = await db.query<{ total: number }>(`SELECT count(*)::INTEGER AS total FROM ${ident(stg)}`);
  let rowMap: RowMap = { base: src.sniff.headerLine + 1, shifts: [] };
  if (!inp.plain || rejects.length) {
    const quick = quickLines(inp.bytes, src.sniff.headerLine);
    if (quick.innerBlank || rejects.length > 0 || total + rejects.length !== quick.dataLines) {
      const starts = recordStartLines(inp.file, inp.bytes, src.sniff.headerLine, src.sniff.delimiter);
      rowMap = rowMapFromStarts(src.sniff.headerLine, starts, new Set(rejects.map((r) => r.line)));
    }
  }
  const live = `(_f & ${EMPTY}) = 0`;

  // Districts / units: match each distinct name once in JS, rewrite the ones spelt differently.
  let unknownDistricts: UnknownDistrict[] = [];
  let unitSet = new Set<string>();
  const issues: ImportIssue[] = [];
  if (plan.unitColumn) {
    const u = ident(plan.unitColumn);
    const names = await db.query<{ name: string; n: number; kept: number }>(
      `SELECT ${u} AS name, count(*)::INTEGER AS n, count(*) FILTER (WHERE (_f & ${REJ}) = 0)::INTEGER AS kept
       FROM ${ident(stg)} WHERE ${live} AND ${u} IS NOT NULL GROUP BY 1`);
    unitSet = new Set(names.filter((x) => x.kept > 0).map((x) => matchDistrict(x.name)?.name ?? x.name));
    const renames: [string, string][] = [];
    const unknown: { name: string; n: number }[] = [];
    for (const { name, n } of names) {
      const d = matchDistrict(name);
      if (!d) unknown.push({ name, n });
      else if (d.name !== name) renames.push([name, d.name]);
    }
    if (renames.length) {
      await db.exec(`UPDATE ${ident(stg)} SET ${u} = m.canon FROM (VALUES ${renames.map(([a, b]) => `(${lit(a)}, ${lit(b)})`).join(', ')}) m(raw, canon) WHERE ${ident(stg)}.${u} = m.raw`);
    }
    const flag = unknown.length && (plan.unknownPolicy === 'always' || unknown.length < names.length);
    if (flag) {
      unknownDistricts = unknown.sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
        .map(({ name, n }) => ({ name, count: n, suggestion: suggestDistrict(name)?.district.name ?? null }));
      const list = unknown.map((x) => lit(x.name)).join(', ');
      const [r] = await db.query<{ n: number; rows: number[] }>(
        `SELECT count(*)::INTEGER AS n, min(${R()}, ${FIRST_ROWS})::INTEGER[] AS rows FROM ${ident(stg)} WHERE ${live} AND ${u} IN (${list})`);
      issues.push({ kind: 'unknown_district', severity: 'warning', count: r.n, rows: (r.rows ?? []).map((o) => fileRow(rowMap, o)), column: plan.unitColumn,
        detail: 'not in the district list; row kept' });
    }
  }

  // Duplicates among rows not otherwise rejected: the first is kept, later ones quarantined.
  const dups = `_dups_${tag}`;
  const keyCols = plan.key.map(ident);
  const keyEq = plan.key.map((k) => `s.${ident(k)} = d.${ident(k)}`).join(' AND ');
  const ok = `(_f & ${REJ | EMPTY}) = 0`;
  // Cheap first: keys seen more than once at all (usually none); only then the exact pass.
  const notNull = keyCols.map((k) => `${k} IS NOT NULL`).join(' AND ');
  const [{ n: candidates }] = await db.query<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM (SELECT 1 FROM ${ident(stg)} WHERE ${notNull} GROUP BY ${keyCols.join(', ')} HAVING count(*) > 1)`);
  await db.exec(`CREATE OR REPLACE TEMP TABLE ${ident(dups)} AS
    SELECT ${R('s.')} AS _r FROM ${ident(stg)} s JOIN (SELECT ${keyCols.join(', ')}, min(${R()}) AS first FROM ${ident(stg)}
      WHERE ${ok} AND ${notNull} GROUP BY ALL HAVING count(*) > 1) d
    ON ${keyEq} WHERE ${R('s.')} > d.first AND (s._f & ${REJ | EMPTY}) = 0${candidates ? '' : ' LIMIT 0'}`);

  // Issue counts and first rows: which bits occur at all (cheap), then one aggregate for those.
  const [{ rows: liveRows, rej, any }] = await db.query<{ rows: number; rej: number; any: string | null }>(
    `SELECT count(*)::INTEGER AS rows, count(*) FILTER (WHERE (_f & ${REJ}) <> 0)::INTEGER AS rej, CAST(bit_or(_f) AS VARCHAR) AS "any"
     FROM ${ident(stg)} WHERE ${live}`);
  const anyBits = BigInt(any ?? '0');
  const present = plan.slots.map((_, i) => i).filter((i) => (anyBits & bit(i)) !== 0n);
  const aggs = present.map((i) =>
    `count(*) FILTER (WHERE (_f & ${bit(i)}) <> 0)::INTEGER AS n${i}, min(${R()}, ${FIRST_ROWS}) FILTER (WHERE (_f & ${bit(i)}) <> 0)::INTEGER[] AS r${i}`);
  const agg: Record<string, number | number[] | null> = present.length
    ? (await db.query<Record<string, number | number[] | null>>(`SELECT ${aggs.join(', ')} FROM ${ident(stg)} WHERE ${live}`))[0]
    : {};
  const [dup] = await db.query<{ n: number; rows: number[] | null }>(
    `SELECT count(*)::INTEGER AS n, min(_r, ${FIRST_ROWS})::INTEGER[] AS rows FROM ${ident(dups)}`);
  plan.slots.forEach((s, i) => {
    const n = Number(agg[`n${i}`] ?? 0);
    if (!n) return;
    const rows = ((agg[`r${i}`] as number[] | null) ?? []).map((o) => fileRow(rowMap, o));
    issues.push({ kind: s.kind, severity: severityOf(s.kind), count: n, rows, column: s.column, ...(s.detail ? { detail: s.detail } : {}) });
  });
  if (dup.n) {
    issues.push({ kind: 'duplicate_id', severity: 'rejected', count: dup.n, rows: (dup.rows ?? []).map((o) => fileRow(rowMap, o)),
      column: plan.key.join(', '), detail: 'same key as an earlier row; the first is kept' });
  }
  const headerOf = (c: string | null) => {
    const m = c ? /^c(\d+)$/.exec(c) : null;
    return m ? (inp.headers[Number(m[1])] ?? null) : null;
  };
  for (const r of rejects) {
    const col = headerOf(r.column);
    const found = issues.find((i) => i.kind === 'bad_value' && i.column === col && i.detail?.startsWith('unreadable row'));
    if (found) { found.count++; if (found.rows.length < FIRST_ROWS) found.rows.push(r.line); }
    else issues.push({ kind: 'bad_value', severity: 'rejected', count: 1, rows: [r.line], column: col, detail: `unreadable row: ${r.error}` });
  }
  issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'rejected' ? -1 : 1));

  // Quarantine: the original text of every rejected row with its row number and reasons.
  const names = quarantineNames(inp.headers, ncols);
  const kindCase = `CASE ${plan.slots.map((s, i) => severityOf(s.kind) === 'rejected' ? `WHEN (_f & ${bit(i)}) <> 0 THEN ${lit(s.kind)}` : '').join(' ')} END`;
  const colCase = `CASE ${plan.slots.map((s, i) => severityOf(s.kind) === 'rejected' ? `WHEN (_f & ${bit(i)}) <> 0 THEN ${s.column == null ? 'NULL' : lit(s.column)}` : '').join(' ')} END`;
  const reasons = `concat_ws('; ', ${plan.slots.map((s, i) => `CASE WHEN (_f & ${bit(i)}) <> 0 THEN ${lit(s.kind + (s.column ? `(${s.column})` : ''))} END`).join(', ') || "''"})`;
  const cols = (list: string) => names.map((n, i) => `${list}[${i + 1}] AS ${ident(n)}`).join(', ');
  const keyText = plan.key.map((k) => `coalesce(CAST(s.${ident(k)} AS VARCHAR), '')`).join(` || ' / ' || `);
  // The original text is not kept in the staging table (a list column costs as much to write as
  // several typed ones, even when nearly all NULL): when some row is rejected, the file is read
  // once more for the text of those rows and of the duplicates together.
  const qraw = `_qraw_${tag}`;
  if (rej || dup.n) {
    await db.exec(`CREATE OR REPLACE TEMP TABLE ${ident(qraw)} AS
      SELECT f._r, [${rawCols.map((c) => `f.${c}`).join(', ')}] AS _l FROM ${inp.numbered} f SEMI JOIN (
        SELECT ${R()} AS _r FROM ${ident(stg)} WHERE (_f & ${REJ}) <> 0 AND ${live} UNION ALL SELECT _r FROM ${ident(dups)}) k ON f._r = k._r`);
  }
  const parts = [`SELECT ${fileRowSql(rowMap, R(`${ident(stg)}.`))}::INTEGER AS "row", ${kindCase} AS kind, ${colCase} AS "column", ${reasons} AS reasons, ${rej ? cols('q._l') : names.map((n) => `CAST(NULL AS VARCHAR) AS ${ident(n)}`).join(', ')}, CAST(NULL AS VARCHAR) AS unparsed_line
    FROM ${ident(stg)}${rej ? ` JOIN ${ident(qraw)} q ON q._r = ${R(`${ident(stg)}.`)}` : ''} WHERE (_f & ${REJ}) <> 0 AND ${live}${rej ? '' : ' LIMIT 0'}`];
  if (dup.n) {
    parts.push(`SELECT ${fileRowSql(rowMap, 'q._r')}::INTEGER, 'duplicate_id', ${lit(plan.key.join(', '))}, 'duplicate_id(' || ${keyText} || ')', ${cols('q._l')}, NULL
      FROM ${ident(qraw)} q SEMI JOIN ${ident(dups)} d ON q._r = d._r
      JOIN ${ident(stg)} s ON ${R('s.')} = q._r`);
  }
  if (rejects.length) {
    const vals = rejects.map((r) => `(${r.line}, ${headerOf(r.column) == null ? 'NULL' : lit(headerOf(r.column)!)}, ${lit('bad_value: unreadable row: ' + r.error)}, ${lit(r.text)})`).join(', ');
    parts.push(`SELECT line, 'bad_value', col, why, ${names.map(() => 'NULL').join(', ')}, txt FROM (VALUES ${vals}) v(line, col, why, txt)`);
  }
  await db.exec(`CREATE TABLE ${ident(qstg)} AS SELECT * FROM (${parts.map((p) => `(${p})`).join(' UNION ALL ')}) ORDER BY "row"`);

  // What stays: rows with no rejection and not duplicates, with only the canonical columns.
  if (rej || dup.n || liveRows < total) {
    await db.exec(`DELETE FROM ${ident(stg)} WHERE (_f & ${REJ | EMPTY}) <> 0 OR ${R()} IN (SELECT _r FROM ${ident(dups)})`);
  }
  await db.exec(`ALTER TABLE ${ident(stg)} DROP COLUMN _f;${col ? ` ALTER TABLE ${ident(stg)} DROP COLUMN _r;` : ''}
    DROP TABLE IF EXISTS ${ident(dups)}; DROP TABLE IF EXISTS ${ident(qraw)}`);
  const rows = liveRows + rejects.length;
  const rejected = rej + dup.n + rejects.length;
  let dateRange = { min: null as string | null, max: null as string | null };
  if (plan.rangeColumn) {
    const [r] = await db.query<{ min: string | null; max: string | null }>(
      `SELECT CAST(min(${ident(plan.rangeColumn)}) AS VARCHAR) AS min, CAST(max(${ident(plan.rangeColumn)}) AS VARCHAR) AS max FROM ${ident(stg)}`);
    dateRange = { min: r.min, max: r.max };
  }
  // Units among rows not rejected row by row (a duplicate's unit is counted; it never adds a new one in practice).
  const units = [...unitSet].sort((a, b) => a.localeCompare(b));
  return { staging: stg, quarantine: qstg, rows, loaded: rows - rejected, rejected, issues, unknownDistricts, units, dateRange };
}

/** Put staging tables in place of `table` and `table_quarantine` in one transaction. */
export async function swapIn(db: Db, table: string, res: StageResult): Promise<void> {
  const q = `${table}_quarantine`;
  try {
    await db.exec(`BEGIN TRANSACTION;
      DROP TABLE IF EXISTS ${ident(table)}; ALTER TABLE ${ident(res.staging)} RENAME TO ${ident(table)};
      DROP TABLE IF EXISTS ${ident(q)}; ALTER TABLE ${ident(res.quarantine)} RENAME TO ${ident(q)};
      COMMIT`);
  } catch (e) {
    await db.exec('ROLLBACK').catch(() => {});
    throw e;
  }
}

export async function dropStaging(db: Db, table: string, tag: string): Promise<void> {
  await db.exec(`DROP TABLE IF EXISTS ${ident(`_stg_${table}_${tag}`)}; DROP TABLE IF EXISTS ${ident(`_stgq_${table}_${tag}`)}; DROP TABLE IF EXISTS ${ident(`_dups_${tag}`)}; DROP TABLE IF EXISTS ${ident(`_qraw_${tag}`)}`).catch(() => {});
}
