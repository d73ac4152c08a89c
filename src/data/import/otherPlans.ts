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
import { INDICATOR_COLUMNS, INDICATOR_TYPES, PARAMETER_COLUMNS, REQUIRED_COLUMNS, TABLE_KEYS, UNIT_COLUMNS } from '../schema';
import { parsePeriod } from '../../domain/import/dates';
import type { ColumnMapping } from '../../domain/import/types';
import { cleanTextSql, enumSql } from './sqlExpr';
import {
  extraFieldsSlot, MARK, MARK_SQL, markUnparsed, TEXT_SPECIAL_BELOW, type Plan, type Slot, type Special,
} from './plan';
import { rawCol } from './source';
import { sampleOf } from './sample';

const DEV = '०१२३४५६७८९';

/** SQL twin of parseNumber(): "1,23,456.5", "12%", Devanagari digits. */
export function numberSql(x: string): string {
  const t = `trim(regexp_replace(replace(trim(translate(${x}, '${DEV}', '0123456789')), ',', ''), '%$', ''))`;
  return `CASE WHEN regexp_full_match(${t}, '[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?') THEN CAST(${t} AS DOUBLE) END`;
}

function extraSlot(headerCount: number, ncols: number): Slot[] {
  return ncols > headerCount ? [extraFieldsSlot('extraFields')] : [];
}

/** Distinct raw periods → YYYY-MM (NULL when blank, the marker when not a month), as a relation to join on the raw text. */
export function periodValues(distinct: string[]): string {
  const parsed = (v: string) => parsePeriod(v) ?? (v.trim() === '' ? null : MARK.text);
  const rows = distinct.map((v) => `(${lit(v)}, ${parsed(v) == null ? 'NULL' : lit(parsed(v)!)})`);
  return rows.length ? `(VALUES ${rows.join(', ')}) pm(raw, p)` : `(SELECT NULL::VARCHAR AS raw, NULL::VARCHAR AS p) pm`;
}

export function indicatorsPlan(index: Record<string, number>, mapping: ColumnMapping | undefined, headerCount: number, ncols: number): Plan {
  const has = (c: string) => c in index;
  const raw = (c: string) => rawCol(index[c]);
  const vmap = (c: string) => mapping?.values?.[c];
  const typed = INDICATOR_COLUMNS.map((c) => {
    const q = ident(c);
    if (!has(c)) return `CAST(NULL AS ${INDICATOR_TYPES[c]}) AS ${q}`;
    if (c === 'period') return `_period AS ${q}`;
    if (c === 'value' || c === 'target') return `${markUnparsed(numberSql(raw(c)), raw(c), MARK_SQL.number)} AS ${q}`;
    return `${cleanTextSql(raw(c), vmap(c))} AS ${q}`;
  });
  const q = ident;
  const isNan = (c: string) => `isnan(${q(c)})`;
  const slots: Slot[] = [];
  for (const c of REQUIRED_COLUMNS.indicators) {
    slots.push({ kind: 'missing_required', column: c, cond: `${q(c)} IS NULL`, screen: { stats: c, when: 'null' } });
  }
  const badPeriod = `${q('period')} = ${MARK_SQL.text}`;
  slots.push({ kind: 'bad_date', column: 'period', cond: badPeriod, screen: { stats: 'period', when: 'mark' }, message: { key: 'month' } });
  // NaN is never parsed (it is the marker), and it sorts above every number.
  if (has('value')) slots.push({ kind: 'bad_value', column: 'value', cond: isNan('value'), screen: { sql: `isnan(max(${q('value')}))` }, message: { key: 'number' } });
  if (has('target')) slots.push({ kind: 'unparsed_optional', column: 'target', cond: isNan('target'), screen: { sql: `isnan(max(${q('target')}))` }, message: { key: 'number' } });
  slots.push(...extraSlot(headerCount, ncols));
  const specials: Special[] = [];
  if (has('period')) specials.push({ column: 'period', test: badPeriod, screen: { stats: 'period', when: 'mark' } });
  for (const c of ['value', 'target']) if (has(c)) specials.push({ column: c, test: isNan(c), screen: { sql: `isnan(max(${q(c)}))` } });
  const names = INDICATOR_COLUMNS.map((c) => ident(c));
  return {
    table: 'indicators', typed, post: names, columns: INDICATOR_COLUMNS, slots, specials,
    key: TABLE_KEYS.indicators, rangeColumn: 'period', unitColumn: UNIT_COLUMNS.indicators, unknownPolicy: 'if-any-known',
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
    if (c === 'direction') return `${enumSql('direction', raw(c), sampleOf(sample, index[c]), vmap(c), MARK_SQL.text)} AS ${q}`;
    return `${cleanTextSql(raw(c), vmap(c))} AS ${q}`;
  });
  const dir = ident('direction');
  const slots: Slot[] = REQUIRED_COLUMNS.parameters.map((c) => ({ kind: 'missing_required', column: c, cond: `${ident(c)} IS NULL`, screen: { stats: c, when: 'null' } }));
  const specials: Special[] = [];
  if (has('direction')) {
    slots.push({ kind: 'unparsed_optional', column: 'direction', cond: `${dir} = ${MARK_SQL.text}`, screen: { stats: 'direction', when: 'mark' }, message: { key: 'direction' } });
    specials.push({ column: 'direction', test: `${dir} < ${lit(TEXT_SPECIAL_BELOW)}`, screen: { stats: 'direction', when: 'mark' } });
  }
  slots.push(...extraSlot(headerCount, ncols));
  const names = PARAMETER_COLUMNS.map((c) => ident(c));
  return {
    table: 'parameters', typed, post: names, columns: PARAMETER_COLUMNS, slots, specials, key: TABLE_KEYS.parameters,
    rangeColumn: null, unitColumn: null, unknownPolicy: 'always', dateFormats: {}, notes: [],
  };
}
