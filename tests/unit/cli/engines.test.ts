/**
 * Every CLI command on both engines (native @duckdb/node-api and the wasm blocking build), outputs
 * compared byte for byte: standard output, standard error, exit code and written files. Inputs: a
 * generated sample (plain CSV above the in-place threshold, and gzip), a dirty file that hits every
 * quarantine rule, an unusable file, and — when ../shared/fixtures is present — the Boston 311
 * export with a mapping and the two published indexes (skipped cleanly when absent).
 * `rollup` writes a database file and needs the native engine: on wasm it must refuse in one line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '@/cli/main';
import { setEngine, type EngineName } from '@/cli/engine';
import { generate } from '@/cli/generate';
import { nativeAvailable } from '@/data/nativeDb';
import { captured } from './capture';

const ROOT = path.resolve(__dirname, '../../..');
const FIX = path.resolve(ROOT, '../shared/fixtures');
const hasFixtures = fs.existsSync(path.join(FIX, 'boston311-100.csv')) && fs.existsSync(path.join(FIX, 'asem/indicators.csv'));
if (!hasFixtures) console.warn(`engines test: ${FIX} not found, the fixture cases are skipped`);
const hasNative = await nativeAvailable();
if (!hasNative) console.warn('engines test: @duckdb/node-api does not load here, skipped');

interface Out { code: number; out: string; err: string; files: Record<string, string> }

let dir: string;

/** Runs the CLI on one engine, capturing stdout/stderr, the exit code and the files it wrote under `outDir`. */
async function cli(engine: EngineName, args: string[], outDir?: string): Promise<Out> {
  try {
    const { value: code, out, err } = await captured(() => run(['--engine', engine, ...args]));
    const files: Record<string, string> = {};
    if (outDir && fs.existsSync(outDir)) {
      for (const f of fs.readdirSync(outDir).sort()) files[f] = fs.readFileSync(path.join(outDir, f)).toString('base64');
    }
    return { code, out, err, files };
  } finally {
    setEngine(null);
  }
}

/** The same command on both engines; returns the (identical) result. `{out}` in args is replaced by a fresh folder per engine. */
async function same(args: string[]): Promise<Out> {
  const res: Out[] = [];
  for (const engine of ['native', 'wasm'] as const) {
    const outDir = fs.mkdtempSync(path.join(dir, `out-${engine}-`));
    res.push(await cli(engine, args.map((a) => a.replaceAll('{out}', outDir)), outDir));
  }
  const [n, w] = res;
  expect(w.code, `exit code of ${args.join(' ')}`).toBe(n.code);
  expect(w.err, `stderr of ${args.join(' ')}`).toBe(n.err);
  expect(w.out === n.out, `stdout of ${args.join(' ')} differs (${n.out.length} vs ${w.out.length} characters)`).toBe(true);
  expect(Object.keys(w.files)).toEqual(Object.keys(n.files));
  for (const f of Object.keys(n.files)) expect(w.files[f] === n.files[f], `file ${f} of ${args.join(' ')} differs`).toBe(true);
  return n;
}

const HEADER = 'complaint_id,registered_on,district,department,source,block,category,complainant_id,officer_id,officer_name,current_level,attended_on,status,closed_on,closure_type,quality,feedback,atr_uploaded_on,reopened';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samiksha-engines-'));
  // 25,000 rows (~5 MB): above the 4 MB threshold, so native reads it in place and wasm from memory
  await generate({ seed: 1, complaints: 25_000, out: path.join(dir, 'sample'), gzip: false });
  fs.writeFileSync(path.join(dir, 'complaints.csv.gz'), zlib.gzipSync(fs.readFileSync(path.join(dir, 'sample/complaints.csv'))));
  const dirty = [HEADER,
    'C1,2026-09-03,Bhopal,Health,web,,Fever,h1,O1,A,1,2026-09-04,closed,2026-09-10,satisfied,ok,satisfied,,0',
    'C2,not a date,Bhopal,Health,web,,,h1,O1,A,1,,open,,,,,,',
    'C3,2026-09-10,Bhopal,Health,web,,,h2,O1,A,1,,closed,2026-09-01,satisfied,,,,',
    'C4,2026-09-11,Indore,Energy,app,,,h3,O2,B,2,,closed,,satisfied,,,,',
    'C1,2026-09-12,Indore,Energy,app,,,h3,O2,B,2,,open,,,,,,',
    'C6,2026-09-13,Gotham,Energy,fax,,,h3,O2,B,L9,,open,,,weird,,,',
    'C7,2030-01-01,Indore,,web,,,h3,O2,B,1,,open,,,,,,',
    'C8,13/09/2026,Sagar,Revenue,call_181,,,h4,O3,C,3,,closed,2026-09-20,force_closed,low,dissatisfied,2026-09-19,1',
  ].join('\n') + '\n';
  fs.writeFileSync(path.join(dir, 'dirty.csv'), dirty);
  fs.writeFileSync(path.join(dir, 'empty.csv'), 'complaint_id,registered_on\n');
}, 180_000);

