/**
 * Sniffing the shape of a text table before DuckDB reads it: encoding (→ UTF-8 bytes), delimiter,
 * header row, and a sample of rows for date-format sniffing. Pure (TextDecoder + PapaParse).
 */
import { pause } from './pause';
import Papa from 'papaparse';
import { headerScore } from './headers';
import { ImportRefused, type ImportTable } from './types';

type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Decoded {
  /** UTF-8 bytes, without BOM, for DuckDB */
  bytes: Uint8Array;
  encoding: Encoding;
  notes: string[];
  /**
   * No quote character and no blank line anywhere: every line after the header is one record, so
   * row numbers need no scan (unless DuckDB refuses a row).
   */
  plain: boolean;
}

function isPlain(text: string): boolean {
  return text.indexOf('"') < 0 && text.indexOf('\n\n') < 0 && text.indexOf('\n\r\n') < 0 && text.indexOf('\r\r') < 0;
}

const SAMPLE = 1 << 16;

export function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

function refuseBinary(file: string, b: Uint8Array): never {
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    throw new ImportRefused(file, 'old Excel .xls (or another OLE) file is not supported: save it as .xlsx or CSV');
  }
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) throw new ImportRefused(file, 'a PDF is not a table: export the data as CSV or .xlsx');
  throw new ImportRefused(file, 'not a text table (binary content): expected CSV, TSV or .xlsx');
}

/** UTF-16 without BOM: ASCII text has a zero byte in every other position. */
function utf16Guess(s: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(s.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) { if (s[i] === 0) even++; if (s[i + 1] === 0) odd++; }
  const half = n / 2;
  if (odd > 0.3 * half && even < 0.05 * half) return 'utf-16le';
  if (even > 0.3 * half && odd < 0.05 * half) return 'utf-16be';
  return null;
}

function looksBinary(s: Uint8Array): boolean {
  const n = Math.min(s.length, SAMPLE);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const c = s[i];
    if (c === 0) return true;
    if (c < 9 || (c > 13 && c < 32) || c === 127) ctrl++;
  }
  return ctrl > 0.02 * n;
}

/** Files at least this big are not decoded in full up front when they look like UTF-8 (see decodeFast). */
export const FAST_DECODE_MIN = 4 << 20;

/**
 * The cheap start for a big file that looks like UTF-8 (no UTF-16 BOM or zero-byte pattern, not
 * binary, its first 64 KB valid UTF-8): the bytes go to DuckDB as they are, without decoding all of
 * them here. DuckDB checks every value's UTF-8 as it reads (a bad byte sequence makes an "INVALID
 * ENCODING" reject); the importer then starts again with decodeToUtf8, which handles such files.
 * `plain` is left to plainBytes (run while DuckDB reads). Null when the file needs decodeToUtf8.
 * `size`: the whole file's size when `bytes` is only its head (a file read in place).
 */
export function decodeFast(bytes: Uint8Array, size = bytes.length): Omit<Decoded, 'plain'> | null {
  if (size < FAST_DECODE_MIN) return null;
  const b = bytes;
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return null;
  const bom = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  const body = bom ? b.subarray(3) : b;
  if (utf16Guess(body) || looksBinary(body)) return null;
  // The head must decode on its own: cut at a line end so no character is split.
  const head = body.subarray(0, Math.min(body.length, SAMPLE));
  const cut = head.lastIndexOf(10);
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(cut > 0 ? head.subarray(0, cut) : head);
  } catch {
    return null;
  }
  return { bytes: body, encoding: bom ? 'utf-8-bom' : 'utf-8', notes: [] };
}

/**
 * Decoded.plain computed on UTF-8 bytes (no quote byte, no blank line), in 2 MB slices with a pause
 * between them so the page stays responsive and DuckDB's worker can run alongside.
 */
export async function plainBytes(b: Uint8Array, slice = 2 << 20): Promise<boolean> {
  const LF = 10, CR = 13;
  for (let from = 0; from < b.length; from += slice) {
    // this slice plus the two bytes after it (a blank line may straddle the cut)
    const v = b.subarray(from, Math.min(b.length, from + slice + 2));
    const n = Math.min(slice, b.length - from);
    if (v.indexOf(34) >= 0) return false;
    for (let i = v.indexOf(LF); i >= 0 && i < n; i = v.indexOf(LF, i + 1)) {
      if (v[i + 1] === LF || (v[i + 1] === CR && v[i + 2] === LF)) return false;
    }
    for (let i = v.indexOf(CR); i >= 0 && i < n; i = v.indexOf(CR, i + 1)) {
      if (v[i + 1] === CR) return false;
    }
    if (from + slice < b.length) await pause();
  }
  return true;
}

/**
 * Bytes of a text table → UTF-8 bytes. UTF-8 (with or without BOM) passes through unchanged (the
 * BOM is cut off); UTF-16 LE/BE (BOM or zero-byte pattern) is transcoded with TextDecoder; text that
 * is not valid UTF-8 and has no UTF-8 multi-byte sequences at all is read as Windows-1252; a mostly
 * UTF-8 file with a few broken bytes keeps its rows, the broken bytes becoming U+FFFD (noted).
 */
