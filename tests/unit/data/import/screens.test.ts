/**
 * The two cheap screens of a clean import (stage.ts): keys in file order proven distinct by comparing
 * neighbours, and the row status `_o` = 3 that flags values ending in a space during the fast load.
 * Each must never hide a duplicate or a value that needs trimming, also across DuckDB's vector
 * (2,048 rows) and row-group (122,880 rows) boundaries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import type { ImportReport } from '@/domain/import/types';
import { rowStatusSql } from '@/data/import/plan';
import { count, imp, issue } from './helpers';

let db: Db & { close(): void };
beforeAll(async () => { db = await createNodeDb(); }, 60_000);
afterAll(() => db.close());

const H = 'complaint_id,registered_on,district,department,status,closed_on,closure_type,officer_name';
const row = (id: string, officer = 'Ram Kumar', district = 'Bhopal') => `${id},2025-01-05,${district},Health,closed,2025-01-09,satisfied,${officer}`;
const file = (ids: string[], line: (id: string, k: number) => string = (id) => row(id)) => [H, ...ids.map(line)].join('\n') + '\n';
const seq = (n: number, from = 1_000_000) => Array.from({ length: n }, (_, k) => String(from + k));

function comparable(r: ImportReport): Omit<ImportReport, 'ms' | 'steps'> {
  const { ms: _ms, steps: _steps, ...rest } = r;
  return rest;
}

describe('row status with trailing-space flag (rowStatusSql)', () => {
  const cases: [string, (string | null)[], number][] = [
    ['clean row', ['a', 'b', 'c', null], 0],
    ['space at the end of a spaced column', ['a', 'b ', 'c', null], 3],
    ['space at the end of the first (spaced) column', ['a ', 'b', 'c', null], 3],
    ['space at the end of a column not watched', ['a', 'b', 'c ', null], 0],
    ['space inside a value only', ['a', 'b c', 'c', null], 0],
    ['extra field wins over the flag', ['a', 'b ', 'c', 'x'], 1],
    ['all empty', [null, null, null, null], 2],
    ['first empty, flagged', [null, 'b ', null, null], 3],
    ['first empty, clean', [null, 'b', null, null], 0],
  ];
  it.each(cases)('%s', async (_name, vals, want) => {
    const v = vals.map((x) => (x == null ? 'NULL::VARCHAR' : `'${x}'`)).join(', ');
    const sql = rowStatusSql(['c0', 'c1', 'c2', 'c3'], 3, ['c0', 'c1']);
    const [r] = await db.query<{ o: number }>(`SELECT ${sql} AS o FROM (SELECT ${v}) t(c0, c1, c2, c3)`);
    expect(r.o).toBe(want);
  });
  it('without watched columns it is the plain status', () => {
    expect(rowStatusSql(['c0', 'c1'], 2)).toBe(rowStatusSql(['c0', 'c1'], 2, []));
    expect(rowStatusSql(['c0', 'c1'], 2)).not.toContain('ends_with');
  });
});

describe('keys proven distinct by their order', () => {
  it('ascending and descending keys are screened without count(DISTINCT); unsorted ones are counted', async () => {
    const up = await imp(db, file(seq(5000)));
    expect(up.steps?.idsScreened).toBe(2);
    expect(up.rejected).toBe(0);
    const down = await imp(db, file(seq(5000).reverse()));
    expect(down.steps?.idsScreened).toBe(2);
    const mixed = seq(5000);
    [mixed[10], mixed[4000]] = [mixed[4000], mixed[10]];
    const r = await imp(db, file(mixed));
    expect(r.steps?.idsScreened).toBe(0);
    expect(r.loaded).toBe(5000);
  });

  // positions (0-based data rows) where a key equals the one before it, at vector and row-group edges
  const N = 250_000;
  const dupAt = [1, 2047, 2048, 122_879, 122_880, 245_760, N - 1];
  it(`a repeated key next to its twin is found at row-group and vector edges (${N} rows)`, async () => {
    const ids = seq(N);
    for (const p of dupAt) ids[p] = ids[p - 1];
    const r = await imp(db, file(ids));
    const d = issue(r, 'duplicate_id');
    expect(d?.count).toBe(dupAt.length);
    // file rows: header is row 1, data row p is row p + 2
    expect(d?.rows.slice(0, dupAt.length)).toEqual(dupAt.map((p) => p + 2));
    expect(r.loaded).toBe(N - dupAt.length);
    expect(await count(db, 'complaints')).toBe(N - dupAt.length);
  }, 120_000);

  it('the same when the keys run downwards', async () => {
    const ids = seq(N).reverse();
    for (const p of dupAt) ids[p] = ids[p - 1];
    const r = await imp(db, file(ids));
    expect(issue(r, 'duplicate_id')?.count).toBe(dupAt.length);
  }, 120_000);

  it('keys that differ only by a trailing space are the same key (trimmed before the screen)', async () => {
    const ids = seq(3000);
    ids[2500] = `${ids[2499]} `; // '1002499' < '1002499 ' < '1002501': in order as read
    const fast = await imp(db, file(ids));
    const d = issue(fast, 'duplicate_id');
    expect(d?.count).toBe(1);
    expect(d?.rows).toEqual([2502]);
    const slow = await imp(db, file(ids), { readerTyping: false });
    expect(comparable(fast)).toEqual(comparable(slow));
  });

  it('a key left blank is never screened by order (NULLs do not compare)', async () => {
    const ids = seq(3000);
    ids[100] = '';
    ids[200] = ids[199];
    const r = await imp(db, file(ids));
    expect(r.steps?.idsScreened).toBe(0);
    expect(issue(r, 'missing_required', 'complaint_id')?.count).toBe(1);
    expect(issue(r, 'duplicate_id')?.rows).toEqual([202]);
  });
});

describe('values ending in a space, flagged by the load', () => {
  it('a clean file runs no trailing-space screen and no fix-up', async () => {
    const r = await imp(db, file(seq(3000)));
    expect(r.steps?.fixups).toBe(0);
    expect(r.steps?.typedDates).toBeGreaterThan(0);
  });

  const where: [string, number][] = [['in the sniffed head', 3], ['after the head, at a vector edge', 2048], ['in the last row', 129_999]];
  it.each(where)('a trailing space %s is trimmed, as the text load trims it', async (_n, p) => {
    const text = file(seq(130_000), (id, k) => (k === p ? row(id, 'Sita Devi ', 'Indore ') : row(id)));
    const fast = await imp(db, text);
    expect(fast.steps?.fixups).toBe(2);
    const [r] = await db.query<{ n: number; o: string; d: string }>(
      `SELECT count(*)::INTEGER AS n, max(officer_name) FILTER (WHERE complaint_id = '${1_000_000 + p}') AS o,
         max(district) FILTER (WHERE complaint_id = '${1_000_000 + p}') AS d FROM complaints WHERE ends_with(officer_name, ' ') OR ends_with(district, ' ')`);
    expect(r.n).toBe(0);
    const [v] = await db.query<{ o: string; d: string }>(`SELECT officer_name AS o, district AS d FROM complaints WHERE complaint_id = '${1_000_000 + p}'`);
    expect(v).toEqual({ o: 'Sita Devi', d: 'Indore' });
    expect(fast.unknownDistricts ?? []).toEqual([]);
    const cols = await db.query<{ name: string }>(`SELECT name FROM pragma_table_info('complaints')`);
    expect(cols.map((c) => c.name)).not.toContain('_o');
    const slow = await imp(db, text, { readerTyping: false });
    expect(comparable(fast)).toEqual(comparable(slow));
  }, 120_000);
});
