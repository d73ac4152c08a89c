#!/usr/bin/env node
// Before a build: make sure the embedded sample exists; generate it if not. The sample is generated
// deterministically (seed 1, 300,000 complaints) into public/sample/*.csv.gz, never committed; then the
// same CSVs are loaded with the page's own SQL (src/data/sampleSql.ts) into public/sample/sample.duckdb
// on native DuckDB (STORAGE_VERSION v1.4.0, which duckdb-wasm 1.32.0 attaches read-only): the page
// opens that file instead of parsing 12 MB of gzipped CSV.
// The Uttarakhand and Haryana samples ("open the sample of …" on the data page, or a link with
// state=uk|hr) are built the same way into public/sample/uk and public/sample/hr (seed 1; 60,000
// and 100,000 complaints).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'public/sample');
const CSVS = ['complaints.csv.gz', 'indicators.csv.gz', 'parameters.csv.gz'];
export const SAMPLE_DB = path.join(DIR, 'sample.duckdb');

const SAMPLES = [
  { dir: DIR, complaints: '300000', state: 'mp', label: 'the embedded sample' },
  { dir: path.join(DIR, 'uk'), complaints: '60000', state: 'uk', label: 'the Uttarakhand sample' },
  { dir: path.join(DIR, 'hr'), complaints: '100000', state: 'hr', label: 'the Haryana sample' },
];

for (const s of SAMPLES) {
  const rel = path.relative(ROOT, s.dir);
  if (CSVS.some((f) => !fs.existsSync(path.join(s.dir, f)))) {
    console.log(`Generating ${s.label} (${Number(s.complaints).toLocaleString('en-IN')} complaints) into ${rel} ...`);
    const args = ['bin/samiksha.mjs', 'generate', '--seed', '1', '--complaints', s.complaints, '--out', rel, '--gzip'];
    if (s.state !== 'mp') args.push('--state', s.state);
    const r = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: ROOT });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const db = path.join(s.dir, 'sample.duckdb');
  const newestCsv = Math.max(...CSVS.map((f) => fs.statSync(path.join(s.dir, f)).mtimeMs));
  const schemaTs = path.join(ROOT, 'src/data/sampleSql.ts');
  const stale = !fs.existsSync(db) || fs.statSync(db).mtimeMs < Math.max(newestCsv, fs.statSync(schemaTs).mtimeMs, fs.statSync(path.join(ROOT, 'src/data/schema.ts')).mtimeMs);
  if (!stale) continue;
  const t0 = Date.now();
  const { tsImport } = await import('tsx/esm/api');
  const { sampleFromCsvSql } = await tsImport('../src/data/sampleSql.ts', import.meta.url);
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const tmp = `${db}.tmp`;
  fs.rmSync(tmp, { force: true });
  fs.rmSync(`${tmp}.wal`, { force: true });
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run('SET autoload_known_extensions=false');
  await conn.run(`ATTACH '${tmp.replaceAll("'", "''")}' AS s (STORAGE_VERSION 'v1.4.0')`);
  await conn.run('USE s');
  for (const sql of sampleFromCsvSql({ complaints: path.join(s.dir, CSVS[0]), indicators: path.join(s.dir, CSVS[1]), parameters: path.join(s.dir, CSVS[2]) })) await conn.run(sql);
  await conn.run('CHECKPOINT s');
  await conn.run('USE memory');
  await conn.run('DETACH s');
  conn.closeSync();
  instance.closeSync();
  fs.renameSync(tmp, db);
  console.log(`Built ${path.relative(ROOT, db)} (${(fs.statSync(db).size / 1e6).toFixed(1)} MB) in ${Date.now() - t0} ms`);
}
