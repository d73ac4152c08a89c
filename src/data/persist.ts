/**
 * The saved copy of an imported dataset, so it survives a reload and a browser restart.
 *
 * The app works in DuckDB's in-memory database; a save writes each table (the canonical ones and
 * their quarantines) as an Arrow IPC stream into a FileStore (the browser's OPFS folder), then a
 * small JSON manifest naming them, their sizes, row counts and column types. A save is one
 * "generation" `g<n>.*`; its manifest is written last, so a generation without a readable manifest
 * was never finished and is ignored. Older generations are removed only after a newer one is
 * complete: a failed or interrupted save (full disk, closed tab) leaves the previous copy whole.
 * A copy that cannot be read back (damaged bytes, another format version) is reported with its
 * cause (SavedCopyError) and left alone until the user clears it or a new save replaces it.
 */
import { ident, inTransaction, type Db } from './dbTypes';
import { mark } from './marks';
import { arrowColumnNames, columnsOf, sameColumns, tablesIn } from './tableColumns';
import { CREATE_COMPLAINTS, CREATE_INDICATORS, CREATE_PARAMETERS } from './schema';
import type { FileStore } from './fileStore';
import type { ImportReport, ImportTable } from '../domain/import/types';
import type { StateId } from '../domain/geo/states';

const DATA_TABLES: readonly ImportTable[] = ['complaints', 'indicators', 'parameters'];
const CREATE: Record<ImportTable, string> = { complaints: CREATE_COMPLAINTS, indicators: CREATE_INDICATORS, parameters: CREATE_PARAMETERS };
/** Every table that makes up a dataset: the canonical ones and their quarantines. */
const ALL_TABLES = DATA_TABLES.flatMap((t) => [t, `${t}_quarantine`]);
/** The manifest's format; a copy written by another version is refused, not misread. */
export const FORMAT = 2;
const GEN = /^g(\d+)\.(meta\.json|first\.json|[a-z_]+\.arrow)$/;

export interface SavedDataset {
  format: typeof FORMAT;
  /** the file each canonical table came from (a table not listed is empty) */
  files: Partial<Record<ImportTable, string>>;
  /** the last import report of each table */
  reports: Partial<Record<ImportTable, ImportReport>>;
  savedAt: string;
  /** the state preset (mp, uk, hr) the dataset was detected as or set to; absent in older copies */
  state?: StateId;
}

interface TableEntry { file: string; bytes: number; rows: number; columns: { name: string; type: string }[] }
interface Manifest extends SavedDataset { generation: number; tables: Record<string, TableEntry> }

export type SavedProblem = 'damaged' | 'version';
/** The saved copy exists but cannot be opened; `cause` says what was wrong with it. */
export class SavedCopyError extends Error {
  constructor(readonly problem: SavedProblem, readonly detail: string, readonly savedAt: string | null = null) {
    super(`saved copy ${problem}: ${detail}`);
    this.name = 'SavedCopyError';
  }
}

/** The dataset's display name: its files, complaints first ("a.csv + b.xlsx"). */
export function datasetName(files: Partial<Record<ImportTable, string>>): string {
  return DATA_TABLES.map((t) => files[t]).filter((f): f is string => !!f).join(' + ');
}

function arrowIo(db: Db): Required<Pick<Db, 'exportArrow' | 'importArrow'>> {
  if (!db.exportArrow || !db.importArrow) throw new Error('this database connector cannot read or write Arrow streams');
  return { exportArrow: db.exportArrow.bind(db), importArrow: db.importArrow.bind(db) };
}

/** Column types a manifest may name (anything else is a damaged manifest, never SQL to run). */
const TYPE_OK = /^(VARCHAR|DATE|INTEGER|BIGINT|HUGEINT|SMALLINT|TINYINT|UINTEGER|UBIGINT|DOUBLE|FLOAT|BOOLEAN|TIMESTAMP|DECIMAL\(\d{1,2},\d{1,2}\)|(VARCHAR|INTEGER|BIGINT)\[\]|ENUM\('(?:[^'\\]|'')*'(?:, '(?:[^'\\]|'')*')*\))$/;

function generations(names: string[]): Map<number, Set<string>> {
  const gens = new Map<number, Set<string>>();
  for (const n of names) {
    const m = GEN.exec(n);
    if (!m) continue;
    const g = Number(m[1]);
    if (!gens.has(g)) gens.set(g, new Set());
    gens.get(g)!.add(n);
  }
  return gens;
}

