/**
 * SQL expression builders for the one-pass load. Every value spelling comes from the pure tables in
 * src/domain/import (the fast path: exact spellings seen in the sample, normalised in JS; the
 * fallback: the same key function and alias tables in SQL), so SQL and JS agree value for value.
 * Literals go through lit(); identifiers through ident().
 */
import { lit } from '../dbTypes';
import { markUnparsed } from './plan';
import { type DateChoice } from '../../domain/import/dates';
import { MAX_YEAR, MIN_YEAR } from '../../domain/import/dates';
import { valueKey } from '../../domain/import/text';
import {
  aliasLookup, BOOLEAN_INT_VALUES, LEVEL_PATTERN, MAX_LEVEL, normalizeValue, parseInteger, parseLevel, userValue,
  VALUE_ALIASES,
} from '../../domain/import/values';

type UserMap = Record<string, string | number | null> | undefined;

/** Marks a value a user map sets to null on purpose (so it is not reported as "not understood"). */
export const DELIBERATE_NULL = '\u0001null';

/** SQL twin of valueKey(). */
export function valueKeySql(x: string): string {
  return `regexp_replace(regexp_replace(lower(${x}), '[ \\t\\r\\n_\\-./]+', ' ', 'g'), '^ | $', '', 'g')`;
}

/**
 * Text as stored: NULL when blank, trimmed when it starts or ends with a space (cheap test first,
 * the trim only for those rows), otherwise unchanged.
 */
export function cleanTextSql(x: string, userMap: UserMap): string {
  const base = `CASE WHEN ${x} < '!' OR ends_with(${x}, ' ') THEN nullif(trim(${x}), '') ELSE ${x} END`;
  if (!userMap || !Object.keys(userMap).length) return base;
  const whens = Object.entries(userMap).map(([k, v]) => `WHEN ${lit(k)} THEN ${v == null ? 'NULL' : lit(String(v))}`);
  return `CASE ${x} ${whens.join(' ')} ELSE ${base} END`;
}

/** `expr` only for non-NULL `x` (NULL rows skip the work: DuckDB evaluates CASE branches selectively). */
function nullGuard(x: string, expr: string): string {
  return `CASE WHEN ${x} IS NULL THEN NULL ELSE ${expr} END`;
}

function caseOf(x: string, pairs: [string, string | null][], elseSql: string): string {
  if (!pairs.length) return elseSql;
  return `CASE ${x} ${pairs.map(([k, v]) => `WHEN ${lit(k)} THEN ${v == null ? 'NULL' : lit(v)}`).join(' ')} ELSE ${elseSql} END`;
}

/**
 * A coded column (status, closure_type, source, quality, feedback, direction): canonical value,
 * DELIBERATE_NULL when a user map says null, NULL when not understood — or, with `mark` (an SQL
 * literal), NULL only when blank and `mark` when present but not understood.
 *
 * Shape: one `CASE x WHEN <sampled spelling> THEN <value> ...` (most frequent spelling first) whose
 * ELSE — reached only by spellings not in the sample and NULL — does the key-and-alias lookup.
 */
export function enumSql(column: string, x: string, sample: readonly string[], userMap: UserMap, mark?: string): string {
  const res = (raw: string): string | null => {
    const u = userValue(raw, userMap);
    if (u === null) return DELIBERATE_NULL;
    return normalizeValue(column, raw, userMap);
  };
  const seen = new Set<string>([...sample, ...Object.keys(userMap ?? {})]);
  const fastValue = (v: string): string | null => res(v) ?? (mark && v.trim() !== '' ? MARK_TEXT : null);
  const fast: [string, string | null][] = [...seen].filter((v) => v !== '').map((v) => [v, fastValue(v)]);
  const keyPairs = new Map<string, string | null>();
  for (const [from, to] of Object.entries(userMap ?? {})) {
    const k = valueKey(from);
    if (!keyPairs.has(k)) keyPairs.set(k, to == null ? DELIBERATE_NULL : normalizeValue(column, String(to)));
  }
  for (const [k, canon] of aliasLookup(VALUE_ALIASES[column] ?? {})) if (!keyPairs.has(k)) keyPairs.set(k, canon);
  const lookup = caseOf(valueKeySql(x), [...keyPairs].filter(([k]) => k !== ''), 'NULL');
  const fallback = mark ? `CASE WHEN ${x} IS NULL OR trim(${x}) = '' THEN NULL ELSE coalesce(${lookup}, ${mark}) END` : lookup;
  if (!fast.length) return fallback;
  const val = (v: string | null) => (v === MARK_TEXT ? mark! : v == null ? 'NULL' : lit(v));
  // Constant results, most frequent spelling first: a CASE returning constants is far cheaper than
  // one returning the input (`CASE WHEN x IN (...) THEN x` costs ten times as much).
  return `CASE ${x} ${fast.map(([k, v]) => `WHEN ${lit(k)} THEN ${val(v)}`).join(' ')} ELSE ${fallback} END`;
}

/** Stand-in for the caller's marker while the sampled spellings are resolved. */
const MARK_TEXT = '\u0000mark';

const DEV = '०१२३४५६७८९';

/**
 * `CASE x WHEN <sampled spelling> THEN <its whole number> ... ELSE <slow> END` — one CASE returning
 * INTEGER constants (a CASE returning text then cast costs about twice as much at 1M rows). With
 * `mark`, a spelling that is present but not understood gives `mark`, and `slow` is wrapped so it
 * does too (NULL only when blank).
 */
