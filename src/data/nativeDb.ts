/**
 * Native DuckDB for the CLI (@duckdb/node-api, the same DuckDB 1.4.3 as duckdb-wasm 1.32.0, all
 * cores): the `Db` interface of dbTypes.ts, so src/data/import and src/data/queries run unchanged.
 * Results are converted exactly as tableToRows converts the wasm build's Arrow tables (BIGINT and
 * DECIMAL → number, DATE → ISO day, TIMESTAMP → ISO instant), and parameters bind as the wasm build
 * binds them (every JS number as DOUBLE, a string as VARCHAR, null as a VARCHAR NULL), so the same
 * SQL gives the same rows on both engines (tests/unit/cli/engines.test.ts compares every command).
 *
 * Registered files: native DuckDB reads paths, not JS memory. A buffer is written to a private temp
 * folder that is on DuckDB's `file_search_path`, so `read_csv('<name>')` finds it; a Blob made by
 * `fileBlob(path)` (a file on disk) is linked there instead, read in place without a copy.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  DuckDBInstance, DuckDBDateValue, DuckDBDecimalValue, DuckDBListValue, DuckDBTimestampValue, DuckDBTimestampTZValue,
  DuckDBTimestampMillisecondsValue, DuckDBTimestampSecondsValue, DuckDBTimestampNanosecondsValue, DuckDBTimeValue,
  DuckDBBlobValue, DOUBLE, VARCHAR, BOOLEAN, type DuckDBValue, type DuckDBType, type DuckDBConnection,
} from '@duckdb/node-api';
import { DAY_MS, isoDate, lit, type Db, type Row } from './dbTypes';

/** Blobs that stand for a file on disk (see fileBlob), so registerBlob can link the file itself. */
const blobPaths = new WeakMap<Blob, string>();

/** A Blob of a file on disk (not read into memory); the native engine reads the file in place. */
export async function fileBlob(file: string): Promise<Blob> {
  const blob = await fs.openAsBlob(file);
  blobPaths.set(blob, path.resolve(file));
  return blob;
}

/** An instant of `micros` microseconds since the epoch as Arrow's millisecond Date would print it. */
function isoInstant(ms: number): string | null {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** One value, as the wasm build's tableToRows gives it. `nested`: inside a LIST (Arrow gives raw numbers there). */
function toJs(v: DuckDBValue, nested = false): unknown {
  if (v == null) return null;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v !== 'object') return v;
  if (v instanceof DuckDBDateValue) return nested ? v.days * DAY_MS : v.isFinite ? isoDate(v.days * DAY_MS) : null;
  if (v instanceof DuckDBTimestampValue || v instanceof DuckDBTimestampTZValue) return nested ? Number(v.micros / 1000n) : isoInstant(Number(v.micros / 1000n));
  if (v instanceof DuckDBTimestampMillisecondsValue) return isoInstant(Number(v.millis));
  if (v instanceof DuckDBTimestampSecondsValue) return isoInstant(Number(v.seconds) * 1000);
  if (v instanceof DuckDBTimestampNanosecondsValue) return isoInstant(Number(v.nanos / 1_000_000n));
  if (v instanceof DuckDBDecimalValue) return Number(v.toString());
  if (v instanceof DuckDBTimeValue) return Number(v.micros);
  if (v instanceof DuckDBBlobValue) return v.bytes;
  if (v instanceof DuckDBListValue) return v.items.map((x) => toJs(x, true));
  return v;
}

/** The wasm build's binding of JS values (see the header). */
function bindTypes(params: unknown[]): { values: DuckDBValue[]; types: DuckDBType[] } {
  const values: DuckDBValue[] = [];
  const types: DuckDBType[] = [];
  for (const p of params) {
    if (typeof p === 'number') { values.push(p); types.push(DOUBLE); }
    else if (typeof p === 'bigint') { values.push(Number(p)); types.push(DOUBLE); }
    else if (typeof p === 'boolean') { values.push(p); types.push(BOOLEAN); }
    else if (p == null) { values.push(null); types.push(VARCHAR); }
    else { values.push(String(p)); types.push(VARCHAR); }
  }
  return { values, types };
}

