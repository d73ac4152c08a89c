/**
 * The browser's single DuckDB-wasm instance: created lazily on first use, in a Web Worker, with the
 * wasm and worker files bundled by Vite (`?url`) so dist/ works with no network at all.
 *
 * The database is in memory: the sample load and every import run there and never write to disk.
 * An imported dataset is saved as files in the origin-private file system by persist.ts (through
 * opfsStore.ts), not by DuckDB itself. See docs/decisions.md.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { RecordBatchStreamWriter } from 'apache-arrow';
import { tableToRows, type Db, type Row } from './dbTypes';
import { mark } from './marks';

import { joinPieces } from './fileStore';

/** The size of the pieces a saved table's stream is gathered into (exportArrow). */
const PIECE = 8 << 20;

// Only the exception-handling build is shipped (every current Chromium/Firefox/Safari has wasm EH);
// the MVP fallback would add another 39 MB to dist/.
const BUNDLES: duckdb.DuckDBBundles = {
  mvp: { mainModule: ehWasm, mainWorker: ehWorker },
  eh: { mainModule: ehWasm, mainWorker: ehWorker },
};

const QUERY_CONFIG = { castBigIntToDouble: true, castDecimalToDouble: true };

/** The engine could not start (the wasm failed to load or instantiate); `cause` is the browser's reason. */
export class EngineStartError extends Error {
  constructor(readonly reason: string) { super(`the database engine could not start: ${reason}`); this.name = 'EngineStartError'; }
}

interface Instance { db: duckdb.AsyncDuckDB; conn: duckdb.AsyncDuckDBConnection }
let instance: Promise<Instance> | null = null;

const START_TIMEOUT_MS = 60_000;
const PROBE_AFTER_MS = 3_000;

/**
 * Start the worker and instantiate the wasm. A wasm that cannot be fetched leaves duckdb-wasm's
 * instantiate pending forever (the worker's fetch rejects where nothing awaits it), so the start also
 * ends when the same URL, fetched here after a few seconds without an answer (headers only), fails; on the
 * worker's error event; or after a timeout.
 */
