/**
 * The checks' screens on the staging table: column statistics first (free), then one scan of
 * aggregates for the rest, the row counts, the key's distinct count and the date range. The fast
 * load's fix-ups that a screen calls for run here (rare), and the screens are read again after them.
 */
import { ident } from '../dbTypes';
import type { PlainScan } from '../../domain/import/keyScan';
import { severityOf } from '../../domain/import/types';
import { LIVE, MAY_BE_EMPTY, ROW_STATUS, SPACED, type Fixup, type Screen, type Slot } from './plan';
import { screens, type Staging } from './staging';

type ScanRow = Record<string, number | boolean | string | null>;

/** The key columns' SQL and what is known of their values. */
class KeyFacts {
  readonly cols: string[];
  readonly notNull: string;
  readonly expr: string;
  constructor(private readonly s: Staging) {
    this.cols = s.plan.key.map(ident);
    this.notNull = this.cols.map((k) => `${k} IS NOT NULL`).join(' AND ');
    this.expr = this.cols.length === 1 ? this.cols[0] : `(${this.cols.join(', ')})`;
  }
  mayBeNull(): boolean {
    return this.s.plan.key.some((k) => this.s.stats.fires({ stats: k, when: 'null' }));
  }
  /**
   * Keys strictly increasing (or decreasing) row after row are distinct, as in exports sorted by
   * number: comparing each key with the next (the key column POSITIONAL JOINed with itself one row
   * on: two scans of one table, in the same order) costs about a third of count(DISTINCT).
   */
  async inOrder(): Promise<boolean> {
    if (this.cols.length !== 1 || this.mayBeNull()) return false;
    const k = this.cols[0];
    const S = this.s.S;
    const [r] = await this.s.db.query<{ pairs: number; up: number; down: number }>(`SELECT count(b.k)::INTEGER AS pairs,
        count(*) FILTER (WHERE a.k < b.k)::INTEGER AS up, count(*) FILTER (WHERE a.k > b.k)::INTEGER AS down
      FROM (SELECT ${k} AS k FROM ${S}) a POSITIONAL JOIN (SELECT ${k} AS k FROM ${S} OFFSET 1) b`);
    return Number(r.pairs) === Number(r.up) || Number(r.pairs) === Number(r.down);
  }
}

export interface Screened {
  keys: KeyFacts;
  /** the page's scan of the bytes, if it answered */
  scan: PlainScan | null | undefined;
  /** the ids are distinct: from the page's scan (keysKnownDistinct) or their order */
  keysKnownDistinct: boolean;
  keysDistinct: boolean;
  /** the screen scan: total, empty, keyed, keys, rmin, rmax, q<i> */
  row: ScanRow;
  total: number;
  liveRows: number;
  /** the slots whose screen fired, with their index in plan.slots */
  fired: { sl: Slot; i: number }[];
  /** the rejecting ones among them */
  rejecting: { sl: Slot; i: number }[];
  /** condition: the row is not empty ('TRUE' when none is) */
  live: string;
  /** condition: some rejecting check holds for the row (NULL-safe: a condition on NULL is NULL, which NOT would keep NULL) */
  rejCond: string;
  fires: (sc: Screen | Screen[]) => boolean;
}

/** The fast load's fix-ups a statistic calls for, and the sql screens of the others (evaluated in the screen scan). */
function fixupScreens(s: Staging, fixups: Fixup[]) {
  const byStats = fixups.filter((f) => f.screen.some((sc) => 'stats' in sc && s.stats.fires(sc)));
  const sqlOf = (f: Fixup) => f.screen.flatMap((sc) => ('sql' in sc && (!sc.gate || s.stats.fires(sc.gate)) ? [sc.sql] : []));
  const bySql = fixups.filter((f) => !byStats.includes(f) && sqlOf(f).length > 0);
  return { byStats, bySql, sqlOf };
}

