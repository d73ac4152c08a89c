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
  REQUIRED_COMPLAINT_COLUMNS, STRICT_COMPLAINT_COLUMNS, TABLE_KEYS, UNIT_COLUMNS,
} from '../schema';
import { familyOfFormat, MIN_YEAR, sniffDateFormat, type DateChoice } from '../../domain/import/dates';
import type { ColumnMapping } from '../../domain/import/types';
import { cleanTextSql, dateSql, dateStoredSql, DELIBERATE_NULL, enumSql, integerSql, levelSql } from './sqlExpr';
import { countScreen, extraFieldsSlot, MARK, MARK_SQL, TEXT_SPECIAL_BELOW, type Plan, type Slot, type Special } from './plan';
import { rawCol } from './source';
import { sampleOf, type PlanInput } from './sample';
import { asRead, readerTyping } from './complaintsReader';

const DATE_COLS: readonly string[] = COMPLAINT_DATE_COLUMNS;
const ENUM_COLS: readonly string[] = CODED_COMPLAINT_COLUMNS;
const INT_COLS: readonly string[] = COMPLAINT_INT_COLUMNS;

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

/** Check conditions over the loaded values: NULL = missing, marker = present but not understood. */
const q = (c: string) => ident(c);
const missing = (c: string): Pick<Slot, 'cond' | 'screen'> => ({ cond: `${q(c)} IS NULL`, screen: { stats: c, when: 'null' } });
function markOf(c: string): Pick<Slot, 'cond' | 'screen'> {
  if (DATE_COLS.includes(c)) return { cond: `${q(c)} = ${MARK_SQL.date}`, screen: { stats: c, when: 'below', value: `${MIN_YEAR}-01-01` } };
  if (ENUM_COLS.includes(c)) return { cond: `${q(c)} = ${MARK_SQL.text}`, screen: { stats: c, when: 'mark' } };
  return { cond: `${q(c)} = ${MARK_SQL.int}`, screen: { stats: c, when: 'below', value: MARK.int + 1 } };
}

/** The typed expression of each column (first projection) and the stored one (second), with the date formats chosen. */
function typedColumns(inp: PlanInput) {
  const { index, sample, mapping } = inp;
  const has = (c: string) => c in index;
  const raw = (c: string) => rawCol(index[c]);
  const vmap = (c: string) => mapping?.values?.[c];
  const typed: string[] = [];
  const dateFormats: Record<string, string> = {};
  const chosen: Record<string, Pick<DateChoice, 'format' | 'family'>> = {};
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
  return { typed, post, dateFormats, chosen };
}

/** The checks (see the file comment), in report order; file-level remarks go to `notes`. */
function complaintSlots(inp: PlanInput, dateFormats: Record<string, string>, notes: string[]): Slot[] {
  const has = (c: string) => c in inp.index;
  const { today } = inp;
  const slots: Slot[] = [];
  for (const c of REQUIRED_COMPLAINT_COLUMNS) {
    if (ENUM_COLS.includes(c)) {
      slots.push({ kind: 'missing_required', column: c, cond: `(${q(c)} IS NULL OR ${q(c)} = ${lit(DELIBERATE_NULL)})`, screen: [{ stats: c, when: 'null' }, { stats: c, when: 'mark' }] });
    } else slots.push({ kind: 'missing_required', column: c, ...missing(c) });
  }
  for (const c of DATE_COLS) {
    if (!has(c)) continue;
    const kind = STRICT_COMPLAINT_COLUMNS.has(c) ? 'bad_date' : 'unparsed_optional';
    slots.push({ kind, column: c, ...markOf(c), message: { key: 'format', v: dateFormats[c] } });
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
    slots.push({ kind: 'missing_required', column: 'closure_type', cond, screen: countScreen(cond), message: { key: 'requiredWhenClosed' } });
  } else {
    notes.push('no closure_type column: the closure type is taken from status where it names one (e.g. "Force Closed"); otherwise closure-based rates (satisfaction, force-closure) cannot be computed');
  }
  if (!has('closed_on')) notes.push('no closed_on column: every closed complaint is rejected as closed_without_date');
  for (const c of ENUM_COLS) {
    if (!has(c)) continue;
    const kind = STRICT_COMPLAINT_COLUMNS.has(c) ? 'bad_value' : 'unparsed_optional';
    slots.push({ kind, column: c, ...markOf(c), message: { key: 'oneOf', v: allowedValues(c).join(', ') } });
  }
  for (const c of INT_COLS) {
    if (has(c)) slots.push({ kind: 'unparsed_optional', column: c, ...markOf(c) });
  }
  if (inp.ncols > inp.headerCount) slots.push(extraFieldsSlot('extraFieldsHint'));
  for (const c of DATE_COLS) {
    if (has(c)) slots.push({ kind: 'future_date', column: c, cond: `${q(c)} > DATE ${lit(today)}`, screen: { stats: c, when: 'above', value: today }, message: { key: 'after', v: today } });
  }
  return slots;
}

/** Markers and deliberate nulls left in kept rows become NULL. */
function complaintSpecials(has: (c: string) => boolean): Special[] {
  const specials: Special[] = [];
  for (const c of COMPLAINT_COLUMNS) {
    if (!has(c) && c !== 'closure_type') continue;
    if (ENUM_COLS.includes(c)) specials.push({ column: c, test: `${q(c)} < ${lit(TEXT_SPECIAL_BELOW)}`, screen: { stats: c, when: 'mark' } });
    else if (DATE_COLS.includes(c) || INT_COLS.includes(c)) {
      const m = markOf(c);
      specials.push({ column: c, test: m.cond, screen: m.screen });
    }
  }
  return specials;
}

export function complaintsPlan(inp: PlanInput): Plan {
  const { typed, post, dateFormats, chosen } = typedColumns(inp);
  const notes: string[] = [];
  const slots = complaintSlots(inp, dateFormats, notes);
  return {
    table: 'complaints', typed, post, columns: COMPLAINT_COLUMNS, slots, specials: complaintSpecials((c) => c in inp.index), key: TABLE_KEYS.complaints,
    rangeColumn: 'registered_on', unitColumn: UNIT_COLUMNS.complaints, unknownPolicy: 'always', dateFormats, notes,
    reader: readerTyping(chosen, inp.index, typed, post, asRead(inp)),
  };
}
