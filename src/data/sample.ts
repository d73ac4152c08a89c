/**
 * The embedded sample. At build time scripts/ensure-sample.mjs generates its canonical CSVs
 * (public/sample/*.csv.gz) and loads them, with the SQL of sampleSql.ts, into a prebuilt DuckDB file
 * (public/sample/sample.duckdb, 9.7 MB). The page fetches that file (while the engine starts),
 * attaches it read-only and copies its three tables into memory: no CSV is parsed in the page.
 * A build without the prebuilt file falls back to the CSVs (same SQL, same rows, only slower).
 */
import { inTransaction, type Db } from './dbTypes';
import { DROP_DATASET, SAMPLE_TABLES, sampleFromCsvSql } from './sampleSql';
import { mark } from './marks';

export type Progress = (phase: string, fraction: number) => void;

/** Fetches a file, gunzipping `.gz` with the browser's native DecompressionStream. Null on 404. */
async function fetchBytes(url: string, onChunk?: (loaded: number, total: number) => void): Promise<Uint8Array | null> {
  const res = await fetch(url);
  if (res.status === 404) return null;
  if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status}`);
  const total = Number(res.headers.get('content-length') ?? 0);
  let loaded = 0;
  const counted = res.body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, ctl) { loaded += chunk.length; onChunk?.(loaded, total); ctl.enqueue(chunk); },
  }));
  const body = url.endsWith('.gz') ? counted.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>) : counted;
  return new Uint8Array(await new Response(body).arrayBuffer());
}

async function need(url: string, onChunk?: (loaded: number, total: number) => void): Promise<Uint8Array> {
  const b = await fetchBytes(url, onChunk);
  if (!b) throw new Error(`${url}: HTTP 404`);
  return b;
}

/** Where each state's sample is (built by scripts/ensure-sample.mjs): MP's is the embedded one. */
export const SAMPLE_DIRS = { mp: 'sample', uk: 'sample/uk', hr: 'sample/hr' } as const;

export type SampleBytes = { kind: 'duckdb'; file: Uint8Array } | { kind: 'csv'; complaints: Uint8Array; indicators: Uint8Array; parameters: Uint8Array };

/** Fetches the sample's file(s) (no database needed: this runs while the engine starts). */
export async function fetchSample(baseUrl: string, progress: Progress = () => {}, dir: string = SAMPLE_DIRS.mp): Promise<SampleBytes> {
  progress('download', 0);
  const file = await fetchBytes(`${baseUrl}${dir}/sample.duckdb`, (l, t) => progress('download', t ? (0.6 * l) / t : 0.3));
  mark('sample-fetched');
  if (file) return { kind: 'duckdb', file };
  const [complaints, indicators, parameters] = await Promise.all([
    need(`${baseUrl}${dir}/complaints.csv.gz`, (l, t) => progress('download', t ? (0.6 * l) / t : 0.3)),
    need(`${baseUrl}${dir}/indicators.csv.gz`), need(`${baseUrl}${dir}/parameters.csv.gz`),
  ]);
  return { kind: 'csv', complaints, indicators, parameters };
}

const ATTACHED = 'samiksha_sample';
const FILE = 'samiksha_sample.duckdb';
/** The in-memory catalog's name while the sample is read in place (null when it is not). */
let inPlace: { db: Db; home: string } | null = null;

/** Whether the sample is being read in place from its attached file (not yet copied into memory). */
export function sampleInPlace(): boolean {
  return inPlace !== null;
}

/**
 * Copy the sample read in place into the in-memory database and detach its file: needed before
 * anything changes the data (an import, a restore, a reset). A no-op when nothing is attached.
 */
export async function materializeSample(): Promise<void> {
  if (!inPlace) return;
  const { db, home } = inPlace;
  // ONE call: queries of other screens share the connection and must never land between the copy
  // and the switch of the default catalog (they would find no tables)
  const drop = DROP_DATASET.map((d) => d.replace('DROP TABLE IF EXISTS ', `DROP TABLE IF EXISTS ${home}.main.`));
  // and alone: no query of another screen prepared against the attached file runs after it is gone
  await aloneOn(db, async (d) => {
    try {
      await d.exec(['BEGIN TRANSACTION', ...drop, ...SAMPLE_TABLES.map((t) => `CREATE TABLE ${home}.main.${t} AS FROM ${ATTACHED}.main.${t}`), 'COMMIT', `USE ${home}`].join(';\n'));
    } catch (e) {
      await d.exec('ROLLBACK').catch(() => {});
      await d.exec(`USE ${ATTACHED}`).catch(() => {});
      throw e;
    }
    inPlace = null;
    await d.exec(`DETACH ${ATTACHED}`).catch(() => {});
    await d.dropFile(FILE).catch(() => {});
  });
  mark('sample-materialized');
}

/** Detach an attached sample without copying it (what is loaded next replaces it). */
async function releaseSample(): Promise<void> {
  if (!inPlace) return;
  const { db, home } = inPlace;
  inPlace = null;
  await aloneOn(db, async (d) => {
    await d.exec(`USE ${home}`);
    await d.exec(`DETACH ${ATTACHED}`).catch(() => {});
    await d.dropFile(FILE).catch(() => {});
  });
}

/** `fn` with no other call of `db` in between, where the connector can interleave calls (Db.alone). */
function aloneOn<T>(db: Db, fn: (d: Db) => Promise<T>): Promise<T> {
  return db.alone ? db.alone(fn) : fn(db);
}

export interface LoadSampleOptions {
  /**
   * Read the prebuilt file in place (ATTACH READ_ONLY + USE, ~20 ms) instead of copying its tables
   * (hundreds of ms): the first screen's queries run at once; materializeSample() copies it later,
   * before the data changes. Only for an engine that holds nothing else (the start).
   */
  inPlace?: boolean;
  /** the sample's folder (SAMPLE_DIRS: the Uttarakhand and Haryana samples); default the embedded MP one */
  dir?: string;
}

/** Loads the three sample tables (replacing any loaded data); `prefetched` when fetchSample already ran. */
export async function loadSample(db: Db, baseUrl: string, progress: Progress = () => {}, prefetched?: Promise<SampleBytes>, o: LoadSampleOptions = {}): Promise<void> {
  const got = await (prefetched ?? fetchSample(baseUrl, progress, o.dir));
  progress('load', 0.65);
  await releaseSample();
  // The quarantines of an earlier import go too: the sample replaces the whole dataset.
  if (got.kind === 'duckdb') {
    // the bytes are not needed again: handed over without a copy
    await db.registerBuffer(FILE, got.file, { transfer: true });
    let attached = false;
    try {
      await db.exec(`ATTACH '${FILE}' AS ${ATTACHED} (READ_ONLY)`);
      attached = true;
      if (o.inPlace) {
        const [{ home }] = await db.query<{ home: string }>('SELECT current_database() AS home');
        await db.exec(['BEGIN TRANSACTION', ...DROP_DATASET, 'COMMIT', `USE ${ATTACHED}`].join(';\n'));
        inPlace = { db, home };
      } else {
        await inTransaction(db, [...DROP_DATASET, ...SAMPLE_TABLES.map((t) => `CREATE TABLE ${t} AS FROM ${ATTACHED}.main.${t}`)]);
      }
    } finally {
      if (!inPlace) {
        if (attached) await db.exec(`DETACH ${ATTACHED}`).catch(() => {});
        await db.dropFile(FILE).catch(() => {});
      }
    }
  } else {
    const names = { complaints: 'sample_complaints.csv', indicators: 'sample_indicators.csv', parameters: 'sample_parameters.csv' };
    await db.registerBuffer(names.complaints, got.complaints, { transfer: true });
    await db.registerBuffer(names.indicators, got.indicators, { transfer: true });
    await db.registerBuffer(names.parameters, got.parameters, { transfer: true });
    try {
      await inTransaction(db, [...DROP_DATASET, ...sampleFromCsvSql(names)]);
    } finally {
      for (const f of Object.values(names)) await db.dropFile(f).catch(() => {});
    }
  }
  mark('sample-loaded');
  progress('done', 1);
}
