/**
 * Files of FAST_DECODE_MIN bytes and more take the fast start (bytes to DuckDB undecoded, quote and
 * blank-line scan alongside). Each case checks the outcome is what the full path gives: Windows-1252
 * and broken UTF-8 are noticed by DuckDB and decoded again; quotes and blank lines keep row numbers
 * exact; markers never reach the loaded table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { FAST_DECODE_MIN } from '@/domain/import/sniff';
import type { ImportOptions } from '@/data/import/importFile';
import type { ImportReport } from '@/domain/import/types';
import { count, HEADER, imp as impPlain, issue } from './helpers';

let base: Db & { close(): void };
beforeAll(async () => { base = await createNodeDb(); }, 60_000);
afterAll(() => base.close());

/**
 * The browser's hand-over (Db.registerBuffer with transfer) in Node: the caller's buffer is really
 * detached, so an importer that touched the bytes afterwards would read nothing.
 */
function handingOver(d: Db): Db {
  return {
    query: d.query.bind(d), exec: d.exec.bind(d), dropFile: d.dropFile.bind(d),
    async registerBuffer(name, bytes, opts) {
      if (!opts?.transfer) return d.registerBuffer(name, bytes);
      const copy = bytes.slice();
      structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
      if (bytes.length !== 0) throw new Error('not detached');
      return d.registerBuffer(name, copy);
    },
  };
}

/** HEADER + n rows (row k = file row k + 2), row(k) gives the line; at least FAST_DECODE_MIN bytes. */
function bigLines(row: (k: number) => string): { lines: string[]; n: number } {
  const lines = [HEADER];
  let size = HEADER.length + 1;
  let k = 0;
  while (size < FAST_DECODE_MIN + 1000) { const l = row(k++); lines.push(l); size += l.length + 1; }
  return { lines, n: k };
}
const good = (k: number) => `B${k},05/01/2024,Bhopal,Health,Closed,10/01/2024,Satisfied`;

function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