export interface NativeDbOptions {
  /** database file; default in memory */
  path?: string;
  /** DuckDB's `threads`; default SAMIKSHA_THREADS, else all cores */
  threads?: number;
  /** DuckDB's `memory_limit` (e.g. '4GB'); default SAMIKSHA_MEMORY_LIMIT, else DuckDB's (80% of RAM). Above it DuckDB spills to the temp folder. */
  memoryLimit?: string;
  /** DuckDB's spill folder; default SAMIKSHA_TEMP_DIR, else a private folder under the OS temp dir */
  tempDir?: string;
}

export type NativeDb = Db & { close(): void; readonly engine: 'native'; connection: DuckDBConnection };

/** Whether @duckdb/node-api loads on this machine (its prebuilt binary for this platform is installed). */
export async function nativeAvailable(): Promise<boolean> {
  try {
    await import('@duckdb/node-api');
    return true;
  } catch {
    return false;
  }
}

export async function createNativeDb(o: NativeDbOptions = {}): Promise<NativeDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samiksha-duckdb-'));
  const options: Record<string, string> = {};
  const threads = o.threads ?? (Number(process.env.SAMIKSHA_THREADS) || undefined);
  if (threads) options.threads = String(threads);
  const memory = o.memoryLimit ?? process.env.SAMIKSHA_MEMORY_LIMIT?.trim();
  if (memory) options.memory_limit = memory;
  const instance = await DuckDBInstance.create(o.path ?? ':memory:', options);
  const conn = await instance.connect();
  // As in the browser: no extension is fetched at run time (and the tests see the same behaviour).
  await conn.run('SET autoload_known_extensions=false');
  await conn.run('SET autoinstall_known_extensions=false');
  await conn.run(`SET file_search_path=${lit(dir)}`);
  // DuckDB's spill folder for big sorts and joins, next to the registered files
  await conn.run(`SET temp_directory=${lit(o.tempDir ?? process.env.SAMIKSHA_TEMP_DIR?.trim() ?? path.join(dir, 'spill'))}`);
  const fileOf = (name: string) => path.join(dir, path.basename(name));
  let closed = false;
  return {
    engine: 'native',
    connection: conn,
    // (one thread: the serial reader, as in the browser)
    parallelCsv: threads !== 1,
    async query<T = Row>(sql: string, params?: unknown[]): Promise<T[]> {
      let reader;
      if (params && params.length) {
        const b = bindTypes(params);
        reader = await conn.runAndReadAll(sql, b.values, b.types);
      } else reader = await conn.runAndReadAll(sql);
      const names = reader.columnNames();
      const rows = reader.getRows();
      const out: T[] = new Array(rows.length);
      for (let r = 0; r < rows.length; r++) {
        const o: Row = {};
        const row = rows[r];
        for (let c = 0; c < names.length; c++) o[names[c]] = toJs(row[c]);
        out[r] = o as T;
      }
      return out;
    },
    async exec(sql: string): Promise<void> { await conn.run(sql); },
    async registerBuffer(name: string, bytes: Uint8Array): Promise<void> { fs.writeFileSync(fileOf(name), bytes); },
    async registerBlob(name: string, blob: Blob): Promise<void> {
      const file = blobPaths.get(blob);
      if (file) {
        fs.rmSync(fileOf(name), { force: true });
        fs.symlinkSync(file, fileOf(name));
      } else fs.writeFileSync(fileOf(name), new Uint8Array(await blob.arrayBuffer()));
    },
    async dropFile(name: string): Promise<void> { fs.rmSync(fileOf(name), { force: true }); },
    close() {
      if (closed) return;
      closed = true;
      conn.closeSync();
      instance.closeSync();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
