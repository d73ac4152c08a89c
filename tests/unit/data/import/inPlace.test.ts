/**
 * A big UTF-8 file given as a Blob is read in place (ImportOptions.blob, Db.registerBlob): only its
 * head and tail are read up front, the whole of it only when a row number is needed or for a
 * second attempt. Every case imports the same bytes once as a Blob and once as bytes, each into its
 * own database, and expects the same report, the same loaded table and the same quarantine; the
 * Blob counts how often the importer reads it whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { importFile, type ImportOptions } from '@/data/import/importFile';
import { FAST_DECODE_MIN } from '@/domain/import/sniff';
import type { ImportReport } from '@/domain/import/types';
import { issue } from './helpers';

const HEADER = 'complaint_id,registered_on,district,department,source,block,category,complainant_id,officer_id,officer_name,current_level,attended_on,status,closed_on,closure_type,quality,feedback,atr_uploaded_on,reopened';
const TODAY = '2025-06-30';

/** A Blob that counts reads of its whole content (slices are separate Blobs, not counted). */
class CountingBlob extends Blob {
  wholeReads = 0;
  override arrayBuffer(): Promise<ArrayBuffer> { this.wholeReads++; return super.arrayBuffer(); }
  override text(): Promise<string> { this.wholeReads++; return super.text(); }
  override stream(): ReturnType<Blob['stream']> { this.wholeReads++; return super.stream(); }
}

/**
 * The Node database, counting registrations. Node's registerBlob copies the Blob's bytes in (the
 * browser's worker reads the File in place instead); it is given an uncounted slice of the whole
 * Blob so that only the importer's own reads are counted.
 */
function counting(d: Db & { close(): void }) {
  const calls = { blob: 0, buffer: 0 };
  const db: Db = {
    query: d.query.bind(d), exec: d.exec.bind(d), dropFile: d.dropFile.bind(d),
    async registerBuffer(name, bytes, opts) { calls.buffer++; return d.registerBuffer(name, bytes, opts); },
    async registerBlob(name, blob) { calls.blob++; return d.registerBlob!(name, blob.slice(0, blob.size)); },
  };
  return { db, calls, reset: () => { calls.blob = 0; calls.buffer = 0; }, close: () => d.close() };
}

let blobSide: ReturnType<typeof counting>;
let bytesSide: ReturnType<typeof counting>;
beforeAll(async () => {
  blobSide = counting(await createNodeDb());
  bytesSide = counting(await createNodeDb());
}, 60_000);
afterAll(() => { blobSide.close(); bytesSide.close(); });

const DISTRICTS = ['Bhopal', 'Indore', 'Sagar', 'Jabalpur', 'Gwalior', 'Rewa', 'Ujjain'];
const DEPTS = ['Public Health Engineering', 'Revenue', 'Energy', 'Urban Development and Housing', 'School Education'];
const SOURCES = ['call_181', 'web', 'app', 'cm_window', 'smgt', 'samadhan_camp'];
const CLOSURES = ['satisfied', 'partially_satisfied', 'force_closed', 'special_closed'];
const FEEDBACK = ['satisfied', 'dissatisfied', 'unreachable'];
const DAY = 86_400_000;
const iso = (base: string, days: number) => new Date(Date.parse(base) + days * DAY).toISOString().slice(0, 10);

/** The fields of clean row k (about 200 bytes a row), by canonical column. */
function fields(k: number): Record<string, string> {
  const reg = iso('2024-01-01', k % 300);
  const closed = k % 4 !== 0;
  const h = (Math.imul(k + 1, 2654435761) >>> 0).toString(16).padStart(8, '0');
  return {
    complaint_id: `C${String(k).padStart(7, '0')}`, registered_on: reg, district: DISTRICTS[k % DISTRICTS.length],
    department: DEPTS[k % DEPTS.length], source: SOURCES[k % SOURCES.length], block: `Block ${k % 40}`,
    category: `Category number ${k % 23}`, complainant_id: h + h.split('').reverse().join(''), officer_id: `OFF${k % 500}`,
    officer_name: `Officer Name ${k % 500}`, current_level: String(1 + (k % 5)), attended_on: iso(reg, 1),
    status: closed ? 'closed' : 'open', closed_on: closed ? iso(reg, 5) : '', closure_type: closed ? CLOSURES[k % 4] : '',
    quality: closed ? (k % 3 ? 'ok' : 'low') : '', feedback: closed ? FEEDBACK[k % 3] : '', atr_uploaded_on: closed ? iso(reg, 4) : '',
    reopened: k % 10 === 0 ? '1' : '0',
  };
}
const COLS = HEADER.split(',');
const line = (f: Record<string, string>) => COLS.map((c) => f[c]).join(',');
const good = (k: number) => line(fields(k));
/** Line i (a clean one, no quotes) with some fields replaced. */
function edit(lines: string[], i: number, over: Record<string, string>): void {
  const cells = lines[i].split(',');
  lines[i] = line({ ...Object.fromEntries(COLS.map((c, j) => [c, cells[j]])), ...over });
}
const idOf = (lines: string[], i: number) => lines[i].split(',')[0];