function wholeNumberSql(x: string, fast: [string, number | null][], slow: string, mark?: string): string {
  const tail = mark ? markUnparsed(slow, x, mark) : slow;
  if (!fast.length) return `CAST(${tail} AS INTEGER)`;
  const val = (k: string, n: number | null) => (n != null ? String(n) : mark && k.trim() !== '' ? mark : 'NULL');
  return `CAST(CASE ${x} ${fast.map(([k, n]) => `WHEN ${lit(k)} THEN ${val(k, n)}`).join(' ')} ELSE ${tail} END AS INTEGER)`;
}

/** current_level: `2`, `L2`, `Level 2`, `एल-2` → 2 (1–5), else NULL (or `mark`, see wholeNumberSql). */
export function levelSql(x: string, sample: readonly string[], userMap: UserMap, mark?: string): string {
  const res = (raw: string): number | null => {
    const u = userValue(raw, userMap);
    if (u !== undefined) return u === null ? null : parseLevel(u);
    return parseLevel(raw);
  };
  const seen = new Set<string>([...sample, ...Object.keys(userMap ?? {})]);
  const fast = [...seen].filter((v) => v !== '').map((v): [string, number | null] => [v, res(v)]);
  const n = `try_cast(regexp_extract(${valueKeySql(`translate(${x}, '${DEV}', '0123456789')`)}, ${lit(LEVEL_PATTERN)}, 1) AS INTEGER)`;
  return wholeNumberSql(x, fast, `CASE WHEN ${n} BETWEEN 1 AND ${MAX_LEVEL} THEN ${n} END`, mark);
}

/** Whole number (reopened): digits or yes/no/हाँ/नहीं (or `mark`, see wholeNumberSql). */
export function integerSql(x: string, sample: readonly string[], mark?: string): string {
  const fast = [...new Set(sample)].filter((v) => v !== '').map((v): [string, number | null] => [v, parseInteger(v)]);
  const t = `trim(translate(${x}, '${DEV}', '0123456789'))`;
  const bools = caseOf(valueKeySql(x), [...aliasLookup(BOOLEAN_INT_VALUES)], 'NULL');
  const slow = `CASE WHEN regexp_full_match(${t}, '[+-]?[0-9]+') THEN ${t} ELSE ${bools} END`;
  // INTEGER's lowest value is the "not understood" marker (MARK.int), so it is not a value here.
  return wholeNumberSql(x, fast, `nullif(try_cast(${slow} AS INTEGER), ${INT_MIN})`, mark);
}

/**
 * A date column: the sniffed format first (time read and dropped); a value that fails it is tried
 * once more on its date part alone (so a stray value without the usual time still reads). Combine
 * with dateStoredSql in a later projection: dates outside 1900–2199 count as unparseable.
 */
export function dateSql(x: string, choice: Pick<DateChoice, 'format' | 'family'>): string {
  const general = dateGeneralSql(x, choice);
  if (choice.family.date !== ISO_DATE || !choice.format.startsWith(ISO_DATE)) return general;
  // Fast path for ISO columns: a value shaped exactly YYYY-MM-DD that casts to a date is that date
  // — what the general path gives too (four-digit year, two-digit month and day, nothing else);
  // a cast with a shape test costs about half of try_strptime. Anything else (a time, spaces,
  // other shapes, bad dates) takes the general path. Years outside the accepted range are caught
  // later (dateStoredSql), as for the general path.
  return `coalesce(CASE WHEN ${x} LIKE '____-__-__' THEN TRY_CAST(${x} AS DATE) END, ${general})`;
}

const ISO_DATE = '%Y-%m-%d';

/** The general date expression (see dateSql): the column's format, then its date part alone. */
export function dateGeneralSql(x: string, choice: Pick<DateChoice, 'format' | 'family'>): string {
  const datePart = choice.family.order === 'ymd'
    ? `split_part(split_part(trim(${x}), ' ', 1), 'T', 1)`
    : `split_part(trim(${x}), ' ', 1)`;
  // (DuckDB's strptime reads the words 'infinity' and 'epoch' as 1900-01-01 whatever the format:
  // dateStoredSql sorts those out, looking at the text only where the date is 1900-01-01 — testing
  // every value's text here cost ~0.6 s per column at 1M rows.)
  return nullGuard(x, `coalesce(try_strptime(${x}, ${lit(choice.format)}), try_strptime(${datePart}, ${lit(choice.family.date)}))::DATE`);
}

const INT_MIN = -2147483648;

/**
 * A date column's stored value, in the projection after dateSql (`d` its result, `x` the raw text):
 * the date inside the accepted years, NULL when the text is blank, else `mark` (a date outside
 * those years, so never a parsed value). The words strptime reads as 1900-01-01 ('infinity',
 * 'epoch') are not dates: `mark` too.
 */
export function dateStoredSql(d: string, x: string, mark: string): string {
  const notADate = `lower(trim(${x})) IN ('infinity', '-infinity', '+infinity', 'epoch')`;
  return `CASE WHEN ${d} BETWEEN DATE '${MIN_YEAR}-01-01' AND DATE '${MAX_YEAR}-12-31' THEN (CASE WHEN ${d} = DATE '1900-01-01' THEN (CASE WHEN ${notADate} THEN ${mark} ELSE ${d} END) ELSE ${d} END) WHEN ${x} IS NULL OR trim(${x}) = '' THEN NULL ELSE ${mark} END`;
}

/**
 * A date column read as a date by read_csv itself (Plan.reader) is stored as read; afterwards the
 * dates outside the accepted years become the marker: `UPDATE ... SET d = mark WHERE` this, run only
 * when the column's statistics allow such a date (a CASE in the load cost ~0.2 s for four columns at
 * 1M rows; the statistics are free).
 */
export function dateOutsideYearsSql(d: string): string {
  return `${d} NOT BETWEEN DATE '${MIN_YEAR}-01-01' AND DATE '${MAX_YEAR}-12-31'`;
}

