/**
 * The file as DuckDB reads it: all columns VARCHAR (c0, c1, ...), explicit delimiter and quoting,
 * header skipped by line count, short rows padded with NULL, one reader thread unless Source.parallel, malformed rows kept aside in a rejects
 * table (never silently dropped), plus `_r`, the record's ordinal.
 */
import { ident, lit, type Db } from '../dbTypes';
import type { TableSniff } from '../../domain/import/sniff';
import type { ReaderTyping } from './plan';

export interface Source {
  /** registered file name */
  name: string;
  sniff: TableSniff;
  /** number of VARCHAR columns read: the headers plus room for rows with extra fields */
  ncols: number;
  rejectsTable: string;
  rejectsScan: string;
  /**
   * read with DuckDB's parallel reader (more than one thread): the records stay in file order
   * (insertion order is preserved), and the rejects' line numbers are the same as the serial
   * reader's. It refuses quoted newlines with null_padding (ParallelReadError): then read serially.
   */
  parallel: boolean;
}

/** One spare column: a value there means the row has more fields than the header (rows with even more are refused by the reader and kept in the rejects table). */
const EXTRA_FIELDS = 1;

export function rawCol(i: number): string {
  return `c${i}`;
}

export function makeSource(name: string, sniff: TableSniff, tag: string, parallel = false): Source {
  const ncols = Math.max(sniff.headers.length, sniff.maxFields) + EXTRA_FIELDS;
  return { name, sniff, ncols, rejectsTable: `_rej_${tag}`, rejectsScan: `_rejscan_${tag}`, parallel };
}

/** read_csv(...) of the source, every column VARCHAR — or, with `typing`, some dates typed by the reader. */
export function readCsvSql(src: Source, typing?: Pick<ReaderTyping, 'columns' | 'dateformat' | 'timestampformat'>): string {
  const cols = Array.from({ length: src.ncols }, (_, i) => `${lit(rawCol(i))}: ${lit(typing?.columns[i] ?? 'VARCHAR')}`).join(', ');
  const formats = (typing?.dateformat != null ? `, dateformat=${lit(typing.dateformat)}` : '')
    + (typing?.timestampformat != null ? `, timestampformat=${lit(typing.timestampformat)}` : '');
  return `read_csv(${lit(src.name)}, columns={${cols}}, header=false, skip=${src.sniff.headerLine + 1}, auto_detect=false, `
    + `delim=${lit(src.sniff.delimiter)}, quote='"', escape='"', null_padding=true, parallel=${src.parallel}, `
    + `store_rejects=true, rejects_table=${lit(src.rejectsTable)}, rejects_scan=${lit(src.rejectsScan)}, max_line_size=${1 << 24}${formats})`;
}

/** The source with its ordinal column `_r`. */
export function numberedSql(src: Source): string {
  return `(SELECT row_number() OVER () AS _r, * FROM ${readCsvSql(src)})`;
}

export interface Rejected {
  line: number;
  column: string | null;
  error: string;
  /** DuckDB's error type: CAST, TOO MANY COLUMNS, UNQUOTED VALUE, INVALID ENCODING... */
  type: string;
  text: string;
}

/** Rows DuckDB could not parse (too many fields, stray quote...), with their line and text. */
export async function readRejects(db: Db, src: Source): Promise<Rejected[]> {
  try {
    const rows = await db.query<{ line: number; column_name: string | null; error_message: string; error_type: string; csv_line: string }>(
      `SELECT line, column_name, error_message, CAST(error_type AS VARCHAR) AS error_type, csv_line FROM ${ident(src.rejectsTable)} ORDER BY line`,
    );
    return rows.map((r) => ({ line: Number(r.line), column: r.column_name, error: r.error_message, type: r.error_type, text: r.csv_line }));
  } catch {
    return [];
  }
}

export async function dropRejects(db: Db, src: Source): Promise<void> {
  await db.exec(`DROP TABLE IF EXISTS ${ident(src.rejectsTable)}; DROP TABLE IF EXISTS ${ident(src.rejectsScan)}`).catch(() => {});
}
