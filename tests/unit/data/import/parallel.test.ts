/**
 * The native engine reads with read_csv's parallel reader (Db.parallelCsv): the records stay in file
 * order, so row numbers, quarantine, duplicates (first kept) and the loaded table are those of the
 * browser's serial read; a file it refuses (a quoted newline, with null_padding) is read serially.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/data/dbTypes';
import { createNodeDb } from '@/data/nodeDb';
import { createNativeDb, nativeAvailable } from '@/data/nativeDb';
import type { ImportReport } from '@/domain/import/types';
import { GOOD, HEADER, imp } from './helpers';

const hasNative = await nativeAvailable();

/** ~45 MB, bigger than one reader buffer, with rejected and duplicate rows near the start, middle and end. */
function bigFile(extra?: (i: number) => string | null): Uint8Array {
  const n = 600_000;
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const x = extra?.(i);
    if (x != null) { lines.push(x); continue; }
    if (i % 100_003 === 7) lines.push(`C${i - 1},05/01/2024,Bhopal,Health,Closed,10/01/2024,Satisfied`); // duplicate id
    else if (i % 150_001 === 11) lines.push(`C${i},31/02/2024,Indore,Health,Open,,`); // bad date
    else if (i % 200_003 === 13) lines.push(`C${i},05/01/2024,Bhopal,Health,Closed,10/01/2024,Satisfied,x,y`); // too many fields
    else if (i % 170_001 === 17) lines.push(`C${i},05/01/2024,Bhopal`); // short row
    else lines.push(`C${i},${String(1 + (i % 28)).padStart(2, '0')}/01/2024,${i % 2 ? 'Bhopal' : 'Indore'},Health,${i % 3 ? 'Closed' : 'Open'},${i % 3 ? '30/01/2024' : ''},${i % 3 ? 'Satisfied' : ''}`);
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

const strip = (r: ImportReport) => ({ ...r, ms: 0, steps: {} });

describe.skipIf(!hasNative)('parallel read on the native engine', () => {
  let wasm: Db & { close(): void };
  let native: Db & { close(): void };
  beforeAll(async () => {
    wasm = await createNodeDb();
    native = await createNativeDb({ threads: 2 });
  });
  afterAll(() => { wasm.close(); native.close(); });

  const table = (db: Db) => db.query('SELECT * FROM complaints ORDER BY rowid LIMIT 5 OFFSET 299990');
  const quarantine = (db: Db) => db.query('SELECT * FROM complaints_quarantine ORDER BY 1, 2');

  it('gives the serial read\'s report, quarantine and table order', async () => {
    expect(native.parallelCsv).toBe(true);
    const bytes = bigFile();
    const a = await imp(wasm, bytes);
    const b = await imp(native, bytes);
    expect(a.rejected).toBeGreaterThan(5);
    expect(strip(b)).toEqual(strip(a));
    expect(await quarantine(native)).toEqual(await quarantine(wasm));
    expect(await table(native)).toEqual(await table(wasm));
  }, 120_000);

  it('reads a file with a quoted newline serially and gives the same result', async () => {
    const bytes = bigFile((i) => (i === 400_000 ? `Q1,05/01/2024,"Bho\npal",Health,Open,,` : i === 3 ? GOOD : null));
    const a = await imp(wasm, bytes);
    // (the parallel reader's refusal seen, then the serial read)
    const refused: string[] = [];
    const spy: Db = { ...native, parallelCsv: true, exec: (sql) => native.exec(sql).catch((e: Error) => { refused.push(e.message); throw e; }) };
    const b = await imp(spy, bytes);
    expect(refused.some((m) => /parallel scanner/.test(m))).toBe(true);
    expect(strip(b)).toEqual(strip(a));
    expect(await quarantine(native)).toEqual(await quarantine(wasm));
    expect(await table(native)).toEqual(await table(wasm));
  }, 120_000);
});