export function decodeToUtf8(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new ImportRefused(file, 'the file is empty');
  const b = bytes;
  if (b[0] === 0xff && b[1] === 0xfe) return transcode(b.subarray(2), 'utf-16le');
  if (b[0] === 0xfe && b[1] === 0xff) return transcode(b.subarray(2), 'utf-16be');
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return checkUtf8(file, b.subarray(3), 'utf-8-bom');
  const g = utf16Guess(b);
  if (g) return transcode(b, g);
  if (looksBinary(b)) refuseBinary(file, b);
  return checkUtf8(file, b, 'utf-8');
}

function transcode(b: Uint8Array, enc: 'utf-16le' | 'utf-16be'): Decoded {
  const text = new TextDecoder(enc).decode(b);
  return { bytes: new TextEncoder().encode(text), encoding: enc, notes: [], plain: isPlain(text) };
}

function checkUtf8(file: string, b: Uint8Array, enc: Encoding): Decoded {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(b);
    return { bytes: b, encoding: enc, notes: [], plain: isPlain(text) };
  } catch {
    if (looksBinary(b)) refuseBinary(file, b);
    const text = new TextDecoder('utf-8').decode(b);
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    // (any character outside ASCII, the replacement character aside)
    // eslint-disable-next-line no-control-regex
    const good = (text.match(/[^\x00-\x7F\uFFFD]/g) ?? []).length;
    if (good === 0) {
      const t1252 = new TextDecoder('windows-1252').decode(b);
      return { bytes: new TextEncoder().encode(t1252), encoding: 'windows-1252', notes: [], plain: isPlain(t1252) };
    }
    return {
      bytes: new TextEncoder().encode(text), encoding: enc, plain: isPlain(text),
      notes: [`${bad} byte sequence(s) were not valid UTF-8 and were replaced by "\uFFFD"`],
    };
  }
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

export interface TableSniff {
  delimiter: string;
  /** 0-based physical line of the header (lines before it are titles) */
  headerLine: number;
  headers: string[];
  /** parsed rows after the header from the start (and the end) of the file, for format sniffing */
  sample: string[][];
  /** most fields seen on a row of the sample */
  maxFields: number;
}

function parseLines(text: string, delimiter: string): string[][] {
  return Papa.parse<string[]>(text, { delimiter, quoteChar: '"', skipEmptyLines: false }).data;
}

/** Up to `bytes` of UTF-8 text from the start of `b`, cut at the last complete line. */
export function headText(b: Uint8Array, bytes = 1 << 18): string {
  const part = b.subarray(0, bytes);
  const text = new TextDecoder('utf-8').decode(part);
  if (part.length === b.length) return text;
  const cut = text.lastIndexOf('\n');
  return cut > 0 ? text.slice(0, cut) : text;
}

/** The last `bytes` of `b` as text, starting after the first line break. */
export function tailText(b: Uint8Array, bytes = 1 << 16): string {
  if (b.length <= bytes * 4) return '';
  return tailTextOf(b.subarray(b.length - bytes));
}

/** The whole lines of a file's last bytes `tail` (what comes after its first line end). */
export function tailTextOf(tail: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(tail);
  const cut = text.indexOf('\n');
  return cut >= 0 ? text.slice(cut + 1) : '';
}

/**
 * Delimiter: of comma, semicolon, tab and pipe, the one giving the most rows with the modal field
 * count (> 1) in the first lines. Header: among the first 20 lines, the line with the most known
 * column names; the first non-empty line when none is known.
 */
export function sniffTable(file: string, head: string, tail: string, table: ImportTable): TableSniff {
  const lines = head.split(/\r\n|\n|\r/).slice(0, 200);
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  if (!nonEmpty.length) throw new ImportRefused(file, 'the file has no text rows');
  let best = { delimiter: ',', score: -1 };
  for (const d of DELIMITERS) {
    const counts = parseLines(nonEmpty.slice(0, 50).join('\n'), d).map((r) => r.length);
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 1) freq.set(c, (freq.get(c) ?? 0) + 1);
    let score = 0;
    for (const [fields, n] of freq) score = Math.max(score, n * 1000 + fields);
    if (score > best.score) best = { delimiter: d, score };
  }
  const delimiter = best.delimiter;
  let headerLine = -1, bestScore = 0;
  for (let i = 0; i < Math.min(lines.length, 20); i++) {
    if (!lines[i].trim()) continue;
    const cells = parseLines(lines[i], delimiter)[0] ?? [];
    const s = headerScore(cells, table);
    if (s > bestScore) { bestScore = s; headerLine = i; }
  }
  if (headerLine < 0) headerLine = lines.findIndex((l) => l.trim() !== '');
  const headers = (parseLines(lines[headerLine], delimiter)[0] ?? []).map((h) => h.trim());
  const after = head.split(/\r\n|\n|\r/).slice(headerLine + 1).join('\n');
  const rows = parseLines(after, delimiter).filter((r) => r.some((c) => c.trim() !== ''));
  const tailRows = tail ? parseLines(tail, delimiter).filter((r) => r.some((c) => c.trim() !== '')) : [];
  const sample = [...rows, ...tailRows];
  const maxFields = Math.max(headers.length, ...sample.map((r) => r.length));
  if (!rows.length && !tailRows.length) throw new ImportRefused(file, 'the file has a header row but no data rows');
  return { delimiter, headerLine, headers, sample, maxFields };
}
