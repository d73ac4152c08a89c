/**
 * importFile: any real export (CSV/TSV/semicolon/pipe, UTF-8/UTF-16/Windows-1252, or .xlsx) →
 * the canonical DuckDB table plus `<table>_quarantine`, with a data-quality report. Same code in the
 * browser worker and in Node (only the `Db` interface is used). The work is SQL: one read_csv pass
 * builds typed rows and flags; a refused file leaves the loaded tables exactly as they were.
 */
import { ident, type Db } from '../dbTypes';
import { REQUIRED_COLUMNS, TABLE_COLUMNS } from '../schema';
import { resolveColumns } from '../../domain/import/headers';
import { decodeFast, decodeToUtf8, FAST_DECODE_MIN, headText, isZip, plainBytes, sniffTable, tailText, tailTextOf, type Decoded } from '../../domain/import/sniff';
import {
  ImportRefused, type ColumnMapping, type ImportPhase, type ImportReport, type ImportTable,
} from '../../domain/import/types';
import { complaintsPlan } from './complaintsPlan';
import { indicatorsPlan, parametersPlan, periodValues } from './otherPlans';
import type { Plan } from './plan';
import { dropRejects, makeSource, numberedSql, rawCol, readCsvSql } from './source';
import { dropStaging, NotUtf8, runPlan, swapIn } from './stage';
import { xlsxToCsv } from './xlsx';
import { scanPlainText } from '../../domain/import/keyScan';
import type { StateId } from '../../domain/geo/states';

export interface ImportOptions {
  /** file name, used in every message */
  name: string;
  /** the file's bytes (or give `blob`) */
  bytes?: Uint8Array;
  /**
   * The file itself (the browser's File). A big UTF-8 text file is then read in place by DuckDB
   * (Db.registerBlob, as a plain read_csv of the File is): only its head and tail are read here; the
   * whole of it only when a row number is needed or for a second attempt. Anything else is read whole first.
   */
  blob?: Blob;
  /** target table; default from mapping.table, else complaints */
  table?: ImportTable;
  mapping?: ColumnMapping;
  /** the import day (YYYY-MM-DD) for future-date warnings; default today (UTC) */
  today?: string;
  onProgress?: (phase: ImportPhase) => void;
  /**
   * The same bytes again (e.g. the File read once more). Given, a big UTF-8 file's bytes are handed
   * to DuckDB without a copy (Db.registerBuffer with transfer) and what the importer still needs of
   * them (the quote and blank-line scan, row numbers, a second attempt) comes from here.
   */
  reread?: () => Promise<Uint8Array>;
  /** wait for the page's scan of the bytes instead of using it only if it is ready in time (tests) */
  waitForScans?: boolean;
  /** the fast load where read_csv types the dates (Plan.reader); default true — false only to compare (tests) */
  readerTyping?: boolean;
  /** the dataset's state preset: names are matched against the state most of them belong to, else this one's list (else mp) */
  state?: StateId;
}


let counter = 0;

/** A promise's value once it has settled (undefined before, or on failure), and the promise. */
function settled<T>(p: Promise<T>): (() => T | undefined) & { promise: Promise<T | undefined> } {
  let value: T | undefined;
  const promise = p.then((v) => { value = v; return v; }, () => undefined);
  return Object.assign(() => value, { promise });
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0].replace(/^[A-Za-z ]*Error: /, '');
}

/** Bytes read from the start of a file read in place: the sniff and the encoding check look at these. */
const IN_PLACE_HEAD = (1 << 18) + (1 << 16); // more than headText takes, so its last line is cut at a line end
/** Bytes read from its end (the sniff's look at the last rows). */
const IN_PLACE_TAIL = 1 << 16;

