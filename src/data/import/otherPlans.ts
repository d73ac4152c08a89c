/**
 * Plans for the `indicators` (period, unit, parameter_id, value, target) and `parameters`
 * (id, name_en, name_hi, department, unit, direction) tables. These files are small (thousands of
 * rows), so periods are parsed once per distinct value in JS and joined back.
 *
 * indicators — rejected: missing_required (period, unit, parameter_id, value), bad_date (period not a
 * month), bad_value (value not a number; more fields than headers), duplicate_id (same period, unit,
 * parameter_id); warnings: unparsed_optional (target), unknown_district (only when some units are
 * districts, so a file of countries or departments is not flagged row by row).
 * parameters — rejected: missing_required (id), duplicate_id (id), bad_value (extra fields);
 * warnings: unparsed_optional (direction not higher/lower).
 */
import { ident, lit } from '../dbTypes';
import { INDICATOR_COLUMNS, PARAMETER_COLUMNS } from '../schema';
import { parsePeriod } from '../../domain/import/dates';
import type { ColumnMapping } from '../../domain/import/types';
import { blankSql, cleanTextSql, DELIBERATE_NULL, enumSql } from './sqlExpr';
import { whenNull, type Plan, type Slot } from './plan';
import { rawCol } from './source';
import { sampleOf } from './complaintsPlan';

const DEV = '०१२३४५६७८९';

/** SQL twin of parseNumber(): "1,23,456.5", "12%", Devanagari digits. */
export function numberSql(x: string): string {
  const t = `trim(regexp_replace(replace(trim(translate(${x}, '${DEV}', '0123456789')), ',', ''), '%$', ''))`;
  return `CASE WHEN regexp_full_match(${t}, '[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?') THEN CAST(${t} AS DOUBLE) END`;
}

function extraSlot(headerCount: number, ncols: number): Slot[] {
  if (ncols <= headerCount) return [];
  const extras = Array.from({ length: ncols - headerCount }, (_, k) => `${rawCol(headerCount + k)} IS NOT NULL`);
  return [{ kind: 'bad_value', column: null, cond: extras.join(' OR '), detail: 'more fields than headers' }];
}

/** Distinct raw periods → YYYY-MM, as a relation to join on the raw text. */
export function periodValues(distinct: string[]): string {
  const rows = distinct.map((v) => `(${lit(v)}, ${parsePeriod(v) == null ? 'NULL' : lit(parsePeriod(v)!)})`);
  return rows.length ? `(VALUES ${rows.join(', ')}) pm(raw, p)` : `(SELECT NULL::VARCHAR AS raw, NULL::VARCHAR AS p) pm`;
}

export function indicatorsPlan(index: Record<string, number>, mapping: ColumnMapping | undefined, headerCount: number, ncols: number): Plan {
  const has = (c: string) => c in index;
  const raw = (c: string) => rawCol(index[c]);
  const vmap = (c: string) => mapping?.values?.[c];
  const typed = INDICATOR_COLUMNS.map((c) => {
    const q = ident(c);
    if (!has(c)) return `CAST(NULL AS ${c === 'value' || c === 'target' ? 'DOUBLE' : 'VARCHAR'}) AS ${q}`;
    if (c === 'period') return `_period AS ${q}`;
    if (c === 'value' || c === 'target') return `${numberSql(raw(c))} AS ${q}`;
    return `${cleanTextSql(raw(c), vmap(c))} AS ${q}`;
  });
  const slots: Slot[] = [];
  for (const c of ['period', 'unit', 'parameter_id', 'value']) {
    slots.push({ kind: 'missing_required', column: c, cond: has(c) && c !== 'unit' && c !== 'parameter_id' ? whenNull(ident(c), blankSql(raw(c))) : `${ident(c)} IS NULL` });
  }
  slots.push({ kind: 'bad_date', column: 'period', cond: whenNull(ident('period'), `NOT ${blankSql(raw('period'))}`), detail: 'expected a month such as 2024-03' });
  if (has('value')) slots.push({ kind: 'bad_value', column: 'value', cond: whenNull(ident('value'), `NOT ${blankSql(raw('value'))}`), detail: 'expected a number' });
  if (has('target')) slots.push({ kind: 'unparsed_optional', column: 'target', cond: whenNull(ident('target'), `NOT ${blankSql(raw('target'))}`), detail: 'expected a number' });
  slots.push(...extraSlot(headerCount, ncols));
  const names = INDICATOR_COLUMNS.map((c) => ident(c));
  return {
    table: 'indicators', typed, post: names, final: names, columns: INDICATOR_COLUMNS, slots,
    key: ['period', 'unit', 'parameter_id'], rangeColumn: 'period', unitColumn: 'unit', unknownPolicy: 'if-any-known',
    dateFormats: has('period') ? { period: 'YYYY-MM (also YYYY/MM, MM/YYYY, Mon YYYY, YYYY-MM-DD)' } : {}, notes: [],
  };
}

export function parametersPlan(index: Record<string, number>, mapping: ColumnMapping | undefined, sample: string[][], headerCount: number, ncols: number): Plan {
  const has = (c: string) => c in index;
  const raw = (c: string) => rawCol(index[c]);
  const vmap = (c: string) => mapping?.values?.[c];
  const typed = PARAMETER_COLUMNS.map((c) => {
    const q = ident(c);
    if (!has(c)) return `CAST(NULL AS VARCHAR) AS ${q}`;
    if (c === 'direction') return `${enumSql('direction', raw(c), sampleOf(sample, index[c]), vmap(c))} AS ${q}`;
    return `${cleanTextSql(raw(c), vmap(c))} AS ${q}`;
  });
  const slots: Slot[] = [{ kind: 'missing_required', column: 'id', cond: `${ident('id')} IS NULL` }];
  if (has('direction')) {
    slots.push({ kind: 'unparsed_optional', column: 'direction', cond: whenNull(ident('direction'), `NOT ${blankSql(raw('direction'))}`), detail: 'expected higher or lower' });
  }
  slots.push(...extraSlot(headerCount, ncols));
  const names = PARAMETER_COLUMNS.map((c) => ident(c));
  const final = PARAMETER_COLUMNS.map((c) => (c === 'direction' && has(c) ? `nullif(${ident(c)}, ${lit(DELIBERATE_NULL)}) AS ${ident(c)}` : ident(c)));
  return {
    table: 'parameters', typed, post: names, final, columns: PARAMETER_COLUMNS, slots, key: ['id'],
    rangeColumn: null, unitColumn: null, unknownPolicy: 'always', dateFormats: {}, notes: [],
  };
}
