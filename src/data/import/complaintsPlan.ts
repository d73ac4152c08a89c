/**
 * The complaints table plan: typed columns per src/data/schema.ts and the DESIGN.md checks.
 *
 * Rejected (quarantined): missing_required (complaint_id, registered_on, district, department,
 * status; closure_type when the row is closed and the file has that column), bad_date
 * (registered_on, closed_on), closed_before_registered, closed_without_date, duplicate_id,
 * bad_value (status or closure_type not in its set; a row with more fields than headers).
 * Warnings (row kept): future_date (any date after the import day), unparsed_optional (source,
 * quality, feedback, current_level, reopened, attended_on, atr_uploaded_on not understood → NULL),
 * unknown_district (after the load).
 */
import { ident, lit } from '../dbTypes';
import {
  allowedValues, CODED_COMPLAINT_COLUMNS, COMPLAINT_COLUMNS, COMPLAINT_DATE_COLUMNS, COMPLAINT_INT_COLUMNS, COMPLAINT_TYPES,
  REQUIRED_COMPLAINT_COLUMNS, STRICT_COMPLAINT_COLUMNS,
} from '../schema';
import { normalizeValue } from '../../domain/import/values';
import { familyOfFormat, MAX_YEAR, MIN_YEAR, sniffDateFormat, type DateChoice } from '../../domain/import/dates';
import type { ColumnMapping } from '../../domain/import/types';
import {
  cleanTextSql, dateOutsideYearsSql, dateSql, dateStoredSql, DELIBERATE_NULL, enumSql, integerSql, levelSql,
} from './sqlExpr';
import {
  countScreen, extraFieldsSlot, MARK, SPACED, MARK_SQL, TEXT_SPECIAL_BELOW, type Plan, type ReaderTyping, type Slot,
  type Special, type Fixup,
} from './plan';
import { rawCol } from './source';

const DATE_COLS: readonly string[] = COMPLAINT_DATE_COLUMNS;
const ENUM_COLS: readonly string[] = CODED_COMPLAINT_COLUMNS;
const INT_COLS: readonly string[] = COMPLAINT_INT_COLUMNS;
/** Columns stored as cleaned text (cleanTextSql). */
const TEXT_COLS = COMPLAINT_COLUMNS.filter((c) => !DATE_COLS.includes(c) && !ENUM_COLS.includes(c) && !INT_COLS.includes(c));

export interface PlanInput {
  /** canonical column → raw column index */
  index: Record<string, number>;
  /** sampled rows (raw cells) */
  sample: string[][];
  mapping?: ColumnMapping;
  /** the import day, YYYY-MM-DD */
  today: string;
  headerCount: number;
  ncols: number;
}