/** HEADER and clean rows, at least FAST_DECODE_MIN bytes (lines[i] is file row i + 1 while no line spans two). */
function bigLines(): string[] {
  const lines = [HEADER];
  let size = HEADER.length + 1;
  for (let k = 0; size < FAST_DECODE_MIN + 4096; k++) { const l = good(k); lines.push(l); size += l.length + 1; }
  return lines;
}
const BASE = bigLines();
/** an index well after the sniffed head and before the sniffed tail */
const at = (fraction: number) => Math.floor(BASE.length * fraction);
const utf8 = (lines: string[], eol = '\n') => new TextEncoder().encode(lines.join(eol) + eol);

/** the file row of each line: 1 + the physical lines before it */
function rowsOf(lines: string[]): number[] {
  const out: number[] = [];
  lines.reduce((row, l, i) => { out[i] = row; return row + 1 + (l.match(/\n/g) ?? []).length; }, 1);
  return out;
}

function comparable(r: ImportReport) {
  const { ms: _ms, steps: _steps, ...rest } = r;
  return rest;
}

async function tables(db: Db) {
  const loaded = await db.query('SELECT * FROM complaints ORDER BY complaint_id');
  const quarantine = await db.query('SELECT * FROM complaints_quarantine ORDER BY "row", kind');
  return { loaded, quarantine };
}

type Outcome = { report: ImportReport; wholeReads: number } | { refused: string; wholeReads: number };

/**
 * Import `bytes` as a Blob (read in place) and as bytes; expect the same report fields, tables (or
 * the same refusal). Returns the Blob side's report and how often the importer read the Blob whole.
 */
async function both(bytes: Uint8Array<ArrayBuffer>, opts: Partial<ImportOptions> = {}): Promise<Outcome> {
  blobSide.reset(); bytesSide.reset();
  const blob = new CountingBlob([bytes]);
  const common = { name: 'big.csv', today: TODAY, waitForScans: true, ...opts };
  const viaBlob = await importFile(blobSide.db, { ...common, blob }).catch((e: Error) => e);
  const viaBytes = await importFile(bytesSide.db, { ...common, bytes }).catch((e: Error) => e);
  expect(blobSide.calls.blob, 'the Blob was registered for reading in place').toBe(1);
  expect(bytesSide.calls.blob).toBe(0);
  if (viaBlob instanceof Error || viaBytes instanceof Error) {
    expect(String(viaBlob instanceof Error ? viaBlob.message : 'loaded')).toBe(String(viaBytes instanceof Error ? viaBytes.message : 'loaded'));
    return { refused: (viaBlob as Error).message, wholeReads: blob.wholeReads };
  }
  const a = comparable(viaBlob), b = comparable(viaBytes);
  // the fields named in the contract first (clearer failures), then everything
  for (const k of ['rows', 'loaded', 'rejected', 'issues', 'dateRange', 'units', 'unknownDistricts', 'encoding', 'delimiter'] as const) {
    expect(a[k], k).toEqual(b[k]);
  }
  expect(a).toEqual(b);
  const [ta, tb] = [await tables(blobSide.db), await tables(bytesSide.db)];
  expect(ta.loaded.length).toBe(viaBlob.loaded);
  expect(ta.quarantine).toEqual(tb.quarantine);
  expect(ta.loaded).toEqual(tb.loaded);
  return { report: viaBlob, wholeReads: blob.wholeReads };
}

/** The text load (readerTyping: false) of the same Blob gives the same report and tables too. */
async function asTextLoad(bytes: Uint8Array<ArrayBuffer>, fast: ImportReport): Promise<void> {
  const fastTables = await tables(blobSide.db);
  const text = await importFile(blobSide.db, { name: 'big.csv', today: TODAY, blob: new Blob([bytes]), readerTyping: false });
  expect(comparable(text)).toEqual(comparable(fast));
  const t = await tables(blobSide.db);
  expect(t.quarantine).toEqual(fastTables.quarantine);
  expect(t.loaded).toEqual(fastTables.loaded);
}

