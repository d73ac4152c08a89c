/** File shapes: encodings, delimiters, date formats, Hindi headers, mappings, row numbering, refusals. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { ImportRefused, type ImportPhase } from '@/domain/import/types';
import { count, csv, GOOD, HEADER, imp, issue } from './helpers';

let db: Db & { close(): void };
beforeAll(async () => { db = await createNodeDb(); }, 60_000);
afterAll(() => db.close());

const HINDI = 'शिकायत क्रमांक,पंजीयन दिनांक,जिला,विभाग,स्थिति,निराकरण दिनांक,closure_type\nH1,05/01/2024,भिण्ड,स्वास्थ्य,बंद,10/01/2024,संतुष्ट\nH2,06/01/2024,इन्दौर,राजस्व,लंबित,,\n';

function utf16(s: string, be: boolean, bom: boolean): Uint8Array {
  const all = (bom ? '\uFEFF' : '') + s;
  const out = new Uint8Array(all.length * 2);
  for (let i = 0; i < all.length; i++) {
    const c = all.charCodeAt(i);
    out[2 * i + (be ? 1 : 0)] = c & 0xff;
    out[2 * i + (be ? 0 : 1)] = c >> 8;
  }
  return out;
}

describe('encodings', () => {
  const enc = new TextEncoder().encode(HINDI);
  it.each([
    ['utf-8', enc],
    ['utf-8-bom', new Uint8Array([0xef, 0xbb, 0xbf, ...enc])],
    ['utf-16le', utf16(HINDI, false, true)],
    ['utf-16be', utf16(HINDI, true, true)],
    ['utf-16le', utf16(HINDI, false, false)],
  ])('%s', async (encoding, bytes) => {
    const r = await imp(db, bytes);
    expect(r.encoding).toBe(encoding);
    expect(r.loaded).toBe(2);
    expect(await db.query('SELECT complaint_id, district, department, status, closure_type FROM complaints ORDER BY 1')).toEqual([
      { complaint_id: 'H1', district: 'Bhind', department: 'स्वास्थ्य', status: 'closed', closure_type: 'satisfied' },
      { complaint_id: 'H2', district: 'Indore', department: 'राजस्व', status: 'open', closure_type: null },
    ]);
  });

  it('windows-1252 text is transcoded', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode(`${HEADER}\nA1,05/01/2024,Bhopal,Sant`), 0xe9, ...new TextEncoder().encode(',Open,,\n')]);
    const r = await imp(db, bytes);
    expect(r.encoding).toBe('windows-1252');
    expect((await db.query<{ d: string }>('SELECT department AS d FROM complaints'))[0].d).toBe('Santé');
  });
});

describe('delimiters and line endings', () => {
  it.each([
    [',', 'comma'], [';', 'semicolon'], ['\t', 'tab'], ['|', 'pipe'],
  ])('%j', async (d) => {
    const body = [HEADER, GOOD, 'A2,06/01/2024,Indore,"Health; Family, Welfare",Open,,'].map((l) => (d === ',' ? l : l.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, d)));
    const r = await imp(db, csv(...body));
    expect(r.delimiter).toBe(d);
    expect(r.loaded).toBe(2);
    expect((await db.query<{ d: string }>("SELECT department AS d FROM complaints WHERE complaint_id = 'A2'"))[0].d).toBe('Health; Family, Welfare');
  });

  it.each([['\r\n'], ['\r'], ['mixed']])('line endings %j', async (nl) => {
    const lines = [HEADER, GOOD, 'A2,06/01/2024,Indore,Health,Open,,', 'A3,07/01/2024,Indore,Health,Open,,'];
    const text = nl === 'mixed' ? `${lines[0]}\r\n${lines[1]}\n${lines[2]}\r\n${lines[3]}\n` : lines.join(nl) + nl;
    const r = await imp(db, text);
    expect(r.loaded).toBe(3);
    expect(await db.query('SELECT complaint_id FROM complaints ORDER BY 1')).toEqual([{ complaint_id: 'A2' }, { complaint_id: 'A3' }, { complaint_id: 'G1' }]);
  });
});

describe('date formats (chosen per column, stated in the report, time dropped)', () => {
  it.each([
    ['2024-01-05', '2024-01-10', '%Y-%m-%d'],
    ['2024-01-05 13:47:00', '2024-01-10 09:00:00', '%Y-%m-%d %H:%M:%S'],
    ['2024-01-05T13:47:00', '2024-01-10T09:00:00', '%Y-%m-%dT%H:%M:%S'],
    ['05-01-2024', '10-01-2024', '%d-%m-%Y'],
    ['05/01/2024', '10/01/2024', '%d/%m/%Y'],
    ['5/1/2024', '10/1/2024', '%d/%m/%Y'],
    ['05.01.2024', '10.01.2024', '%d.%m.%Y'],
    ['01/05/2024 01:47:00 PM', '01/30/2024 11:18:00 AM', '%m/%d/%Y %I:%M:%S %p'],
    ['01/05/2024', '01/30/2024', '%m/%d/%Y'],
    ['05-Jan-2024', '10-Jan-2024', '%d-%b-%Y'],
  ])('%s', async (reg, closed, format) => {
    const wantClosed = format.startsWith('%m') ? '2024-01-30' : '2024-01-10';
    const r = await imp(db, csv(HEADER, `A1,${reg},Bhopal,Health,Closed,${closed},Satisfied`));
    expect(r.dateFormats.registered_on).toBe(format);
    expect(r.rejected).toBe(0);
    expect(await db.query('SELECT registered_on, closed_on FROM complaints')).toEqual([{ registered_on: '2024-01-05', closed_on: wantClosed }]);
    expect(r.dateRange).toEqual({ min: '2024-01-05', max: '2024-01-05' });
  });

  it('a value without the usual time still reads; a mapping dateFormat overrides sniffing', async () => {
    let r = await imp(db, csv(HEADER, 'A1,2024-01-05 10:00:00,Bhopal,Health,Open,,', 'A2,2024-01-06,Bhopal,Health,Open,,', 'A3,2024-01-07 11:00:00,Bhopal,Health,Open,,'));
    expect(r.loaded).toBe(3);
    const body = csv('id,reg,dist,dept,st', 'A1,03/04/2024,Bhopal,Health,Open');
    r = await imp(db, body, { mapping: { columns: { complaint_id: 'id', registered_on: 'reg', district: 'dist', department: 'dept', status: 'st' }, dateFormat: '%m/%d/%Y' } });
    expect(r.dateFormats.registered_on).toBe('%m/%d/%Y');
    expect((await db.query<{ d: string }>('SELECT registered_on AS d FROM complaints'))[0].d).toBe('2024-03-04');
  });
});

describe('headers', () => {
  it('Hindi headers under title lines, with the header row reported', async () => {
    const r = await imp(db, `मुख्यमंत्री हेल्पलाइन रिपोर्ट\n\n${HINDI}`);
    expect(r.headerRow).toBe(3);
    expect(r.columns).toMatchObject({ complaint_id: 'शिकायत क्रमांक', registered_on: 'पंजीयन दिनांक', district: 'जिला', department: 'विभाग', status: 'स्थिति', closed_on: 'निराकरण दिनांक' });
    expect(r.loaded).toBe(2);
  });

  it('English aliases; unknown headers are listed as ignored', async () => {
    const r = await imp(db, csv('Complaint No,Date of Registration,District Name,Dept,Case Status,Remarks', 'A1,05/01/2024,Bhopal,Health,Open,call back'));
    expect(r.loaded).toBe(1);
    expect(r.ignoredColumns).toEqual(['Remarks']);
  });
});

describe('mapping with value maps', () => {
  it('maps columns and values, and a value mapped to null is not a warning', async () => {
    const mapping = {
      columns: { complaint_id: 'ID', registered_on: 'OPENED', district: 'ZILA', department: 'DEPT', status: 'STATE', source: 'VIA', current_level: 'LVL' },
      values: { status: { Fresh: 'open', Done: 'closed' }, source: { 'Constituent Call': 'call_181', Unknown: null }, district: { 'Bhopal City': 'Bhopal' } },
    };
    const r = await imp(db, csv('ID,OPENED,ZILA,DEPT,STATE,VIA,LVL,closed_on,closure_type',
      'A1,05/01/2024,Bhopal City,Health,Fresh,Constituent Call,Second,,',
      'A2,05/01/2024,Indore,Health,Done,Unknown,L3,06/01/2024,Satisfied'), { mapping });
    expect(r.rejected).toBe(0);
    expect(issue(r, 'unparsed_optional', 'source')).toBeUndefined();
    expect(issue(r, 'unparsed_optional', 'current_level')?.rows).toEqual([2]);
    expect(await db.query('SELECT complaint_id, district, status, source, current_level FROM complaints ORDER BY 1')).toEqual([
      { complaint_id: 'A1', district: 'Bhopal', status: 'open', source: 'call_181', current_level: null },
      { complaint_id: 'A2', district: 'Indore', status: 'closed', source: null, current_level: 3 },
    ]);
  });
});

describe('row numbers follow the file', () => {
  it('blank lines and title lines count; a value spanning lines is one row starting on its first line', async () => {
    const r = await imp(db, ['Report', HEADER, GOOD, '', 'A1,xx,Bhopal,Health,Open,,', 'A2,05/01/2024,Bhopal,"multi', 'line",Open,,', 'A3,yy,Bhopal,Health,Open,,', ''].join('\n'));
    expect(r.headerRow).toBe(2);
    expect(issue(r, 'bad_date')?.rows).toEqual([5, 8]);
    expect((await db.query<{ d: string }>("SELECT department AS d FROM complaints WHERE complaint_id = 'A2'"))[0].d).toBe('multi\nline');
  });

  it('a row DuckDB cannot parse (stray quote) is quarantined with its line, and the rows after it keep their numbers', async () => {
    const r = await imp(db, csv(HEADER, GOOD, 'A1,05/01/2024,Bhopal,"He"alth,Open,,', 'A2,xx,Bhopal,Health,Open,,'));
    expect(issue(r, 'bad_value', 'department')?.rows).toEqual([3]);
    expect(issue(r, 'bad_date')?.rows).toEqual([4]);
    expect(r.rows).toBe(3);
    expect(r.loaded).toBe(1);
    const q = await db.query<{ row: number; unparsed_line: string | null }>('SELECT "row", unparsed_line FROM complaints_quarantine ORDER BY 1');
    expect(q).toEqual([{ row: 3, unparsed_line: 'A1,05/01/2024,Bhopal,"He"alth,Open,,' }, { row: 4, unparsed_line: null }]);
  });

  it('rows with every field empty are skipped like blank lines', async () => {
    const r = await imp(db, csv(HEADER, GOOD, ',,,,,,', 'A1,xx,Bhopal,Health,Open,,'));
    expect(r.rows).toBe(2);
    expect(issue(r, 'bad_date')?.rows).toEqual([4]);
  });
});

describe('refusals leave the loaded data as it was', () => {
  const cases: [string, Uint8Array, RegExp][] = [
    ['empty', new Uint8Array(), /^bad\.csv: the file is empty$/],
    ['header only', csv(HEADER), /^bad\.csv: the file has a header row but no data rows$/],
    ['only empty rows', csv(HEADER, ',,,,,,'), /no data rows/],
    ['binary', new Uint8Array(Array.from({ length: 300 }, (_, i) => (i * 7) % 256)), /^bad\.csv: not a text table/],
    ['missing column', csv('complaint_id,registered_on,department,status', 'A1,05/01/2024,Health,Open'), /^bad\.csv: required column "district" not found \(headers: complaint_id, registered_on, department, status\)$/],
    ['unterminated quote', csv(HEADER, GOOD, 'A1,05/01/2024,"Bhopal,Health,Open,,', 'A2,05/01/2024,Bhopal,Health,Open,,'), /^bad\.csv: row 3: a quoted value/],
  ];
  it.each(cases)('%s', async (_, bytes, msg) => {
    await imp(db, csv(HEADER, GOOD, 'A1,xx,Bhopal,Health,Open,,'));
    const before = await db.query('SELECT * FROM complaints');
    const qBefore = await db.query('SELECT * FROM complaints_quarantine');
    const err = await imp(db, bytes, { name: 'bad.csv' }).catch((e) => e);
    expect(err).toBeInstanceOf(ImportRefused);
    expect(err.message).toMatch(msg);
    expect(err.message).not.toContain('\n');
    expect(await db.query('SELECT * FROM complaints')).toEqual(before);
    expect(await db.query('SELECT * FROM complaints_quarantine')).toEqual(qBefore);
    const leftovers = await db.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name LIKE '\\_%' ESCAPE '\\'");
    expect(leftovers[0].n).toBe(0);
  });
});

it('reports progress phases in order', async () => {
  const phases: ImportPhase[] = [];
  await imp(db, csv(HEADER, GOOD), { onProgress: (p) => phases.push(p) });
  expect(phases).toEqual(['reading', 'sniffing', 'loading', 'validating', 'done']);
});

const BOSTON = path.resolve(__dirname, '../../../../../shared/fixtures/boston311-100.csv');
describe.skipIf(!fs.existsSync(BOSTON))('Boston 311 fixture with a mapping (skipped when ../shared/fixtures is absent)', () => {
  it('loads 99 of 100 rows; the one without a neighborhood is quarantined; US-style export reads', async () => {
    const mapping = {
      columns: { complaint_id: 'case_enquiry_id', registered_on: 'open_dt', closed_on: 'closed_dt', district: 'neighborhood', status: 'case_status', category: 'type' },
      values: { source: { 'Constituent Call': 'call_181', 'Citizens Connect App': 'app', 'City Worker App': 'other', 'Self Service': 'web', 'Employee Generated': 'other' } },
    };
    const r = await imp(db, new Uint8Array(fs.readFileSync(BOSTON)), { name: 'boston311-100.csv', mapping, today: '2025-01-01' });
    expect(r.rows).toBe(100);
    expect(r.dateFormats).toEqual({ registered_on: '%Y-%m-%d %H:%M:%S', closed_on: '%Y-%m-%d %H:%M:%S' });
    expect(issue(r, 'missing_required', 'district')?.rows).toEqual([2]);
    expect(r.loaded + r.rejected).toBe(100);
    expect(issue(r, 'unknown_district')?.severity).toBe('warning');
    expect(issue(r, 'unparsed_optional', 'source')).toBeUndefined();
    expect(await count(db, 'complaints')).toBe(r.loaded);
    const [first] = await db.query<{ registered_on: string; status: string; source: string }>(
      "SELECT registered_on, status, source FROM complaints WHERE complaint_id = '101004130437'");
    expect(first).toEqual({ registered_on: '2022-01-19', status: 'closed', source: 'call_181' });
  });
});

describe('row numbers stay exact on a larger file', () => {
  it('30,000 rows with a bad date every 997th row and a late duplicate', async () => {
    const lines = [HEADER];
    const bad: number[] = [];
    for (let i = 0; i < 30_000; i++) {
      const row = i + 2;
      const isBad = i % 997 === 500;
      if (isBad) bad.push(row);
      lines.push(`C${i},${isBad ? 'not a date' : '05/01/2024'},Bhopal,Health,Open,,`);
    }
    lines.push('C7,06/01/2024,Indore,Health,Open,,');
    const r = await imp(db, csv(...lines));
    expect(issue(r, 'bad_date')?.count).toBe(bad.length);
    expect(issue(r, 'bad_date')?.rows).toEqual(bad.slice(0, 20));
    expect(issue(r, 'duplicate_id')?.rows).toEqual([30_002]);
    const q = await db.query<{ row: number }>('SELECT "row" FROM complaints_quarantine ORDER BY 1');
    expect(q.map((x) => x.row)).toEqual([...bad, 30_002]);
    expect(r.loaded).toBe(30_000 - bad.length);
  });
});

describe('words DuckDB reads as 1900-01-01 are not dates', () => {
  it.each([['%d/%m/%Y dates', '05/01/2024', '01/01/1900'], ['ISO dates', '2024-01-05', '1900-01-01']])('%s', async (_l, day, y1900) => {
    const r = await imp(db, csv(
      'complaint_id,registered_on,district,department,status,closed_on,closure_type,attended_on',
      `W1,infinity,Bhopal,Health,Open,,,${day}`,
      `W2,${day},Bhopal,Health,Open,,,epoch`,
      `W3,${y1900},Bhopal,Health,Open,,,-infinity`,
      `W4,${day},Bhopal,Health,Open,,,${day}`,
    ));
    expect(issue(r, 'bad_date', 'registered_on')?.rows).toEqual([2]);
    expect(issue(r, 'unparsed_optional', 'attended_on')?.rows).toEqual([3, 4]);
    const rows = await db.query<{ id: string; reg: string; att: string | null }>(
      'SELECT complaint_id AS id, CAST(registered_on AS VARCHAR) AS reg, CAST(attended_on AS VARCHAR) AS att FROM complaints ORDER BY 1');
    expect(rows.map((x) => [x.id, x.reg, x.att])).toEqual([
      ['W2', '2024-01-05', null], ['W3', '1900-01-01', null], ['W4', '2024-01-05', '2024-01-05'],
    ]);
  });
});