/** The distinct non-empty values of column i in the sampled rows, most frequent first. */
export function sampleOf(sample: string[][], i: number): string[] {
  const counts = new Map<string, number>();
  for (const r of sample) { const v = r[i]; if (v != null && v !== '') counts.set(v, (counts.get(v) ?? 0) + 1); }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

/**
 * Date choice for a column: the mapping's dateFormat, else sniffed. One export writes all its dates
 * the same way, so the family (day/month order) is chosen on the values of every date column
 * together — a 31/01 in closed_on proves day-first for registered_on too — unless this column's
 * own values fit another family better; the time suffix is the column's own.
 */
export function chooseDate(values: string[], mapping?: ColumnMapping, pooled?: string[]): Pick<DateChoice, 'format' | 'family'> {
  if (mapping?.dateFormat) {
    const fam = familyOfFormat(mapping.dateFormat);
    if (fam) return { format: mapping.dateFormat, family: fam };
    return { format: mapping.dateFormat, family: { id: 'custom', date: mapping.dateFormat, re: /$^/, order: 'dmy' } };
  }
  const own = sniffDateFormat(values);
  if (!pooled) return own;
  const all = sniffDateFormat(pooled);
  const mine = sniffDateFormat(values, [all.family]);
  return values.length === 0 || mine.parsed >= own.parsed ? (values.length ? mine : all) : own;
}

export function complaintsPlan(inp: PlanInput): Plan {
  const { index, sample, mapping, today } = inp;
  const has = (c: string) => c in index;
  const raw = (c: string) => rawCol(index[c]);
  const vmap = (c: string) => mapping?.values?.[c];
  const typed: string[] = [];
  const dateFormats: Record<string, string> = {};
  const chosen: Record<string, Pick<DateChoice, 'format' | 'family'>> = {};
  const notes: string[] = [];
  const pooled = DATE_COLS.filter(has).flatMap((c) => sampleOf(sample, index[c]));
  /** A status such as "Force Closed" also names the closure type (NULL when it does not). */
  const closureFromStatus = () => enumSql('closure_type', raw('status'), sampleOf(sample, index.status), undefined);
  const enumOf = (c: string, x: string) => enumSql(c, x, sampleOf(sample, index[c]), vmap(c), MARK_SQL.text);
  for (const c of COMPLAINT_COLUMNS) {
    const q = ident(c);
    if (c === 'closure_type' && !has(c) && has('status')) { typed.push(`${closureFromStatus()} AS ${q}`); continue; }
    if (!has(c)) { typed.push(`CAST(NULL AS ${COMPLAINT_TYPES[c]}) AS ${q}`); continue; }
    const x = raw(c);
    const vals = sampleOf(sample, index[c]);
    let e: string;
    if (DATE_COLS.includes(c)) {
      const ch = chooseDate(vals, mapping, pooled);
      dateFormats[c] = ch.format;
      chosen[c] = ch;
      e = dateSql(x, ch);
    } else if (c === 'closure_type') e = `CASE WHEN ${x} IS NULL THEN ${closureFromStatus()} ELSE ${enumOf(c, x)} END`;
    else if (ENUM_COLS.includes(c)) e = enumOf(c, x);
    else if (c === 'current_level') e = levelSql(x, vals, vmap(c), MARK_SQL.int);
    else if (c === 'reopened') e = integerSql(x, vals, MARK_SQL.int);
    else e = cleanTextSql(x, vmap(c));
    typed.push(`${e} AS ${q}`);
  }
  // Dates: the accepted years, NULL when blank, else the marker (needs the raw text, hence a second projection).
  const post = COMPLAINT_COLUMNS.map((c) => {
    const q = ident(c);
    return DATE_COLS.includes(c) && has(c) ? `${dateStoredSql(q, raw(c), MARK_SQL.date)} AS ${q}` : q;
  });

  // Checks on the loaded values: NULL = missing, marker = present but not understood.
  const q = (c: string) => ident(c);
  const missing = (c: string): Pick<Slot, 'cond' | 'screen'> => ({ cond: `${q(c)} IS NULL`, screen: { stats: c, when: 'null' } });
  const markOf = (c: string): Pick<Slot, 'cond' | 'screen'> => {
    if (DATE_COLS.includes(c)) return { cond: `${q(c)} = ${MARK_SQL.date}`, screen: { stats: c, when: 'below', value: `${MIN_YEAR}-01-01` } };
    if (ENUM_COLS.includes(c)) return { cond: `${q(c)} = ${MARK_SQL.text}`, screen: { stats: c, when: 'mark' } };
    return { cond: `${q(c)} = ${MARK_SQL.int}`, screen: { stats: c, when: 'below', value: MARK.int + 1 } };
  };
  const slots: Slot[] = [];
  for (const c of REQUIRED_COMPLAINT_COLUMNS) {
    if (ENUM_COLS.includes(c)) {
      slots.push({ kind: 'missing_required', column: c, cond: `(${q(c)} IS NULL OR ${q(c)} = ${lit(DELIBERATE_NULL)})`, screen: [{ stats: c, when: 'null' }, { stats: c, when: 'mark' }] });
    } else slots.push({ kind: 'missing_required', column: c, ...missing(c) });
  }
  for (const c of DATE_COLS) {
    if (!has(c)) continue;
    const kind = STRICT_COMPLAINT_COLUMNS.has(c) ? 'bad_date' : 'unparsed_optional';
    slots.push({ kind, column: c, ...markOf(c), detail: `expected ${dateFormats[c]}` });
  }
  const closed = `${q('status')} = 'closed'`;
  if (has('closed_on')) {
    const cond = `${q('closed_on')} < ${q('registered_on')} AND ${q('closed_on')} <> ${MARK_SQL.date}`;
    slots.push({ kind: 'closed_before_registered', column: 'closed_on', cond, screen: countScreen(cond) });
  }
  const noDate = has('closed_on') ? `${closed} AND ${q('closed_on')} IS NULL` : closed;
  slots.push({ kind: 'closed_without_date', column: 'closed_on', cond: noDate, screen: countScreen(noDate) });
  if (has('closure_type')) {
    const cond = `${closed} AND ${q('closure_type')} IS NULL`;
    slots.push({ kind: 'missing_required', column: 'closure_type', cond, screen: countScreen(cond), detail: 'required when closed' });
  } else {
    notes.push('no closure_type column: the closure type is taken from status where it names one (e.g. "Force Closed"); otherwise closure-based rates (satisfaction, force-closure) cannot be computed');
  }
  if (!has('closed_on')) notes.push('no closed_on column: every closed complaint is rejected as closed_without_date');
  for (const c of ENUM_COLS) {
    if (!has(c)) continue;
    const kind = STRICT_COMPLAINT_COLUMNS.has(c) ? 'bad_value' : 'unparsed_optional';
    slots.push({ kind, column: c, ...markOf(c), detail: `expected one of ${allowedValues(c).join(', ')}` });
  }
  for (const c of INT_COLS) {
    if (has(c)) slots.push({ kind: 'unparsed_optional', column: c, ...markOf(c) });
  }
  if (inp.ncols > inp.headerCount) slots.push(extraFieldsSlot('more fields than headers (a delimiter inside an unquoted value?)'));
  for (const c of DATE_COLS) {
    if (has(c)) slots.push({ kind: 'future_date', column: c, cond: `${q(c)} > DATE ${lit(today)}`, screen: { stats: c, when: 'above', value: today }, detail: `after ${today}` });
  }
  // Markers and deliberate nulls left in kept rows become NULL.
  const specials: Special[] = [];
  for (const c of COMPLAINT_COLUMNS) {
    if (!has(c) && c !== 'closure_type') continue;
    if (ENUM_COLS.includes(c)) specials.push({ column: c, test: `${q(c)} < ${lit(TEXT_SPECIAL_BELOW)}`, screen: { stats: c, when: 'mark' } });
    else if (DATE_COLS.includes(c) || INT_COLS.includes(c)) {
      const m = markOf(c);
      specials.push({ column: c, test: m.cond, screen: m.screen });
    }
  }
  return {
    table: 'complaints', typed, post, columns: COMPLAINT_COLUMNS, slots, specials, key: ['complaint_id'],
    rangeColumn: 'registered_on', unitColumn: 'district', unknownPolicy: 'always', dateFormats, notes,
    reader: readerTyping(chosen, index, typed, post, asRead(inp)),
  };
}

/**
 * What the fast load reads without an expression. Text columns (without a user value map) are
 * stored as read; the fix-up trims and blanks the rare value that needs it (see Fixup). Coded
 * columns (status, source, ...) whose sampled spellings are all canonical (and not all blank) are read by read_csv as
 * an ENUM of the canonical values: any other spelling is a CAST reject, and the load is done again
 * the text way (as for a date the reader cannot read) — checking every value costs nothing then,
 * where the CASE expression over every value cost ~0.1 s a column at 1M rows. closure_type only
 * together with status (a blank one is taken from status, which names no closure type then).
 */
export function asRead(inp: PlanInput): { fixups: Fixup[]; enums: Map<string, readonly string[]> } {
  const { index, sample, mapping } = inp;
  const q = ident;
  const free = (c: string) => c in index && !Object.keys(mapping?.values?.[c] ?? {}).length;
  const canonOf = allowedValues;
  const plainCoded = (c: string) => free(c) && canonOf(c).length > 0 && canonOf(c).every((v) => normalizeValue(c, v) === v)
    && sampleOf(sample, index[c]).length > 0 && sampleOf(sample, index[c]).every((v) => canonOf(c).includes(v));
  const enums = new Map<string, readonly string[]>();
  for (const c of ENUM_COLS) {
    if (!plainCoded(c)) continue;
    if (c === 'closure_type' && !(plainCoded('status') && canonOf('status').every((v) => normalizeValue('closure_type', v) == null))) continue;
    enums.set(c, canonOf(c));
  }
  const fixups: Fixup[] = [];
  for (const c of TEXT_COLS) {
    if (!free(c)) continue;
    const where = `(${q(c)} < '!' OR ends_with(${q(c)}, ' '))`;
    fixups.push({ column: c, set: `nullif(trim(${q(c)}), '')`, where, screen: [{ stats: c, when: 'lead' }, { sql: `bool_or(ends_with(${q(c)}, ' '))`, gate: SPACED }] });
  }
  return { fixups, enums };
}

/**
 * The fast load (see ReaderTyping): read_csv takes one date format and one timestamp format, so the
 * date columns read typed are those with the commonest date-only format and those with the
 * commonest format with a time; the others stay text.
 */
export function readerTyping(
  chosen: Record<string, Pick<DateChoice, 'format' | 'family'>>, index: Record<string, number>, typed: string[], post: string[],
  read: ReturnType<typeof asRead> = { fixups: [], enums: new Map() },
): ReaderTyping | undefined {
  const cols = Object.keys(chosen);
  const timed = (c: string) => chosen[c].format.trim() !== chosen[c].family.date;
  const commonest = (cs: string[]) => {
    const n = new Map<string, number>();
    for (const c of cs) n.set(chosen[c].format, (n.get(chosen[c].format) ?? 0) + 1);
    return [...n].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  const dateformat = commonest(cols.filter((c) => !timed(c)));
  const timestampformat = commonest(cols.filter(timed));
  const dates = cols.filter((c) => chosen[c].format === (timed(c) ? timestampformat : dateformat));
  if (!dates.length) return undefined;
  const columns: ReaderTyping['columns'] = {};
  const t = [...typed];
  const p = [...post];
  const fixups: ReaderTyping['fixups'] = [];
  for (const c of dates) {
    const x = rawCol(index[c]);
    const q = ident(c);
    const k = (COMPLAINT_COLUMNS as readonly string[]).indexOf(c);
    columns[index[c]] = timed(c) ? 'TIMESTAMP' : 'DATE';
    t[k] = `${timed(c) ? `CAST(${x} AS DATE)` : x} AS ${q}`;
    p[k] = q;
    fixups.push({ column: c, set: MARK_SQL.date, where: dateOutsideYearsSql(q),
      screen: [{ stats: c, when: 'below', value: `${MIN_YEAR}-01-01` }, { stats: c, when: 'above', value: `${MAX_YEAR}-12-31` }] });
  }
  const k = (c: string) => (COMPLAINT_COLUMNS as readonly string[]).indexOf(c);
  const spaced: string[] = [];
  for (const f of read.fixups) {
    t[k(f.column)] = `${rawCol(index[f.column])} AS ${ident(f.column)}`;
    spaced.push(rawCol(index[f.column]));
    fixups.push(f);
  }
  for (const [c, values] of read.enums) {
    columns[index[c]] = `ENUM(${values.map(lit).join(', ')})`;
    t[k(c)] = `${rawCol(index[c])} AS ${ident(c)}`;
  }
  return { columns, fixups, dateformat: dates.some((c) => !timed(c)) ? dateformat : null, timestampformat: dates.some(timed) ? timestampformat : null, typed: t, post: p, dates, spaced };
}
