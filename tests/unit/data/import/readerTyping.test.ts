/**
 * The fast load (Plan.reader: read_csv types the date columns) must give exactly what the text load
 * gives — same report, same loaded rows, same quarantine — and must fall back to the text load
 * whenever read_csv cannot read a date, or may have read a word ('epoch', 'infinity') as one.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import type { ImportReport } from '@/domain/import/types';
import { complaintsPlan } from '@/data/import/complaintsPlan';
import { imp } from './helpers';

let db: Db & { close(): void };
beforeAll(async () => { db = await createNodeDb(); }, 60_000);
afterAll(() => db.close());

const H = 'complaint_id,registered_on,district,department,status,closed_on,closure_type,attended_on';

async function snapshot(): Promise<{ loaded: unknown[]; quarantine: unknown[] }> {
  const loaded = await db.query('SELECT * FROM complaints ORDER BY complaint_id');
  const quarantine = await db.query('SELECT * FROM complaints_quarantine ORDER BY 1, 2');
  return { loaded, quarantine };
}

function comparable(r: ImportReport): Omit<ImportReport, 'ms' | 'steps'> {
  const { ms: _ms, steps: _steps, ...rest } = r;
  return rest;
}

/** Import `text` both ways; expect identical outcomes; return the fast run's steps. */
async function both(text: string): Promise<Record<string, number>> {
  const slow = await imp(db, text, { readerTyping: false });
  const slowTables = await snapshot();
  const fast = await imp(db, text);
  const fastTables = await snapshot();
  expect(comparable(fast)).toEqual(comparable(slow));
  expect(fastTables).toEqual(slowTables);
  expect(slow.steps?.typedDates).toBe(0);
  return fast.steps ?? {};
}

const rows = (n: number, row: (k: number) => string) => [H, ...Array.from({ length: n }, (_, k) => row(k))].join('\n') + '\n';

const ENUM_STATUS = "ENUM('open', 'closed')";
const ENUM_CLOSURE = "ENUM('satisfied', 'partially_satisfied', 'force_closed', 'special_closed')";

describe('which date columns read_csv types', () => {
  const sample = (r: string[][]) => complaintsPlan({
    index: { complaint_id: 0, registered_on: 1, district: 2, department: 3, status: 4, closed_on: 5, closure_type: 6, attended_on: 7 },
    sample: r, today: '2026-01-01', headerCount: 8, ncols: 9,
  }).reader;

  it('all dates in one format: all typed, as DATE with that format', () => {
    const rd = sample([['1', '2025-01-05', 'Bhopal', 'Health', 'closed', '2025-01-09', 'satisfied', '2025-01-06']]);
    expect(rd?.dates.sort()).toEqual(['attended_on', 'closed_on', 'registered_on']);
    expect(rd?.columns).toEqual({ 1: 'DATE', 5: 'DATE', 7: 'DATE', 4: ENUM_STATUS, 6: ENUM_CLOSURE });
    expect(rd?.dateformat).toBe('%Y-%m-%d');
    expect(rd?.timestampformat).toBeNull();
  });

  it('coded columns are read as an ENUM of their canonical values only when every sampled spelling is canonical', () => {
    const rd = sample([['1', '2025-01-05', 'Bhopal', 'Health', 'Closed', '2025-01-09', 'satisfied', '2025-01-06']]);
    // status needs its expression ("Closed"), and so closure_type (a blank one is taken from status)
    expect(rd?.columns).toEqual({ 1: 'DATE', 5: 'DATE', 7: 'DATE' });
    const rd2 = sample([['1', '2025-01-05', 'Bhopal', 'Health', 'closed', '2025-01-09', 'Satisfied', '2025-01-06']]);
    expect(rd2?.columns).toEqual({ 1: 'DATE', 5: 'DATE', 7: 'DATE', 4: ENUM_STATUS });
    expect(rd2?.typed.find((e) => e.endsWith('AS "status"'))).toBe('CAST(c4 AS VARCHAR) AS "status"');
  });

  it('a column with a time is read as TIMESTAMP with its own format; date-only ones as DATE', () => {
    const rd = sample([['1', '05/01/2025 10:30:00 AM', 'Bhopal', 'Health', 'closed', '09/01/2025', 'satisfied', '06/01/2025']]);
    expect(rd?.columns).toEqual({ 1: 'TIMESTAMP', 5: 'DATE', 7: 'DATE', 4: ENUM_STATUS, 6: ENUM_CLOSURE });
    expect(rd?.timestampformat).toBe('%d/%m/%Y %I:%M:%S %p');
    expect(rd?.dateformat).toBe('%d/%m/%Y');
  });
});

