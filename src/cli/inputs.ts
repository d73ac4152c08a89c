/** Opens the CLI's input files into a fresh in-memory DuckDB through the same importer as the app. */
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import type { Db } from '@/data/dbTypes';
import { FAST_DECODE_MIN } from '@/domain/import/sniff';
import { createCliDb } from './engine';
import { importFile } from '@/data/import/importFile';
import { ImportRefused, type ColumnMapping, type ImportReport } from '@/domain/import/types';
import { datasetSummary, type DatasetSummary } from '@/data/queries/dataset';
import { scorecardSources } from '@/domain/scoreInputs';
import type { Scorecard } from '@/domain/scoring';
import { CliInputError } from './errors';

export interface InputFiles { complaints?: string; indicators?: string; map?: string }

export interface OpenInputs {
  db: Db;
  reports: ImportReport[];
  summary: DatasetSummary;
  /** Latest month: for complaint scorecards the latest month with registrations, else the latest indicator period. */
  latestPeriod(card?: Scorecard): string | null;
  coverage(): string;
  close(): void;
}

export function readInputFile(file: string, what: string): Uint8Array {
  if (!fs.existsSync(file)) throw new CliInputError(`${file}: no such file (${what})`);
  if (fs.statSync(file).isDirectory()) throw new CliInputError(`${file}: is a directory, expected a ${what} file`);
  if (fs.statSync(file).size > 2 ** 31 - 1) throw new CliInputError(`${file}: larger than 2 GiB; the wasm engine cannot read it (use --engine native)`);
  const bytes = fs.readFileSync(file);
  // gzip (e.g. the embedded sample's complaints.csv.gz): unpacked here, the importer sees the table.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try { return new Uint8Array(zlib.gunzipSync(bytes)); } catch (e) { throw new CliInputError(`${file}: damaged gzip file (${(e as Error).message})`); }
  }
  return new Uint8Array(bytes);
}

export function readMapping(file: string | undefined): ColumnMapping | undefined {
  if (!file) return undefined;
  const text = new TextDecoder().decode(readInputFile(file, 'column mapping JSON'));
  let json: unknown;
  try { json = JSON.parse(text); } catch (e) { throw new CliInputError(`${file}: not valid JSON (${(e as Error).message.split('\n')[0]})`); }
  if (!json || typeof json !== 'object' || typeof (json as { columns?: unknown }).columns !== 'object') {
    throw new CliInputError(`${file}: a mapping needs a "columns" object, e.g. {"columns": {"complaint_id": "CASE_ID"}}`);
  }
  return json as ColumnMapping;
}

function isGzip(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(2);
    return fs.readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally { fs.closeSync(fd); }
}

/**
 * What the importer reads of a file: its bytes, or — on the native engine, for a big plain file —
 * the file on disk read in place by DuckDB (no copy in memory; a gzip file is unpacked to a temp
 * file first, streaming). `done()` removes the temp file.
 */
export async function importSource(db: Db, file: string, what: string): Promise<{ bytes?: Uint8Array; blob?: Blob; done(): void }> {
  const native = (db as { engine?: string }).engine === 'native';
  if (native && fs.existsSync(file) && !fs.statSync(file).isDirectory()) {
    const { fileBlob } = await import('@/data/nativeDb');
    if (isGzip(file)) {
      const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'samiksha-gunzip-')), path.basename(file).replace(/\.gz$/i, ''));
      try { await pipeline(fs.createReadStream(file), zlib.createGunzip(), fs.createWriteStream(tmp)); } catch (e) {
        fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
        throw new CliInputError(`${file}: damaged gzip file (${(e as Error).message})`);
      }
      const done = () => fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
      if (fs.statSync(tmp).size >= FAST_DECODE_MIN) return { blob: await fileBlob(tmp), done };
      const bytes = new Uint8Array(fs.readFileSync(tmp));
      done();
      return { bytes, done() {} };
    }
    if (fs.statSync(file).size >= FAST_DECODE_MIN) return { blob: await fileBlob(file), done() {} };
  }
  return { bytes: readInputFile(file, what), done() {} };
}

/** Imports a file; a file that cannot be used becomes a CliInputError (exit 2) with the importer's one-line message. */
export async function importInto(db: Db, file: string, table: 'complaints' | 'indicators', mapping?: ColumnMapping): Promise<ImportReport> {
  const src = await importSource(db, file, table);
  try {
    return await importFile(db, { name: path.basename(file), bytes: src.bytes, blob: src.blob, table, mapping });
  } catch (e) {
    if (e instanceof ImportRefused) throw new CliInputError(e.message);
    throw e;
  } finally {
    src.done();
  }
}

export async function openInputs(f: InputFiles): Promise<OpenInputs> {
  const mapping = readMapping(f.map);
  const db = await createCliDb();
  const reports: ImportReport[] = [];
  if (f.complaints) reports.push(await importInto(db, f.complaints, 'complaints', mapping));
  if (f.indicators) reports.push(await importInto(db, f.indicators, 'indicators'));
  const summary = await datasetSummary(db);
  return {
    db, reports, summary,
    latestPeriod(card) {
      const usesComplaints = !card || scorecardSources(card).metrics.length > 0;
      const m = usesComplaints && summary.months.length ? summary.months : summary.indicatorMonths;
      return m[m.length - 1] ?? null;
    },
    coverage() {
      const parts: string[] = [];
      if (summary.months.length) parts.push(`complaints registered ${summary.months[0]} to ${summary.months[summary.months.length - 1]}`);
      if (summary.indicatorMonths.length) parts.push(`indicators ${summary.indicatorMonths[0]} to ${summary.indicatorMonths[summary.indicatorMonths.length - 1]}`);
      return parts.length ? `the data covers ${parts.join('; ')}` : 'no rows were loaded';
    },
    close() { db.close(); },
  };
}
