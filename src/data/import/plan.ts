/**
 * A load plan: for one canonical table, the typed expressions over the raw columns and the checks.
 * Built per table by complaintsPlan.ts and otherPlans.ts; run by stage.ts.
 *
 * The load writes only typed values. A value that is present but not understood is not NULL but a
 * marker of its column's type (see MARK below), so every check can be decided on the loaded table
 * alone: "missing" is NULL, "not understood" is the marker. Each check ("slot") has a row condition
 * and a screen — a cheap aggregate that is true whenever some row might meet the condition — so a
 * clean file costs one scan of aggregates, and the row conditions run only for the checks that fire.
 * Markers left in kept rows (warnings) become NULL before the table is swapped in.
 */
import { lit } from '../dbTypes';
import type { IssueKind } from '../../domain/import/types';
import type { StateId } from '../../domain/geo/states';

/**
 * When a check may have hits. `sql`: an aggregate over the staging table, true when some row may
 * meet the condition (false or NULL: none does). `stats`: decided from DuckDB's column statistics
 * (`stats(col)`: bounds and a NULL flag kept while the table is written, so no scan at all) —
 * 'null': the column may hold NULL; 'mark': a text column may hold a marker (its minimum is below
 * U+0002); 'lead': a text column may hold a value starting below "!" (a space, a tab, a control
 * character) or the empty string; 'below' / 'above': the column's minimum / maximum may be below / above `value`.
 * Statistics are bounds (never narrower than the data); a statistic that cannot be read fires.
 */
export type Screen =
  | { sql: string; gate?: StatsScreen }
  | StatsScreen;
/** (`gate` on an sql screen: the aggregate is evaluated only when that statistics screen fires; else the screen is false.) */
export type StatsScreen = { stats: string; when: 'null' | 'mark' | 'lead' | 'below' | 'above'; value?: string | number };

export interface Slot {
  kind: IssueKind;
  column: string | null;
  /** SQL condition over the loaded (typed) columns and `_o` */
  cond: string;
  /** fires when any of these does */
  screen: Screen | Screen[];
  detail?: string;
}

/** A column whose markers (and deliberate nulls) become NULL in the rows that are kept. */
export interface Special {
  column: string;
  /** SQL condition: the value is a marker */
  test: string;
  screen: Screen | Screen[];
}

/**
 * The fast load of a CSV (complaints): read_csv itself parses the date columns that share one format
 * (strptime with that format — exactly the first thing the text expression tries, so a value it reads
 * is read the same), which costs far less than reading them as text and parsing in SQL (0.5 s of a
 * 2.5 s load at 1M rows). A value it cannot read makes DuckDB set the row aside (a CAST reject); then,
 * and when a date may be one of the words strptime reads as 1900-01-01 / 1970-01-01 ('infinity',
 * 'epoch'), the load is done again the text way (Plan.typed / Plan.post), so results never differ.
 */
export interface ReaderTyping {
  /** raw column index → the type read_csv gives it (DATE, TIMESTAMP, or an ENUM of a coded column's canonical values) */
  columns: Record<number, string>;
  dateformat: string | null;
  timestampformat: string | null;
  /** as Plan.typed / Plan.post, with those columns already typed */
  typed: string[];
  post: string[];
  /** the canonical date columns read typed */
  dates: string[];
  /** raw columns stored as read whose values ending in a space the row status flags (`_o` = 3, see rowStatusSql) */
  spaced: string[];
  /**
   * Corrections after the load, in order, each run only when needed: the columns loaded as read
   * (text and coded columns that need no expression for the usual values; dates outside the
   * accepted years → marker). See Fixup.
   */
  fixups: Fixup[];
}

/**
 * `UPDATE staging SET column = set WHERE where`, after the fast load, when its screen fires: the
 * value as loaded corrected to what the text load's expression gives (`set` is that expression over
 * the loaded column, `where` the rows it may change). Statistics screens are free; the sql screens
 * of all fix-ups are evaluated in the scan of the checks' screens (stage.ts), so a clean file pays
 * only a few aggregates for them.
 */
export interface Fixup {
  column: string;
  set: string;
  where: string;
  screen: Screen[];
}
export interface Plan {
  table: 'complaints' | 'indicators' | 'parameters';
  /** canonical columns in table order, each `expr AS "name"` over raw c-columns (first projection) */
  typed: string[];
  /** canonical columns in table order, each `expr AS "name"` over the typed names and raw c-columns (second projection, stored) */
  post: string[];
  columns: readonly string[];
  slots: Slot[];
  specials: Special[];
  /** canonical columns forming the unique key (duplicates: first kept) */
  key: string[];
  /** column whose min/max gives the report's date range */
  rangeColumn: string | null;
  /** column holding district / unit names, matched after the load */
  unitColumn: string | null;
  /** flag unknown districts only if at least one name matches a district (indicators), or always */
  unknownPolicy: 'always' | 'if-any-known';
  /** the dataset's state preset: its district list is used unless at least half of the names belong to one state */
  state?: StateId;
  /** canonical column → strptime format used */
  dateFormats: Record<string, string>;
  notes: string[];
  /** the fast load, when some date columns can be typed by read_csv (complaints only) */
  reader?: ReaderTyping;
}

