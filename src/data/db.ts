/**
 * The browser's single DuckDB-wasm instance: created lazily on first use, in a Web Worker, with the
 * wasm and worker files bundled by Vite (`?url`) so dist/ works with no network at all.
 *
 * Storage: the database file is `opfs://samiksha.duckdb` in the browser's origin-private file
 * system (catalog `samiksha`, which holds only the saved copy of an imported dataset, see
 * persist.ts); the app works in an attached in-memory catalog `work` (`USE work`), so loading the
 * sample or running an import never writes to disk. Where OPFS cannot be opened (another tab holds
 * the file, a browser without OPFS) the database is in memory only and nothing is saved.
 * See docs/decisions.md.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { tableToRows, type Db, type Row } from './dbTypes';

// Only the exception-handling build is shipped (every current Chromium/Firefox/Safari has wasm EH);
// the MVP fallback would add another 39 MB to dist/.
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: ehWasm, mainWorker: ehWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

const OPFS_PATH = 'opfs://samiksha.duckdb';
/** Catalog of the OPFS database file (DuckDB names it after the file). */
export const STORE_CATALOG = 'samiksha';
const QUERY_CONFIG = { castBigIntToDouble: true, castDecimalToDouble: true };

export interface Storage {
  /** true when the OPFS database is open and `STORE_CATALOG` can be written */
  persistent: boolean;
  /** why not, when not */
  reason: string | null;
}

interface Instance { db: duckdb.AsyncDuckDB; conn: duckdb.AsyncDuckDBConnection; storage: Storage }
let instance: Promise<Instance> | null = null;

async function boot(bundle: duckdb.DuckDBBundle): Promise<duckdb.AsyncDuckDB> {
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  return db;
}

function opfsAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function'
    && !new URLSearchParams(globalThis.location?.search ?? '').has('nopersist');
}

async function start(): Promise<Instance> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  let db = await boot(bundle);
  let storage: Storage = { persistent: false, reason: 'this browser has no origin-private file system' };
  if (opfsAvailable()) {
    try {
      await db.open({ path: OPFS_PATH, accessMode: duckdb.DuckDBAccessMode.READ_WRITE, query: QUERY_CONFIG });
      storage = { persistent: true, reason: null };
    } catch (e) {
      // Typically another tab holds the file (OPFS access handles are exclusive). Start clean in memory.
      storage = { persistent: false, reason: String((e as Error)?.message ?? e).split('\n')[0] };
      await db.terminate().catch(() => {});
      db = await boot(bundle);
    }
  }
  if (!storage.persistent) await db.open({ query: QUERY_CONFIG });
  const conn = await db.connect();
  // Offline: never try to download extensions (Parquet/JSON would fail with "unreachable").
  await conn.query('SET autoload_known_extensions=false');
  await conn.query('SET autoinstall_known_extensions=false');
  if (storage.persistent) await conn.query(`ATTACH ':memory:' AS work; USE work`);
  return { db, conn, storage };
}

function get(): Promise<Instance> {
  if (!instance) instance = start().catch((e) => { instance = null; throw e; });
  return instance;
}

/** The raw AsyncDuckDB (for registerFileHandle on big user files). Data layer only. */
export async function rawDb(): Promise<duckdb.AsyncDuckDB> {
  return (await get()).db;
}

/** Whether the saved-dataset catalog is available in this tab. */
export async function storage(): Promise<Storage> {
  return (await get()).storage;
}

/** Register a user's File for SQL under `name` (read in place by the worker). */
export async function registerFile(name: string, file: File, directIO = true): Promise<void> {
  await (await get()).db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, directIO);
}

export const db: Db = {
  async query<T = Row>(sql: string, params?: unknown[]): Promise<T[]> {
    const { conn } = await get();
    if (params && params.length) {
      const stmt = await conn.prepare(sql);
      try { return tableToRows<T>(await stmt.query(...params)); } finally { await stmt.close(); }
    }
    return tableToRows<T>(await conn.query(sql));
  },
  async exec(sql: string): Promise<void> {
    const { conn } = await get();
    await conn.query(sql);
  },
  async registerBuffer(name: string, bytes: Uint8Array, opts?: { transfer?: boolean }): Promise<void> {
    const { db: d } = await get();
    // AsyncDuckDB transfers (detaches) the buffer it is given: unless the caller hands its bytes
    // over, the worker gets a copy (~0.13 s for 196 MB). (Big user files are not copied at all: see registerBlob.)
    await d.registerFileBuffer(name, opts?.transfer ? bytes : bytes.slice());
  },
  /** A user's File, read in place by the worker (FileReaderSync), as a plain read_csv of the File is. */
  async registerBlob(name: string, blob: Blob): Promise<void> {
    const { db: d } = await get();
    await d.registerFileHandle(name, blob, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
  },
  async dropFile(name: string): Promise<void> {
    const { db: d } = await get();
    await d.dropFile(name);
  },
};
