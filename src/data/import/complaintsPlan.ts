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
import { COMPLAINT_COLUMNS, COMPLAINT_TYPES, REQUIRED_COMPLAINT_COLUMNS, ALLOWED_VALUES } from '../schema';
import { familyOfFormat, sniffDateFormat, type DateChoice } from '../../domain/import/dates';
import type { ColumnMapping } from '../../domain/import/types';
import {
  blankSql, cleanTextSql, dateSql, DELIBERATE_NULL, enumSql, integerSql, levelSql, yearGuardSql,
} from './sqlExpr';
import { whenNull, type Plan, type Slot } from './plan';
import { rawCol } from './source';

const DATE_COLS = ['registered_on', 'attended_on', 'closed_on', 'atr_uploaded_on'];
const ENUM_COLS = ['source', 'status', 'closure_type', 'quality', 'feedback'];
/** Columns whose not-understood value rejects the row; other optional ones only warn. */
const STRICT_DATES = new Set(['registered_on', 'closed_on']);
const STRICT_ENUMS = new Set(['status', 'closure_type']);

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

export function sampleOf(sample: string[][], i: number): string[] {
  const out = new Set<string>();
  for (const r of sample) { const v = r[i]; if (v != null && v !== '') out.add(v); }
  return [...out];
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
  const notes: string[] = [];
  const pooled = DATE_COLS.filter(has).flatMap((c) => sampleOf(sample, index[c]));
  /** A status such as "Force Closed" also names the closure type. */
  const closureFromStatus = () => enumSql('closure_type', raw('status'), sampleOf(sample, index.status), undefined);
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
      e = dateSql(x, ch);
    } else if (c === 'closure_type') e = `CASE WHEN ${x} IS NULL THEN ${closureFromStatus()} ELSE ${enumSql(c, x, vals, vmap(c))} END`;
    else if (ENUM_COLS.includes(c)) e = enumSql(c, x, vals, vmap(c));
    else if (c === 'current_level') e = levelSql(x, vals, vmap(c));
    else if (c === 'reopened') e = integerSql(x, vals);
    else e = cleanTextSql(x, vmap(c));
    typed.push(`${e} AS ${q}`);
  }
  const post = COMPLAINT_COLUMNS.map((c) => {
    const q = ident(c);
    if (DATE_COLS.includes(c) && has(c)) return `${yearGuardSql(q)} AS ${q}`;
    return q;
  });
  const final = COMPLAINT_COLUMNS.map((c) => {
    const q = ident(c);
    return ENUM_COLS.includes(c) && (has(c) || c === 'closure_type') ? `nullif(${q}, ${lit(DELIBERATE_NULL)}) AS ${q}` : q;
  });
  // Slot conditions run on the post-projection (dates year-guarded; enums may still hold
  // DELIBERATE_NULL, cleared only in the final projection); raw c-columns hold the text.
  const slots: Slot[] = [];
  const blankRaw = (c: string) => (has(c) ? blankSql(raw(c)) : 'TRUE');
  for (const c of REQUIRED_COMPLAINT_COLUMNS) {
    let cond: string;
    if (ENUM_COLS.includes(c)) cond = `${whenNull(ident(c), blankRaw(c))} OR ${ident(c)} = ${lit(DELIBERATE_NULL)}`;
    else cond = DATE_COLS.includes(c) ? whenNull(ident(c), blankRaw(c)) : `${ident(c)} IS NULL`;
    slots.push({ kind: 'missing_required', column: c, cond });
  }
  for (const c of DATE_COLS) {
    if (!has(c)) continue;
    const kind = STRICT_DATES.has(c) ? 'bad_date' : 'unparsed_optional';
    slots.push({ kind, column: c, cond: whenNull(ident(c), `NOT ${blankRaw(c)}`), detail: `expected ${dateFormats[c]}` });
  }
  const closed = `${ident('status')} = 'closed'`;
  if (has('closed_on')) {
    slots.push({ kind: 'closed_before_registered', column: 'closed_on', cond: `${ident('closed_on')} < ${ident('registered_on')}` });
  }
  slots.push({
    kind: 'closed_without_date', column: 'closed_on',
    cond: has('closed_on') ? `(CASE WHEN ${closed} THEN ${whenNull(ident('closed_on'), blankRaw('closed_on'))} ELSE FALSE END)` : closed,
  });
  if (has('closure_type')) {
    slots.push({ kind: 'missing_required', column: 'closure_type', cond: `(CASE WHEN ${closed} THEN ${whenNull(ident('closure_type'), blankRaw('closure_type'))} ELSE FALSE END)`, detail: 'required when closed' });
  } else {
    notes.push('no closure_type column: the closure type is taken from status where it names one (e.g. "Force Closed"); otherwise closure-based rates (satisfaction, force-closure) cannot be computed');
  }
  if (!has('closed_on')) notes.push('no closed_on column: every closed complaint is rejected as closed_without_date');
  for (const c of ENUM_COLS) {
    if (!has(c)) continue;
    const kind = STRICT_ENUMS.has(c) ? 'bad_value' : 'unparsed_optional';
    slots.push({
      kind, column: c, cond: whenNull(ident(c), `NOT ${blankRaw(c)}`),
      detail: `expected one of ${(ALLOWED_VALUES[c as keyof typeof ALLOWED_VALUES] ?? []).join(', ')}`,
    });
  }
  for (const c of ['current_level', 'reopened']) {
    if (has(c)) slots.push({ kind: 'unparsed_optional', column: c, cond: whenNull(ident(c), `NOT ${blankRaw(c)}`) });
  }
  if (inp.ncols > inp.headerCount) {
    const extras = Array.from({ length: inp.ncols - inp.headerCount }, (_, k) => `${rawCol(inp.headerCount + k)} IS NOT NULL`);
    slots.push({ kind: 'bad_value', column: null, cond: extras.join(' OR '), detail: 'more fields than headers (a delimiter inside an unquoted value?)' });
  }
  for (const c of DATE_COLS) {
    if (has(c)) slots.push({ kind: 'future_date', column: c, cond: `${ident(c)} > DATE ${lit(today)}`, detail: `after ${today}` });
  }
  return {
    table: 'complaints', typed, post, final, columns: COMPLAINT_COLUMNS, slots, key: ['complaint_id'],
    rangeColumn: 'registered_on', unitColumn: 'district', unknownPolicy: 'always', dateFormats, notes,
  };
}
