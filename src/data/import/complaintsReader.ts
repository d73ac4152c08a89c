/** The complaints plan's fast load (see ReaderTyping): what read_csv types and what it stores as read. */
import { ident, lit } from '../dbTypes';
import { allowedValues, CODED_COMPLAINT_COLUMNS, COMPLAINT_COLUMNS, COMPLAINT_DATE_COLUMNS, COMPLAINT_INT_COLUMNS } from '../schema';
import { normalizeValue } from '../../domain/import/values';
import { MAX_YEAR, MIN_YEAR, type DateChoice } from '../../domain/import/dates';
import { MARK_SQL, SPACED, type Fixup, type ReaderTyping } from './plan';
import { rawCol } from './source';
import { sampleOf, type PlanInput } from './sample';
import { dateOutsideYearsSql } from './sqlExpr';

const ENUM_COLS: readonly string[] = CODED_COMPLAINT_COLUMNS;
/** Columns stored as cleaned text (cleanTextSql). */
const TEXT_COLS = COMPLAINT_COLUMNS.filter((c) => !(COMPLAINT_DATE_COLUMNS as readonly string[]).includes(c)
  && !ENUM_COLS.includes(c) && !(COMPLAINT_INT_COLUMNS as readonly string[]).includes(c));

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