describe('the fast load gives what the text load gives', () => {
  it('clean ISO dates: typed, no second load', async () => {
    const steps = await both(rows(50, (k) => `C${k},2025-01-${String(1 + (k % 28)).padStart(2, '0')},Bhopal,Health,${k % 3 ? 'closed' : 'open'},${k % 3 ? '2025-02-01' : ''},${k % 3 ? 'satisfied' : ''},2025-01-29`));
    expect(steps.typedDates).toBe(3);
    expect(steps.loadText).toBeUndefined();
  });

  it('clean day-first dates with and without a time: typed', async () => {
    const steps = await both(rows(40, (k) => `D${k},0${1 + (k % 9)}/01/2025 10:1${k % 10}:00 AM,Indore,Energy,closed,15/01/2025,force_closed,1${k % 10}/01/2025`));
    expect(steps.typedDates).toBe(3);
    expect(steps.loadText).toBeUndefined();
  });

  it.each([
    ['a date read_csv cannot read (bad_date, quarantined)', '2025-13-45', 'text'],
    ['a date with a time in a date-only column (read by the text way)', '2025-01-07 10:30', 'text'],
    ['a date with spaces around it (strptime skips them, as the text load does)', ' 2025-01-07 ', 'typed'],
    ['the word epoch', 'epoch', 'text'],
    ['the word infinity', 'infinity', 'text'],
    ['a slash-separated ISO date', '2025/01/07', 'text'],
    ['a year outside 1900-2199 (read, then marked: bad_date)', '2301-01-07', 'typed'],
  ])('%s: same outcome (%s load)', async (_l, v, way) => {
    const steps = await both(rows(30, (k) => `E${k},${k === 17 ? v : '2025-01-05'},Bhopal,Health,closed,2025-01-09,satisfied,2025-01-06`));
    expect(steps.loadText != null ? 'text' : 'typed').toBe(way);
  });

  it('epoch / infinity in day-first columns (strptime reads them as 1900-01-01): text load, bad_date', async () => {
    const text = rows(10, (k) => `F${k},${k === 3 ? 'epoch' : k === 4 ? 'infinity' : '05/01/2025'},Bhopal,Health,closed,09/01/2025,satisfied,${k === 5 ? 'epoch' : '06/01/2025'}`);
    const steps = await both(text);
    expect(steps.loadText).toBeDefined();
    const r = await imp(db, text);
    expect(r.issues.find((i) => i.kind === 'bad_date' && i.column === 'registered_on')?.rows).toEqual([5, 6]);
    expect(r.issues.find((i) => i.kind === 'unparsed_optional' && i.column === 'attended_on')?.rows).toEqual([7]);
  });

  it('a real 1900-01-01 (a placeholder some exports write) loads as the text load loads it', async () => {
    const steps = await both(rows(10, (k) => `P${k},2025-01-05,Bhopal,Health,open,,,${k === 2 ? '1900-01-01' : '2025-01-06'}`));
    expect(steps.loadText).toBeDefined();
  });

  it('rows with too many fields, blank rows and quoted dates: typed, same outcome', async () => {
    const text = [H, 'Q1,"2025-01-05",Bhopal,Health,closed,"2025-01-09",satisfied,', '', 'Q2,2025-01-05,Bhopal,Health,open,,,,extra', ',,,,,,,', 'Q3,2025-01-06,Sagar,Health,open,,,'].join('\n') + '\n';
    const steps = await both(text);
    expect(steps.typedDates).toBe(3);
  });

  it('random date strings: both loads agree (property)', async () => {
    const token = fc.oneof(
      fc.constantFrom('2025-01-05', '2025-1-5', '2025-02-29', '2024-02-29', '1899-12-31', '1900-01-01', '1970-01-01', '2199-12-31', '2200-01-01',
        '05/01/2025', 'epoch', 'infinity', '-infinity', '', ' ', '2025-01-05 10:00:00', '2025-01-05T10:00', '20250105', '2025/01/05', '02025-01-05',
        '2025-01-05 BC', 'x', '2025-00-10', '0001-01-01'),
      fc.tuple(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    const file = fc.array(fc.tuple(token, token, token), { minLength: 1, maxLength: 8 }).map((rs) =>
      rows(rs.length, (k) => `R${k},${rs[k][0]},Bhopal,Health,closed,${rs[k][1]},satisfied,${rs[k][2]}`));
    await fc.assert(fc.asyncProperty(file, async (text) => { await both(text); }), { numRuns: 40 });
  }, 120_000);
});