/**
 * Markers for "present but not understood". None can come out of a parser: text markers start with
 * U+0001 (below every printable character, so `min(x) < TEXT_SPECIAL_BELOW` screens for them), the
 * date is outside the accepted years, the integer is outside the accepted range, NaN is never parsed.
 */
export const MARK = {
  text: '\u0001?',
  date: '0001-01-01',
  int: -2147483648,
} as const;
/** Text markers (MARK.text and DELIBERATE_NULL) sort below this. */
export const TEXT_SPECIAL_BELOW = '\u0002';

export const MARK_SQL = {
  text: lit(MARK.text),
  date: `DATE '${MARK.date}'`,
  int: `CAST(${MARK.int} AS INTEGER)`,
  number: `CAST('NaN' AS DOUBLE)`,
} as const;

/** `expr`, or `mark` when it is NULL although the raw text `x` is not blank. */
export function markUnparsed(expr: string, x: string, mark: string): string {
  return `coalesce(${expr}, CASE WHEN ${x} IS NULL OR trim(${x}) = '' THEN NULL ELSE ${mark} END)`;
}

/**
 * The row-status column `_o` (UTINYINT) stored with the typed values: 1 when the record has more
 * fields than the header, 2 when every field is empty (the row is skipped and not counted), 3 when
 * a value of one of the `spaced` columns (stored as read by the fast load) ends in a space — so the
 * column statistics of `_o` tell whether any does, for the cost of the test inside the load (about
 * a third of a separate scan of those columns); stage.ts trims and sets the 3s back to 0.
 * Emptiness is tested only where the first column is empty (a long AND over every column costs
 * as much as several typed columns; inside a CASE branch it runs only for those rows).
 */
export function rowStatusSql(rawCols: string[], headerCount: number, spaced: string[] = []): string {
  const extra = rawCols.slice(headerCount).map((c) => `${c} IS NOT NULL`).join(' OR ');
  const rest = rawCols.slice(1).map((c) => `${c} IS NULL`).join(' AND ') || 'TRUE';
  const ok = spaced.length ? `CASE WHEN ${spaced.map((c) => `ends_with(${c}, ' ')`).join(' OR ')} THEN 3 ELSE 0 END` : '0';
  return `CAST(CASE ${extra ? `WHEN ${extra} THEN 1 ` : ''}WHEN ${rawCols[0]} IS NOT NULL THEN ${ok} WHEN ${rest} THEN 2 ELSE ${ok} END AS UTINYINT)`;
}
/** `_o` of a row that is not empty */
export const LIVE = '_o <> 2';
/** The gate of the fast load's trailing-space screens: some row has `_o` = 3. */
export const SPACED: StatsScreen = { stats: '_o', when: 'above', value: 2 };

/** The slot for rows with more fields than headers. */
export function extraFieldsSlot(detail: string): Slot {
  return { kind: 'bad_value', column: null, cond: '_o = 1', screen: { stats: '_o', when: 'above', value: 0 }, detail };
}

/** Screen for `cond` by counting it (for conditions no statistic decides). */
export function countScreen(cond: string): Screen {
  return { sql: `(count(*) FILTER (WHERE ${cond}) > 0)` };
}

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a statistics screen fires, given the text of `stats(column)` (e.g. `[Min: 2025-10-01,
 * Max: 2026-10-31][Has Null: false, Has No Null: true][Approx Unique: 435]`). Anything not
 * understood fires.
 */
export function statsFires(screen: StatsScreen, stats: string | null | undefined): boolean {
  if (!stats) return true;
  if (screen.when === 'null') return !/Has Null: false\b/.test(stats);
  if (screen.when === 'mark') {
    const m = /^\[Min: (.)/.exec(stats);
    // a text minimum is shown with control characters escaped (`\x01`); markers start with U+0001
    return !m || m[1] === '\\' || m[1] < '\u0002';
  }
  if (screen.when === 'lead') {
    // bytes outside ASCII show as `\xHH` (a Devanagari minimum starts `\xE0`), other escapes as `\` + a
    // letter; an empty minimum shows as `[Min: , Max: ...` (so a leading ',' fires too)
    const m = /^\[Min: (\\x([0-9A-Fa-f]{2})|.)/.exec(stats);
    if (!m) return true;
    if (m[2]) return parseInt(m[2], 16) < 0x21;
    return m[1] < '!' || m[1] === '\\' || m[1] === ',';
  }
  const m = screen.when === 'below' ? /\[Min: ([^,\]]*)/.exec(stats) : /Max: ([^,\]]*)/.exec(stats);
  if (!m) return true;
  const v = m[1].trim();
  if (typeof screen.value === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(v)) return true;
    return screen.when === 'below' ? Number(v) < screen.value : Number(v) > screen.value;
  }
  if (!DATE_RE.test(v) || !DATE_RE.test(String(screen.value))) return true;
  return screen.when === 'below' ? v < String(screen.value) : v > String(screen.value);
}