function parseManifest(bytes: Uint8Array, gen: number): Manifest | 'unfinished' | SavedCopyError {
  if (bytes.length === 0) return 'unfinished';
  let m: Manifest;
  try { m = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as Manifest; } catch {
    return new SavedCopyError('damaged', 'the list of saved tables is not readable');
  }
  if (!m || typeof m !== 'object') return new SavedCopyError('damaged', 'the list of saved tables is not readable');
  if (m.format !== FORMAT) return new SavedCopyError('version', `written in format ${String(m.format)}, this version reads ${FORMAT}`, m.savedAt ?? null);
  if (m.generation !== gen || typeof m.tables !== 'object' || !m.tables || typeof m.files !== 'object' || !m.files) {
    return new SavedCopyError('damaged', 'the list of saved tables is incomplete', m.savedAt ?? null);
  }
  for (const [t, e] of Object.entries(m.tables)) {
    if (!ALL_TABLES.includes(t) || e.file !== `g${gen}.${t}.arrow` || !Array.isArray(e.columns) || !e.columns.every((c) => typeof c.name === 'string' && TYPE_OK.test(c.type))) {
      return new SavedCopyError('damaged', `the entry for table ${t} is not valid`, m.savedAt ?? null);
    }
  }
  return { ...m, reports: m.reports ?? {} };
}

/** The newest finished generation's manifest, or null when nothing is saved. */
async function newest(store: FileStore): Promise<{ gen: number; manifest: Manifest } | SavedCopyError | null> {
  const gens = [...generations(await store.list()).entries()].sort((a, b) => b[0] - a[0]);
  for (const [gen, names] of gens) {
    if (!names.has(`g${gen}.meta.json`)) continue; // a save that never finished
    const m = parseManifest(await store.read(`g${gen}.meta.json`), gen);
    if (m === 'unfinished') continue;
    if (m instanceof SavedCopyError) return m;
    return { gen, manifest: m };
  }
  return null;
}

/** What is saved (without loading it), or null; a manifest that cannot be read throws SavedCopyError. */
export async function readSaved(store: FileStore): Promise<SavedDataset | null> {
  const n = await newest(store);
  if (n instanceof SavedCopyError) throw n;
  if (!n) return null;
  const { generation: _g, tables: _t, ...meta } = n.manifest;
  return meta;
}

/** The newest finished generation's metadata and first-screen snapshot bytes (null: none), or null (nothing / bad manifest). */
export async function readFirstScreen(store: FileStore): Promise<{ meta: SavedDataset; first: Uint8Array | null } | null> {
  const n = await newest(store).catch(() => null);
  if (!n || n instanceof SavedCopyError) return null;
  const { generation: _g, tables: _t, ...meta } = n.manifest;
  const first = await store.read(`g${n.gen}.first.json`).catch(() => null);
  return { meta, first };
}

/**
 * Save the tables loaded now with `meta` as a new generation; on success remove the older ones.
 * On failure the files of the unfinished generation are removed (best effort) and the error is
 * thrown; the previous generation is untouched either way.
 */
