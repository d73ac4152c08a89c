/**
 * A quick look at a file before importing it (pure): the first ~64 KB decoded the importer's way
 * (encoding sniffing), delimiter and header found by the importer's sniffer, the first rows parsed
 * with PapaParse, and the date format each date column would get.
 */
import { decodeToUtf8, sniffTable } from '../../domain/import/sniff';
import { chooseDate } from './complaintsPlan';
import { sampleOf } from './sample';
import { COMPLAINT_DATE_COLUMNS } from '../schema';
import { errorLine } from '../errors';
import { ImportRefused } from '../../domain/import/types';
import { guessTable, type MapTable } from './mappingModel';

export const PREVIEW_BYTES = 1 << 16;

export interface Preview {
  file: string;
  format: 'csv' | 'xlsx';
  encoding: string;
  delimiter: string;
  /** file row of the header (1 = first line) */
  headerRow: number;
  headers: string[];
  /** parsed data rows from the previewed part */
  rows: string[][];
  /** the previewed part is only the start of the file */
  partial: boolean;
  /** the table the headers look like */
  guessed: MapTable;
}

const LF = 10;

/** Bytes of the first part of a file, cut after its last complete line (not for UTF-16). */
function cutAtLine(b: Uint8Array): Uint8Array {
  const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff) || b.subarray(0, 1024).includes(0);
  if (utf16) return b.subarray(0, b.length & ~1);
  const i = b.lastIndexOf(LF);
  return i > 0 ? b.subarray(0, i + 1) : b;
}

/**
 * Preview of `head` (the whole file when `partial` is false). The table is guessed from the
 * headers unless given. Throws ImportRefused when the part cannot be read as a table at all.
 */
export function previewBytes(file: string, head: Uint8Array, partial: boolean, table?: MapTable, format: Preview['format'] = 'csv'): Preview {
  const part = partial ? cutAtLine(head) : head;
  const dec = decodeToUtf8(file, part);
  const text = new TextDecoder('utf-8').decode(dec.bytes);
  let sniff = sniffTable(file, text, '', table ?? 'complaints');
  const guessed = guessTable(sniff.headers);
  if (!table && guessed !== 'complaints') sniff = sniffTable(file, text, '', guessed);
  return {
    file, format, encoding: dec.encoding, delimiter: sniff.delimiter, headerRow: sniff.headerLine + 1,
    headers: sniff.headers, rows: sniff.sample, partial, guessed,
  };
}

/** The date format the import would pick for each mapped date column (from the previewed rows). */
export function previewDateFormats(p: Preview, assigned: Record<string, string | null>): Record<string, string> {
  const idx = (h: string | null) => (h == null ? -1 : p.headers.indexOf(h));
  const cols = COMPLAINT_DATE_COLUMNS.filter((c) => idx(assigned[c] ?? null) >= 0);
  const pooled = cols.flatMap((c) => sampleOf(p.rows, idx(assigned[c]!)));
  return Object.fromEntries(cols.map((c) => [c, chooseDate(sampleOf(p.rows, idx(assigned[c]!)), undefined, pooled).format]));
}

/** One message for a preview that failed. */
export function previewError(e: unknown): string {
  return e instanceof ImportRefused ? e.message : errorLine(e);
}
