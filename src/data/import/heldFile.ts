/**
 * The file's bytes as the importer holds them from one attempt to the next: how they were read
 * (whole, or in place by DuckDB), decoded (undecoded UTF-8 handed to DuckDB, or decoded here),
 * sniffed, and registered. The retries change it: decode the whole file here, normalise newlines.
 */
import type { Db } from '../dbTypes';
import { resolveColumns, type ResolvedColumns } from '../../domain/import/headers';
import { decodeFast, decodeToUtf8, headText, isZip, plainBytes, sniffTable, tailText, tailTextOf, type Decoded, type TableSniff } from '../../domain/import/sniff';
import type { ColumnMapping, ImportReport, ImportTable, StepClock } from '../../domain/import/types';
import { REQUIRED_COLUMNS, TABLE_COLUMNS } from '../schema';
import { openInPlace, type InPlace } from './inPlace';
import { xlsxToCsv } from './xlsx';

type Decoding = Omit<Decoded, 'plain'>;

/** Mixed or odd line endings → "\n" (DuckDB needs one kind per file). */
function normalizeNewlines(b: Uint8Array): Uint8Array {
  const text = new TextDecoder('utf-8').decode(b);
  return new TextEncoder().encode(text.replace(/\r\n?/g, '\n'));
}

export interface FileInput {
  name: string;
  bytes?: Uint8Array;
  blob?: Blob;
  table: ImportTable;
  mapping?: ColumnMapping;
  reread?: () => Promise<Uint8Array>;
}

export class HeldFile {
  format: ImportReport['format'] = 'csv';
  /** the decoding DuckDB reads (the fast one, or the whole file decoded here) */
  dec!: Decoding;
  /** whether the text has no quotes and no blank lines, once known or asked */
  plain: Promise<boolean> | null = null;
  sniff!: TableSniff;
  resolved!: ResolvedColumns;
  /** the bytes to register (empty once handed over: use `registered`) */
  data!: Uint8Array;
  /** the registered bytes, for row numbers and a second attempt */
  registered: () => Promise<Uint8Array> = async () => this.data;
  newlinesFixed = false;
  /** the file's bytes (read again when the first ones were handed to DuckDB; read on first use when the file is read in place) */
  private source: () => Promise<Uint8Array>;

  private constructor(readonly inp: FileInput, readonly inPlace: InPlace | null, private bytes: Uint8Array, readonly fast: Decoding | null) {
    this.source = inPlace ? inPlace.whole : async () => this.bytes;
  }

  /** Read (the head and tail of a file read in place, else all of it), convert xlsx, decode, sniff. */
  static async open(db: Db, inp: FileInput, clock: StepClock): Promise<HeldFile> {
    const inPlace = await openInPlace(db, inp.blob, inp.table);
    let bytes = inPlace?.head ?? inp.bytes ?? new Uint8Array(await inp.blob!.arrayBuffer());
    clock.add('read');
    const xlsx = !inPlace && isZip(bytes);
    if (xlsx) bytes = await xlsxToCsv(inp.name, bytes);
    // A big UTF-8 file goes to DuckDB undecoded (DuckDB checks its UTF-8; see decodeFast), and the
    // scan for quotes and blank lines runs while DuckDB reads; otherwise the whole file is decoded here.
    const h = new HeldFile(inp, inPlace, bytes, inPlace?.fast ?? decodeFast(bytes));
    if (xlsx) h.format = 'xlsx';
    if (h.fast) h.dec = h.fast;
    else await h.decodeWhole();
    h.data = h.dec.bytes;
    clock.add('decode');
    return h;
  }

  /** DuckDB reads the fast decoding (its UTF-8 not checked here). */
  get undecoded(): boolean { return this.fast != null && this.dec === this.fast; }
  /** DuckDB reads the file in place (Db.registerBlob). */
  get readInPlace(): boolean { return this.inPlace != null && this.undecoded && !this.newlinesFixed; }
  /** the tail of the text as sniffed */
  get tailText(): string { return this.inPlace && this.undecoded ? tailTextOf(this.inPlace.tail) : tailText(this.dec.bytes); }

  sniffIt(): void {
    const { name, table, mapping } = this.inp;
    this.sniff = sniffTable(name, headText(this.dec.bytes), this.tailText, table);
    this.resolved = resolveColumns(name, this.sniff.headers, table, TABLE_COLUMNS[table], REQUIRED_COLUMNS[table], mapping);
  }

  /** Not UTF-8 after all: decode the whole file here (Windows-1252, or broken bytes replaced). */
  async decodeWhole(): Promise<void> {
    const d = decodeToUtf8(this.inp.name, await this.source());
    this.dec = d;
    this.plain = Promise.resolve(d.plain);
    this.data = d.bytes;
    this.registered = async () => this.data;
  }

  /** The reader could not cope with the line endings: "\n" everywhere. */
  async fixNewlines(): Promise<void> {
    this.data = normalizeNewlines(await this.registered());
    this.registered = async () => this.data;
    this.newlinesFixed = true;
  }

  /** Make the bytes readable by SQL under `name`. */
  async register(db: Db, name: string): Promise<void> {
    const { inPlace } = this;
    // Handing the bytes over saves a copy of the whole file; only the original file's bytes can be
    // read again, so only they are handed over.
    const handOver = !this.readInPlace && this.inp.reread != null && this.format === 'csv' && this.undecoded && this.data === this.fast!.bytes;
    if (this.readInPlace) {
      await db.registerBlob!(name, inPlace!.blob);
      this.registered = async () => (await inPlace!.whole()).subarray(inPlace!.bom);
    } else await db.registerBuffer(name, this.data, { transfer: handOver });
    if (handOver) {
      const cut = this.bytes.length - this.data.length; // a UTF-8 BOM
      const again = this.inp.reread!().then((b) => ({ all: b, body: b.subarray(cut) }));
      this.source = async () => (await again).all;
      this.registered = async () => (await again).body;
      this.data = new Uint8Array(0); // detached; use registered()
    }
    // (a file read in place is not read here unless a row number is needed: see StageInput.lazyRows)
    if (!this.readInPlace) this.plainOf();
  }

  /** Whether the registered text is plain (see Decoded.plain), worked out on first use. */
  plainOf = (): Promise<boolean> => (this.plain ??= this.registered().then((b) => plainBytes(b)));
}
