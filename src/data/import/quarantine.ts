/** Export of quarantined rows as CSV text: row number, kind, column, reasons, then the original values. */
import Papa from 'papaparse';
import { ident, type Db } from '../dbTypes';
import type { ImportTable } from '../../domain/import/types';
import { safeCell } from '../../domain/export/cells';

/** CSV of `<table>_quarantine` (header line + one line per rejected row, in file order); '' if none loaded. */
export async function quarantineCsv(db: Db, table: ImportTable = 'complaints'): Promise<string> {
  const q = `${table}_quarantine`;
  const exists = await db.query<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = ? AND schema_name = 'main'`, [q]);
  if (!exists[0]?.n) return '';
  const cols = await db.query<{ column_name: string }>(
    `SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND schema_name = 'main' ORDER BY column_index`, [q]);
  const rows = await db.query<Record<string, unknown>>(`SELECT * FROM ${ident(q)} ORDER BY "row"`);
  // The spare columns (extra fields, unparsed line) only when some row has something in them.
  const spare = (c: string) => c === 'unparsed_line' || /^extra_field_\d+$/.test(c);
  const fields = cols.map((c) => c.column_name).filter((c) => !spare(c) || rows.some((r) => r[c] != null));
  return Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => (r[f] == null ? '' : safeCell(String(r[f]))))) }, { newline: '\n' }) + '\n';
}
