/**
 * Running a plan, step by step: the load (load.ts: typed values, markers for values not understood,
 * the row status `_o`), the checks' screens and the fast load's fix-ups (screens.ts), then only for
 * the checks that fired, their issues (issues.ts) and the quarantine (quarantineTable.ts: original
 * text read again for the rejected rows only), district matching (units.ts), and the finish here:
 * rejected rows deleted, markers set to NULL. swapIn puts the result in place in one transaction.
 */
import { ident, inTransaction, type Db } from '../dbTypes';
import type { ImportIssue, UnknownDistrict } from '../../domain/import/types';
import { collectIssues, headerOf, type Issues } from './issues';
import { loadStaging, type Loaded } from './load';
import { buildQuarantine } from './quarantineTable';
import { rowNumbers } from './rowNumbers';
import { screenStaging, type Screened } from './screens';
import { Staging, type StageInput } from './staging';
import { matchUnits } from './units';

export type { StageInput } from './staging';

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

/**
 * Districts / units: match each distinct name once in JS, rewrite the ones spelt differently.
 * The tally made while DuckDB loaded stands for the GROUP BY when it counts exactly the same rows:
 * no row refused, rejected or empty, no NULL name, and as many names as rows.
 */
async function districts(s: Staging, loaded: Loaded, sc: Screened, found: Issues, rowMapOf: Parameters<typeof matchUnits>[4]) {
  const { plan } = s;
  const tally = sc.scan?.tally;
  const tallyFits = tally != null && plan.unitColumn != null && loaded.rejects.length === 0 && found.rej === 0 && sc.liveRows === sc.total
    && !s.stats.fires({ stats: plan.unitColumn, when: 'null' })
    && [...tally.values()].reduce((a, n) => a + n, 0) === sc.total;
  const res = await matchUnits(s.db, plan, s.stg, found.issues, rowMapOf, s.R, sc.live, found.rej ? sc.rejCond : 'FALSE', tallyFits ? tally : null);
  s.inp.steps.idsScreened = sc.keysKnownDistinct ? 1 : sc.keysDistinct ? 2 : 0;
  s.inp.steps.namesTallied = tallyFits ? 1 : 0;
  return res;
}

/** What stays: rows with no rejection and not duplicates; markers and deliberate nulls left become NULL. Returns the date range. */
async function finish(s: Staging, sc: Screened, found: Issues): Promise<StageResult['dateRange']> {
  const { db, plan, S } = s;
  const changed = found.rej > 0 || found.dup > 0 || sc.liveRows < sc.total;
  if (changed) {
    await db.exec(`DELETE FROM ${S} WHERE NOT ${sc.live} OR ${sc.rejCond}${found.dup ? ` OR ${s.R()} IN (SELECT _r FROM ${ident(s.dups)})` : ''}`);
  }
  const specials = plan.specials.filter((sp) => sc.fires(sp.screen));
  for (const sp of specials) await db.exec(`UPDATE ${S} SET ${ident(sp.column)} = NULL WHERE ${sp.test}`);
  await db.exec(`ALTER TABLE ${S} DROP COLUMN _o;${s.ordinalColumn ? ` ALTER TABLE ${S} DROP COLUMN _r;` : ''}
    DROP TABLE IF EXISTS ${ident(s.dups)}`);
  if (!plan.rangeColumn || !(changed || specials.length)) return { min: sc.row.rmin as string | null, max: sc.row.rmax as string | null };
  const c = ident(plan.rangeColumn);
  const [r] = await db.query<{ min: string | null; max: string | null }>(`SELECT CAST(min(${c}) AS VARCHAR) AS min, CAST(max(${c}) AS VARCHAR) AS max FROM ${S}`);
  return { min: r.min, max: r.max };
}

export async function runPlan(inp: StageInput): Promise<StageResult> {
  const s = new Staging(inp);
  const loaded = await loadStaging(s);
  const sc = await screenStaging(s, loaded.fixups);
  // Row numbers (worked out on first use, or now: see StageInput.lazyRows).
  const rowMapOf = await rowNumbers({ db: s.db, S: s.S, inp, key: s.plan.key, rejectLines: loaded.rejects.map((r) => r.line), total: sc.total });
  const found = await collectIssues(s, loaded, sc, rowMapOf);
  inp.clock.lap('checks');
  const { unknownDistricts, units } = await districts(s, loaded, sc, found, rowMapOf);
  inp.clock.lap('districts');
  await buildQuarantine({
    ...inp, stg: s.stg, qstg: s.qstg, withR: s.withR, rawCols: s.rawCols, fired: sc.fired.map((f) => f.sl), rejCond: found.rej ? sc.rejCond : null,
    live: sc.live, dups: found.dup ? s.dups : null, rowMap: rowMapOf, rejects: loaded.rejects, headerOf: (c) => headerOf(inp.headers, c),
  });
  inp.clock.lap('quarantine');
  const dateRange = await finish(s, sc, found);
  inp.clock.lap('finish');
  const rows = sc.liveRows + loaded.rejects.length;
  const rejected = found.rej + found.dup + loaded.rejects.length;
  return { staging: s.stg, quarantine: s.qstg, rows, loaded: rows - rejected, rejected, issues: found.issues, unknownDistricts, units, dateRange };
}

/** Put staging tables in place of `table` and `table_quarantine` in one transaction. */
export async function swapIn(db: Db, table: string, res: StageResult): Promise<void> {
  const q = `${table}_quarantine`;
  await inTransaction(db, [
    `DROP TABLE IF EXISTS ${ident(table)}`, `ALTER TABLE ${ident(res.staging)} RENAME TO ${ident(table)}`,
    `DROP TABLE IF EXISTS ${ident(q)}`, `ALTER TABLE ${ident(res.quarantine)} RENAME TO ${ident(q)}`,
  ]);
}

export async function dropStaging(db: Db, table: string, tag: string): Promise<void> {
  const names = [`_stg_${table}_${tag}`, `_stgq_${table}_${tag}`, `_dups_${tag}`, `_qraw_${tag}`];
  await db.exec(names.map((n) => `DROP TABLE IF EXISTS ${ident(n)}`).join('; ')).catch(() => {});
}
