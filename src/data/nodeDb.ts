/**
 * DuckDB-wasm for Node (tests and the CLI): the blocking build, no worker. Same SQL as the browser.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { tableToRows, type Db, type Row } from './dbTypes';

const require = createRequire(import.meta.url);

export async function createNodeDb(): Promise<Db & { close(): void }> {
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));
  const bundles: duckdb.DuckDBBundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const bindings = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await bindings.instantiate(() => {});
  bindings.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = bindings.connect();
  conn.query('SET autoload_known_extensions=false');
  conn.query('SET autoinstall_known_extensions=false');
  return {
    async query<T = Row>(sql: string, params?: unknown[]): Promise<T[]> {
      if (params && params.length) {
        const stmt = conn.prepare(sql);
        try { return tableToRows<T>(stmt.query(...params)); } finally { stmt.close(); }
      }
      return tableToRows<T>(conn.query(sql));
    },
    async exec(sql: string): Promise<void> { conn.query(sql); },
    async registerBuffer(name: string, bytes: Uint8Array): Promise<void> { bindings.registerFileBuffer(name, bytes); },
    // (no file handles here: the Blob's bytes are copied in; the importer's in-place path still runs)
    async registerBlob(name: string, blob: Blob): Promise<void> { bindings.registerFileBuffer(name, new Uint8Array(await blob.arrayBuffer())); },
    async dropFile(name: string): Promise<void> { bindings.dropFile(name); },
    // The bindings give an IPC file ("ARROW1"); parsed with this module's arrow (the CJS build's classes
    // would not pass its checks) and written as the stream the inserter takes.
    async exportArrow(sql: string): Promise<Uint8Array[]> { return [tableToIPC(tableFromIPC(conn.useUnsafe((b, c) => b.runQuery(c, sql))), 'stream')]; },
    // on a connection of its own: a stream that fails part-way leaves that connection's inserter mid-stream
    async importArrow(name: string, bytes: Uint8Array, opts?: { create?: boolean }): Promise<void> {
      const c = bindings.connect();
      try { c.insertArrowFromIPCStream(bytes, { name, create: opts?.create ?? true }); } finally { c.close(); }
    },
    close() { conn.close(); },
  };
}