const loadedOf = (o: Outcome) => {
  if ('refused' in o) throw new Error(`refused: ${o.refused}`);
  return o;
};

describe('a big file read in place gives what its bytes give', () => {
  it('clean file: every row loaded, and the Blob is never read whole', async () => {
    const bytes = utf8(BASE);
    expect(bytes.length).toBeGreaterThanOrEqual(FAST_DECODE_MIN);
    const { report, wholeReads } = loadedOf(await both(bytes));
    expect(report.loaded).toBe(BASE.length - 1);
    expect(report.issues).toEqual([]);
    expect(report.encoding).toBe('utf-8');
    expect(report.dateRange).toEqual({ min: '2024-01-01', max: iso('2024-01-01', 299) });
    expect(wholeReads).toBe(0);
    await asTextLoad(bytes, report);
  }, 30_000);

  it('bad rows late in the file: same issues and row numbers; the Blob is read whole at most once', async () => {
    const lines = [...BASE];
    const idx = { badDate: at(0.55), before: at(0.6), dup: at(0.65), unknown: at(0.7), future: at(0.75), extra: at(0.8) };
    edit(lines, idx.badDate, { registered_on: '2024-13-45' });
    edit(lines, idx.before, { status: 'closed', closure_type: 'satisfied', registered_on: '2024-05-10', closed_on: '2024-05-01', attended_on: '2024-05-11', atr_uploaded_on: '' });
    edit(lines, idx.dup, { complaint_id: 'C0000005' });
    edit(lines, idx.unknown, { district: 'Atlantis' });
    edit(lines, idx.future, { registered_on: '2026-02-01', status: 'open', attended_on: '', closed_on: '', closure_type: '', quality: '', feedback: '', atr_uploaded_on: '' });
    lines[idx.extra] = good(idx.extra - 1) + ',stray';
    const bytes = utf8(lines);
    const { report: r, wholeReads } = loadedOf(await both(bytes));
    expect(issue(r, 'bad_date', 'registered_on')?.rows).toEqual([idx.badDate + 1]);
    expect(issue(r, 'closed_before_registered')?.rows).toEqual([idx.before + 1]);
    expect(issue(r, 'duplicate_id')?.rows).toEqual([idx.dup + 1]);
    expect(issue(r, 'unknown_district')?.rows).toEqual([idx.unknown + 1]);
    expect(issue(r, 'future_date', 'registered_on')?.rows).toEqual([idx.future + 1]);
    expect(issue(r, 'bad_value', null)?.rows).toEqual([idx.extra + 1]);
    expect(r.rejected).toBe(4);
    expect(r.loaded).toBe(lines.length - 1 - 4);
    expect(r.unknownDistricts.map((u) => u.name)).toEqual(['Atlantis']);
    expect(r.dateRange.max).toBe('2026-02-01');
    expect(wholeReads).toBeLessThanOrEqual(1);
    await asTextLoad(bytes, r);
  }, 30_000);

  it('only a warning late in the file (unknown district): the row number needs the Blob, read once', async () => {
    const lines = [...BASE];
    const i = at(0.9);
    edit(lines, i, { district: 'Atlantis' });
    const { report: r, wholeReads } = loadedOf(await both(utf8(lines)));
    expect(issue(r, 'unknown_district')?.rows).toEqual([i + 1]);
    expect(r.rejected).toBe(0);
    expect(wholeReads).toBe(1);
  }, 30_000);

  it('quoted values with line breaks and commas before a bad row: row numbers stay exact', async () => {
    const lines = [...BASE];
    const bad = at(0.85);
    edit(lines, bad, { registered_on: 'not a date' });
    edit(lines, bad + 7, { registered_on: '31/31/2024' });
    for (const i of [at(0.1), at(0.4), at(0.8)]) edit(lines, i, { category: '"Water, ""supply""\nand\r\ndrains"' });
    edit(lines, at(0.5), { officer_name: '"Sharma, R."' });
    const rowOf = rowsOf(lines);
    const { report: r, wholeReads } = loadedOf(await both(utf8(lines)));
    expect(issue(r, 'bad_date', 'registered_on')?.rows).toEqual([rowOf[bad], rowOf[bad + 7]]);
    expect(rowOf[bad]).toBe(bad + 1 + 6); // three values of three lines each come before it
    expect(wholeReads).toBeLessThanOrEqual(1);
    const [q] = await blobSide.db.query<{ category: string }>(`SELECT category FROM complaints WHERE complaint_id = 'C${String(at(0.1) - 1).padStart(7, '0')}'`);
    expect(q.category).toBe('Water, "supply"\nand\r\ndrains');
    const qrows = await blobSide.db.query<{ row: number }>('SELECT "row" FROM complaints_quarantine ORDER BY 1');
    expect(qrows.map((x) => x.row)).toEqual([rowOf[bad], rowOf[bad + 7]]);
  }, 30_000);

  it('blank lines in the middle: clean, the Blob is not read whole; with a bad row after them, its row number is right', async () => {
    const lines = [...BASE];
    lines.splice(at(0.3), 0, '');
    lines.splice(at(0.6), 0, '', ',,,,,,,,,,,,,,,,,,', ''); // a row of empty fields is skipped like a blank line
    const clean = loadedOf(await both(utf8(lines)));
    expect(clean.report.issues).toEqual([]);
    expect(clean.report.loaded).toBe(BASE.length - 1);
    expect(clean.wholeReads).toBe(0);
    const bad = at(0.7);
    edit(lines, bad, { closed_on: '2023-01-01', status: 'closed', closure_type: 'satisfied' });
    const { report: r, wholeReads } = loadedOf(await both(utf8(lines)));
    expect(issue(r, 'closed_before_registered')?.rows).toEqual([bad + 1]);
    expect(wholeReads).toBe(1);
  }, 30_000);

  it('a UTF-8 BOM: same outcome, header found, a late bad row numbered right', async () => {
    const lines = [...BASE];
    const bad = at(0.75);
    edit(lines, bad, { status: 'maybe' });
    const body = utf8(lines);
    const bytes = new Uint8Array(body.length + 3);
    bytes.set([0xef, 0xbb, 0xbf]);
    bytes.set(body, 3);
    const { report: r } = loadedOf(await both(bytes));
    expect(r.encoding).toBe('utf-8-bom');
    expect(r.columns.complaint_id).toBe('complaint_id');
    expect(issue(r, 'bad_value', 'status')?.rows).toEqual([bad + 1]);
    await asTextLoad(bytes, r);
  }, 30_000);

  it.each([['CRLF', '\r\n'], ['CR', '\r']])('%s line ends: same outcome', async (_l, eol) => {
    const lines = [...BASE];
    const bad = at(0.8);
    edit(lines, bad, { registered_on: '' });
    const { report: r } = loadedOf(await both(utf8(lines, eol)));
    expect(issue(r, 'missing_required', 'registered_on')?.rows).toEqual([bad + 1]);
    expect(r.loaded).toBe(BASE.length - 2);
    const [row] = await blobSide.db.query<{ reopened: number; atr_uploaded_on: string | null }>(`SELECT reopened, atr_uploaded_on FROM complaints WHERE complaint_id = 'C0000001'`);
    expect(row).toEqual({ reopened: 0, atr_uploaded_on: '2024-01-06' });
  }, 30_000);

  it('mixed line ends (DuckDB needs one kind): the second attempt gives the same outcome', async () => {
    const lines = [...BASE];
    const text = lines.slice(0, at(0.5)).join('\n') + '\n' + lines.slice(at(0.5)).join('\r\n') + '\r\n';
    const out = await both(new TextEncoder().encode(text));
    if ('report' in out) expect(out.report.loaded).toBe(BASE.length - 1);
  }, 30_000);

  it('Windows-1252 bytes late in the file: noticed, decoded again, same as the bytes path', async () => {
    const lines = [...BASE];
    const i = at(0.8);
    edit(lines, i, { department: 'Santé', officer_name: 'Zoë Müller' });
    const text = lines.join('\n') + '\n';
    const bytes = new Uint8Array(text.length);
    for (let j = 0; j < text.length; j++) bytes[j] = text.charCodeAt(j) & 0xff;
    const { report: r, wholeReads } = loadedOf(await both(bytes));
    expect(r.encoding).toBe('windows-1252');
    expect(r.loaded).toBe(BASE.length - 1);
    expect(wholeReads).toBe(1);
    const [row] = await blobSide.db.query<{ department: string; officer_name: string }>(`SELECT department, officer_name FROM complaints WHERE complaint_id = 'C${String(i - 1).padStart(7, '0')}'`);
    expect(row).toEqual({ department: 'Santé', officer_name: 'Zoë Müller' });
  }, 30_000);

  it('Windows-1252 bytes and a bad row: row number right, the Blob read whole once', async () => {
    const lines = [...BASE];
    const i = at(0.6), bad = at(0.8);
    edit(lines, i, { department: 'Santé' });
    edit(lines, bad, { closed_on: 'soon' });
    const text = lines.join('\n') + '\n';
    const bytes = new Uint8Array(text.length);
    for (let j = 0; j < text.length; j++) bytes[j] = text.charCodeAt(j) & 0xff;
    const { report: r, wholeReads } = loadedOf(await both(bytes));
    expect(r.encoding).toBe('windows-1252');
    expect(issue(r, 'bad_date', 'closed_on')?.rows).toEqual([bad + 1]);
    expect(wholeReads).toBe(1);
  }, 30_000);

  it('an unterminated quote late in the file: the same outcome both ways', async () => {
    const lines = [...BASE];
    const i = at(0.8);
    edit(lines, i, { category: '"Water supply' });
    const out = await both(utf8(lines));
    expect('refused' in out ? out.refused : 'loaded').toMatch(/never closed|quote/i);
  }, 30_000);

  it('an unterminated quote in the last field of the last row: refused both ways (DuckDB alone reads it as NULL)', async () => {
    const lines = [...BASE];
    lines[lines.length - 1] = good(lines.length - 2).replace(/,[^,]*$/, ',"0');
    expect(await both(utf8(lines))).toMatchObject({ refused: expect.stringMatching(new RegExp(`row ${lines.length}: .*never closed`)) });
  }, 30_000);

  it('a quoted value spanning the last two lines of the file is read, not refused (the odd last line is only a cue to look)', async () => {
    const lines = [...BASE];
    edit(lines, lines.length - 1, { category: '"Water\nsupply"' });
    const { report: r } = loadedOf(await both(utf8(lines)));
    expect(r.loaded).toBe(lines.length - 1);
    expect(r.issues).toEqual([]);
  }, 30_000);

  // Read in place, the page does not scan for a quote left open unless DuckDB's last record is not
  // the file's last line (lastLineKey): here the open quote swallows the rest, so it does, and refuses.
  it('an unterminated quote with a blank line before it: refused both ways', async () => {
    const lines = [...BASE];
    lines.splice(at(0.5), 0, '');
    lines[lines.length - 1] = good(lines.length - 3).replace(/,[^,]*$/, ',"0');
    expect(await both(utf8(lines))).toMatchObject({ refused: expect.stringMatching(/never closed/) });
  }, 30_000);

  // DuckDB reads the rest of the file into the open quote (NULL, no reject): the last record loaded is
  // not the file's last line, so the row numbers are worked out at once and the file is refused.
  it('an unterminated quote in the last field of a row mid-file: refused as the bytes path refuses (not half the rows loaded)', async () => {
    const lines = [...BASE];
    const i = at(0.5);
    lines[i] = lines[i].replace(/,[^,]*$/, ',"0');
    const out = await both(utf8(lines));
    expect(out).toMatchObject({ refused: expect.stringMatching(/never closed/) });
  }, 30_000);

  it('text values the loader cleans (spaces, blanks) late in the file: same outcome, and as the text load', async () => {
    const lines = [...BASE];
    const idx = [at(0.5), at(0.55), at(0.6), at(0.65), at(0.7)];
    edit(lines, idx[0], { district: ' Bhopal ', department: 'Revenue  ' });
    edit(lines, idx[1], { department: '   ' });
    edit(lines, idx[2], { complaint_id: ' C0000009 ' });
    edit(lines, idx[3], { block: '""', category: '\tTabbed', officer_name: ' ' });
    edit(lines, idx[4], { district: '\tIndore' });
    const bytes = utf8(lines);
    const { report: r } = loadedOf(await both(bytes));
    expect(issue(r, 'missing_required', 'department')?.rows).toEqual([idx[1] + 1]);
    expect(issue(r, 'duplicate_id')?.rows).toEqual([idx[2] + 1]);
    expect(issue(r, 'unknown_district')).toBeUndefined(); // a tab-led name still matches its district
    const [d] = await blobSide.db.query<{ district: string }>(`SELECT district FROM complaints WHERE complaint_id = '${idOf(BASE, idx[4])}'`);
    expect(d.district).toBe('Indore');
    await asTextLoad(bytes, r);
  }, 30_000);

  it('title lines before the header, a BOM, a blank line and a late bad row', async () => {
    const lines = ['Grievance report', 'District: all,,', '', ...BASE];
    const bad = at(0.7) + 3;
    edit(lines, bad, { status: 'closed', closure_type: 'satisfied', closed_on: '' });
    lines.splice(at(0.4), 0, '');
    const bytes = new TextEncoder().encode('\uFEFF' + lines.join('\n') + '\n');
    const { report: r } = loadedOf(await both(bytes));
    expect(r.headerRow).toBe(4);
    expect(issue(r, 'closed_without_date')?.rows).toEqual([bad + 2]);
  }, 30_000);

  it('tab-separated, with Hindi text throughout (multi-byte characters across the head and tail cuts)', async () => {
    const hindi = ['भोपाल', 'इंदौर', 'सागर', 'जबलपुर'];
    const lines = [HEADER.replaceAll(',', '\t')];
    let size = 0;
    for (let k = 0; size < FAST_DECODE_MIN + 4096; k++) {
      const f = fields(k);
      const l = COLS.map((c) => (c === 'district' ? hindi[k % 4] : c === 'officer_name' ? `अधिकारी ${k % 300}` : f[c])).join('\t');
      lines.push(l); size += new TextEncoder().encode(l).length + 1;
    }
    const bad = Math.floor(lines.length * 0.6);
    lines[bad] = lines[bad].replace(/^[^\t]*\t[^\t]*/, (m) => m.replace(/\t.*/, '\t2024-02-30'));
    const { report: r, wholeReads } = loadedOf(await both(new TextEncoder().encode(lines.join('\n') + '\n')));
    expect(r.delimiter).toBe('\t');
    expect(r.units).toEqual(['Bhopal', 'Indore', 'Jabalpur', 'Sagar']);
    expect(issue(r, 'bad_date', 'registered_on')?.rows).toEqual([bad + 1]);
    expect(wholeReads).toBe(1);
  }, 30_000);

  it('a smaller Blob (under FAST_DECODE_MIN) is read whole and gives what its bytes give', async () => {
    const lines = BASE.slice(0, 2000);
    edit(lines, 1500, { registered_on: 'x' });
    const bytes = utf8(lines);
    const blob = new CountingBlob([bytes]);
    const a = await importFile(blobSide.db, { name: 'small.csv', today: TODAY, blob });
    const ta = await tables(blobSide.db);
    const b = await importFile(bytesSide.db, { name: 'small.csv', today: TODAY, bytes });
    expect(comparable(a)).toEqual(comparable(b));
    expect(ta).toEqual(await tables(bytesSide.db));
    expect(issue(a, 'bad_date')?.rows).toEqual([1501]);
    expect(blob.wholeReads).toBe(1);
  }, 30_000);
});

