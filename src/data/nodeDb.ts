/**
 * DuckDB-wasm for Node (tests and the CLI): the blocking build, no worker. Same SQL as the browser.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
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
    close() { conn.close(); },
  };
}
