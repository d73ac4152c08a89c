/**
 * The embedded sample: gzipped canonical CSVs generated at build time into public/sample/
 * (see scripts/ensure-sample.mjs), fetched from the app's own origin and loaded into DuckDB.
 */
import type { Db } from './dbTypes';
import { CREATE_COMPLAINTS, CREATE_INDICATORS, CREATE_PARAMETERS, CANONICAL_COMPLAINTS_CSV_COLUMNS } from './schema';

export type Progress = (phase: string, fraction: number) => void;

/** Fetches a file, gunzipping `.gz` with the browser's native DecompressionStream (much faster than DuckDB's gzip reader). */
async function fetchBytes(url: string, onChunk?: (loaded: number, total: number) => void): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok || !res.body) throw new Error(`${url}: HTTP ${res.status}`);
  const total = Number(res.headers.get('content-length') ?? 0);
  let loaded = 0;
  const counted = res.body.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, ctl) { loaded += chunk.length; onChunk?.(loaded, total); ctl.enqueue(chunk); },
  }));
  const body = url.endsWith('.gz') ? counted.pipeThrough(new DecompressionStream('gzip') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>) : counted;
  return new Uint8Array(await new Response(body).arrayBuffer());
}

const CSV_OPTS = `header=true, auto_detect=false, delim=',', quote='"', escape='"', nullstr=''`;

/** Where each state's sample is (built by scripts/ensure-sample.mjs): MP's is the embedded one. */
export const SAMPLE_DIRS = { mp: 'sample', uk: 'sample/uk', hr: 'sample/hr' } as const;

export interface SampleBytes { complaints: Uint8Array; indicators: Uint8Array; parameters: Uint8Array }

/** Fetches and unpacks the sample's files (no database needed: this can run while the engine starts). */
export async function fetchSample(baseUrl: string, progress: Progress = () => {}, dir: string = SAMPLE_DIRS.mp): Promise<SampleBytes> {
  progress('download', 0);
  const [complaints, indicators, parameters] = await Promise.all([
    fetchBytes(`${baseUrl}${dir}/complaints.csv.gz`, (l, t) => progress('download', t ? (0.6 * l) / t : 0.3)),
    fetchBytes(`${baseUrl}${dir}/indicators.csv.gz`), fetchBytes(`${baseUrl}${dir}/parameters.csv.gz`),
  ]);
  return { complaints, indicators, parameters };
}

/** Loads the three sample tables (replacing any loaded data); `prefetched` when fetchSample already ran. */
export async function loadSample(db: Db, baseUrl: string, progress: Progress = () => {}, prefetched?: Promise<SampleBytes>, dir: string = SAMPLE_DIRS.mp): Promise<void> {
  const { complaints, indicators, parameters } = await (prefetched ?? fetchSample(baseUrl, progress, dir));
  progress('load', 0.65);
  // the bytes are not needed again: handed over without a copy
  await db.registerBuffer('sample_complaints.csv', complaints, { transfer: true });
  await db.registerBuffer('sample_indicators.csv', indicators, { transfer: true });
  await db.registerBuffer('sample_parameters.csv', parameters, { transfer: true });
  await db.exec('BEGIN TRANSACTION');
  try {
    // The quarantines of an earlier import go too: the sample replaces the whole dataset.
    await db.exec('DROP TABLE IF EXISTS complaints; DROP TABLE IF EXISTS indicators; DROP TABLE IF EXISTS parameters;'
      + ' DROP TABLE IF EXISTS complaints_quarantine; DROP TABLE IF EXISTS indicators_quarantine; DROP TABLE IF EXISTS parameters_quarantine;');
    await db.exec(CREATE_COMPLAINTS);
    await db.exec(`INSERT INTO complaints SELECT * FROM read_csv('sample_complaints.csv', ${CSV_OPTS}, columns=${CANONICAL_COMPLAINTS_CSV_COLUMNS})`);
    progress('load', 0.9);
    await db.exec(CREATE_INDICATORS);
    await db.exec(`INSERT INTO indicators SELECT period, unit, parameter_id, value, target FROM read_csv('sample_indicators.csv', ${CSV_OPTS}, columns={'period':'VARCHAR','unit':'VARCHAR','parameter_id':'VARCHAR','value':'DOUBLE','target':'DOUBLE'})`);
    await db.exec(CREATE_PARAMETERS);
    await db.exec(`INSERT INTO parameters SELECT * FROM read_csv('sample_parameters.csv', ${CSV_OPTS}, columns={'id':'VARCHAR','name_en':'VARCHAR','name_hi':'VARCHAR','department':'VARCHAR','unit':'VARCHAR','direction':'VARCHAR'})`);
    await db.exec('COMMIT');
  } catch (e) {
    await db.exec('ROLLBACK');
    throw e;
  } finally {
    for (const f of ['sample_complaints.csv', 'sample_indicators.csv', 'sample_parameters.csv']) await db.dropFile(f).catch(() => {});
  }
  progress('done', 1);
}
