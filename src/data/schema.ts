/**
 * The canonical tables of DESIGN.md ("Data contract"), as DuckDB DDL, and every fact about their
 * columns (required, dates, coded values): the importer, the mapping editor and the preview read
 * them from here. Names are the contract.
 */
import type { ImportTable } from '../domain/import/types';

export const COMPLAINT_COLUMNS = [
  'complaint_id', 'registered_on', 'district', 'department', 'source', 'block', 'category',
  'complainant_id', 'officer_id', 'officer_name', 'current_level', 'attended_on', 'status',
  'closed_on', 'closure_type', 'quality', 'feedback', 'atr_uploaded_on', 'reopened',
] as const;
export type ComplaintColumn = (typeof COMPLAINT_COLUMNS)[number];

export const REQUIRED_COMPLAINT_COLUMNS: ComplaintColumn[] = ['complaint_id', 'registered_on', 'district', 'department', 'status'];

/** DuckDB type of each canonical complaints column. */
export const COMPLAINT_TYPES: Record<ComplaintColumn, string> = {
  complaint_id: 'VARCHAR', registered_on: 'DATE', district: 'VARCHAR', department: 'VARCHAR',
  source: 'VARCHAR', block: 'VARCHAR', category: 'VARCHAR', complainant_id: 'VARCHAR',
  officer_id: 'VARCHAR', officer_name: 'VARCHAR', current_level: 'INTEGER', attended_on: 'DATE',
  status: 'VARCHAR', closed_on: 'DATE', closure_type: 'VARCHAR', quality: 'VARCHAR',
  feedback: 'VARCHAR', atr_uploaded_on: 'DATE', reopened: 'INTEGER',
};

/** The closure kinds (DESIGN.md "Domain facts"). */
export const CLOSURE_TYPES = ['satisfied', 'partially_satisfied', 'force_closed', 'special_closed'] as const;

export const ALLOWED_VALUES: Partial<Record<ComplaintColumn, readonly string[]>> = {
  source: ['call_181', 'web', 'app', 'cm_window', 'smgt', 'samadhan_camp', 'other'],
  status: ['open', 'closed'],
  closure_type: CLOSURE_TYPES,
  quality: ['ok', 'low'],
  feedback: ['satisfied', 'dissatisfied', 'unreachable'],
};

/** The complaints date columns, in table order. */
export const COMPLAINT_DATE_COLUMNS: readonly ComplaintColumn[] = COMPLAINT_COLUMNS.filter((c) => COMPLAINT_TYPES[c] === 'DATE');
/** The complaints integer columns (current_level, reopened). */
export const COMPLAINT_INT_COLUMNS: readonly ComplaintColumn[] = COMPLAINT_COLUMNS.filter((c) => COMPLAINT_TYPES[c] === 'INTEGER');
/** Coded columns: a value must be one of ALLOWED_VALUES (source, status, closure_type, quality, feedback). */
export const CODED_COMPLAINT_COLUMNS = Object.keys(ALLOWED_VALUES) as ComplaintColumn[];
/** Columns whose present but not understood value rejects the row; in the other optional columns it only warns. */
export const STRICT_COMPLAINT_COLUMNS: ReadonlySet<string> = new Set<ComplaintColumn>(['registered_on', 'closed_on', 'status', 'closure_type']);

export const INDICATOR_COLUMNS = ['period', 'unit', 'parameter_id', 'value', 'target'] as const;
/** DuckDB type of each indicators column. */
export const INDICATOR_TYPES: Record<(typeof INDICATOR_COLUMNS)[number], string> = {
  period: 'VARCHAR', unit: 'VARCHAR', parameter_id: 'VARCHAR', value: 'DOUBLE', target: 'DOUBLE',
};
export const PARAMETER_COLUMNS = ['id', 'name_en', 'name_hi', 'department', 'unit', 'direction'] as const;

/** Every canonical table's columns, in table order. */
export const TABLE_COLUMNS: Record<ImportTable, readonly string[]> = {
  complaints: COMPLAINT_COLUMNS, indicators: INDICATOR_COLUMNS, parameters: PARAMETER_COLUMNS,
};
/** Columns a file must have (else it is refused) and every row must fill (else it is quarantined). */
export const REQUIRED_COLUMNS: Record<ImportTable, readonly string[]> = {
  complaints: REQUIRED_COMPLAINT_COLUMNS, indicators: ['period', 'unit', 'parameter_id', 'value'], parameters: ['id'],
};
/** The columns that identify a row (duplicates: the first is kept, later ones quarantined). */
export const TABLE_KEYS: Record<ImportTable, readonly string[]> = {
  complaints: ['complaint_id'], indicators: ['period', 'unit', 'parameter_id'], parameters: ['id'],
};
/** The column holding the unit (district) name, matched after the load. */
export const UNIT_COLUMNS: Record<ImportTable, string | null> = { complaints: 'district', indicators: 'unit', parameters: null };
/** Allowed canonical values of a coded column ([] when the column is not coded). */
export function allowedValues(column: string): readonly string[] {
  return ALLOWED_VALUES[column as ComplaintColumn] ?? [];
}

export const CREATE_COMPLAINTS = `CREATE TABLE complaints (${COMPLAINT_COLUMNS.map((c) => `${c} ${COMPLAINT_TYPES[c]}`).join(', ')})`;
export const CREATE_INDICATORS = `CREATE TABLE indicators (${INDICATOR_COLUMNS.map((c) => `${c} ${INDICATOR_TYPES[c]}`).join(', ')})`;
export const CREATE_PARAMETERS = `CREATE TABLE parameters (${PARAMETER_COLUMNS.map((c) => `${c} VARCHAR`).join(', ')})`;

/** read_csv column spec for a file already in canonical form (the generator's output). */
export const CANONICAL_COMPLAINTS_CSV_COLUMNS = `{${COMPLAINT_COLUMNS.map((c) => `'${c}': '${COMPLAINT_TYPES[c]}'`).join(', ')}}`;