interface InPlace {
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
async function openInPlace(db: Db, blob: Blob | undefined, table: ImportTable): Promise<InPlace | null> {
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

/** Mixed or odd line endings → "\n" (DuckDB needs one kind per file). */
function normalizeNewlines(b: Uint8Array): Uint8Array {
  const text = new TextDecoder('utf-8').decode(b);
  return new TextEncoder().encode(text.replace(/\r\n?/g, '\n'));
}

export async function importFile(db: Db, opts: ImportOptions): Promise<ImportReport> {
  const t0 = performance.now();
  const file = opts.name;
  const table: ImportTable = opts.table ?? opts.mapping?.table ?? 'complaints';
  const progress = opts.onProgress ?? (() => {});
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  progress('reading');
  const steps: Record<string, number> = {};
  let tStep = performance.now();
  const step = (name: string) => { const now = performance.now(); steps[name] = (steps[name] ?? 0) + Math.round(now - tStep); tStep = now; };
  const inPlace = await openInPlace(db, opts.blob, table);
  let bytes = inPlace?.head ?? opts.bytes ?? new Uint8Array(await opts.blob!.arrayBuffer());
  let format: ImportReport['format'] = 'csv';
  step('read');
  if (!inPlace && isZip(bytes)) { format = 'xlsx'; bytes = await xlsxToCsv(file, bytes); }
  // A big UTF-8 file goes to DuckDB undecoded (DuckDB checks its UTF-8; see decodeFast), and the
  // scan for quotes and blank lines runs while DuckDB reads; otherwise the whole file is decoded here.
  const fast = inPlace?.fast ?? decodeFast(bytes);
  /** the file's bytes (read again when the first ones were handed to DuckDB; read on first use when the file is read in place) */
  let source = inPlace ? inPlace.whole : async () => bytes;
  const full = async () => { const d = decodeToUtf8(file, await source()); return { dec: d as Omit<Decoded, 'plain'>, plain: Promise.resolve(d.plain) as Promise<boolean> | null }; };
  let { dec, plain } = fast ? { dec: fast, plain: null as Promise<boolean> | null } : await full();
  step('decode');
  progress('sniffing');
  const sniffOf = () => {
    const sn = sniffTable(file, headText(dec.bytes), inPlace && dec === fast ? tailTextOf(inPlace.tail) : tailText(dec.bytes), table);
    return { sniff: sn, resolved: resolveColumns(file, sn.headers, table, TABLE_COLUMNS[table], REQUIRED_COLUMNS[table], opts.mapping) };
  };
  let { sniff, resolved } = sniffOf();
  step('sniff');
  const tag = `${Date.now().toString(36)}_${(counter++).toString(36)}`;
  const name = `_import_${tag}.csv`;
  let data = dec.bytes;
  /** the registered bytes, for row numbers and a second attempt */
  let registered = async () => data;
  let newlinesFixed = false;
  progress('loading');
  for (;;) {
    const src = makeSource(name, sniff, tag);
    const readInPlace = inPlace != null && dec === fast && !newlinesFixed;
    // Handing the bytes over saves a copy of the whole file; only the original file's bytes can be
    // read again, so only they are handed over.
    const handOver = !readInPlace && opts.reread != null && format === 'csv' && fast != null && dec === fast && data === fast.bytes;
    if (readInPlace) {
      await db.registerBlob!(name, inPlace.blob);
      registered = async () => (await inPlace.whole()).subarray(inPlace.bom);
    } else await db.registerBuffer(name, data, { transfer: handOver });
    if (handOver) {
      const cut = bytes.length - data.length; // a UTF-8 BOM
      const again = opts.reread!().then((b) => ({ all: b, body: b.subarray(cut) }));
      source = async () => (await again).all;
      registered = async () => (await again).body;
      data = new Uint8Array(0); // detached; use registered()
    }
    // (a file read in place is not read here unless a row number is needed: see StageInput.lazyRows)
    const plainOf = () => (plain ??= registered().then((b) => plainBytes(b)));
    if (!readInPlace) plainOf();
    // Duplicate keys screened here too, and the district names tallied, in plain text only (see
    // keyScan.ts); the answers are used if ready when DuckDB has loaded.
    const key = table === 'complaints' ? 'complaint_id' : table === 'parameters' ? 'id' : null;
    const tallyField = table === 'complaints' && 'district' in resolved.index && !opts.mapping?.values?.district ? resolved.index.district : null;
    const scan = !readInPlace && key != null && fast != null && dec === fast && key in resolved.index && !opts.mapping?.values?.[key]
      ? settled(plainOf().then(async (p) => (p ? scanPlainText(await registered(), { field: resolved.index[key], delimiter: sniff.delimiter, skipLines: sniff.headerLine + 1, tallyField }) : null)))
      : undefined;
    step('register');
    let rawTable: string | null = null;
    try {
      let plan: Plan;
      const numbered = numberedSql(src);
      let from = `(SELECT * FROM ${readCsvSql(src)})`;
      let ordinal: 'rowid' | 'column' = 'rowid';
      let fromTyped: string | undefined;
      if (table === 'complaints') {
        plan = complaintsPlan({ index: resolved.index, sample: sniff.sample, mapping: opts.mapping, today, headerCount: sniff.headers.length, ncols: src.ncols });
        if (plan.reader && opts.readerTyping !== false) fromTyped = `(SELECT * FROM ${readCsvSql(src, plan.reader)})`;
      } else {
        rawTable = `_raw_${tag}`;
        await db.exec(`CREATE TEMP TABLE ${ident(rawTable)} AS SELECT * FROM ${numbered}`);
        from = ident(rawTable);
        ordinal = 'column';
        if (table === 'indicators') {
          const pc = rawCol(resolved.index.period);
          const distinct = (await db.query<{ v: string }>(`SELECT DISTINCT ${pc} AS v FROM ${from} WHERE ${pc} IS NOT NULL`)).map((r) => r.v);
          from = `(SELECT r.*, pm.p AS _period FROM ${ident(rawTable)} r LEFT JOIN ${periodValues(distinct)} ON r.${pc} = pm.raw)`;
          plan = indicatorsPlan(resolved.index, opts.mapping, sniff.headers.length, src.ncols);
        } else {
          plan = parametersPlan(resolved.index, opts.mapping, sniff.sample, sniff.headers.length, src.ncols);
        }
      }
      const lastKey = readInPlace && 'complaint_id' in resolved.index ? lastLineKey(tailTextOf(inPlace.tail), sniff.delimiter, resolved.index.complaint_id) : null;
      const res = await runPlan({ db, file, plan: opts.state ? { ...plan, state: opts.state } : plan, src, bytes: registered, plain: plainOf, lazyRows: readInPlace ? { lastKey } : undefined, scan: scan && (opts.waitForScans ? { wait: scan.promise } : { now: scan }), from, fromTyped, ordinal, numbered: rawTable ? ident(rawTable) : numbered, headers: sniff.headers, tag, utf8Unchecked: fast != null && dec === fast, steps });
      progress('validating');
      if (res.rows === 0) {
        await dropStaging(db, table, tag);
        throw new ImportRefused(file, 'the file has a header row but no data rows');
      }
      tStep = performance.now();
      await swapIn(db, table, res);
      step('swap');
      progress('done');
      return {
        file, table, format, rows: res.rows, loaded: res.loaded, rejected: res.rejected, issues: res.issues,
        columns: Object.fromEntries(Object.entries(resolved.index).map(([c, i]) => [c, sniff.headers[i]])),
        ignoredColumns: resolved.ignored, dateFormats: plan.dateFormats, encoding: dec.encoding,
        delimiter: sniff.delimiter, headerRow: sniff.headerLine + 1, dateRange: res.dateRange, units: res.units,
        unknownDistricts: res.unknownDistricts, notes: [...dec.notes, ...plan.notes], ms: Math.round(performance.now() - t0), steps,
      };
    } catch (e) {
      await dropStaging(db, table, tag);
      const message = String((e as Error)?.message);
      // Not UTF-8 after all: decode the whole file here (Windows-1252, or broken bytes replaced) and start again.
      if (fast && dec === fast && (e instanceof NotUtf8 || /unicode|encoding/i.test(message))) {
        ({ dec, plain } = await full());
        ({ sniff, resolved } = sniffOf());
        data = dec.bytes;
        registered = async () => data;
        continue;
      }
      if (e instanceof ImportRefused) throw e;
      const msg = firstLine(e);
      if (!newlinesFixed && /invalid state|new ?line/i.test(message)) {
        data = normalizeNewlines(await registered());
        registered = async () => data;
        newlinesFixed = true;
        continue;
      }
      if (/CSV|Conversion|Invalid Input/i.test(message)) {
        throw new ImportRefused(file, `cannot be read as a "${sniff.delimiter === '\t' ? 'tab' : sniff.delimiter}"-separated table: ${msg}`);
      }
      throw e;
    } finally {
      if (rawTable) await db.exec(`DROP TABLE IF EXISTS ${ident(rawTable)}`).catch(() => {});
      await dropRejects(db, makeSource(name, sniff, tag));
      await db.dropFile(name).catch(() => {});
    }
  }
}
