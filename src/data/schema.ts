/** The canonical tables of DESIGN.md ("Data contract"), as DuckDB DDL. Names are the contract. */

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

export const ALLOWED_VALUES: Partial<Record<ComplaintColumn, readonly string[]>> = {
  source: ['call_181', 'web', 'app', 'cm_window', 'smgt', 'samadhan_camp', 'other'],
  status: ['open', 'closed'],
  closure_type: ['satisfied', 'partially_satisfied', 'force_closed', 'special_closed'],
  quality: ['ok', 'low'],
  feedback: ['satisfied', 'dissatisfied', 'unreachable'],
};

export const INDICATOR_COLUMNS = ['period', 'unit', 'parameter_id', 'value', 'target'] as const;
export const PARAMETER_COLUMNS = ['id', 'name_en', 'name_hi', 'department', 'unit', 'direction'] as const;

export const CREATE_COMPLAINTS = `CREATE TABLE complaints (${COMPLAINT_COLUMNS.map((c) => `${c} ${COMPLAINT_TYPES[c]}`).join(', ')})`;
export const CREATE_INDICATORS = `CREATE TABLE indicators (period VARCHAR, unit VARCHAR, parameter_id VARCHAR, value DOUBLE, target DOUBLE)`;
export const CREATE_PARAMETERS = `CREATE TABLE parameters (id VARCHAR, name_en VARCHAR, name_hi VARCHAR, department VARCHAR, unit VARCHAR, direction VARCHAR)`;

/** read_csv column spec for a file already in canonical form (the generator's output). */
export const CANONICAL_COMPLAINTS_CSV_COLUMNS = `{${COMPLAINT_COLUMNS.map((c) => `'${c}': '${COMPLAINT_TYPES[c]}'`).join(', ')}}`;
