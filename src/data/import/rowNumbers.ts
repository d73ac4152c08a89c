/**
 * File row numbers for a staged import (rows.ts does the byte work): worked out on first use, or at
 * once where the bytes are at hand, DuckDB set records aside, or it may not have read up to the
 * file's last line (a quote left open: recordStartLines refuses such a file).
 */
import { ident, type Db } from '../dbTypes';
import { quickLines, recordStartLines, rowMapFromStarts, type RowMap } from './rows';
import type { StageInput } from './staging';

/** Whether the last record loaded (file order) has key `key` (trimmed; see StageInput.lazyRows). */
async function lastRecordIs(db: Db, S: string, keyCols: readonly string[], key: string | null, rows: number): Promise<boolean> {
  if (key == null || keyCols.length !== 1 || rows < 1) return false;
  // (the staging table is written in file order: rowid rows − 1 is the last record; a rowid filter reads one row)
  const [r] = await db.query<{ k: string | null }>(`SELECT trim(CAST(${ident(keyCols[0])} AS VARCHAR)) AS k FROM ${S} WHERE rowid = ${rows - 1}`);
  return r != null && r.k === key;
}

/**
 * The row map getter. Cheap when DuckDB's records are exactly the non-blank lines after the header
 * (plain text); otherwise the quote-aware scan of the bytes.
 */
export async function rowNumbers(a: {
  db: Db; S: string; inp: Pick<StageInput, 'file' | 'src' | 'bytes' | 'plain' | 'lazyRows'>; key: readonly string[]; rejectLines: number[]; total: number;
}): Promise<() => Promise<RowMap>> {
  const { inp, rejectLines, total } = a;
  const { headerLine, delimiter } = inp.src.sniff;
  let map: Promise<RowMap> | null = null;
  const rowMapOf = () => (map ??= (async () => {
    if (!(await inp.plain()) || rejectLines.length) {
      const bytes = await inp.bytes();
      const quick = quickLines(bytes, headerLine);
      if (quick.innerBlank || quick.lastQuotesOdd || rejectLines.length > 0 || total + rejectLines.length !== quick.dataLines) {
        return rowMapFromStarts(headerLine, recordStartLines(inp.file, bytes, headerLine, delimiter), new Set(rejectLines));
      }
    }
    return { base: headerLine + 1, shifts: [] };
  })());
  if (!inp.lazyRows || rejectLines.length || !(await lastRecordIs(a.db, a.S, a.key, inp.lazyRows.lastKey, total))) await rowMapOf();
  return rowMapOf;
}
