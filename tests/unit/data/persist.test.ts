import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { importFile } from '@/data/import/importFile';
import { quarantineCsv } from '@/data/import/quarantine';
import {
  clearSaved, datasetName, emptyOtherTables, readSaved, restoreDataset, saveDataset, type SavedDataset,
} from '@/data/persist';

const enc = (s: string) => new TextEncoder().encode(s);
const COMPLAINTS = [
  'complaint_id,registered_on,district,department,status,closed_on,closure_type',
  'A1,05/01/2024,Bhopal,Health,Closed,10/01/2024,Satisfied',
  'A2,06/01/2024,Indore,Revenue,Open,,',
  'A3,not a date,Indore,Revenue,Open,,',
  'A1,07/01/2024,Bhopal,Health,Open,,',
].join('\n') + '\n';
const INDICATORS = 'period,unit,parameter_id,value,target\n2024-01,Bhopal,P1,5,10\n2024-01,Indore,P1,7,10\n';

async function n(db: Db, table: string): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${table}`))[0].n;
}

describe('saved dataset (a second attached catalog stands in for the OPFS file)', () => {
  let db: Db & { close(): void };
  let meta: SavedDataset;
  beforeAll(async () => {
    db = await createNodeDb();
    await db.exec(`ATTACH ':memory:' AS store`);
    const c = await importFile(db, { name: 'jan.csv', bytes: enc(COMPLAINTS), today: '2025-01-01' });
    const i = await importFile(db, { name: 'ind.csv', bytes: enc(INDICATORS), table: 'indicators', today: '2025-01-01' });
    meta = { format: 1, files: { complaints: 'jan.csv', indicators: 'ind.csv' }, reports: { complaints: c, indicators: i }, savedAt: '2025-01-01T00:00:00Z' };
  });
  afterAll(() => db?.close());

  it('nothing saved at first', async () => {
    expect(await readSaved(db, 'store')).toBeNull();
    expect(await restoreDataset(db, 'store')).toBeNull();
    expect(await n(db, 'complaints')).toBe(2); // restore of nothing leaves the loaded data alone
  });

  it('saves tables, quarantines and meta; restores them over other data', async () => {
    const q = await quarantineCsv(db, 'complaints');
    await saveDataset(db, 'store', meta);
    expect(await n(db, 'store.main.saved_complaints')).toBe(2);
    // other data loaded meanwhile (as the sample would be after a reload)
    await db.exec(`DROP TABLE complaints; CREATE TABLE complaints AS SELECT 1 AS x; DROP TABLE complaints_quarantine; DROP TABLE indicators`);
    const back = await restoreDataset(db, 'store');
    expect(back).toEqual(meta);
    expect(await n(db, 'complaints')).toBe(2);
    expect(await n(db, 'indicators')).toBe(2);
    expect(await quarantineCsv(db, 'complaints')).toBe(q);
    const cols = await db.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'complaints' AND database_name = current_database() ORDER BY column_index`);
    expect(cols.slice(0, 2)).toEqual([{ column_name: 'complaint_id', data_type: 'VARCHAR' }, { column_name: 'registered_on', data_type: 'DATE' }]);
    // parameters was never imported: restored as an empty canonical table
    expect(await n(db, 'parameters')).toBe(0);
  });

  it('a second save replaces the first (no stale quarantine)', async () => {
    await importFile(db, { name: 'clean.csv', bytes: enc('complaint_id,registered_on,district,department,status\nB1,2024-02-01,Bhopal,Health,Open\n'), today: '2025-01-01' });
    await db.exec('DROP TABLE complaints_quarantine');
    await saveDataset(db, 'store', { ...meta, files: { complaints: 'clean.csv' } });
    await db.exec('DELETE FROM complaints');
    const back = await restoreDataset(db, 'store');
    expect(back?.files).toEqual({ complaints: 'clean.csv' });
    expect(await n(db, 'complaints')).toBe(1);
    expect(await quarantineCsv(db, 'complaints')).toBe('');
  });

  it('a save that fails part-way changes nothing and leaves no transaction open', async () => {
    const before = await readSaved(db, 'store');
    // a store catalog that does not exist fails the first statement of the transaction
    await expect(saveDataset(db, 'no_such_catalog', meta)).rejects.toThrow();
    await db.exec('BEGIN TRANSACTION; COMMIT'); // would fail inside an open transaction
    expect(await readSaved(db, 'store')).toEqual(before);
  });

  it('an unreadable meta row counts as nothing saved', async () => {
    await db.exec(`UPDATE store.main.saved_meta SET json = '{"format": 99}'`);
    expect(await readSaved(db, 'store')).toBeNull();
  });

  it('clearSaved forgets everything', async () => {
    await saveDataset(db, 'store', meta);
    await clearSaved(db, 'store');
    expect(await readSaved(db, 'store')).toBeNull();
    const left = await db.query(`SELECT table_name FROM duckdb_tables() WHERE database_name = 'store'`);
    expect(left).toEqual([]);
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
});
