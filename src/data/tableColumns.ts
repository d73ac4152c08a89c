/** What the saved copy (persist.ts) reads about tables: the loaded ones, their columns, an Arrow stream's column names. */
import { RecordBatchReader } from 'apache-arrow';
import type { Db } from './dbTypes';

/** The tables of the main schema. */
export async function tablesIn(db: Db): Promise<Set<string>> {
  const rows = await db.query<{ t: string }>(
    `SELECT table_name AS t FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'`);
  return new Set(rows.map((r) => r.t));
}

/** A table's columns, in order, with their DuckDB types. */
export async function columnsOf(db: Db, table: string): Promise<{ name: string; type: string }[]> {
  return db.query<{ name: string; type: string }>(
    `SELECT column_name AS name, data_type AS type FROM duckdb_columns() WHERE database_name = current_database() AND schema_name = 'main' AND table_name = ? ORDER BY column_index`, [table]);
}

/** Whether `table` has exactly these columns (names, order and types), so no cast is needed. */
export async function sameColumns(db: Db, table: string, want: { name: string; type: string }[]): Promise<boolean> {
  const have = await columnsOf(db, table);
  return have.length === want.length && have.every((c, i) => c.name === want[i].name && c.type === want[i].type);
}

/** The column names in an Arrow IPC stream's schema (only the schema message is read), or null when it has none readable. */
export function arrowColumnNames(bytes: Uint8Array): string[] | null {
  // only the schema message is handed to the reader (continuation marker, length, flatbuffer): damaged
  // bytes with a wild length or no marker are never parsed here: null, and the caller reports the damage
  if (bytes.length < 8) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = view.getInt32(4, true);
  if (view.getUint32(0, true) !== 0xffffffff || len <= 0 || len > Math.min(1 << 20, bytes.length - 8)) return null;
  try {
    const reader = RecordBatchReader.from(bytes.subarray(0, 8 + len));
    reader.open();
    return reader.schema.fields.map((f) => f.name);
  } catch { return null; }
}
