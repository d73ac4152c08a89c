/**
 * Running a plan: one CREATE TABLE AS over the file (typed values, markers for values not
 * understood, and the row status `_o`), then one scan of cheap aggregates (the checks' screens; the
 * duplicate-key count unless the keys are in order) on the staging table. A clean file stops there. Otherwise only the checks
 * that fired run row by row: issue counts with first rows, the quarantine table (original text read
 * again for the rejected rows only), deletion of rejected rows, markers set to NULL. Then district
 * matching and the swap into place in one transaction.
 */
import { ident, type Db } from '../dbTypes';
import { severityOf, type ImportIssue, type UnknownDistrict } from '../../domain/import/types';
import type { PlainScan } from '../../domain/import/keyScan';
import { LIVE, rowStatusSql, SPACED, statsFires, type Fixup, type Plan, type Screen } from './plan';
import { buildQuarantine } from './quarantineTable';
import { fileRow, FIRST_ROWS } from './rows';
import { rowNumbers } from './rowNumbers';
import { dropRejects, rawCol, readRejects, type Source } from './source';
import { matchUnits } from './units';

export interface StageInput {
  db: Db;
  file: string;
  plan: Plan;
  src: Source;
  /** UTF-8 bytes as registered (for row numbering when lines and records drift apart) */
  bytes: () => Promise<Uint8Array>;
  /** SQL relation yielding c0.. (and `_r` when ordinal is 'column') */
  from: string;
  /** the same with the plan's reader typing (Plan.reader), for the fast load */
  fromTyped?: string;
  /**
   * Where a row's ordinal comes from: 'rowid' — the staging table is written in file order (one
   * reader thread, insertion order preserved), so rowid + 1 is the ordinal and no column is
   * needed; 'column' — `from` has `_r` (used when a join builds the staging table).
   */
  ordinal: 'rowid' | 'column';
  /** the numbered file (with `_r`), read again only to fetch rejected rows' and duplicates' original text */
  numbered: string;
  /** whether the text has no quotes and no blank lines (see Decoded.plain) */
  plain: () => Promise<boolean>;
  /**
   * Work out row numbers only when a row is reported (a file read in place by DuckDB is then not
   * read by the page at all for a clean import); otherwise always, as the bytes are at hand. Given
   * only for complaints: `lastKey` is the key of the file's last line (see lastLineKey); unless the
   * last record loaded has it, the row numbers are worked out at once, and with them the check for
   * a quote left open (which would have swallowed the rest of the file).
   */
  lazyRows?: { lastKey: string | null };
  /**
   * The page's scan of the bytes (keyScan.ts: key screen, unit tally): `now` gives it if it is
   * ready (else undefined), `wait` waits for it. Null: no scan (not plain text).
   */
  scan?: { now?: () => PlainScan | null | undefined; wait?: Promise<PlainScan | null | undefined> };
  /** the bytes were not checked as UTF-8 before the load: a reject for a bad byte sequence throws NotUtf8 */
  utf8Unchecked?: boolean;
  /** header names for the quarantine's original-value columns */
  headers: string[];
  tag: string;
  /** step timings (ms) are added here */
  steps?: Record<string, number>;
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

/** The file turned out not to be UTF-8 (see StageInput.utf8Unchecked): decode it and start again. */
export class NotUtf8 extends Error {}

/** Whether a date read by read_csv may have been a word strptime reads as a date ('epoch', 'infinity' → 1900-01-01 or 1970-01-01). */
async function wordDates(db: Db, S: string, dates: string[], statsOf: (c: string) => string | null | undefined): Promise<boolean> {
  const suspect = dates.filter((c) => statsFires({ stats: c, when: 'below', value: '1970-01-02' }, statsOf(c)));
  if (!suspect.length) return false;
  const [r] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${S} WHERE ${suspect.map((c) => `${ident(c)} IN (DATE '1900-01-01', DATE '1970-01-01')`).join(' OR ')}`);
  return Number(r.n) > 0;
}

export async function runPlan(inp: StageInput): Promise<StageResult> {
  const { db, plan, src, tag } = inp;
  const stg = `_stg_${plan.table}_${tag}`;
  const qstg = `_stgq_${plan.table}_${tag}`;
  const S = ident(stg);
  const ncols = src.ncols;
  const rawCols = Array.from({ length: ncols }, (_, i) => rawCol(i));
  const col = inp.ordinal === 'column';
  const rc = col ? '_r, ' : '';
  /** the ordinal of a staging row (optionally qualified by a table alias) */
  const R = (a = '') => (col ? `${a}_r` : `(${a}rowid + 1)`);
  /** the staging rows filtered by `where`, with their ordinal as `_r` (for joins) */
  const withR = (where: string) => `(SELECT *${col ? '' : ', rowid + 1 AS _r'} FROM ${ident(stg)} WHERE ${where})`;
  let t = performance.now();
  const step = (name: string) => { const now = performance.now(); if (inp.steps) inp.steps[name] = Math.round(now - t); t = now; };
  // The load: the fast way first when the plan has one (read_csv types the dates; see ReaderTyping),
  // the text way when that fails, sets a row aside for a value it cannot read, or may have read a word as a date.
  const reader = inp.fromTyped && plan.reader ? plan.reader : null;
  const list = (sc: Screen | Screen[]) => (Array.isArray(sc) ? sc : [sc]);
  const statCols = [...new Set(['_o', ...plan.key, ...(plan.unitColumn ? [plan.unitColumn] : []), ...(reader?.dates ?? []),
    ...[...plan.slots, ...plan.specials, ...(reader?.fixups ?? [])].flatMap((x) => list(x.screen)).flatMap((sc) => ('stats' in sc ? [sc.stats] : []))])];
  const statsSql = `SELECT ${statCols.map((c, i) => `CAST(stats(${ident(c)}) AS VARCHAR) AS s${i}`).join(', ')} FROM ${S} LIMIT 1`;
  let rejects: Awaited<ReturnType<typeof readRejects>> = [];
  /** the fast load's corrections (see Fixup), once it has been used */
  let fixups: Fixup[] = [];
  let st: Record<string, string | null> | undefined;
  const statsOf = (c: string) => st?.[`s${statCols.indexOf(c)}`];
  for (let typedLoad = reader != null; ; typedLoad = false) {
    const [typed, post, from] = typedLoad ? [reader!.typed, reader!.post, inp.fromTyped!] : [plan.typed, plan.post, inp.from];
    try {
      await db.exec(`CREATE TABLE ${S} AS
        SELECT ${rc}${post.join(', ')}, ${rowStatusSql(rawCols, inp.headers.length, typedLoad ? reader!.spaced : [])} AS _o
        FROM (SELECT ${rc}${typed.join(', ')}, ${rawCols.join(', ')} FROM ${from})`);
    } catch (e) {
      if (!typedLoad) throw e;
      await dropRejects(db, src);
      continue;
    }
    step(typedLoad ? 'load' : reader ? 'loadText' : 'load');
    rejects = await readRejects(db, src);
    if (inp.utf8Unchecked && rejects.some((r) => /unicode|encoding/i.test(r.error))) throw new NotUtf8();
    // The checks' screens: column statistics first (free), then one scan of aggregates for the rest,
    // the row counts, the key's distinct count and the date range.
    [st] = await db.query<Record<string, string | null>>(statsSql);
    if (typedLoad && (rejects.some((r) => r.type === 'CAST') || await wordDates(db, S, reader!.dates, statsOf))) {
      await db.exec(`DROP TABLE ${S}`);
      await dropRejects(db, src);
      continue;
    }
    if (inp.steps) inp.steps.typedDates = typedLoad ? reader!.dates.length : 0;
    fixups = typedLoad ? reader!.fixups : [];
    break;
  }
  const sqlScreens = [...new Set([...plan.slots, ...plan.specials].flatMap((x) => list(x.screen)).flatMap((sc) => ('sql' in sc ? [sc.sql] : [])))];
  const keyCols = plan.key.map(ident);
  const keyNotNull = keyCols.map((k) => `${k} IS NOT NULL`).join(' AND ');
  const keyExpr = keyCols.length === 1 ? keyCols[0] : `(${keyCols.join(', ')})`;
  const keyMayBeNull = () => plan.key.some((k) => statsFires({ stats: k, when: 'null' }, statsOf(k)));
  const scan = inp.scan?.wait ? await inp.scan.wait : inp.scan?.now?.();
  const keysKnownDistinct = scan?.keysDistinct === true;
  // Keys strictly increasing (or decreasing) row after row are distinct, as in exports sorted by
  // number: comparing each key with the next (the key column POSITIONAL JOINed with itself one row
  // on: two scans of one table, in the same order) costs about a third of count(DISTINCT).
  const keysInOrder = async () => {
    if (keyCols.length !== 1 || keyMayBeNull()) return false;
    const [r] = await db.query<{ pairs: number; up: number; down: number }>(`SELECT count(b.k)::INTEGER AS pairs,
        count(*) FILTER (WHERE a.k < b.k)::INTEGER AS up, count(*) FILTER (WHERE a.k > b.k)::INTEGER AS down
      FROM (SELECT ${keyCols[0]} AS k FROM ${S}) a POSITIONAL JOIN (SELECT ${keyCols[0]} AS k FROM ${S} OFFSET 1) b`);
    return Number(r.pairs) === Number(r.up) || Number(r.pairs) === Number(r.down);
  };
  let keysDistinct = keysKnownDistinct || await keysInOrder();
  const mayBeEmpty = statsFires({ stats: '_o', when: 'above', value: 1 }, statsOf('_o'));
  const rangeSql = plan.rangeColumn
    ? `CAST(min(${ident(plan.rangeColumn)}) AS VARCHAR) AS rmin, CAST(max(${ident(plan.rangeColumn)}) AS VARCHAR) AS rmax`
    : 'NULL AS rmin, NULL AS rmax';
  // The fix-ups a statistic calls for, and the sql screens of the others (evaluated in the same scan).
  const byStats = fixups.filter((f) => f.screen.some((sc) => 'stats' in sc && statsFires(sc, statsOf(sc.stats))));
  // (the trailing-space screens only when the load flagged a row: see rowStatusSql)
  const spacedRows = fixups.length > 0 && statsFires(SPACED, statsOf('_o'));
  const sqlOf = (f: Fixup) => f.screen.flatMap((sc) => ('sql' in sc && (!sc.gate || statsFires(sc.gate, statsOf(sc.gate.stats))) ? [sc.sql] : []));
  const fixScreens = fixups.filter((f) => !byStats.includes(f) && sqlOf(f).length > 0);
  const screenScan = (withFixups: boolean) => db.query<Record<string, number | boolean | string | null>>(`SELECT count(*)::INTEGER AS total,
      ${mayBeEmpty ? `count(*) FILTER (WHERE NOT (${LIVE}))` : '0'}::INTEGER AS empty,
      ${keyMayBeNull() ? `count(*) FILTER (WHERE ${keyNotNull})` : 'count(*)'}::INTEGER AS keyed,
      ${keysDistinct ? '-1' : `count(DISTINCT ${keyExpr})${keyMayBeNull() ? ` FILTER (WHERE ${keyNotNull})` : ''}`}::INTEGER AS keys,
      ${rangeSql}${sqlScreens.map((q, i) => `, coalesce(${q}, false) AS q${i}`).join('')}
      ${withFixups ? fixScreens.map((f, i) => `, coalesce(${sqlOf(f).join(' OR ')}, false) AS x${i}`).join('') : ''}
    FROM ${S}`);
  let [scr] = await screenScan(true);
  const due = fixups.filter((f) => byStats.includes(f) || scr[`x${fixScreens.indexOf(f)}`] === true);
  if (due.length) {
    // Rare: values as read that the text load would have changed. Correct them, then look again.
    for (const f of due) await db.exec(`UPDATE ${S} SET ${ident(f.column)} = ${f.set} WHERE ${f.where}`);
    if (spacedRows) await db.exec(`UPDATE ${S} SET _o = 0 WHERE _o = 3`);
    [st] = await db.query<Record<string, string | null>>(statsSql);
    if (!keysKnownDistinct && due.some((f) => plan.key.includes(f.column))) keysDistinct = await keysInOrder();
    [scr] = await screenScan(false);
  }
  if (inp.steps) inp.steps.fixups = due.length;
  const fires = (sc: Screen | Screen[]) => list(sc).some((x) => ('sql' in x ? scr[`q${sqlScreens.indexOf(x.sql)}`] === true : statsFires(x, statsOf(x.stats))));
  const total = Number(scr.total);
  const liveRows = total - Number(scr.empty);
  const fired = plan.slots.map((sl, i) => ({ sl, i })).filter(({ sl }) => fires(sl.screen));
  const rejecting = fired.filter(({ sl }) => severityOf(sl.kind) === 'rejected');
  const live = Number(scr.empty) ? `(${LIVE})` : 'TRUE';
  /** a row some rejecting check holds for (only the checks whose screen fired can) */
  // (NULL-safe: a condition on a NULL value is NULL, which NOT would keep NULL)
  const rejCond = rejecting.length ? `coalesce(${rejecting.map(({ sl }) => `(${sl.cond})`).join(' OR ')}, false)` : 'FALSE';

  // Row numbers (worked out on first use, or now: see StageInput.lazyRows).
  const rowMapOf = await rowNumbers({ db, S, inp, key: plan.key, rejectLines: rejects.map((r) => r.line), total });

  // Issue counts and first rows, for the checks that fired.
  const issues: ImportIssue[] = [];
  let rej = 0;
  if (fired.length) {
    const aggs = fired.map(({ sl, i }) =>
      `count(*) FILTER (WHERE ${sl.cond})::INTEGER AS n${i}, min(${R()}, ${FIRST_ROWS}) FILTER (WHERE ${sl.cond})::INTEGER[] AS r${i}`);
    const [agg] = await db.query<Record<string, number | number[] | null>>(
      `SELECT ${aggs.join(', ')}${rejecting.length ? `, count(*) FILTER (WHERE ${rejCond})::INTEGER AS rej` : ''} FROM ${S} WHERE ${live}`);
    rej = Number(agg.rej ?? 0);
    for (const { sl, i } of fired) {
      const n = Number(agg[`n${i}`] ?? 0);
      if (!n) continue;
      const rowMap = await rowMapOf();
      const rows = ((agg[`r${i}`] as number[] | null) ?? []).map((o) => fileRow(rowMap, o));
      issues.push({ kind: sl.kind, severity: severityOf(sl.kind), count: n, rows, column: sl.column, ...(sl.detail ? { detail: sl.detail } : {}) });
    }
  }

  // Duplicates among rows not otherwise rejected: the first is kept, later ones quarantined.
  const dups = `_dups_${tag}`;
  let dup = { n: 0, rows: [] as number[] };
  if (!keysDistinct && Number(scr.keys) < Number(scr.keyed)) {
    const keyEq = plan.key.map((k) => `s.${ident(k)} = d.${ident(k)}`).join(' AND ');
    const ok = `${live} AND NOT ${rejCond}`;
    await db.exec(`CREATE OR REPLACE TEMP TABLE ${ident(dups)} AS
      SELECT s._r FROM ${withR(ok)} s JOIN (SELECT ${keyCols.join(', ')}, min(${R()}) AS first FROM ${S}
        WHERE ${ok} AND ${keyNotNull} GROUP BY ALL HAVING count(*) > 1) d
      ON ${keyEq} WHERE s._r > d.first`);
    const [d] = await db.query<{ n: number; rows: number[] | null }>(
      `SELECT count(*)::INTEGER AS n, min(_r, ${FIRST_ROWS})::INTEGER[] AS rows FROM ${ident(dups)}`);
    dup = { n: d.n, rows: d.rows ?? [] };
  }
  if (dup.n) {
    const rowMap = await rowMapOf();
    issues.push({ kind: 'duplicate_id', severity: 'rejected', count: dup.n, rows: dup.rows.map((o) => fileRow(rowMap, o)),
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

  step('checks');
  // Districts / units: match each distinct name once in JS, rewrite the ones spelt differently.
  // The tally made while DuckDB loaded stands for the GROUP BY when it counts exactly the same rows:
  // no row refused, rejected or empty, no NULL name, and as many names as rows.
  const tally = scan?.tally;
  const tallyFits = tally != null && plan.unitColumn != null && rejects.length === 0 && rej === 0 && liveRows === total
    && !statsFires({ stats: plan.unitColumn, when: 'null' }, statsOf(plan.unitColumn))
    && [...tally.values()].reduce((a, n) => a + n, 0) === total;
  const { unknownDistricts, units } = await matchUnits(db, plan, stg, issues, rowMapOf, R, live, rej ? rejCond : 'FALSE', tallyFits ? tally : null);
  if (inp.steps) { inp.steps.idsScreened = keysKnownDistinct ? 1 : keysDistinct ? 2 : 0; inp.steps.namesTallied = tallyFits ? 1 : 0; }

  step('districts');
  await buildQuarantine({ ...inp, stg, qstg, withR, rawCols, fired: fired.map((f) => f.sl), rejCond: rej ? rejCond : null, live, dups: dup.n ? dups : null, rowMap: rowMapOf, rejects, headerOf });

  step('quarantine');
  // What stays: rows with no rejection and not duplicates; markers and deliberate nulls left become NULL.
  const changed = rej > 0 || dup.n > 0 || liveRows < total;
  if (changed) {
    await db.exec(`DELETE FROM ${S} WHERE NOT ${live} OR ${rejCond}${dup.n ? ` OR ${R()} IN (SELECT _r FROM ${ident(dups)})` : ''}`);
  }
  const specials = plan.specials.filter((sp) => fires(sp.screen));
  for (const sp of specials) await db.exec(`UPDATE ${S} SET ${ident(sp.column)} = NULL WHERE ${sp.test}`);
  await db.exec(`ALTER TABLE ${S} DROP COLUMN _o;${col ? ` ALTER TABLE ${S} DROP COLUMN _r;` : ''}
    DROP TABLE IF EXISTS ${ident(dups)}`);

  const rows = liveRows + rejects.length;
  const rejected = rej + dup.n + rejects.length;
  let dateRange = { min: scr.rmin as string | null, max: scr.rmax as string | null };
  if (plan.rangeColumn && (changed || specials.length)) {
    const [r] = await db.query<{ min: string | null; max: string | null }>(
      `SELECT CAST(min(${ident(plan.rangeColumn)}) AS VARCHAR) AS min, CAST(max(${ident(plan.rangeColumn)}) AS VARCHAR) AS max FROM ${S}`);
    dateRange = { min: r.min, max: r.max };
  }
  step('finish');
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
