/**
 * For scripts/bench.mjs only (through window.__samiksha_bench, installed with ?bench=1): the
 * baselines the app's own import is measured against, run in the same DuckDB worker.
 */
import { db, registerFile } from './db';

/** Plain DuckDB read_csv (auto-detect) of the File, into a table. */
export async function benchRawRead(f: File): Promise<{ ms: number; rows: number }> {
  const t0 = performance.now();
  await registerFile('_bench_raw.csv', f);
  await db.exec(`CREATE OR REPLACE TEMP TABLE _bench_raw AS SELECT * FROM read_csv('_bench_raw.csv')`);
  const ms = performance.now() - t0;
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM _bench_raw');
  await db.exec('DROP TABLE _bench_raw');
  await db.dropFile('_bench_raw.csv');
  return { ms, rows: n };
}

/**
 * The File registered as `bench.csv` (read in place) or, with `inMemory`, as a copy in DuckDB's
 * memory; `sql` timed in the worker (developer experiments).
 */
export async function benchSql(f: File, sql: string, inMemory: boolean | 'nodirect' = false): Promise<{ ms: number; registerMs: number }> {
  const t0 = performance.now();
  if (inMemory === true) await db.registerBuffer('bench.csv', new Uint8Array(await f.arrayBuffer()));
  else await registerFile('bench.csv', f, inMemory !== 'nodirect');
  const t1 = performance.now();
  try {
    await db.exec(sql);
    return { ms: performance.now() - t1, registerMs: t1 - t0 };
  } finally {
    await db.dropFile('bench.csv');
  }
}
