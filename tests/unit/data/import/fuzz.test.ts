/** Property: whatever the bytes, the importer either refuses the file (ImportRefused) or returns a consistent report. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { ImportRefused } from '@/domain/import/types';
import { count, imp } from './helpers';

let db: Db & { close(): void };
/** FUZZ_RUNS=10 multiplies the run counts for a longer hunt. */
const K = Number(process.env.FUZZ_RUNS ?? 1);
beforeAll(async () => { db = await createNodeDb(); }, 60_000);
afterAll(() => db.close());

async function check(bytes: Uint8Array): Promise<void> {
  let report;
  try {
    report = await imp(db, bytes, { name: 'fuzz.csv' });
  } catch (e) {
    if (e instanceof ImportRefused) {
      expect(e.message.startsWith('fuzz.csv: ')).toBe(true);
      expect(e.message).not.toContain('\n');
      return;
    }
    throw e;
  }
  expect(report.loaded + report.rejected).toBe(report.rows);
  expect(report.loaded).toBeGreaterThanOrEqual(0);
  expect(await count(db, 'complaints')).toBe(report.loaded);
  for (const i of report.issues) {
    expect(i.count).toBeGreaterThan(0);
    expect(i.rows.length).toBeLessThanOrEqual(Math.min(20, i.count));
    expect([...i.rows].sort((a, b) => a - b)).toEqual(i.rows);
  }
}

const CELLS = ['', ' ', 'A1', 'A1', 'A2', '05/01/2024', '2024-01-05 10:00:00', '13/13/2024', '01/31/2024 01:00:00 PM', 'Bhopal', 'भिण्ड', 'Bhopl',
  'Health', 'Open', 'Closed', 'बंद', 'Maybe', 'Force Closed', 'L2', '"quoted, comma"', '"multi\nline"', '"bad"quote', '"', ',', ';', '\t', '\r\n', 'x'];
const HEADERS = ['complaint_id', 'registered_on', 'district', 'department', 'status', 'closed_on', 'closure_type', 'current_level', 'शिकायत क्रमांक', 'जिला', 'junk', ''];

const csvish = fc.record({
  delim: fc.constantFrom(',', ';', '\t', '|'),
  headers: fc.shuffledSubarray(HEADERS, { minLength: 0, maxLength: 9 }),
  rows: fc.array(fc.array(fc.constantFrom(...CELLS), { maxLength: 10 }), { maxLength: 12 }),
  nl: fc.constantFrom('\n', '\r\n', '\r'),
  bom: fc.boolean(),
}).map(({ delim, headers, rows, nl, bom }) => {
  const text = [headers.join(delim), ...rows.map((r) => r.join(delim))].join(nl);
  return new TextEncoder().encode((bom ? '\uFEFF' : '') + text);
});

describe('never crashes', () => {
  it('on random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), check), { numRuns: 25 * K });
  });
  it('on CSV-ish text', async () => {
    await fc.assert(fc.asyncProperty(csvish, check), { numRuns: 40 * K });
  });
  it('on mutated valid files', async () => {
    const base = new TextEncoder().encode('complaint_id,registered_on,district,department,status\nA1,05/01/2024,Bhopal,Health,Open\nA2,06/01/2024,Indore,Health,Closed\n');
    const mutated = fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }).map((edits) => {
      const b = base.slice();
      for (const [i, v] of edits) b[i] = v;
      return b;
    });
    await fc.assert(fc.asyncProperty(mutated, check), { numRuns: 30 * K });
  });
});
