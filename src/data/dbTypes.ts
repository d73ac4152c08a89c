import { DataType, type Table } from 'apache-arrow';

export type Row = Record<string, unknown>;

/** The one interface every query function takes: the browser worker and Node's blocking build both implement it. */
export interface Db {
  /** Run a SELECT; `params` are bound to `?` placeholders (never spliced into SQL). */
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Run statements that return nothing of interest (DDL, INSERT, SET). */
  exec(sql: string): Promise<void>;
  /**
   * read_csv may use DuckDB's parallel reader (the engine runs more than one thread: the native CLI).
   * Absent (the browser's one-thread wasm): the importer reads with `parallel=false`.
   */
  readonly parallelCsv?: boolean;
  /**
   * Make bytes readable by SQL under `name` (e.g. read_csv('name')). The caller keeps its bytes,
   * unless `transfer`: then they may be handed over without a copy (and be unusable afterwards).
   */
  registerBuffer(name: string, bytes: Uint8Array, opts?: { transfer?: boolean }): Promise<void>;
  /**
   * Make a Blob (the browser's File) readable by SQL under `name`, read in place by DuckDB. Optional:
   * where it is missing, the importer reads the bytes and uses registerBuffer.
   */
  registerBlob?(name: string, blob: Blob): Promise<void>;
  dropFile(name: string): Promise<void>;
  /**
   * The result of a SELECT as one Arrow IPC stream (for the saved copy; see persist.ts), in pieces
   * whose concatenation is the stream: a big table is never joined into one buffer on the page.
   */
  exportArrow?(sql: string): Promise<Uint8Array[]>;
  /**
   * Create table `name` from an Arrow IPC stream; with `create: false` append the stream to the
   * existing table `name` instead (columns by position, cast to the table's types).
   */
  importArrow?(name: string, bytes: Uint8Array, opts?: { create?: boolean }): Promise<void>;
  /**
   * Run `fn` with no other call of this connector in flight or in between (a parameterised query's
   * prepare, run and close included): for a step that switches the catalog the other queries read
   * (see materializeSample). `fn` uses the connector it is given. Optional: a connector whose calls
   * cannot interleave has no need of it.
   */
  alone?<T>(fn: (db: Db) => Promise<T>): Promise<T>;
}

const DAY_MS = 86_400_000;

/** ISO date (YYYY-MM-DD) of epoch milliseconds / days. */
export function isoDate(ms: number): string | null {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10); // ±infinity dates have no ISO text
}

type Conv = (v: unknown) => unknown;

function converterFor(type: DataType): Conv {
  if (DataType.isDate(type)) {
    // DATE arrives as epoch ms (DateMillisecond) or a Date object depending on the arrow version.
    return (v) => (v == null ? null : v instanceof Date ? isoDate(v.getTime()) : isoDate(Number(v)));
  }
  if (DataType.isTimestamp(type)) {
    return (v) => {
      if (v == null) return null;
      const d = new Date(v instanceof Date ? v.getTime() : Number(v));
      return Number.isNaN(d.getTime()) ? null : d.toISOString();
    };
  }
  if (DataType.isInt(type) || DataType.isFloat(type)) {
    return (v) => (v == null ? null : typeof v === 'bigint' ? Number(v) : (v as number));
  }
  if (DataType.isDecimal(type)) {
    const scale = (type as unknown as { scale: number }).scale ?? 0;
    return (v) => {
      if (v == null) return null;
      // arrow returns Uint32Array words for decimals; String() gives the unscaled integer.
      const raw = typeof v === 'object' && v !== null && 'valueOf' in v ? String(v) : String(v);
      return Number(raw) / 10 ** scale;
    };
  }
  if (DataType.isList(type)) {
    return (v) => (v == null ? null : Array.from(v as Iterable<unknown>, (x) => (typeof x === 'bigint' ? Number(x) : x)));
  }
  return (v) => (typeof v === 'bigint' ? Number(v) : v);
}

/** Arrow table → plain objects with numbers (no bigint) and ISO dates. Use only on small results. */
export function tableToRows<T = Row>(table: Table): T[] {
  const fields = table.schema.fields;
  const convs = fields.map((f) => converterFor(f.type));
  const cols = fields.map((_, i) => table.getChildAt(i));
  const out: T[] = new Array(table.numRows);
  for (let r = 0; r < table.numRows; r++) {
    const o: Row = {};
    for (let c = 0; c < fields.length; c++) o[fields[c].name] = convs[c](cols[c]?.get(r));
    out[r] = o as T;
  }
  return out;
}

export { DAY_MS };

/**
 * Statements run as one transaction in one call, so no other query on the shared connection can
 * land between them; rolled back on failure (the loaded data stays as it was).
 */
export async function inTransaction(db: Pick<Db, 'exec'>, statements: string[]): Promise<void> {
  try {
    await db.exec(['BEGIN TRANSACTION', ...statements, 'COMMIT'].join(';\n'));
  } catch (e) {
    await db.exec('ROLLBACK').catch(() => {});
    throw e;
  }
}

/** Quote an identifier for SQL ("a""b"). */
export function ident(name: string): string {
  return '"' + name.replaceAll('"', '""') + '"';
}

/** Escape a string literal for the few places binding is impossible (e.g. table functions' file names). */
export function lit(value: string): string {
  return "'" + value.replaceAll("'", "''") + "'";
}

/** A statement (or a fragment of one) with its values, bound in order to its `?` placeholders. */
export class Sql {
  constructor(readonly text: string, readonly params: readonly unknown[]) {}
}

/** An identifier to quote (a table or column name), for interpolation into `sql`. */
export class Ident {
  constructor(readonly name: string) {}
}

/** Trusted SQL text (an expression the code wrote, never a value) for interpolation into `sql`. */
export class RawSql {
  constructor(readonly text: string) {}
}

/** `name` as an identifier inside `sql` (quoted as ident() does). */
export function id(name: string): Ident {
  return new Ident(name);
}

/** SQL text the code wrote (an expression, a column list), inserted as is inside `sql`. */
export function raw(text: string): RawSql {
  return new RawSql(text);
}

/**
 * The tagged template for queries: each interpolated value becomes a `?` placeholder bound to it
 * (so no query keeps its parameter order by hand), an array becomes one placeholder per element
 * (for IN lists: duckdb-wasm cannot bind a JS array to a LIST parameter), `id(name)` a quoted
 * identifier, `raw(text)` trusted SQL text, and a nested `sql` fragment its text with its values.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  let text = strings[0];
  const params: unknown[] = [];
  values.forEach((v, i) => {
    if (v instanceof Sql) { text += v.text; params.push(...v.params); }
    else if (v instanceof Ident) text += ident(v.name);
    else if (v instanceof RawSql) text += v.text;
    else if (Array.isArray(v)) { text += v.map(() => '?').join(', '); params.push(...v); }
    else { text += '?'; params.push(v); }
    text += strings[i + 1];
  });
  return new Sql(text, params);
}

/** Fragments joined by `separator` (their values kept in order). */
export function joinSql(parts: readonly Sql[], separator: string): Sql {
  return new Sql(parts.map((p) => p.text).join(separator), parts.flatMap((p) => p.params));
}

/** Run a SELECT written with `sql`. */
export function select<T = Row>(db: Pick<Db, 'query'>, q: Sql): Promise<T[]> {
  return db.query<T>(q.text, [...q.params]);
}