afterAll(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

describe.skipIf(!hasNative)('every CLI command, native vs wasm, byte for byte', () => {
  const S = () => path.join(dir, 'sample/complaints.csv');
  const GZ = () => path.join(dir, 'complaints.csv.gz');
  const IND = () => path.join(dir, 'sample/indicators.csv');

  it('validate: text and JSON, plain and gzip, the dirty file, indicators, an unusable file', async () => {
    const v = await same(['validate', S(), '--format', 'json']);
    expect(JSON.parse(v.out).rows).toBe(25_000);
    expect(fs.statSync(S()).size).toBeGreaterThan(4 << 20);
    await same(['validate', GZ()]);
    const d = await same(['validate', path.join(dir, 'dirty.csv'), '--format', 'json']);
    expect(JSON.parse(d.out).rejected).toBeGreaterThan(0);
    await same(['validate', IND(), '--table', 'indicators', '--format', 'json']);
    const e = await same(['validate', path.join(dir, 'empty.csv')]);
    expect(e.code).toBe(2);
  }, 240_000);

  it('score: each built-in scorecard, unit kinds, JSON and CSV, a past period, --out', async () => {
    const a = await same(['score', '--complaints', S(), '--format', 'json']);
    expect(JSON.parse(a.out).rows.length).toBeGreaterThan(40);
    await same(['score', '--complaints', GZ(), '--scorecard', 'cm-window', '--unit', 'department', '--format', 'csv']);
    await same(['score', '--complaints', S(), '--unit', 'officer', '--period', '2026-07', '--format', 'json', '--out', '{out}/score.json']);
    await same(['score', '--complaints', path.join(dir, 'dirty.csv'), '--scorecard', 'cm-window', '--format', 'csv']);
    await same(['score', '--indicators', IND(), '--scorecard', 'cm-dashboard', '--format', 'json']);
    const bad = await same(['score', '--complaints', S(), '--period', '1999-01']);
    expect(bad.code).not.toBe(0);
  }, 300_000);

  it('officers: the month, a range, filters, CSV, --out', async () => {
    const o = await same(['officers', '--complaints', S(), '--format', 'json']);
    expect(o.out.length).toBeGreaterThan(1000);
    await same(['officers', '--complaints', GZ(), '--from', '2026-05', '--to', '2026-08', '--district', 'Indore', '--format', 'csv']);
    await same(['officers', '--complaints', S(), '--department', 'Energy', '--min-closures', '5', '--top', '3', '--out', '{out}/officers.json', '--format', 'json']);
  }, 300_000);

  it('generate: the same files (it runs no SQL, but is a command of the CLI too)', async () => {
    const g = await same(['generate', '--seed', '3', '--complaints', '2000', '--out', '{out}', '--gzip']);
    expect(g.code).toBe(0);
  }, 120_000);

  it('rollup: written on native; on wasm refused in one line, exit 2, nothing written', async () => {
    const outDir = fs.mkdtempSync(path.join(dir, 'rollup-'));
    const n = await cli('native', ['rollup', '--complaints', S(), '--out', path.join(outDir, 'r.duckdb')]);
    expect(n.code).toBe(0);
    expect(fs.statSync(path.join(outDir, 'r.duckdb')).size).toBeGreaterThan(0);
    const w = await cli('wasm', ['rollup', '--complaints', S(), '--out', path.join(outDir, 'w.duckdb')]);
    expect(w.code).toBe(2);
    expect(w.err).toMatch(/^samiksha: rollup writes a database file: it needs the native engine[^\n]*\n$/);
    expect(fs.existsSync(path.join(outDir, 'w.duckdb'))).toBe(false);
  }, 180_000);

  describe.skipIf(!hasFixtures)('../shared/fixtures', () => {
    it('Boston 311 with a mapping: validate and score', async () => {
      const map = path.join(dir, 'boston-map.json');
      fs.writeFileSync(map, JSON.stringify({
        columns: { complaint_id: 'case_enquiry_id', registered_on: 'open_dt', closed_on: 'closed_dt', district: 'neighborhood', status: 'case_status', category: 'type' },
        values: { status: { Open: 'open', Closed: 'closed' } },
      }));
      const boston = path.join(FIX, 'boston311-100.csv');
      const v = await same(['validate', boston, '--map', map, '--format', 'json']);
      expect(JSON.parse(v.out).rows).toBe(100);
        await same(['score', '--complaints', boston, '--map', map, '--scorecard', 'cm-window', '--format', 'json']);
      await same(['officers', '--complaints', boston, '--map', map, '--format', 'json']);
    }, 120_000);

    it('ASEM and HDI published indexes: score', async () => {
      for (const f of ['asem', 'hdi']) {
        await same(['score', '--indicators', path.join(FIX, f, 'indicators.csv'), '--scorecard', path.join(FIX, f, 'scorecard.json'), '--format', 'json']);
        await same(['score', '--indicators', path.join(FIX, f, 'indicators.csv'), '--scorecard', path.join(FIX, f, 'scorecard.json'), '--format', 'csv']);
      }
      await same(['validate', path.join(FIX, 'asem/indicators.csv'), '--table', 'indicators']);
    }, 120_000);
  });
});
