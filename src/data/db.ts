/**
 * The browser's single DuckDB-wasm instance: created lazily on first use, in a Web Worker, with the
 * wasm and worker files bundled by Vite (`?url`) so dist/ works with no network at all.
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

interface Instance { db: duckdb.AsyncDuckDB; conn: duckdb.AsyncDuckDBConnection }
let instance: Promise<Instance> | null = null;

async function start(): Promise<Instance> {
  const bundle = await duckdb.selectBundle(BUNDLES);
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  // Offline: never try to download extensions (Parquet/JSON would fail with "unreachable").
  await conn.query('SET autoload_known_extensions=false');
  await conn.query('SET autoinstall_known_extensions=false');
  return { db, conn };
}

function get(): Promise<Instance> {
  if (!instance) instance = start().catch((e) => { instance = null; throw e; });
  return instance;
}

/** The raw AsyncDuckDB (for registerFileHandle on big user files). Data layer only. */
export async function rawDb(): Promise<duckdb.AsyncDuckDB> {
  return (await get()).db;
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
  async registerBuffer(name: string, bytes: Uint8Array): Promise<void> {
    const { db: d } = await get();
    await d.registerFileBuffer(name, bytes);
  },
  async dropFile(name: string): Promise<void> {
    const { db: d } = await get();
    await d.dropFile(name);
  },
};