async function boot(bundle: duckdb.DuckDBBundle): Promise<duckdb.AsyncDuckDB> {
  const worker = new Worker(bundle.mainWorker!);
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let probe: ReturnType<typeof setTimeout> | undefined;
  const failed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (ev) => reject(new Error(ev.message || 'the database worker failed to load')));
    // only when the start is slow: the probe fetches the wasm a second time
    probe = setTimeout(() => fetch(bundle.mainModule).then((r) => {
      void r.body?.cancel().catch(() => {});
      if (!r.ok) reject(new Error(`the database engine file could not be fetched (HTTP ${r.status})`));
    }, (e: unknown) => reject(new Error(`the database engine file could not be fetched (${String((e as Error)?.message ?? e)})`))), PROBE_AFTER_MS);
    timer = setTimeout(() => reject(new Error(`no answer from the database engine after ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
  });
  try {
    await Promise.race([db.instantiate(bundle.mainModule, bundle.pthreadWorker), failed]);
    return db;
  } catch (e) {
    worker.terminate();
    throw e;
  } finally {
    clearTimeout(timer);
    clearTimeout(probe);
  }
}

async function start(): Promise<Instance> {
  let db: duckdb.AsyncDuckDB;
  try {
    db = await boot(await duckdb.selectBundle(BUNDLES));
    mark('engine-instantiated');
    await db.open({ query: QUERY_CONFIG });
  } catch (e) {
    throw new EngineStartError(String((e as Error)?.message ?? e).split('\n')[0] || 'unknown error');
  }
  const conn = await db.connect();
  // Offline: never try to download extensions (Parquet/JSON would fail with "unreachable").
  await conn.query('SET autoload_known_extensions=false');
  await conn.query('SET autoinstall_known_extensions=false');
  mark('engine-ready');
  return { db, conn };
}

function get(): Promise<Instance> {
  if (!instance) instance = start().catch((e) => { instance = null; throw e; });
  return instance;
}

/** Start the engine now (at page load, before the first paint), so its 1–2 s start overlaps the rest. */
export function warmUp(): void {
  void get().catch(() => { /* reported by the first query */ });
}

type ProgressEntry = { status: string; percentage: string | number; repetitions: string | number };
/**
 * DuckDB's own progress of the query running now (0–100, e.g. the share of a CSV file read), to
 * `cb` until the returned function is called. duckdb-wasm posts it from the worker while the query
 * runs (DuckDB's progress bar, switched on here for queries running over 100 ms); it has no public
 * hook for it, so the handler joins the connector's list of execution-progress callbacks.
 */
export async function onQueryProgress(cb: (percent: number) => void): Promise<() => void> {
  const { db: d, conn } = await get();
  const list = (d as unknown as { _onExecutionProgress?: ((p: ProgressEntry) => void)[] })._onExecutionProgress;
  if (!Array.isArray(list)) return () => {};
  await conn.query('SET enable_progress_bar=true; SET enable_progress_bar_print=true; SET progress_bar_time=100');
  const h = (p: ProgressEntry) => { const v = Number(p.percentage); if (Number.isFinite(v) && v >= 0) cb(Math.min(100, v)); };
  list.push(h);
  return () => { const i = list.indexOf(h); if (i >= 0) list.splice(i, 1); };
}

/** The raw AsyncDuckDB (for registerFileHandle on big user files). Data layer only. */
export async function rawDb(): Promise<duckdb.AsyncDuckDB> {
  return (await get()).db;
}

/** Register a user's File for SQL under `name` (read in place by the worker). */
export async function registerFile(name: string, file: File, directIO = true): Promise<void> {
  await (await get()).db.registerFileHandle(name, file, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, directIO);
}

/**
 * While the first screen is shown from the sample's build-time snapshot, every query through `db`
 * waits here until the sample is really loaded (the loader itself uses `direct`).
 */
let gate: Promise<void> | null = null;
export function holdQueriesUntil(p: Promise<unknown>): void {
  const g = p.then(() => {}, () => {});
  gate = g;
  void g.then(() => { if (gate === g) gate = null; });
}

/**
 * The calls of the connector share the worker's one connection, and a parameterised query is three
 * messages (prepare, run, close): a step that switches the default catalog (the sample copied into
 * memory and detached) must not land between them, so it runs `alone` (a readers–writer lock:
 * calls run side by side as before, a step alone waits for those in flight and holds new ones).
 */
let inFlight = 0;
let writer: Promise<void> | null = null;
let drained: (() => void) | null = null;
async function shared<T>(fn: () => Promise<T>): Promise<T> {
  while (writer) await writer;
  inFlight++;
  try { return await fn(); } finally { if (--inFlight === 0 && drained) { const d = drained; drained = null; d(); } }
}
async function alone<T>(fn: () => Promise<T>): Promise<T> {
  while (writer) await writer;
  let release!: () => void;
  const w = new Promise<void>((r) => { release = r; });
  writer = w;
  try {
    if (inFlight > 0) await new Promise<void>((r) => { drained = r; });
    return await fn();
  } finally {
    writer = null;
    release();
  }
}

/** The worker's connection, calls not coordinated (see `shared` / `alone`). */
const plain: Db = {
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
  /**
   * Batch by batch from the worker, and the stream's bytes gathered into pieces of about 8 MB: no
   * main-thread task serialises, joins or copies a whole table (at 1M rows one join of the ~150 MB
   * stream and its write were tasks of 0.5–0.9 s while the page was in use).
   */
  async exportArrow(sql: string): Promise<Uint8Array[]> {
    const { conn } = await get();
    const reader = await conn.send(sql);
    const writer = new RecordBatchStreamWriter();
    const pieces: Uint8Array[] = [];
    let pending: Uint8Array[] = [];
    let size = 0;
    const flush = () => { if (pending.length) pieces.push(pending.length === 1 ? pending[0] : joinPieces(pending)); pending = []; size = 0; };
    const drained = (async () => {
      for await (const chunk of writer) { pending.push(chunk); size += chunk.byteLength; if (size >= PIECE) flush(); }
    })();
    for await (const batch of reader) writer.write(batch);
    writer.finish();
    await drained;
    flush();
    return pieces;
  },
  /** On a connection of its own: a stream that fails part-way leaves that connection's inserter mid-stream. */
  async importArrow(name: string, bytes: Uint8Array, opts?: { create?: boolean }): Promise<void> {
    const { db: d } = await get();
    const c = await d.connect();
    try { await c.insertArrowFromIPCStream(bytes, { name, create: opts?.create ?? true }); } finally { await c.close(); }
  },
};

/** The connector without the gate: for the loader that opens the gate. Data layer only. */
export const direct: Db = {
  ...(Object.fromEntries(Object.entries(plain).map(([k, fn]) => [k, (...a: unknown[]) => shared(() => (fn as (...x: unknown[]) => Promise<unknown>).apply(plain, a))])) as unknown as Db),
  alone: <T>(fn: (d: Db) => Promise<T>): Promise<T> => alone(() => fn(plain)),
};

/** The app's connector: `direct`, behind the gate of holdQueriesUntil. */
export const db: Db = Object.fromEntries(Object.entries(direct).map(([k, fn]) => [k, async (...a: unknown[]) => {
  while (gate) await gate;
  return (fn as (...x: unknown[]) => unknown).apply(direct, a);
}])) as unknown as Db;
