/**
 * What every step of a staged load shares: the staging table's names, how a row's ordinal is
 * written, the column statistics read after the load, and the step clock.
 */
import { ident, type Db } from '../dbTypes';
import type { PlainScan } from '../../domain/import/keyScan';
import type { ImportSteps, StepClock } from '../../domain/import/types';
import { statsFires, type Plan, type ReaderTyping, type Screen, type StatsScreen } from './plan';
import { rawCol, type Source } from './source';

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
  /** the bytes were not checked as UTF-8 before the load: a reject for a bad byte sequence throws NotUtf8Error */
  utf8Unchecked?: boolean;
  /** header names for the quarantine's original-value columns */
  headers: string[];
  tag: string;
  /** step timings are added here */
  steps: ImportSteps;
  clock: StepClock;
}

/** A screen or a list of them, as a list. */
export function screens(sc: Screen | Screen[]): Screen[] {
  return Array.isArray(sc) ? sc : [sc];
}

/** `stats(column)` of the staging table's screened columns, read in one query (no scan: see Screen). */
export class ColumnStats {
  private values: Record<string, string | null> | undefined;
  readonly columns: string[];
  constructor(plan: Plan, reader: ReaderTyping | null, private readonly S: string) {
    const statScreens = [...plan.slots, ...plan.specials, ...(reader?.fixups ?? [])].flatMap((x) => screens(x.screen));
    this.columns = [...new Set(['_o', ...plan.key, ...(plan.unitColumn ? [plan.unitColumn] : []), ...(reader?.dates ?? []),
      ...statScreens.flatMap((sc) => ('stats' in sc ? [sc.stats] : []))])];
  }
  async read(db: Db): Promise<void> {
    [this.values] = await db.query<Record<string, string | null>>(
      `SELECT ${this.columns.map((c, i) => `CAST(stats(${ident(c)}) AS VARCHAR) AS s${i}`).join(', ')} FROM ${this.S} LIMIT 1`);
  }
  of(column: string): string | null | undefined {
    return this.values?.[`s${this.columns.indexOf(column)}`];
  }
  fires(screen: StatsScreen): boolean {
    return statsFires(screen, this.of(screen.stats));
  }
}

/** One staged load: the input and the names and helpers every step uses. */
export class Staging {
  readonly db: Db;
  readonly plan: Plan;
  /** the staging table's name and quoted name, and the quarantine's staging name */
  readonly stg: string;
  readonly S: string;
  readonly qstg: string;
  /** the table of duplicates' ordinals */
  readonly dups: string;
  readonly rawCols: string[];
  /** the ordinal is the column `_r` (else rowid + 1) */
  readonly ordinalColumn: boolean;
  readonly stats: ColumnStats;
  /** the fast load's typing, when this load may use it */
  readonly reader: ReaderTyping | null;
  constructor(readonly inp: StageInput) {
    const { plan, tag } = inp;
    this.db = inp.db;
    this.plan = plan;
    this.stg = `_stg_${plan.table}_${tag}`;
    this.qstg = `_stgq_${plan.table}_${tag}`;
    this.dups = `_dups_${tag}`;
    this.S = ident(this.stg);
    this.rawCols = Array.from({ length: inp.src.ncols }, (_, i) => rawCol(i));
    this.ordinalColumn = inp.ordinal === 'column';
    this.reader = inp.fromTyped && plan.reader ? plan.reader : null;
    this.stats = new ColumnStats(plan, this.reader, this.S);
  }
  /** the ordinal of a staging row (optionally qualified by a table alias) */
  R = (alias = ''): string => (this.ordinalColumn ? `${alias}_r` : `(${alias}rowid + 1)`);
  /** the staging rows filtered by `where`, with their ordinal as `_r` (for joins) */
  withR = (where: string): string => `(SELECT *${this.ordinalColumn ? '' : ', rowid + 1 AS _r'} FROM ${this.S} WHERE ${where})`;
}
