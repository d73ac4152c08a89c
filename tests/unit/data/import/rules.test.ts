/** Each import rule of DESIGN.md: quarantine kinds with row numbers, warnings, and what stays loaded. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import { quarantineCsv } from '@/data/import/quarantine';
import type { Db } from '@/data/dbTypes';
import type { IssueKind } from '@/domain/import/types';
import { count, csv, GOOD, HEADER, imp, issue } from './helpers';

let db: Db & { close(): void };
beforeAll(async () => { db = await createNodeDb(); }, 60_000);
afterAll(() => db.close());

// [kind, column, data lines after GOOD (GOOD is row 2), expected first rows]
const REJECTS: [IssueKind, string | null, string[], number[]][] = [
  ['missing_required', 'complaint_id', [',05/01/2024,Bhopal,Health,Open,,'], [3]],
  ['missing_required', 'registered_on', ['A1,,Bhopal,Health,Open,,', 'A2,  ,Bhopal,Health,Open,,'], [3, 4]],
  ['missing_required', 'district', ['A1,05/01/2024,,Health,Open,,', 'A2,05/01/2024, ,Health,Open,,'], [3, 4]],
  ['missing_required', 'department', ['A1,05/01/2024,Bhopal,,Open,,'], [3]],
  ['missing_required', 'status', ['A1,05/01/2024,Bhopal,Health,,,'], [3]],
  ['missing_required', 'closure_type', ['A1,05/01/2024,Bhopal,Health,Closed,06/01/2024,'], [3]],
  ['bad_date', 'registered_on', ['A1,32/01/2024,Bhopal,Health,Open,,', 'A2,05/01/2024,Bhopal,Health,Open,,', 'A3,yesterday,Bhopal,Health,Open,,'], [3, 5]],
  ['bad_date', 'closed_on', ['A1,05/01/2024,Bhopal,Health,Closed,30/02/2024,Satisfied'], [3]],
  ['bad_date', 'registered_on', ['A1,05/01/0024,Bhopal,Health,Open,,'], [3]],
  ['closed_before_registered', 'closed_on', ['A1,05/01/2024,Bhopal,Health,Closed,04/01/2024,Satisfied'], [3]],
  ['closed_without_date', 'closed_on', ['A1,05/01/2024,Bhopal,Health,Closed,,Satisfied'], [3]],
  ['duplicate_id', 'complaint_id', ['A1,05/01/2024,Bhopal,Health,Open,,', 'G1,06/01/2024,Indore,Health,Open,,', 'A1,07/01/2024,Bhopal,Health,Open,,'], [4, 5]],
  ['bad_value', 'status', ['A1,05/01/2024,Bhopal,Health,Maybe,,'], [3]],
  ['bad_value', 'closure_type', ['A1,05/01/2024,Bhopal,Health,Closed,06/01/2024,Happy'], [3]],
  ['bad_value', null, ['A1,05/01/2024,Bhopal,Health,Open,,,stray'], [3]],
];

describe('rejected rows are quarantined with their row numbers', () => {
  it.each(REJECTS)('%s (%s)', async (kind, column, lines, rows) => {
    const r = await imp(db, csv(HEADER, GOOD, ...lines));
    const i = issue(r, kind, column);
    expect(i?.severity).toBe('rejected');
    expect(i?.rows).toEqual(rows);
    expect(i?.count).toBe(rows.length);
    expect(r.rows).toBe(1 + lines.length);
    expect(r.rejected).toBe(rows.length);
    expect(r.loaded).toBe(1 + lines.length - rows.length);
    expect(await count(db, 'complaints')).toBe(r.loaded);
    const q = await db.query<{ row: number; kind: string }>('SELECT "row", kind FROM complaints_quarantine ORDER BY 1');
    expect(q.map((x) => x.row)).toEqual(rows);
    expect(q.every((x) => x.kind === kind)).toBe(true);
  });

  it('a row with more fields than headers is reported so even when its first field is empty', async () => {
    const r = await imp(db, csv(HEADER, GOOD, ',05/01/2024,Bhopal,Health,Open,,,stray', ',,,,,,,stray', ',,,,,,'));
    expect(issue(r, 'bad_value', null)?.rows).toEqual([3, 4]);
    expect(issue(r, 'missing_required', 'complaint_id')?.rows).toEqual([3, 4]);
    expect(r.rows).toBe(3); // the empty row (5) is skipped, not counted
    expect(r.loaded).toBe(1);
  });

  it('a duplicate keeps the first valid row: an earlier rejected row does not count', async () => {
    const r = await imp(db, csv(HEADER, 'A1,bad,Bhopal,Health,Open,,', 'A1,05/01/2024,Bhopal,Health,Open,,'));
    expect(issue(r, 'duplicate_id')).toBeUndefined();
    expect(issue(r, 'bad_date')?.rows).toEqual([2]);
    expect(await db.query('SELECT complaint_id, registered_on FROM complaints')).toEqual([{ complaint_id: 'A1', registered_on: '2024-01-05' }]);
  });

  it('lists at most 20 row numbers but counts all', async () => {
    const lines = Array.from({ length: 30 }, (_, k) => `A${k},xx,Bhopal,Health,Open,,`);
    const r = await imp(db, csv(HEADER, ...lines));
    const i = issue(r, 'bad_date', 'registered_on')!;
    expect(i.count).toBe(30);
    expect(i.rows).toEqual(Array.from({ length: 20 }, (_, k) => k + 2));
  });
});

describe('warnings keep the row', () => {
  it.each([
    ['unknown_district', 'district', 'A1,05/01/2024,Bhopl,Health,Open,,'],
    ['future_date', 'registered_on', 'A1,05/01/2026,Bhopal,Health,Open,,'],
    ['future_date', 'closed_on', 'A1,05/12/2024,Bhopal,Health,Closed,05/01/2026,Satisfied'],
  ] as const)('%s (%s)', async (kind, column, line) => {
    const r = await imp(db, csv(HEADER, GOOD, line));
    expect(issue(r, kind, column)).toMatchObject({ severity: 'warning', count: 1, rows: [3] });
    expect(r.loaded).toBe(2);
    expect(r.rejected).toBe(0);
  });

  it('unknown districts carry a suggestion and their count; known spellings are stored canonically', async () => {
    const r = await imp(db, csv(HEADER, GOOD, 'A1,05/01/2024,Bhopl,Health,Open,,', 'A2,05/01/2024,Bhopl,Health,Open,,',
      'A3,05/01/2024,भिण्ड,Health,Open,,', 'A4,05/01/2024,Springfield,Health,Open,,'));
    expect(r.unknownDistricts).toEqual([{ name: 'Bhopl', count: 2, suggestion: 'Bhopal' }, { name: 'Springfield', count: 1, suggestion: null }]);
    expect(r.units).toEqual(['Bhind', 'Bhopal', 'Bhopl', 'Springfield']);
    expect((await db.query<{ district: string }>("SELECT district FROM complaints WHERE complaint_id = 'A3'"))[0].district).toBe('Bhind');
  });

  it.each([
    ['source', 'xyz', null],
    ['source', 'Web Portal', 'web'],
    ['current_level', 'L9', null],
    ['current_level', 'Level 2', 2],
    ['quality', 'meh', null],
    ['feedback', 'Not reachable', 'unreachable'],
    ['attended_on', 'someday', null],
    ['reopened', 'yes', 1],
    ['reopened', 'twice', null],
  ] as const)('optional %s = %j → %j (warned when not understood)', async (col, value, stored) => {
    const r = await imp(db, csv(`${HEADER},${col}`, `${GOOD},${value}`));
    expect(r.loaded).toBe(1);
    const [row] = await db.query<Record<string, unknown>>(`SELECT ${col} AS v FROM complaints`);
    expect(row.v).toBe(stored);
    expect(Boolean(issue(r, 'unparsed_optional', col))).toBe(stored === null);
  });
});

describe('levels, statuses and closure types as written in exports', () => {
  it.each([['2', 2], ['L2', 2], ['Level 2', 2], ['एल-2', 2], ['l-3', 3], ['LEVEL 4', 4], ['5', 5]])('level %s → %i', async (raw, n) => {
    await imp(db, csv(`${HEADER},current_level`, `${GOOD},${raw}`));
    expect((await db.query<{ l: number }>('SELECT current_level AS l FROM complaints'))[0].l).toBe(n);
  });

  it.each([['Closed', 'Force Closed', 'force_closed'], ['बंद', 'बलपूर्वक बंद', 'force_closed'], ['Disposed', 'force-closed', 'force_closed'],
    ['closed', 'Special Closed', 'special_closed'], ['CLOSED', 'partially satisfied', 'partially_satisfied']])(
    '%s / %s', async (status, ct, want) => {
      const r = await imp(db, csv(HEADER, `A1,05/01/2024,Bhopal,Health,${status},06/01/2024,${ct}`));
      expect(r.rejected).toBe(0);
      expect(await db.query('SELECT status, closure_type FROM complaints')).toEqual([{ status: 'closed', closure_type: want }]);
    });
});

describe('quarantine export', () => {
  it('gives row number, kind, column, reasons and the original values', async () => {
    await imp(db, csv(HEADER, GOOD, 'A1,32/01/2024,Bhopal,Health,Maybe,,', 'G1,06/01/2024,Indore,"Health, Family",Open,,'));
    const text = await quarantineCsv(db);
    expect(text).toBe([
      'row,kind,column,reasons,complaint_id,registered_on,district,department,status,closed_on,closure_type',
      '3,bad_date,registered_on,bad_date(registered_on); bad_value(status),A1,32/01/2024,Bhopal,Health,Maybe,,',
      '4,duplicate_id,complaint_id,duplicate_id(G1),G1,06/01/2024,Indore,"Health, Family",Open,,',
      '',
    ].join('\n'));
  });
});

describe('a status that names the closure type', () => {
  it.each([
    ['complaint_id,registered_on,district,department,status,closed_on', 'A1,05/01/2024,Bhopal,Health,Force Closed,06/01/2024', 'force_closed'],
    ['complaint_id,registered_on,district,department,status,closed_on', 'A1,05/01/2024,Bhopal,Health,Closed,06/01/2024', null],
    ['complaint_id,registered_on,district,department,status,closed_on,closure_type', 'A1,05/01/2024,Bhopal,Health,Special Closed,06/01/2024,', 'special_closed'],
    ['complaint_id,registered_on,district,department,status,closed_on,closure_type', 'A1,05/01/2024,Bhopal,Health,बलपूर्वक बंद,06/01/2024,Satisfied', 'satisfied'],
  ])('%s / %s → %s', async (header, line, want) => {
    const r = await imp(db, csv(header, line));
    expect(r.rejected).toBe(0);
    expect(await db.query('SELECT status, closure_type FROM complaints')).toEqual([{ status: 'closed', closure_type: want }]);
  });
});
