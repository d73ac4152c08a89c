/**
 * The saved copy of an imported dataset, so it survives a reload and a browser restart.
 *
 * The app works in the default catalog (in the browser the in-memory `work`, see db.ts); the saved
 * copy lives in another catalog (`store`: the OPFS database file in the browser, any attached
 * database in tests) under `saved_<table>` names, plus `saved_meta` (one JSON row: which file each
 * table came from and its import report). Saving and restoring are single transactions, so a
 * half-written copy is never read back; a CHECKPOINT after each save puts it in the database file.
 */
import { ident, lit, type Db } from './dbTypes';
import { CREATE_COMPLAINTS, CREATE_INDICATORS, CREATE_PARAMETERS } from './schema';
import type { ImportReport, ImportTable } from '../domain/import/types';

export const DATA_TABLES: readonly ImportTable[] = ['complaints', 'indicators', 'parameters'];
const CREATE: Record<ImportTable, string> = { complaints: CREATE_COMPLAINTS, indicators: CREATE_INDICATORS, parameters: CREATE_PARAMETERS };
/** Every table that makes up a dataset: the canonical ones and their quarantines. */
const ALL_TABLES = DATA_TABLES.flatMap((t) => [t, `${t}_quarantine`]);
const META = 'saved_meta';
const FORMAT = 1;

export interface SavedDataset {
  format: typeof FORMAT;
  /** the file each canonical table came from (a table not listed is empty) */
  files: Partial<Record<ImportTable, string>>;
  /** the last import report of each table */
  reports: Partial<Record<ImportTable, ImportReport>>;
  savedAt: string;
}

/** The dataset's display name: its files, complaints first ("a.csv + b.xlsx"). */
export function datasetName(files: Partial<Record<ImportTable, string>>): string {
  return DATA_TABLES.map((t) => files[t]).filter((f): f is string => !!f).join(' + ');
}

function saved(store: string, table: string): string {
  return `${ident(store)}.main.${ident(`saved_${table}`)}`;
}

async function workCatalog(db: Db): Promise<string> {
  return (await db.query<{ c: string }>('SELECT current_database() AS c'))[0].c;
}

async function tablesIn(db: Db, catalog: string): Promise<Set<string>> {
  const rows = await db.query<{ t: string }>(
    `SELECT table_name AS t FROM duckdb_tables() WHERE database_name = ? AND schema_name = 'main'`, [catalog]);
  return new Set(rows.map((r) => r.t));
}

/**
 * Statements run as one transaction in one call, so no other query on the shared connection can
 * land between them (and abort the transaction with an error of its own).
 */
async function inTransaction(db: Db, statements: string[]): Promise<void> {
  try {
    await db.exec(['BEGIN TRANSACTION', ...statements, 'COMMIT'].join(';\n'));
  } catch (e) {
    await db.exec('ROLLBACK').catch(() => {});
    throw e;
  }
}

function parseMeta(json: string): SavedDataset | null {
  try {
    const m = JSON.parse(json) as SavedDataset;
    return m && m.format === FORMAT && typeof m.files === 'object' && m.files ? { ...m, reports: m.reports ?? {} } : null;
  } catch {
    return null;
  }
}

/** What is saved in `store`, or null when nothing (or something unreadable) is. */
export async function readSaved(db: Db, store: string): Promise<SavedDataset | null> {
  if (!(await tablesIn(db, store)).has(META)) return null;
  const rows = await db.query<{ json: string }>(`SELECT json FROM ${ident(store)}.main.${ident(META)} LIMIT 1`);
  return rows.length ? parseMeta(rows[0].json) : null;
}

/** Replace the saved copy with the tables loaded now and `meta`; then checkpoint the store. */
export async function saveDataset(db: Db, store: string, meta: SavedDataset): Promise<void> {
  const work = await workCatalog(db);
  const have = await tablesIn(db, work);
  const sql: string[] = [];
  for (const t of ALL_TABLES) {
    sql.push(`DROP TABLE IF EXISTS ${saved(store, t)}`);
    if (have.has(t)) sql.push(`CREATE TABLE ${saved(store, t)} AS SELECT * FROM ${ident(work)}.main.${ident(t)}`);
  }
  const m = `${ident(store)}.main.${ident(META)}`;
  sql.push(`DROP TABLE IF EXISTS ${m}`, `CREATE TABLE ${m} (json VARCHAR)`, `INSERT INTO ${m} VALUES (${lit(JSON.stringify(meta))})`);
  await inTransaction(db, sql);
  await db.exec(`CHECKPOINT ${ident(store)}`);
}

/**
 * Load the saved copy into the working catalog (replacing what is there); every canonical table
 * exists afterwards (empty when not saved). Returns what was restored, or null (nothing changed).
 */
export async function restoreDataset(db: Db, store: string): Promise<SavedDataset | null> {
  const meta = await readSaved(db, store);
  if (!meta) return null;
  const work = await workCatalog(db);
  const have = await tablesIn(db, store);
  const sql: string[] = [];
  for (const t of ALL_TABLES) {
    sql.push(`DROP TABLE IF EXISTS ${ident(work)}.main.${ident(t)}`);
    if (have.has(`saved_${t}`)) sql.push(`CREATE TABLE ${ident(work)}.main.${ident(t)} AS SELECT * FROM ${saved(store, t)}`);
  }
  for (const t of DATA_TABLES) if (!have.has(`saved_${t}`)) sql.push(CREATE[t]);
  await inTransaction(db, sql);
  return meta;
}

/** Forget the saved copy (the next start loads the embedded sample). */
export async function clearSaved(db: Db, store: string): Promise<void> {
  const have = await tablesIn(db, store);
  const drop = [...ALL_TABLES.map((x) => `saved_${x}`), META].filter((t) => have.has(t));
  await inTransaction(db, drop.map((t) => `DROP TABLE ${ident(store)}.main.${ident(t)}`));
  await db.exec(`CHECKPOINT ${ident(store)}`);
}

/**
 * Empty every canonical table except `keep` (and drop their quarantines): the first import over the
 * embedded sample replaces the whole sample, so synthetic indicators never sit beside real complaints.
 */
export async function emptyOtherTables(db: Db, keep: ImportTable): Promise<void> {
  await inTransaction(db, DATA_TABLES.filter((t) => t !== keep)
    .flatMap((t) => [`DROP TABLE IF EXISTS ${ident(t)}`, `DROP TABLE IF EXISTS ${ident(`${t}_quarantine`)}`, CREATE[t]]));
}
