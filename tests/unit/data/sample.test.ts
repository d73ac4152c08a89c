/**
 * The prebuilt sample (public/sample/sample.duckdb, made by scripts/ensure-sample.mjs) holds exactly
 * the rows and column types the page gets from the sample's CSVs, through both of the page's paths
 * (copied, and read in place then copied by materializeSample). Skips when the sample is not built.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import { loadSample, materializeSample, sampleInPlace } from '@/data/sample';
import type { Db } from '@/data/dbTypes';

const DIR = path.resolve(__dirname, '../../../public/sample');
const have = ['sample.duckdb', 'complaints.csv.gz', 'indicators.csv.gz', 'parameters.csv.gz'].every((f) => fs.existsSync(path.join(DIR, f)));
const gz = (f: string) => new Uint8Array(zlib.gunzipSync(fs.readFileSync(path.join(DIR, f))));
const TABLES = ['complaints', 'indicators', 'parameters'];

async function columns(db: Db, t: string, catalog?: string): Promise<string> {
  const r = await db.query<{ n: string; ty: string }>(`SELECT column_name AS n, data_type AS ty FROM duckdb_columns() WHERE table_name = ? AND database_name = ${catalog ? `'${catalog}'` : 'current_database()'} ORDER BY column_index`, [t]);
  return r.map((c) => `${c.n} ${c.ty}`).join(', ');
}

describe.skipIf(!have)('prebuilt sample = the sample CSVs loaded by the page', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await createNodeDb();
    await loadSample(db, '', undefined, Promise.resolve({ kind: 'csv', complaints: gz('complaints.csv.gz'), indicators: gz('indicators.csv.gz'), parameters: gz('parameters.csv.gz') }));
    for (const t of TABLES) await db.exec(`CREATE TEMP TABLE csv_${t} AS FROM ${t}`);
  }, 240_000);
  afterAll(() => db?.close());

  async function sameAsCsv(): Promise<void> {
    for (const t of TABLES) {
      const [{ a, b }] = await db.query<{ a: number; b: number }>(`SELECT (SELECT count(*) FROM ${t})::INTEGER AS a, (SELECT count(*) FROM temp.csv_${t})::INTEGER AS b`);
      expect(a).toBe(b);
      const [{ d }] = await db.query<{ d: number }>(`SELECT ((SELECT count(*) FROM (FROM ${t} EXCEPT ALL FROM temp.csv_${t})) + (SELECT count(*) FROM (FROM temp.csv_${t} EXCEPT ALL FROM ${t})))::INTEGER AS d`);
      expect(d).toBe(0);
      const want = await columns(db, `csv_${t}`, 'temp');
      expect(want).not.toBe('');
      expect(await columns(db, t)).toBe(want);
    }
    const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM complaints');
    expect(n).toBe(300_000);
  }

  it('copied into memory: same rows, same types', async () => {
    await loadSample(db, '', undefined, Promise.resolve({ kind: 'duckdb', file: new Uint8Array(fs.readFileSync(path.join(DIR, 'sample.duckdb'))) }));
    expect(sampleInPlace()).toBe(false);
    await sameAsCsv();
  }, 240_000);

  it('read in place (read-only, nothing copied), then copied before a change: same rows either way', async () => {
    await loadSample(db, '', undefined, Promise.resolve({ kind: 'duckdb', file: new Uint8Array(fs.readFileSync(path.join(DIR, 'sample.duckdb'))) }), { inPlace: true });
    expect(sampleInPlace()).toBe(true);
    await sameAsCsv();
    await expect(db.exec('CREATE TABLE x (a INTEGER)')).rejects.toThrow(/read-only|read only/i);
    await materializeSample();
    expect(sampleInPlace()).toBe(false);
    await db.exec('CREATE TABLE x (a INTEGER); DROP TABLE x');
    await sameAsCsv();
  }, 240_000);
});
