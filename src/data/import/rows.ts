/**
 * File row numbers. A row number is the line of the file where the record starts: the header is
 * row 1 (unless title lines come first), the first data row row 2. DuckDB numbers the records it
 * returns 1, 2, 3... (the "ordinal"); blank lines, records DuckDB refused and values spanning lines
 * make ordinals and lines drift apart, so this module maps one to the other.
 */
import { ImportRefused } from '../../domain/import/types';

/** How many row numbers an issue lists. */
export const FIRST_ROWS = 20;

/** ordinal → file row: row = base + ordinal + offset of the last shift at or before the ordinal. */
export interface RowMap { base: number; shifts: { ordinal: number; offset: number }[] }

export function fileRow(map: RowMap, ordinal: number): number {
  let off = 0;
  let lo = 0, hi = map.shifts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map.shifts[mid].ordinal <= ordinal) { off = map.shifts[mid].offset; lo = mid + 1; } else hi = mid - 1;
  }
  return map.base + ordinal + off;
}

/** SQL giving the file row of ordinal column `r` (only for the few rows reported). */
export function fileRowSql(map: RowMap, r: string): string {
  if (!map.shifts.length) return `(${r} + ${map.base})`;
  const values = map.shifts.map((s) => `(${s.ordinal}, ${s.offset})`).join(', ');
  return `(${r} + ${map.base} + coalesce((SELECT arg_max(s.off, s.ord) FROM (VALUES ${values}) s(ord, off) WHERE s.ord <= ${r}), 0))`;
}

const LF = 10, CR = 13, QUOTE = 34;

/**
 * Cheap look at the data region (after the header line): the number of non-blank lines, whether
 * a blank line comes before more data, and whether the last non-blank line has an odd number of
 * quotes. If DuckDB's record count matches, there is no inner blank line and the last line's quotes
 * pair up, ordinal + base is the row number and no full scan is needed. (An odd last line either
 * ends a value that spans lines or opens one never closed — which DuckDB reads as NULL at the end of
 * the file, without a reject — so the full scan decides, and refuses the second.)
 */
export function quickLines(b: Uint8Array, headerLine: number): { dataLines: number; innerBlank: boolean; lastQuotesOdd: boolean } {
  const nl = b.indexOf(LF) >= 0 ? LF : CR;
  let pos = 0;
  for (let i = 0; i <= headerLine && pos >= 0; i++) { const j = b.indexOf(nl, pos); pos = j < 0 ? -1 : j + 1; }
  if (pos < 0 || pos >= b.length) return { dataLines: 0, innerBlank: false, lastQuotesOdd: false };
  let lines = 0, blankPending = false, innerBlank = false, last = [0, 0];
  while (pos < b.length) {
    let j = b.indexOf(nl, pos);
    if (j < 0) j = b.length;
    const empty = j === pos || (j === pos + 1 && nl === LF && b[pos] === CR);
    if (empty) blankPending = true;
    else { lines++; if (blankPending) innerBlank = true; last = [pos, j]; }
    pos = j + 1;
  }
  let quotes = 0;
  for (let k = last[0]; k < last[1]; k++) if (b[k] === QUOTE) quotes++;
  return { dataLines: lines, innerBlank, lastQuotesOdd: quotes % 2 === 1 };
}

/**
 * Full quote-aware scan (RFC 4180, `"` quotes, `""` escapes): the start line of every non-blank
 * record after the header. Refuses a file whose quoted value is never closed (DuckDB would swallow
 * the rest of the file into it).
 */
export function recordStartLines(file: string, b: Uint8Array, headerLine: number, delimiter: string): number[] {
  const starts: number[] = [];
  const delim = delimiter.charCodeAt(0);
  let line = 1, inQuotes = false, atRecordStart = true, fieldStart = true, recordLine = 1, lineHasContent = false;
  let quoteLine = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (inQuotes) {
      if (c === QUOTE) {
        if (b[i + 1] === QUOTE) i++; else inQuotes = false;
      } else if (c === LF || (c === CR && b[i + 1] !== LF)) line++;
      continue;
    }
    if (c === LF || c === CR) {
      if (c === CR && b[i + 1] === LF) i++;
      if (lineHasContent && recordLine > headerLine + 1) starts.push(recordLine);
      line++;
      atRecordStart = true; fieldStart = true; lineHasContent = false;
      continue;
    }
    if (atRecordStart) { recordLine = line; atRecordStart = false; }
    lineHasContent = true;
    if (c === QUOTE && fieldStart) { inQuotes = true; quoteLine = line; }
    fieldStart = c === delim;
  }
  if (inQuotes) throw new ImportRefused(file, `row ${recordLine}: a quoted value opened on line ${quoteLine} is never closed (missing ")`, null, recordLine);
  if (lineHasContent && recordLine > headerLine + 1) starts.push(recordLine);
  return starts;
}

/**
 * Build the ordinal → row map from the record start lines, leaving out the lines DuckDB refused
 * (its rejects table gives their line numbers).
 */
export function rowMapFromStarts(headerLine: number, starts: number[], rejectedLines: Set<number>): RowMap {
  const base = headerLine + 1;
  const shifts: RowMap['shifts'] = [];
  let ordinal = 0, last = 0;
  for (const s of starts) {
    if (rejectedLines.has(s)) continue;
    ordinal++;
    const off = s - base - ordinal;
    if (off !== last) { shifts.push({ ordinal, offset: off }); last = off; }
  }
  return { base, shifts };
}
