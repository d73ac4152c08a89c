/**
 * The SQL that turns the embedded sample's canonical CSVs into the three tables. One definition for
 * both paths: scripts/ensure-sample.mjs runs it at build time on native DuckDB to write
 * public/sample/sample.duckdb (what the page attaches), and sample.ts runs it in the page when only
 * the CSVs are there (a build without the prebuilt file). Same types, same rows, either way.
 */
import { CREATE_COMPLAINTS, CREATE_INDICATORS, CREATE_PARAMETERS, CANONICAL_COMPLAINTS_CSV_COLUMNS } from './schema';
import { lit } from './dbTypes';

export const CSV_OPTS = `header=true, auto_detect=false, delim=',', quote='"', escape='"', nullstr=''`;

/** The sample's tables (and their quarantines, which the sample replaces too). */
export const SAMPLE_TABLES = ['complaints', 'indicators', 'parameters'] as const;

export const DROP_DATASET = ['complaints', 'indicators', 'parameters', 'complaints_quarantine', 'indicators_quarantine', 'parameters_quarantine']
  .map((t) => `DROP TABLE IF EXISTS ${t}`);

/** CREATE + INSERT of the three tables from the CSV files at these paths (or registered names). */
export function sampleFromCsvSql(files: { complaints: string; indicators: string; parameters: string }): string[] {
  return [
    CREATE_COMPLAINTS,
    `INSERT INTO complaints SELECT * FROM read_csv(${lit(files.complaints)}, ${CSV_OPTS}, columns=${CANONICAL_COMPLAINTS_CSV_COLUMNS})`,
    CREATE_INDICATORS,
    `INSERT INTO indicators SELECT period, unit, parameter_id, value, target FROM read_csv(${lit(files.indicators)}, ${CSV_OPTS}, columns={'period':'VARCHAR','unit':'VARCHAR','parameter_id':'VARCHAR','value':'DOUBLE','target':'DOUBLE'})`,
    CREATE_PARAMETERS,
    `INSERT INTO parameters SELECT * FROM read_csv(${lit(files.parameters)}, ${CSV_OPTS}, columns={'id':'VARCHAR','name_en':'VARCHAR','name_hi':'VARCHAR','department':'VARCHAR','unit':'VARCHAR','direction':'VARCHAR'})`,
  ];
}
