import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { joinPieces, memoryStore, type FileStore } from '@/data/fileStore';
import { importFile } from '@/data/import/importFile';
import { quarantineCsv } from '@/data/import/quarantine';
import {
  clearSaved, datasetName, emptyOtherTables, readFirstScreen, readSaved, restoreDataset, saveDataset, SavedCopyError, FORMAT, type SavedDataset,
} from '@/data/persist';
import { storageProblem } from '@/data/storageErrors';
import { buildSavedSnapshot, parseSavedSnapshot } from '@/data/savedSnapshot';
import { getBuiltinScorecard } from '@/domain/scorecards';
import { datasetSummary } from '@/data/queries/dataset';

const enc = (s: string) => new TextEncoder().encode(s);
const COMPLAINTS = [
  'complaint_id,registered_on,district,department,status,closed_on,closure_type,current_level',
  'A1,05/01/2024,Bhopal,Health,Closed,10/01/2024,Satisfied,2',
  'A2,06/01/2024,Indore,Revenue,Open,,,1',
  'A3,not a date,Indore,Revenue,Open,,,1',
  'A1,07/01/2024,Bhopal,Health,Open,,,3',
].join('\n') + '\n';
const INDICATORS = 'period,unit,parameter_id,value,target\n2024-01,Bhopal,P1,5,10\n2024-01,Indore,P1,7,10\n';