function screenScanSql(s: Staging, keys: KeyFacts, keysDistinct: boolean, mayBeEmpty: boolean, sqlScreens: string[], fixSql: string[]): string {
  const { plan, S } = s;
  const nullable = keys.mayBeNull();
  const range = plan.rangeColumn
    ? `CAST(min(${ident(plan.rangeColumn)}) AS VARCHAR) AS rmin, CAST(max(${ident(plan.rangeColumn)}) AS VARCHAR) AS rmax`
    : 'NULL AS rmin, NULL AS rmax';
  return `SELECT count(*)::INTEGER AS total,
      ${mayBeEmpty ? `count(*) FILTER (WHERE NOT (${LIVE}))` : '0'}::INTEGER AS empty,
      ${nullable ? `count(*) FILTER (WHERE ${keys.notNull})` : 'count(*)'}::INTEGER AS keyed,
      ${keysDistinct ? '-1' : `count(DISTINCT ${keys.expr})${nullable ? ` FILTER (WHERE ${keys.notNull})` : ''}`}::INTEGER AS keys,
      ${range}${sqlScreens.map((q, i) => `, coalesce(${q}, false) AS q${i}`).join('')}
      ${fixSql.map((q, i) => `, coalesce(${q}, false) AS x${i}`).join('')}
    FROM ${S}`;
}

export async function screenStaging(s: Staging, fixups: Fixup[]): Promise<Screened> {
  const { db, plan, S, inp } = s;
  const sqlScreens = [...new Set([...plan.slots, ...plan.specials].flatMap((x) => screens(x.screen)).flatMap((sc) => ('sql' in sc ? [sc.sql] : [])))];
  const keys = new KeyFacts(s);
  const scan = inp.scan?.wait ? await inp.scan.wait : inp.scan?.now?.();
  const keysKnownDistinct = scan?.keysDistinct === true;
  let keysDistinct = keysKnownDistinct || await keys.inOrder();
  const mayBeEmpty = s.stats.fires(MAY_BE_EMPTY);
  const fx = fixupScreens(s, fixups);
  // (the trailing-space screens only when the load flagged a row: see ROW_STATUS.spaced)
  const spacedRows = fixups.length > 0 && s.stats.fires(SPACED);
  let [row] = await db.query<ScanRow>(screenScanSql(s, keys, keysDistinct, mayBeEmpty, sqlScreens, fx.bySql.map((f) => fx.sqlOf(f).join(' OR '))));
  const due = fixups.filter((f) => fx.byStats.includes(f) || row[`x${fx.bySql.indexOf(f)}`] === true);
  if (due.length) {
    // Rare: values as read that the text load would have changed. Correct them, then look again.
    for (const f of due) await db.exec(`UPDATE ${S} SET ${ident(f.column)} = ${f.set} WHERE ${f.where}`);
    if (spacedRows) await db.exec(`UPDATE ${S} SET _o = ${ROW_STATUS.ok} WHERE _o = ${ROW_STATUS.spaced}`);
    await s.stats.read(db);
    if (!keysKnownDistinct && due.some((f) => plan.key.includes(f.column))) keysDistinct = await keys.inOrder();
    [row] = await db.query<ScanRow>(screenScanSql(s, keys, keysDistinct, mayBeEmpty, sqlScreens, []));
  }
  inp.steps.fixups = due.length;
  const fires = (sc: Screen | Screen[]) => screens(sc).some((x) => ('sql' in x ? row[`q${sqlScreens.indexOf(x.sql)}`] === true : s.stats.fires(x)));
  const total = Number(row.total);
  const fired = plan.slots.map((sl, i) => ({ sl, i })).filter(({ sl }) => fires(sl.screen));
  const rejecting = fired.filter(({ sl }) => severityOf(sl.kind) === 'rejected');
  const rejCond = rejecting.length ? `coalesce(${rejecting.map(({ sl }) => `(${sl.cond})`).join(' OR ')}, false)` : 'FALSE';
  return {
    keys, scan, keysKnownDistinct, keysDistinct, row, total, liveRows: total - Number(row.empty), fired, rejecting,
    live: Number(row.empty) ? `(${LIVE})` : 'TRUE', rejCond, fires,
  };
}