describe.each([['bytes kept', false], ['bytes handed over, read again', true]])('big files (fast start), %s', (_label, handOver) => {
  let db: Db;
  beforeAll(() => { db = handOver ? handingOver(base) : base; });
  /** import; with hand-over the importer gets its own copy (detached on registration) and reads the file again from `bytes` */
  const imp = (d: Db, bytes: Uint8Array | string, opts: Partial<ImportOptions> = {}): Promise<ImportReport> => {
    const b = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    // waitForScans: the page's scan (id screen, district tally) is always used when it can be, so
    // those paths are tested every time (in the browser they are used when ready in time)
    return handOver ? impPlain(d, b.slice(), { waitForScans: true, ...opts, reread: async () => b.slice() }) : impPlain(d, b, { waitForScans: true, ...opts });
  };

  it('clean UTF-8: every row loaded, no issue, rows counted', async () => {
    const { lines, n } = bigLines(good);
    const r = await imp(db, lines.join('\n') + '\n');
    expect(r.ms).toBeGreaterThan(0);
    expect(r.steps).toMatchObject({ idsScreened: 1, namesTallied: 1 });
    expect(r.encoding).toBe('utf-8');
    expect(r.loaded).toBe(n);
    expect(r.issues).toEqual([]);
    expect(await count(db, 'complaints')).toBe(n);
  });

  it('duplicate ids (also spelt with spaces) are found and quarantined, the first kept', async () => {
    const { lines, n } = bigLines(good);
    lines.push('B17,06/01/2024,Indore,Health,Open,,', ' B42 ,06/01/2024,Indore,Health,Open,,');
    const r = await imp(db, lines.join('\n') + '\n');
    expect(issue(r, 'duplicate_id')?.rows).toEqual([n + 2, n + 3]);
    expect(r.loaded).toBe(n);
    const [d] = await db.query<{ district: string }>(`SELECT district FROM complaints WHERE complaint_id = 'B17'`);
    expect(d.district).toBe('Bhopal');
  });

  it('district names: spellings matched, unknown ones reported with counts and rows, as the SQL count gives', async () => {
    const names = ['Bhopal', 'भिण्ड', 'Narsimhapur', 'Narsinghpur', 'Hoshangabad', 'Atlantis'];
    const { lines, n } = bigLines((k) => `B${k},05/01/2024,${names[k % names.length]},Health,Open,,`);
    const r = await imp(db, lines.join('\n') + '\n');
    expect(r.steps).toMatchObject({ idsScreened: 1, namesTallied: 1 });
    expect(r.loaded).toBe(n);
    expect(r.units).toEqual(['Atlantis', 'Bhind', 'Bhopal', 'Narmadapuram', 'Narsinghpur'].sort((a, b) => a.localeCompare(b)));
    const atlantis = Math.floor((n - 6) / 6) + 1;
    expect(r.unknownDistricts).toEqual([{ name: 'Atlantis', count: atlantis, suggestion: r.unknownDistricts[0].suggestion }]);
    expect(issue(r, 'unknown_district')?.rows.slice(0, 2)).toEqual([7, 13]);
    const counts = await db.query<{ d: string; n: number }>('SELECT district AS d, count(*)::INTEGER AS n FROM complaints GROUP BY 1 ORDER BY 1');
    expect(Object.fromEntries(counts.map((x) => [x.d, x.n]))).toEqual({
      Atlantis: atlantis, Bhind: Math.floor((n - 2) / 6) + 1, Bhopal: Math.floor((n - 1) / 6) + 1,
      Narmadapuram: Math.floor((n - 5) / 6) + 1, Narsinghpur: Math.floor((n - 3) / 6) + 1 + Math.floor((n - 4) / 6) + 1,
    });
  });

  it('Windows-1252 bytes (é) are noticed and the file is decoded again', async () => {
    const { lines, n } = bigLines((k) => (k === 70_000 ? 'B70000,05/01/2024,Bhopal,Santé,Closed,10/01/2024,Satisfied' : good(k)));
    const r = await imp(db, latin1(lines.join('\n') + '\n'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.loaded).toBe(n);
    const [row] = await db.query<{ department: string }>(`SELECT department FROM complaints WHERE complaint_id = 'B70000'`);
    expect(row.department).toBe('Santé');
  });

  it('a few broken UTF-8 bytes in a Hindi file: rows kept, bytes replaced and noted', async () => {
    const { lines, n } = bigLines((k) => (k % 7 === 0 ? `B${k},05/01/2024,भोपाल,स्वास्थ्य,Closed,10/01/2024,Satisfied` : good(k)));
    const broken = new TextEncoder().encode(lines.join('\n') + '\n');
    const at = broken.indexOf(0x0a, 3_000_000) + 1; // the start of some row
    broken[at + 1] = 0xff; // "B1234..." → "B\uFFFD234...": still a unique id
    const r = await imp(db, broken);
    expect(r.encoding).toBe('utf-8');
    expect(r.notes.join(' ')).toMatch(/not valid UTF-8/);
    expect(r.loaded).toBe(n);
  });

  it('quoted values with line breaks and blank lines: row numbers stay exact', async () => {
    const bad: number[] = [];
    const { lines } = bigLines((k) => {
      if (k % 5000 === 17) { bad.push(k); return `B${k},not a date,Bhopal,Health,Open,,`; }
      return k % 1000 === 3 ? `B${k},05/01/2024,Bhopal,"Health, ""Rural""",Open,,` : good(k);
    });
    // one value with a line break, and a blank line, both early
    lines.splice(11, 0, 'Q1,05/01/2024,Bhopal,"two\nlines",Open,,');
    lines.splice(21, 0, '');
    const r = await imp(db, lines.join('\n') + '\n');
    // the file row of a line: 1 + the physical lines before it
    const rowOf: number[] = [];
    lines.reduce((row, l, i) => { rowOf[i] = row; return row + 1 + (l.match(/\n/g) ?? []).length; }, 1);
    const rows = bad.map((k) => rowOf[lines.indexOf(`B${k},not a date,Bhopal,Health,Open,,`)]);
    expect(rows[0]).toBe(21); // after the two-line value, before the blank line
    expect(rows[1]).toBe(5017 + 5);
    expect(issue(r, 'bad_date')?.rows).toEqual(rows.slice(0, 20));
    expect(issue(r, 'bad_date')?.count).toBe(bad.length);
    const [d] = await db.query<{ department: string }>(`SELECT department FROM complaints WHERE complaint_id = 'B3'`);
    expect(d.department).toBe('Health, "Rural"');
  });

  it('values not understood are NULL in the loaded table (no marker left) and warned', async () => {
    const header = 'complaint_id,registered_on,district,department,status,closed_on,closure_type,source,quality,current_level,reopened,attended_on';
    const lines = [header];
    let size = 0, k = 0;
    while (size < FAST_DECODE_MIN + 1000) {
      const odd = k % 1000 === 9;
      const l = `B${k},05/01/2024,Bhopal,Health,Closed,10/01/2024,Satisfied,${odd ? 'pigeon' : '181'},${odd ? 'meh' : 'ok'},${odd ? 'L9' : 'L2'},${odd ? 'many' : '1'},${odd ? '32/13/2024' : '06/01/2024'}`;
      lines.push(l); size += l.length + 1; k++;
    }
    const r = await imp(db, lines.join('\n') + '\n');
    expect(r.loaded).toBe(k);
    for (const col of ['source', 'quality', 'current_level', 'reopened', 'attended_on']) {
      expect(issue(r, 'unparsed_optional', col)?.count, col).toBe(Math.ceil((k - 9) / 1000));
    }
    const [m] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM complaints
      WHERE source < '\u0002' OR quality < '\u0002' OR current_level < 0 OR reopened < 0 OR attended_on < DATE '1900-01-01'`);
    expect(m.n).toBe(0);
    const [nulls] = await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM complaints WHERE source IS NULL AND quality IS NULL AND current_level IS NULL AND reopened IS NULL AND attended_on IS NULL`);
    expect(nulls.n).toBe(Math.ceil((k - 9) / 1000));
  });
});

it('with a UTF-8 BOM and CR-only line ends, handed over: a duplicate is still found', async () => {
  const { lines, n } = bigLines(good);
  lines.push('B5,06/01/2024,Indore,Health,Open,,');
  const b = new TextEncoder().encode('\uFEFF' + lines.join('\r') + '\r');
  const r = await impPlain(handingOver(base), b.slice(), { reread: async () => b.slice() });
  expect(r.encoding).toBe('utf-8-bom');
  expect(r.loaded).toBe(n);
  expect(r.columns.complaint_id).toBe('complaint_id');
  expect(issue(r, 'duplicate_id')?.rows).toEqual([n + 2]);
});
