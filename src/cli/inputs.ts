/** Opens the CLI's input files into a fresh in-memory DuckDB through the same importer as the app. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
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

/** Imports a file; a file that cannot be used becomes a CliInputError (exit 2) with the importer's one-line message. */
export async function importInto(db: Db, file: string, table: 'complaints' | 'indicators', mapping?: ColumnMapping): Promise<ImportReport> {
  const bytes = readInputFile(file, table);
  try {
    return await importFile(db, { name: path.basename(file), bytes, table, mapping });
  } catch (e) {
    if (e instanceof ImportRefused) throw new CliInputError(e.message);
    throw e;
  }
}

export async function openInputs(f: InputFiles): Promise<OpenInputs> {
  const mapping = readMapping(f.map);
  const db = await createNodeDb();
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
    close() { (db as Db & { close?: () => void }).close?.(); },
  };
}