export async function saveDataset(db: Db, store: FileStore, meta: SavedDataset, firstScreen?: () => Promise<Uint8Array | null>): Promise<void> {
  const io = arrowIo(db);
  const existing = generations(await store.list());
  const gen = Math.max(0, ...existing.keys()) + 1;
  const have = await tablesIn(db);
  const tables: Record<string, TableEntry> = {};
  const written: string[] = [];
  try {
    for (const t of ALL_TABLES) {
      if (!have.has(t)) continue;
      const columns = await columnsOf(db, t);
      const rows = (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${ident(t)}`))[0].n;
      // ENUMs travel as text (Arrow dictionaries across batches do not come back reliably) and are cast back on restore
      const select = columns.map((c) => (c.type.startsWith('ENUM') ? `CAST(${ident(c.name)} AS VARCHAR) AS ${ident(c.name)}` : ident(c.name))).join(', ');
      const pieces = await io.exportArrow(`SELECT ${select} FROM ${ident(t)}`);
      const file = `g${gen}.${t}.arrow`;
      written.push(file);
      await store.write(file, pieces);
      tables[t] = { file, bytes: pieces.reduce((n, p) => n + p.byteLength, 0), rows, columns };
    }
    // this copy's first screen (savedSnapshot.ts) before its manifest: never read with another generation's tables
    const first = firstScreen ? await firstScreen().catch(() => null) : null;
    if (first) { written.push(`g${gen}.first.json`); await store.write(`g${gen}.first.json`, first); }
    const manifest: Manifest = { ...meta, format: FORMAT, generation: gen, tables };
    written.push(`g${gen}.meta.json`);
    await store.write(`g${gen}.meta.json`, new TextEncoder().encode(JSON.stringify(manifest)));
  } catch (e) {
    for (const f of written) await store.remove(f).catch(() => {});
    throw e;
  }
  for (const [g, names] of existing) if (g !== gen) for (const f of names) await store.remove(f).catch(() => {});
}

/**
 * Load the saved copy into the database (replacing what is there); every canonical table exists
 * afterwards (empty when not saved). Returns what was restored, or null when nothing is saved.
 * A copy that cannot be read throws SavedCopyError and leaves the loaded tables as they were.
 */
export async function restoreDataset(db: Db, store: FileStore, engine?: Promise<unknown>): Promise<SavedDataset | null> {
  const n = await newest(store);
  if (n instanceof SavedCopyError) throw n;
  if (!n) return null;
  const { manifest } = n;
  const io = arrowIo(db);
  const staged: string[] = [];
  const damaged = (why: string) => new SavedCopyError('damaged', why, manifest.savedAt);
  // every file read at once, while the engine (`engine`: its start, which fails as itself) starts
  const reads = Object.values(manifest.tables).map((e) => store.read(e.file).then((b) => b, (err: unknown) => err as Error));
  try {
    for (const [i, [t, e]] of Object.entries(manifest.tables).entries()) {
      const bytes = await reads[i];
      if (!(bytes instanceof Uint8Array)) throw damaged(`the file of table ${t} is missing (${bytes.name ?? bytes})`);
      await engine;
      if (bytes.length !== e.bytes) throw damaged(`table ${t} is ${bytes.length} bytes long, ${e.bytes} were saved`);
      mark(`restore-${t}-read`);
      // read into its table by column position: its column names must be the saved ones in the saved order (two
      // same-type columns swapped would load without an error); every stream this app writes opens with its
      // schema: none readable means damaged bytes, which DuckDB may take for an empty stream (0 rows)
      const names = arrowColumnNames(bytes);
      if (!names) throw damaged(`table ${t} cannot be read (its Arrow schema is missing or damaged)`);
      const want = e.columns.map((c) => c.name);
      if (names.join('\u0000') !== want.join('\u0000')) {
        throw damaged(`table ${t} holds the columns ${names.join(', ')}; ${want.join(', ')} were saved`);
      }
      const tmp = `_restore_${t}`;
      await db.exec(`DROP TABLE IF EXISTS ${ident(tmp)}`);
      staged.push(tmp);
      let got: number;
      try {
        // staged with the saved (TYPE_OK) types, ENUMs cast on the way in: written once, renamed below
        await db.exec(`CREATE TABLE ${ident(tmp)} (${e.columns.map((c) => `${ident(c.name)} ${c.type}`).join(', ')})`);
        await io.importArrow(tmp, bytes, { create: false });
        got = (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${ident(tmp)}`))[0].n;
      } catch (err) { throw damaged(`table ${t} cannot be read (${String((err as Error)?.message ?? err).split('\n')[0]})`); }
      if (got !== e.rows) throw damaged(`table ${t} holds ${got} rows, ${e.rows} were saved`);
    }
    mark('restore-imported');
    const sql: string[] = [];
    const renamed = new Set<string>();
    for (const t of ALL_TABLES) {
      sql.push(`DROP TABLE IF EXISTS ${ident(t)}`);
      const e = manifest.tables[t];
      if (!e) continue;
      if (await sameColumns(db, `_restore_${t}`, e.columns)) {
        // the staged table has the saved columns (created so above): renamed in place, not copied
        sql.push(`ALTER TABLE ${ident(`_restore_${t}`)} RENAME TO ${ident(t)}`);
        renamed.add(`_restore_${t}`);
      } else {
        const cols = e.columns.map((c) => `CAST(${ident(c.name)} AS ${c.type}) AS ${ident(c.name)}`).join(', ');
        sql.push(`CREATE TABLE ${ident(t)} AS SELECT ${cols} FROM ${ident(`_restore_${t}`)}`);
      }
    }
    for (const t of DATA_TABLES) if (!manifest.tables[t]) sql.push(CREATE[t]);
    try { await inTransaction(db, sql); } catch (err) {
      renamed.clear();
      throw damaged(`the tables do not fit their saved columns (${String((err as Error)?.message ?? err).split('\n')[0]})`);
    }
    for (const tmp of renamed) staged.splice(staged.indexOf(tmp), 1);
  } finally {
    for (const tmp of staged) await db.exec(`DROP TABLE IF EXISTS ${ident(tmp)}`).catch(() => {});
  }
  const { generation: _g, tables: _t, ...meta } = manifest;
  return meta;
}


/** Forget the saved copy, damaged or not (the next start loads the embedded sample). */
export async function clearSaved(store: FileStore): Promise<void> {
  for (const f of await store.list()) if (GEN.test(f)) await store.remove(f);
}

/**
 * Empty every canonical table except `keep` (and drop their quarantines): the first import over the
 * embedded sample replaces the whole sample, so synthetic indicators never sit beside real complaints.
 */
export async function emptyOtherTables(db: Db, keep: ImportTable): Promise<void> {
  await inTransaction(db, DATA_TABLES.filter((t) => t !== keep)
    .flatMap((t) => [`DROP TABLE IF EXISTS ${ident(t)}`, `DROP TABLE IF EXISTS ${ident(`${t}_quarantine`)}`, CREATE[t]]));
}