async function n(db: Db, table: string): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`))[0].n;
}
async function columns(db: Db, table: string): Promise<string[]> {
  return (await db.query<{ c: string }>(
    `SELECT column_name || ' ' || data_type AS c FROM duckdb_columns() WHERE table_name = ? AND database_name = current_database() ORDER BY column_index`, [table])).map((r) => r.c);
}
async function content(db: Db, table: string): Promise<string> {
  return JSON.stringify(await db.query(`SELECT * FROM ${table} ORDER BY ALL`));
}

/** A store whose writes fail as the browser's do when the disk is full, from the `after`-th write on. */
function fullDisk(inner: FileStore, after = 0): FileStore {
  let writes = 0;
  return { ...inner, async write(name, bytes) { if (writes++ >= after) throw new DOMException('quota', 'QuotaExceededError'); return inner.write(name, bytes); } };
}

describe('saved dataset: generations of Arrow files with a manifest written last', () => {
  let db: Db & { close(): void };
  let meta: SavedDataset;
  beforeAll(async () => {
    db = await createNodeDb();
    const c = await importFile(db, { name: 'jan.csv', bytes: enc(COMPLAINTS), today: '2025-01-01' });
    const i = await importFile(db, { name: 'ind.csv', bytes: enc(INDICATORS), table: 'indicators', today: '2025-01-01' });
    meta = { format: FORMAT, files: { complaints: 'jan.csv', indicators: 'ind.csv' }, reports: { complaints: c, indicators: i }, savedAt: '2025-01-01T00:00:00Z' };
  });
  afterAll(() => db?.close());

  it('nothing saved at first', async () => {
    const store = memoryStore();
    expect(await readSaved(store)).toBeNull();
    expect(await restoreDataset(db, store)).toBeNull();
    expect(await n(db, 'complaints')).toBe(2); // restore of nothing leaves the loaded data alone
  });

  it('saves tables, quarantines and meta; restores them over other data with the same columns and values', async () => {
    const store = memoryStore();
    const q = await quarantineCsv(db, 'complaints');
    const before = { c: await content(db, 'complaints'), cols: await columns(db, 'complaints'), i: await content(db, 'indicators') };
    await saveDataset(db, store, meta);
    expect([...store.files.keys()].sort()).toEqual(['g1.complaints.arrow', 'g1.complaints_quarantine.arrow', 'g1.indicators.arrow', 'g1.indicators_quarantine.arrow', 'g1.meta.json']);
    await db.exec(`DROP TABLE complaints; CREATE TABLE complaints AS SELECT 1 AS x; DROP TABLE complaints_quarantine; DROP TABLE indicators`);
    const back = await restoreDataset(db, store);
    expect(back).toEqual(meta);
    expect(await content(db, 'complaints')).toBe(before.c);
    expect(await columns(db, 'complaints')).toEqual(before.cols);
    expect(before.cols.slice(0, 2)).toEqual(['complaint_id VARCHAR', 'registered_on DATE']);
    expect(before.cols).toContain('current_level INTEGER');
    expect(await content(db, 'indicators')).toBe(before.i);
    expect(await quarantineCsv(db, 'complaints')).toBe(q);
    expect(await n(db, 'parameters')).toBe(0);
  });

  it('reads every saved file while the engine starts, touches the database only after it; an engine that fails fails the restore as itself', async () => {
    const store = memoryStore();
    await saveDataset(db, store, meta);
    const before = await content(db, 'complaints');
    const read: string[] = [];
    const watching: FileStore = { ...store, async read(name) { read.push(name); return store.read(name); } };
    let started!: () => void;
    const engine = new Promise<void>((r) => { started = r; });
    const queried: string[] = [];
    const watchedDb: Db = { ...db, exec: async (q) => { queried.push(q); return db.exec(q); }, query: async (q, p) => { queried.push(q); return db.query(q, p); } } as Db;
    const restoring = restoreDataset(watchedDb, watching, engine);
    await new Promise((r) => setTimeout(r, 20));
    // every table file of the copy asked for (and the manifest), nothing run on the database yet
    const tableFiles = [...store.files.keys()].filter((f) => f.endsWith('.arrow')).sort();
    expect(tableFiles).toContain('g1.complaints.arrow');
    expect(tableFiles.length).toBeGreaterThanOrEqual(4);
    expect(read.filter((f) => f.endsWith('.arrow')).sort()).toEqual(tableFiles);
    expect(queried).toEqual([]);
    started();
    expect(await restoring).toEqual(meta);
    expect(await content(db, 'complaints')).toBe(before);
    // the engine's own failure, not a "damaged" copy; the loaded tables untouched
    const boom = new Error('the database engine could not start: no wasm');
    const e = await restoreDataset(db, store, Promise.reject(boom)).catch((x) => x);
    expect(e).toBe(boom);
    expect(await content(db, 'complaints')).toBe(before);
  });

  it('keeps the dataset\'s state preset (a copy saved before presets has none)', async () => {
    const store = memoryStore();
    await saveDataset(db, store, { ...meta, state: 'hr' });
    expect((await readSaved(store))?.state).toBe('hr');
    expect((await restoreDataset(db, store))?.state).toBe('hr');
    await saveDataset(db, store, meta);
    expect((await readSaved(store))?.state).toBeUndefined();
  });

  it('keeps BIGINT and ENUM columns as they were (not the doubles and text Arrow carries)', async () => {
    const store = memoryStore();
    await db.exec(`DROP TABLE IF EXISTS parameters; CREATE TABLE parameters AS SELECT 9007199254740993::BIGINT AS big, 'open'::ENUM('open', 'closed') AS st, [1, 2]::INTEGER[] AS l`);
    await saveDataset(db, store, meta);
    await db.exec(`DROP TABLE parameters`);
    await restoreDataset(db, store);
    expect(await columns(db, 'parameters')).toEqual(['big BIGINT', "st ENUM('open', 'closed')", 'l INTEGER[]']);
    expect((await db.query<{ s: string }>(`SELECT big::VARCHAR AS s FROM parameters`))[0].s).toBe('9007199254740992'); // what Arrow-as-double kept
  });

  it('restores an ENUM table straight into its typed table: written once and renamed, never copied a second time', async () => {
    const store = memoryStore();
    await db.exec(`DROP TABLE IF EXISTS parameters; CREATE TABLE parameters AS SELECT 'closed'::ENUM('open', 'closed') AS st, 'x' AS id`);
    await saveDataset(db, store, meta);
    await db.exec(`DROP TABLE parameters`);
    const sql: string[] = [];
    const spy: Db = { ...db, exec: async (q: string) => { sql.push(q); return db.exec(q); } };
    await restoreDataset(spy, store);
    expect(await columns(db, 'parameters')).toEqual(["st ENUM('open', 'closed')", 'id VARCHAR']);
    expect(await content(db, 'parameters')).toBe('[{"st":"closed","id":"x"}]');
    expect(sql.filter((q) => /AS SELECT/i.test(q))).toEqual([]);
    expect(sql.some((q) => q.includes('ALTER TABLE "_restore_parameters" RENAME TO "parameters"'))).toBe(true);
  });

  it('a saved ENUM value the typed table does not allow: SavedCopyError("damaged"), the loaded data untouched', async () => {
    const store = memoryStore();
    await db.exec(`DROP TABLE IF EXISTS parameters; CREATE TABLE parameters AS SELECT 'closed'::ENUM('open', 'closed') AS st`);
    await saveDataset(db, store, meta);
    const m = JSON.parse(new TextDecoder().decode(store.files.get('g1.meta.json')!));
    m.tables.parameters.columns = [{ name: 'st', type: "ENUM('open')" }];
    store.files.set('g1.meta.json', enc(JSON.stringify(m)));
    const e = await restoreDataset(db, store).catch((x: unknown) => x) as SavedCopyError;
    expect(e).toBeInstanceOf(SavedCopyError);
    expect(e.problem).toBe('damaged');
    expect(await columns(db, 'parameters')).toEqual(["st ENUM('open', 'closed')"]);
    expect((await db.query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '_restore_%'`))).toEqual([]);
  });

  it('a second save replaces the first only once it is complete; older files are removed', async () => {
    const store = memoryStore();
    await saveDataset(db, store, meta);
    await importFile(db, { name: 'clean.csv', bytes: enc('complaint_id,registered_on,district,department,status\nB1,2024-02-01,Bhopal,Health,Open\n'), today: '2025-01-01' });
    await db.exec('DROP TABLE IF EXISTS complaints_quarantine');
    await saveDataset(db, store, { ...meta, files: { complaints: 'clean.csv' } });
    expect([...store.files.keys()].every((f) => f.startsWith('g2.'))).toBe(true);
    await db.exec('DELETE FROM complaints');
    const back = await restoreDataset(db, store);
    expect(back?.files).toEqual({ complaints: 'clean.csv' });
    expect(await n(db, 'complaints')).toBe(1);
    expect(await quarantineCsv(db, 'complaints')).toBe('');
  });

  it('a full disk part-way through a save keeps the previous copy whole and says "quota"', async () => {
    const store = memoryStore();
    await saveDataset(db, store, { ...meta, files: { complaints: 'first.csv' } });
    const files = [...store.files.keys()].sort();
    for (const after of [0, 1, 3]) {
      const e = await saveDataset(db, fullDisk(store, after), meta).catch((x) => x);
      expect(storageProblem(e, 5e6)).toEqual({ key: 'quota', values: { free: '5 MB' } });
      expect([...store.files.keys()].sort()).toEqual(files); // nothing of the failed generation left
    }
    expect((await restoreDataset(db, store))?.files).toEqual({ complaints: 'first.csv' });
  });

  it('over nothing saved (the sample): a full disk leaves nothing saved and a clear message', async () => {
    const store = memoryStore();
    const e = await saveDataset(db, fullDisk(store, 2), meta).catch((x) => x);
    expect(storageProblem(e).key).toBe('quota');
    expect(store.files.size).toBe(0);
    expect(await restoreDataset(db, store)).toBeNull();
  });

  it('a save interrupted before its manifest (tab closed) is ignored: the previous copy opens', async () => {
    const store = memoryStore();
    await saveDataset(db, store, { ...meta, files: { complaints: 'first.csv' } });
    // what a closed tab leaves: table files of g2, no manifest (or an empty one, never committed)
    store.files.set('g2.complaints.arrow', new Uint8Array([1, 2, 3]));
    store.files.set('g2.meta.json', new Uint8Array());
    expect((await restoreDataset(db, store))?.files).toEqual({ complaints: 'first.csv' });
    await saveDataset(db, store, meta); // the next save goes past the leftovers and removes them
    expect([...store.files.keys()].every((f) => f.startsWith('g3.'))).toBe(true);
  });

  it('random bytes in a saved table: SavedCopyError("damaged") "cannot be read" naming the table (every time, never an empty table), the loaded data untouched', async () => {
    const store = memoryStore();
    await saveDataset(db, store, meta);
    const size = store.files.get('g1.complaints.arrow')!.length;
    const before = await content(db, 'complaints');
    // DuckDB's reader takes some random streams for empty ones (0 rows, no error): 60 different fillings
    for (let start = 1; start <= 60; start++) {
      let seed = start;
      store.files.set('g1.complaints.arrow', new Uint8Array(size).map(() => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16 & 255));
      const e = await restoreDataset(db, store).catch((x) => x);
      expect(e, `filling ${start}`).toBeInstanceOf(SavedCopyError);
      expect(e.problem).toBe('damaged');
      expect(e.detail, `filling ${start}`).toMatch(/^table complaints cannot be read/);
    }
    expect(await content(db, 'complaints')).toBe(before);
    expect((await db.query(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '_restore_%'`))).toEqual([]);
  });

  it('a saved table whose stream has two same-type columns swapped (it would load by position without an error): refused naming the columns, the loaded data untouched', async () => {
    const store = memoryStore();
    await saveDataset(db, store, meta);
    const m = JSON.parse(new TextDecoder().decode(store.files.get('g1.meta.json')!));
    const cols: string[] = m.tables.complaints.columns.map((c: { name: string }) => c.name);
    const [a, b] = [cols.indexOf('district'), cols.indexOf('department')];
    expect(m.tables.complaints.columns[a].type).toBe(m.tables.complaints.columns[b].type);
    const swapped = cols.slice();
    [swapped[a], swapped[b]] = [swapped[b], swapped[a]];
    const type = new Map<string, string>(m.tables.complaints.columns.map((c: { name: string; type: string }) => [c.name, c.type]));
    // written as a save writes (ENUMs as text), only the order of the two columns changed
    const bytes = joinPieces(await db.exportArrow!(`SELECT ${swapped.map((c) => (type.get(c)!.startsWith('ENUM') ? `CAST("${c}" AS VARCHAR) AS "${c}"` : `"${c}"`)).join(', ')} FROM complaints`));
    store.files.set('g1.complaints.arrow', bytes);
    m.tables.complaints.bytes = bytes.length;
    store.files.set('g1.meta.json', enc(JSON.stringify(m)));
    const before = await content(db, 'complaints');
    const e = await restoreDataset(db, store).catch((x) => x);
    expect(e).toBeInstanceOf(SavedCopyError);
    expect(e.problem).toBe('damaged');
    expect(e.detail).toMatch(/complaints holds the columns .*department, district/);
    expect(await content(db, 'complaints')).toBe(before);
  });

  it('a truncated table file, a missing one, a manifest of another version or with SQL in a type: refused with the cause', async () => {
    const store = memoryStore();
    await saveDataset(db, store, meta);
    const good = new Map(store.files);
    const cases: [string, () => void, RegExp][] = [
      ['damaged', () => store.files.set('g1.indicators.arrow', good.get('g1.indicators.arrow')!.slice(0, 10)), /indicators is 10 bytes long/],
      ['damaged', () => store.files.delete('g1.indicators.arrow'), /indicators is missing/],
      ['version', () => store.files.set('g1.meta.json', enc(JSON.stringify({ ...JSON.parse(new TextDecoder().decode(good.get('g1.meta.json')!)), format: 99 }))), /format 99/],
      ['damaged', () => store.files.set('g1.meta.json', enc('{"format": 2, "tabl')), /not readable/],
      ['damaged', () => {
        const m = JSON.parse(new TextDecoder().decode(good.get('g1.meta.json')!));
        m.tables.complaints.columns[0].type = 'VARCHAR) AS x FROM (SELECT 1); DROP TABLE indicators; --';
        store.files.set('g1.meta.json', enc(JSON.stringify(m)));
      }, /complaints is not valid/],
    ];
    for (const [problem, damage, cause] of cases) {
      store.files.clear();
      for (const [k, v] of good) store.files.set(k, v);
      damage();
      const e = await restoreDataset(db, store).catch((x) => x);
      expect(e).toBeInstanceOf(SavedCopyError);
      expect(e.problem).toBe(problem);
      expect(e.detail).toMatch(cause);
    }
    expect(await n(db, 'indicators')).toBe(2);
  });

  it('clearSaved forgets everything, a damaged copy included; then a save works again', async () => {
    const store = memoryStore();
    await saveDataset(db, store, meta);
    store.files.set('g1.meta.json', enc('garbage'));
    await expect(readSaved(store)).rejects.toBeInstanceOf(SavedCopyError);
    store.files.set('unrelated.txt', enc('x'));
    await clearSaved(store);
    expect([...store.files.keys()]).toEqual(['unrelated.txt']);
    expect(await readSaved(store)).toBeNull();
    await saveDataset(db, store, meta);
    expect((await readSaved(store))?.files).toEqual(meta.files);
  });

  it('storageProblem names the cause from the error type, not its text', () => {
    expect(storageProblem(new DOMException('x', 'NotFoundError')).key).toBe('gone');
    expect(storageProblem(new DOMException('x', 'SecurityError')).key).toBe('blocked');
    expect(storageProblem(new DOMException('x', 'NoModificationAllowedError')).key).toBe('busy');
    expect(storageProblem(new RangeError('Maximum call stack size exceeded')).key).toBe('tooBig');
    expect(storageProblem(new SavedCopyError('damaged', 'why', '2025-01-01'))).toEqual({ key: 'damaged', values: { cause: 'why', when: '2025-01-01' } });
    expect(storageProblem(new Error('boom\nstack')).values.msg).toBe('boom');
  });

  it('emptyOtherTables keeps one table and empties the rest with their canonical columns', async () => {
    await importFile(db, { name: 'ind.csv', bytes: enc(INDICATORS), table: 'indicators', today: '2025-01-01' });
    await emptyOtherTables(db, 'indicators');
    expect(await n(db, 'indicators')).toBe(2);
    expect(await n(db, 'complaints')).toBe(0);
    expect(await n(db, 'parameters')).toBe(0);
    const q = await db.query(`SELECT table_name FROM duckdb_tables() WHERE table_name = 'complaints_quarantine'`);
    expect(q).toEqual([]);
    const cols = await db.query<{ c: number }>(`SELECT count(*)::INTEGER AS c FROM duckdb_columns() WHERE table_name = 'complaints' AND database_name = current_database()`);
    expect(cols[0].c).toBe(19);
  });

  it('names a dataset by its files, complaints first', () => {
    expect(datasetName({ indicators: 'b.xlsx', complaints: 'a.csv' })).toBe('a.csv + b.xlsx');
    expect(datasetName({ indicators: 'b.xlsx' })).toBe('b.xlsx');
    expect(datasetName({})).toBe('');
  });

  it('keeps a first-screen snapshot per generation, written before its manifest and removed with it', async () => {
    const store = memoryStore();
    const order: string[] = [];
    const spy: FileStore = { ...store, write: async (f, b) => { order.push(f); return store.write(f, b); } };
    const card = getBuiltinScorecard('mp-cm-helpline')!;
    await saveDataset(db, spy, meta, () => buildSavedSnapshot(db, card));
    expect(order.slice(-2)).toEqual(['g1.first.json', 'g1.meta.json']);
    const got = await readFirstScreen(store);
    const snap = parseSavedSnapshot(got!.first);
    expect(got!.meta).toEqual(meta);
    expect(snap!.summary).toEqual(await datasetSummary(db));
    expect(snap!.card.id).toBe('mp-cm-helpline');
    expect(Object.keys(snap!.inputs)).toEqual(snap!.summary.months.slice(-6));
    // a later save without one: the older generation's snapshot goes with it, never read with the new tables
    await saveDataset(db, store, meta, async () => null);
    expect([...store.files.keys()].filter((f) => f.includes('first'))).toEqual([]);
    expect((await readFirstScreen(store))!.first).toBeNull();
    // a failing snapshot does not fail the save
    await saveDataset(db, store, meta, async () => { throw new Error('boom'); });
    expect(await readSaved(store)).toEqual(meta);
    expect(parseSavedSnapshot(enc('{"format":1,"summary":'))).toBeNull();
    expect(parseSavedSnapshot(enc('{"format":1}'))).toBeNull();
    await clearSaved(store);
    expect(store.files.size).toBe(0);
  });
});
