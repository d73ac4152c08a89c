/**
 * .xlsx → CSV bytes (first sheet), then the CSV path. Dates become ISO `YYYY-MM-DD HH:MM:SS` (so the
 * date sniffing sees ISO), numbers their plain JS text (no thousands separators or exponents for
 * ordinary IDs), booleans TRUE/FALSE. Every row keeps its place, so row numbers are the sheet's.
 */
import { readSheet } from 'read-excel-file/universal';
import { ImportRefused } from '../../domain/import/types';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function cellText(v: unknown): string {
  if (v == null) return '';
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    const d = `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
    const t = `${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}:${pad(v.getUTCSeconds())}`;
    return t === '00:00:00' ? d : `${d} ${t}`;
  }
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e21 ? BigInt(v).toString() : String(v);
  return String(v);
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export async function xlsxToCsv(file: string, bytes: Uint8Array): Promise<Uint8Array> {
  let rows: unknown[][];
  try {
    const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    rows = (await readSheet(buf)) as unknown[][];
  } catch (e) {
    throw new ImportRefused(file, `cannot read the spreadsheet: ${(e as Error).message}`);
  }
  if (!rows.length) throw new ImportRefused(file, 'the first sheet is empty');
  const width = Math.max(...rows.map((r) => r.length));
  // An empty sheet row becomes a row of empty fields (not a blank line) so numbering stays the sheet's.
  const lines = rows.map((r) => Array.from({ length: width }, (_, i) => csvField(cellText(r[i]))).join(','));
  return new TextEncoder().encode(lines.join('\n') + '\n');
}
