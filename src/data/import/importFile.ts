/**
 * importFile: any real export (CSV/TSV/semicolon/pipe, UTF-8/UTF-16/Windows-1252, or .xlsx) →
 * the canonical DuckDB table plus `<table>_quarantine`, with a data-quality report. Same code in the
 * browser worker and in Node (only the `Db` interface is used). The work is SQL: one read_csv pass
 * builds typed rows and flags; a refused file leaves the loaded tables exactly as they were.
 * Each attempt registers the bytes, builds the plan and runs it (stage.ts); a reader error decides,
 * by its type (errors.ts), whether to decode the file here, normalise its newlines, or refuse it.
 */
import { ident, type Db } from '../dbTypes';
import { NewlineError, NotUtf8Error, ParallelReadError, ReadError, withTypedErrors } from '../errors';
import { tailTextOf } from '../../domain/import/sniff';
import { ImportRefused, StepClock, type ColumnMapping, type ImportPhase, type ImportReport, type ImportSteps, type ImportTable } from '../../domain/import/types';
import { scanPlainText } from '../../domain/import/keyScan';
import { complaintsPlan } from './complaintsPlan';
import { HeldFile } from './heldFile';
import { lastLineKey } from './inPlace';
import { indicatorsPlan, parametersPlan, periodValues } from './otherPlans';
import type { Plan } from './plan';
import type { StateId } from '../../domain/geo/states';
import { TABLE_KEYS, UNIT_COLUMNS } from '../schema';
import { dropRejects, makeSource, numberedSql, rawCol, readCsvSql, type Source } from './source';
import { dropStaging, runPlan, swapIn, type StageInput, type StageResult } from './stage';

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

/** One import: its options, the file held, and the names of this attempt's tables. */
interface Run {
  db: Db; opts: ImportOptions; table: ImportTable; today: string; held: HeldFile; tag: string; name: string; steps: ImportSteps; clock: StepClock;
  /** read_csv's parallel reader (Db.parallelCsv), until it refuses the file */
  parallel: boolean;
}

/**
 * Duplicate keys screened by the page too, and the district names tallied, in plain text only (see
 * keyScan.ts); the answers are used if ready when DuckDB has loaded.
 */
function pageScan(r: Run): StageInput['scan'] {
  const { held, table, opts } = r;
  const { resolved, sniff } = held;
  const keys = TABLE_KEYS[table];
  const key = keys.length === 1 ? keys[0] : null;
  const unit = UNIT_COLUMNS[table];
  if (held.readInPlace || key == null || !held.undecoded || !(key in resolved.index) || opts.mapping?.values?.[key]) return undefined;
  const tallyField = unit != null && unit in resolved.index && !opts.mapping?.values?.[unit] ? resolved.index[unit] : null;
  const scan = settled(held.plainOf().then(async (p) => (p
    ? scanPlainText(await held.registered(), { field: resolved.index[key], delimiter: sniff.delimiter, skipLines: sniff.headerLine + 1, tallyField })
    : null)));
  return opts.waitForScans ? { wait: scan.promise } : { now: scan };
}

/** The plan of the table and the relation it reads (indicators and parameters: a numbered temp table, joined for periods). */
async function planFor(r: Run, src: Source, rawTable: string | null): Promise<{ plan: Plan; from: string; fromTyped?: string; ordinal: StageInput['ordinal']; numbered: string }> {
  const { db, held, table, opts } = r;
  const { index } = held.resolved;
  const { sniff } = held;
  const numbered = numberedSql(src);
  if (!rawTable) {
    const plan = complaintsPlan({ index, sample: sniff.sample, mapping: opts.mapping, today: r.today, headerCount: sniff.headers.length, ncols: src.ncols });
    const fromTyped = plan.reader && opts.readerTyping !== false ? `(SELECT * FROM ${readCsvSql(src, plan.reader)})` : undefined;
    return { plan, from: `(SELECT * FROM ${readCsvSql(src)})`, fromTyped, ordinal: 'rowid', numbered };
  }
  const raw = ident(rawTable);
  await db.exec(`CREATE TEMP TABLE ${raw} AS SELECT * FROM ${numbered}`);
  const common = { ordinal: 'column' as const, numbered: raw };
  if (table === 'parameters') return { plan: parametersPlan(index, opts.mapping, sniff.sample, sniff.headers.length, src.ncols), from: raw, ...common };
  const pc = rawCol(index.period);
  const distinct = (await db.query<{ v: string }>(`SELECT DISTINCT ${pc} AS v FROM ${raw} WHERE ${pc} IS NOT NULL`)).map((x) => x.v);
  const from = `(SELECT r.*, pm.p AS _period FROM ${raw} r LEFT JOIN ${periodValues(distinct)} ON r.${pc} = pm.raw)`;
  return { plan: indicatorsPlan(index, opts.mapping, sniff.headers.length, src.ncols), from, ...common };
}

