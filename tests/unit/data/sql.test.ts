/** The `sql` tagged template: values bound in order, identifiers quoted, fragments nested, same results as hand-bound SQL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { id, joinSql, raw, select, sql, type Db } from '@/data/dbTypes';
import { createNodeDb } from '@/data/nodeDb';

describe('sql: text and parameters', () => {
  it('each value becomes one ? bound in order', () => {
    const q = sql`SELECT * FROM t WHERE a = ${1} AND b = ${'x'} AND c BETWEEN ${'2024-01-01'}::DATE AND ${'2024-01-31'}::DATE`;
    expect(q.text).toBe('SELECT * FROM t WHERE a = ? AND b = ? AND c BETWEEN ?::DATE AND ?::DATE');
    expect(q.params).toEqual([1, 'x', '2024-01-01', '2024-01-31']);
  });
  it('a value used twice is bound twice (no $n to keep in step)', () => {
    const E = sql`${'2024-03-31'}::DATE`;
    const q = sql`SELECT ${E} AS a, ${E} - 1 AS b`;
    expect(q.text).toBe('SELECT ?::DATE AS a, ?::DATE - 1 AS b');
    expect(q.params).toEqual(['2024-03-31', '2024-03-31']);
  });
  it('nested fragments keep their values in text order', () => {
    const f = sql`district = ${'Bhopal'}`;
    const q = sql`SELECT ${5} WHERE ${f} AND x < ${9} AND ${f}`;
    expect(q.text).toBe('SELECT ? WHERE district = ? AND x < ? AND district = ?');
    expect(q.params).toEqual([5, 'Bhopal', 9, 'Bhopal']);
  });
  it('id() quotes an identifier (a quote inside doubled); raw() inserts trusted text', () => {
    const q = sql`SELECT ${raw('count(*)')} FROM ${id('we"ird')}.${id('t')}`;
    expect(q.text).toBe('SELECT count(*) FROM "we""ird"."t"');
    expect(q.params).toEqual([]);
  });
  it('an array is one placeholder per element (IN lists)', () => {
    const q = sql`x IN (${['a', 'b', 'c']})`;
    expect(q.text).toBe('x IN (?, ?, ?)');
    expect(q.params).toEqual(['a', 'b', 'c']);
  });
  it('a value that looks like SQL stays a value', () => {
    const q = sql`WHERE name = ${"x' OR 1=1 --"}`;
    expect(q.text).toBe('WHERE name = ?');
    expect(q.params).toEqual(["x' OR 1=1 --"]);
  });
  it('joinSql joins fragments and their values', () => {
    const q = joinSql([sql`a = ${1}`, sql`b = ${2}`, sql`TRUE`], ' AND ');
    expect(q.text).toBe('a = ? AND b = ? AND TRUE');
    expect(q.params).toEqual([1, 2]);
  });
});

describe('sql: run against DuckDB', () => {
  let db: Db & { close(): void };
  beforeAll(async () => {
    db = await createNodeDb();
    await db.exec(`CREATE TABLE "odd ""name""" (k VARCHAR, d DATE, n INTEGER);
      INSERT INTO "odd ""name""" VALUES ('a', DATE '2024-01-05', 1), ('b''s', DATE '2024-02-05', 2), ('c', DATE '2024-03-05', 3)`);
  }, 60_000);
  afterAll(() => db.close());

  it('same rows as the hand-bound query', async () => {
    const t = id('odd "name"');
    const got = await select<{ k: string; n: number }>(db, sql`SELECT k, n FROM ${t}
      WHERE d BETWEEN ${'2024-01-01'}::DATE AND ${'2024-02-29'}::DATE AND k IN (${['a', "b's", 'z']}) ORDER BY k LIMIT ${10}`);
    const want = await db.query<{ k: string; n: number }>(`SELECT k, n FROM "odd ""name"""
      WHERE d BETWEEN ?::DATE AND ?::DATE AND k IN (?, ?, ?) ORDER BY k LIMIT ?`, ['2024-01-01', '2024-02-29', 'a', "b's", 'z', 10]);
    expect(got).toEqual(want);
    expect(got.map((r) => r.k)).toEqual(['a', "b's"]);
  });
  it('a value with a quote and SQL in it matches only itself', async () => {
    const got = await select<{ n: number }>(db, sql`SELECT count(*)::INTEGER AS n FROM ${id('odd "name"')} WHERE k = ${"b's' OR TRUE --"}`);
    expect(got[0].n).toBe(0);
  });
});
