/**
 * A big UTF-8 text file read in place by DuckDB (Db.registerBlob, as a plain read_csv of the File
 * is): only its head and tail are read by the page; the whole of it only when a row number is
 * needed or for a second attempt.
 */
import type { Db } from '../dbTypes';
import { decodeFast, FAST_DECODE_MIN, isZip, type Decoded } from '../../domain/import/sniff';
import type { ImportTable } from '../../domain/import/types';

/** Bytes read from the start of a file read in place: the sniff and the encoding check look at these. */
const IN_PLACE_HEAD = (1 << 18) + (1 << 16); // more than headText takes, so its last line is cut at a line end
/** Bytes read from its end (the sniff's look at the last rows). */
const IN_PLACE_TAIL = 1 << 16;

export interface InPlace {
  blob: Blob;
  head: Uint8Array;
  tail: Uint8Array;
  fast: Omit<Decoded, 'plain'>;
  /** bytes of a UTF-8 BOM at the start */
  bom: number;
  /** the whole file, read once on first use */
  whole: () => Promise<Uint8Array>;
}

async function sliceBytes(b: Blob, start: number, end: number): Promise<Uint8Array> {
  return new Uint8Array(await b.slice(start, end).arrayBuffer());
}

/** A big UTF-8 text file that DuckDB can read in place (see ImportOptions.blob), or null. */
export async function openInPlace(db: Db, blob: Blob | undefined, table: ImportTable): Promise<InPlace | null> {
  // (complaints only: the check that DuckDB read up to the file's last line compares keys, see lastLineKey)
  if (!blob || !db.registerBlob || blob.size < FAST_DECODE_MIN || table !== 'complaints') return null;
  // (both reads at once: each is a round trip to the browser's file reader)
  const [head, tail] = await Promise.all([sliceBytes(blob, 0, IN_PLACE_HEAD), sliceBytes(blob, blob.size - IN_PLACE_TAIL, blob.size)]);
  const fast = isZip(head) ? null : decodeFast(head, blob.size);
  if (!fast) return null;
  let all: Promise<Uint8Array> | null = null;
  const whole = () => (all ??= blob.arrayBuffer().then((b) => new Uint8Array(b)));
  return { blob, head, tail, fast, bom: head.length - fast.bytes.length, whole };
}

/**
 * The key field (trimmed) of the last non-blank line of a file's tail, or null when unsure (a quote
 * in that line, no whole line, no such field). Read in place, the page does not scan the file for a
 * quote left open (rows.ts refuses such a file): DuckDB would read the rest of the file into that
 * value. If the last record DuckDB loaded has this key, it read up to the last line.
 */
export function lastLineKey(tailText: string, delimiter: string, field: number): string | null {
  const lines = tailText.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)).filter((l) => l.trim() !== '');
  const last = lines[lines.length - 1];
  if (last == null || last.includes('"')) return null;
  const v = last.split(delimiter)[field];
  return v == null ? null : v.trim();
}