function reportOf(r: Run, plan: Plan, res: StageResult, t0: number): ImportReport {
  const { held, table } = r;
  const { sniff, resolved, dec } = held;
  return {
    file: r.opts.name, table, format: held.format, rows: res.rows, loaded: res.loaded, rejected: res.rejected, issues: res.issues,
    columns: Object.fromEntries(Object.entries(resolved.index).map(([c, i]) => [c, sniff.headers[i]])),
    ignoredColumns: resolved.ignored, dateFormats: plan.dateFormats, encoding: dec.encoding,
    delimiter: sniff.delimiter, headerRow: sniff.headerLine + 1, dateRange: res.dateRange, units: res.units,
    unknownDistricts: res.unknownDistricts, notes: [...dec.notes, ...plan.notes], ms: Math.round(performance.now() - t0), steps: r.steps,
  };
}

/** One attempt: register, plan, load and check, swap in. Throws a reader error (typed) for the caller to retry or refuse. */
async function attempt(r: Run, t0: number): Promise<ImportReport> {
  const { db, held, table, opts, tag, name } = r;
  const progress = opts.onProgress ?? (() => {});
  const src = makeSource(name, held.sniff, tag, r.parallel);
  await held.register(db, name);
  const scan = pageScan(r);
  r.clock.add('register');
  const rawTable = table === 'complaints' ? null : `_raw_${tag}`;
  try {
    const p = await planFor(r, src, rawTable);
    const { sniff, resolved } = held;
    const inPlace = held.readInPlace ? held.inPlace! : null;
    const key = TABLE_KEYS[table][0];
    const lastKey = inPlace && key in resolved.index ? lastLineKey(tailTextOf(inPlace.tail), sniff.delimiter, resolved.index[key]) : null;
    const res = await runPlan({
      db, file: opts.name, plan: opts.state ? { ...p.plan, state: opts.state } : p.plan, src, bytes: held.registered, plain: held.plainOf, lazyRows: inPlace ? { lastKey } : undefined, scan,
      from: p.from, fromTyped: p.fromTyped, ordinal: p.ordinal, numbered: p.numbered, headers: sniff.headers, tag, utf8Unchecked: held.undecoded,
      steps: r.steps, clock: r.clock,
    });
    progress('validating');
    if (res.rows === 0) throw new ImportRefused(opts.name, 'the file has a header row but no data rows');
    r.clock.restart();
    await swapIn(db, table, res);
    r.clock.add('swap');
    progress('done');
    return reportOf(r, p.plan, res, t0);
  } catch (e) {
    await dropStaging(db, table, tag);
    throw e;
  } finally {
    if (rawTable) await db.exec(`DROP TABLE IF EXISTS ${ident(rawTable)}`).catch(() => {});
    await dropRejects(db, makeSource(name, held.sniff, tag));
    await db.dropFile(name).catch(() => {});
  }
}

/** After a failed attempt: change how the file is held and return true to try again, or throw (a refusal for a reader error). */
async function retryOrThrow(r: Run, e: unknown): Promise<true> {
  const { held } = r;
  if (e instanceof ParallelReadError && r.parallel) {
    r.parallel = false;
    return true;
  }
  if (e instanceof NotUtf8Error && held.undecoded) {
    await held.decodeWhole();
    held.sniffIt();
    return true;
  }
  if (e instanceof NewlineError && !held.newlinesFixed) {
    await held.fixNewlines();
    return true;
  }
  if (e instanceof ReadError) {
    const d = held.sniff.delimiter;
    throw new ImportRefused(r.opts.name, `cannot be read as a "${d === '\t' ? 'tab' : d}"-separated table: ${e.detail}`);
  }
  throw e;
}

export async function importFile(db: Db, opts: ImportOptions): Promise<ImportReport> {
  const t0 = performance.now();
  const table: ImportTable = opts.table ?? opts.mapping?.table ?? 'complaints';
  opts.onProgress?.('reading');
  const steps: ImportSteps = {};
  const clock = new StepClock(steps);
  const held = await HeldFile.open(db, { ...opts, table }, clock);
  opts.onProgress?.('sniffing');
  held.sniffIt();
  clock.add('sniff');
  const tag = `${Date.now().toString(36)}_${(counter++).toString(36)}`;
  const run: Run = { db: withTypedErrors(db), opts, table, today: opts.today ?? new Date().toISOString().slice(0, 10), held, tag, name: `_import_${tag}.csv`, steps, clock, parallel: db.parallelCsv === true };
  opts.onProgress?.('loading');
  for (;;) {
    try {
      return await attempt(run, t0);
    } catch (e) {
      await retryOrThrow(run, e);
    }
  }
}