describe('found along the way (both paths)', () => {
  // Was a bug until session 5: DuckDB reads a quoted value left open at the end of the file as NULL,
  // without a reject; the record count still matched the line count, so the quote scan that refuses
  // such a file never ran and the value was lost silently. Now an odd number of quotes on the last
  // line sends the row numbering to the full scan (rows.ts quickLines), which refuses. Small file.
  it('a quote left open in the last field of the last row is refused, not silently read as NULL', async () => {
    const text = [HEADER, good(0), good(1), good(2).replace(/,[^,]*$/, ',"1')].join('\n') + '\n';
    const r = await importFile(bytesSide.db, { name: 'open.csv', today: TODAY, bytes: new TextEncoder().encode(text) })
      .catch((e: Error) => e);
    expect(r).toBeInstanceOf(Error);
    expect((r as Error).message).toMatch(/row 4: a quoted value opened on line 4 is never closed/);
  });

  it('a small file ending in a value that spans lines is still read', async () => {
    const text = [HEADER, good(0), good(1), line({ ...fields(2), category: '"Water\nsupply"' })].join('\n') + '\n';
    const r = await importFile(bytesSide.db, { name: 'span.csv', today: TODAY, bytes: new TextEncoder().encode(text) });
    expect(r.loaded).toBe(3);
    expect(r.issues).toEqual([]);
    const [v] = await bytesSide.db.query<{ c: string }>(`SELECT category AS c FROM complaints WHERE complaint_id = '${fields(2).complaint_id}'`);
    expect(v.c).toBe('Water\nsupply');
  });
});
