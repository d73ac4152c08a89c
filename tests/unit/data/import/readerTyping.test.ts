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
import { headText, sniffTable, tailText } from '@/domain/import/sniff';
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
    expect(rd2?.typed.find((e) => e.endsWith('AS "status"'))).toBe('c4 AS "status"'); // stored as the ENUM read (a cast to VARCHAR cost ~0.2 s at 1M rows)
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

/**
 * Values the fast load stores as read (text columns) or reads as an ENUM (coded columns) that need
 * the text load's expression, placed where the sniff does not see them: the sniff samples every row
 * of the first 256 KB (headText) and of the last 64 KB (tailText), so the plan is made on clean rows
 * only. 6,000 rows of ~70 bytes; the odd rows sit at 4,500–4,700 (~310 KB in, ~90 KB from the end).
 */
describe('the fast load gives what the text load gives: odd values after the sampled rows', () => {
  const N = 6000;
  const clean = (k: number) => {
    const closed = k % 3 !== 0;
    return `L${k},2024-01-${String(1 + (k % 28)).padStart(2, '0')},${['Bhopal', 'Indore', 'Sagar'][k % 3]},${['Health', 'Revenue'][k % 2]},${closed ? 'closed' : 'open'},${closed ? '2024-02-01' : ''},${closed ? 'satisfied' : ''},2024-01-29`;
  };
  /** clean rows, with row k replaced by odd[k] (given as the fields of H) */
  const late = (odd: Record<number, Partial<Record<string, string>>>, base = clean, header = H) => {
    const cols = header.split(',');
    return [header, ...Array.from({ length: N }, (_, k) => {
      if (!odd[k]) return base(k);
      const cells = base(k).split(',');
      return cols.map((c, i) => odd[k][c] ?? cells[i]).join(',');
    })].join('\n') + '\n';
  };
  /** the odd values are in no sampled row (else the plan would see them) */
  const unsampled = (text: string, odd: Record<number, Partial<Record<string, string>>>) => {
    const b = new TextEncoder().encode(text);
    const sampled = new Set(sniffTable('t', headText(b), tailText(b), 'complaints').sample.map((r) => r[0]));
    for (const k of Object.keys(odd)) expect(sampled.has(`L${k}`), `row L${k} sampled`).toBe(false);
    expect(sampled.has('L0') && sampled.has(`L${N - 1}`)).toBe(true);
  };
  const check = async (odd: Record<number, Partial<Record<string, string>>>, base = clean, header = H) => {
    const text = late(odd, base, header);
    unsampled(text, odd);
    const steps = await both(text);
    return { steps, report: await imp(db, text) };
  };

  it('text values with leading / trailing spaces: fixed up after the fast load (no second load)', async () => {
    const { steps, report } = await check({
      4500: { district: ' Bhopal' }, 4510: { department: 'Health ' }, 4520: { complaint_id: ' L17 ' },
      4530: { district: '  Indore  ', department: '  Revenue' }, 4540: { complaint_id: 'L4540  ' },
    });
    expect(steps.loadText).toBeUndefined();
    expect(steps.fixups).toBeGreaterThan(0);
    expect(report.issues.map((i) => i.kind)).toEqual(['duplicate_id']);
    expect(report.issues[0].rows).toEqual([4522]);
    const [r] = await db.query<{ d: string; p: string }>(`SELECT district AS d, department AS p FROM complaints WHERE complaint_id = 'L4530'`);
    expect(r).toEqual({ d: 'Indore', p: 'Revenue' });
  });

  it('tab-led values (not trimmed by either load) and control characters', async () => {
    const { steps } = await check({
      4500: { district: '\tBhopal' }, 4510: { department: '\tHealth\t' }, 4520: { complaint_id: '\tL4520' },
      4530: { department: '\u0001x' }, 4540: { district: '\t' },
    });
    expect(steps.loadText).toBeUndefined();
  });

  it('whitespace-only values in required text columns: missing, as the text load finds', async () => {
    const { steps, report } = await check({ 4500: { district: '   ' }, 4510: { department: ' ' }, 4520: { complaint_id: '  ' }, 4530: { district: ' ', department: '  ' } });
    expect(steps.loadText).toBeUndefined();
    expect(steps.fixups).toBeGreaterThan(0);
    expect(report.issues.find((i) => i.kind === 'missing_required' && i.column === 'district')?.rows).toEqual([4502, 4532]);
    expect(report.issues.find((i) => i.kind === 'missing_required' && i.column === 'complaint_id')?.rows).toEqual([4522]);
    expect(report.rejected).toBe(4);
  });

  it('quoted empty strings ("") in text columns', async () => {
    const { report } = await check({ 4500: { district: '""' }, 4510: { department: '""' }, 4520: { complaint_id: '""' }, 4530: { district: '" "' } });
    expect(report.rejected).toBe(4);
  });

  it.each([
    ['"Closed"', { 4600: { status: 'Closed' } }, 'text'],
    ['" open" (a space before it)', { 4600: { status: ' open', closed_on: '', closure_type: '' } }, 'text'],
    ['"open " (a space after it)', { 4600: { status: 'open ', closed_on: '', closure_type: '' } }, 'text'],
    ['"FORCE CLOSED" with closure_type blank (taken from status)', { 4600: { status: 'FORCE CLOSED', closure_type: '' } }, 'text'],
    ['a quoted empty status ("": NULL, missing)', { 4600: { status: '""' } }, 'typed'],
    ['a status not understood ("maybe")', { 4600: { status: 'maybe' } }, 'text'],
    ['a closure_type not canonical ("Satisfied")', { 4600: { closure_type: 'Satisfied' } }, 'text'],
    ['a closure_type spelt with spaces ("force closed")', { 4600: { closure_type: 'force closed' } }, 'text'],
  ] as [string, Record<number, Record<string, string>>, 'text' | 'typed'][])('coded value %s after the sample: same outcome (%s load)', async (_l, odd, way) => {
    const { steps } = await check(odd);
    // the ENUM cast fails for any spelling but the canonical ones: then the text load is used
    expect(steps.loadText != null ? 'text' : 'typed').toBe(way);
  });

  it('closure_type blank while status is canonical (closed: missing; open: fine); no second load', async () => {
    const { steps, report } = await check({ 4600: { status: 'closed', closure_type: '' }, 4610: { status: 'open', closed_on: '', closure_type: '' }, 4620: { status: 'closed', closure_type: '""' } });
    expect(steps.loadText).toBeUndefined();
    expect(report.issues.find((i) => i.kind === 'missing_required' && i.column === 'closure_type')?.rows).toEqual([4602, 4622]);
  });

  it('closure_type read by its expression (a non-canonical spelling sampled) while status is an ENUM: blank ones taken from status', async () => {
    const base = (k: number) => clean(k).replace(',satisfied,', k % 2 ? ',Satisfied,' : ',satisfied,');
    const { steps, report } = await check({ 4600: { status: 'closed', closure_type: '' }, 4610: { status: 'open', closed_on: '', closure_type: '' }, 4620: { closure_type: 'Force Closed' } }, base);
    expect(report.issues.find((i) => i.kind === 'missing_required' && i.column === 'closure_type')?.rows).toEqual([4602]);
    expect(steps.loadText).toBeUndefined();
  });

  it('source / quality / feedback spellings not canonical after the sample: the text load, same outcome', async () => {
    const H2 = `${H},source,quality,feedback`;
    const base = (k: number) => `${clean(k)},${['web', 'call_181', 'app'][k % 3]},ok,${k % 3 ? 'satisfied' : ''}`;
    const { steps, report } = await check({ 4600: { source: 'Web Portal' }, 4610: { quality: ' ok' }, 4620: { feedback: 'SATISFIED' }, 4630: { source: 'pigeon' } }, base, H2);
    expect(steps.loadText).toBeDefined();
    expect(report.issues.find((i) => i.kind === 'unparsed_optional' && i.column === 'source')?.rows).toEqual([4632]);
  });

  it('blank and odd values in typed date columns after the sample (spaces only, quoted "", a time)', async () => {
    await check({ 4600: { attended_on: '   ' }, 4610: { closed_on: '""' }, 4620: { attended_on: '2024-01-29 10:00' }, 4630: { registered_on: ' 2024-01-05' } });
  });

  it('optional text columns (one blank in every sampled row) with spaces and blanks after the sample', async () => {
    const H3 = `${H},block,category,officer_name`;
    const base = (k: number) => `${clean(k)},,Water ${k % 7},Officer ${k % 50}`;
    const { steps } = await check({ 4600: { block: ' Huzur ' }, 4610: { category: '   ' }, 4620: { officer_name: 'R. Sharma ' }, 4630: { block: '""', category: '\tWater' } }, base, H3);
    expect(steps.loadText).toBeUndefined();
    const [r] = await db.query<{ b: string | null; c: string | null; o: string }>(`SELECT block AS b, category AS c, officer_name AS o FROM complaints WHERE complaint_id IN ('L4600', 'L4610', 'L4620') ORDER BY complaint_id`);
    expect(r).toEqual({ b: 'Huzur', c: 'Water 1', o: 'Officer 0' });
  });

  it('dates outside 1900–2199 after the sample: marked by the fix-up, as the text load marks them', async () => {
    const { steps, report } = await check({ 4600: { closed_on: '1850-06-01' }, 4610: { attended_on: '2250-01-01' }, 4620: { registered_on: '1899-12-31' } });
    expect(steps.loadText).toBeUndefined();
    expect(report.issues.find((i) => i.kind === 'bad_date' && i.column === 'closed_on')?.rows).toEqual([4602]);
    expect(report.issues.find((i) => i.kind === 'unparsed_optional' && i.column === 'attended_on')?.rows).toEqual([4612]);
  });

  it('random odd values in text, coded and date columns after the sample: both loads agree (property)', async () => {
    const cols = H.split(',');
    const token = fc.constantFrom('', ' ', '""', '" "', '\t', '\tx', ' x', 'x ', '  x  ', 'x', 'open', 'closed', ' open', 'Closed',
      'FORCE CLOSED', 'force_closed', 'satisfied', 'Satisfied', 'L5', ' L5', 'L5 ', 'Bhopal', ' Bhopal', 'भोपाल', '2024-01-05',
      '1850-01-01', '2300-01-01', '1900-01-01', 'epoch', '\u0001?', '!x');
    const edit = fc.tuple(fc.integer({ min: 4500, max: 4700 }), fc.integer({ min: 0, max: cols.length - 1 }), token);
    await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
      const odd: Record<number, Record<string, string>> = {};
      for (const [k, c, v] of edits) (odd[k] ??= {})[cols[c]] = v;
      const text = late(odd);
      unsampled(text, odd);
      await both(text);
    }), { numRuns: 12 });
  }, 60_000);
});
