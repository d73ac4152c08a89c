/** Statistics screens: fire whenever the statistic cannot rule the condition out. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statsFires, type Screen } from '@/data/import/plan';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';

type StatsScreen = Extract<Screen, { stats: string }>;
const DATE = '[Min: 2025-10-01, Max: 2026-10-31][Has Null: false, Has No Null: true][Approx Unique: 435]';
const DATE_NULLS = '[Min: 2025-10-01, Max: 2026-10-31][Has Null: true, Has No Null: true][Approx Unique: 435]';
const TEXT = '[Min: closed, Max: open, Has Unicode: false, Max String Length: 6][Has Null: false, Has No Null: true][Approx Unique: 2]';
const TEXT_MARK = '[Min: \\x01?, Max: closed, Has Unicode: false, Max String Length: 6][Has Null: true, Has No Null: true][Approx Unique: 2]';
const INT = '[Min: 1, Max: 5][Has Null: true, Has No Null: true][Approx Unique: 5]';
const INT_MARK = '[Min: -2147483648, Max: 5][Has Null: true, Has No Null: true][Approx Unique: 6]';
const O = '[Min: 0, Max: 0][Has Null: false, Has No Null: true][Approx Unique: 1]';

describe('statsFires', () => {
  it.each<[string, StatsScreen, string | null, boolean]>([
    ['no NULL', { stats: 'c', when: 'null' }, DATE, false],
    ['NULLs', { stats: 'c', when: 'null' }, DATE_NULLS, true],
    ['date min above the marker', { stats: 'c', when: 'below', value: '1900-01-01' }, DATE, false],
    ['date marker', { stats: 'c', when: 'below', value: '1900-01-01' }, '[Min: 0001-01-01, Max: 2026-10-31][Has Null: false, Has No Null: true]', true],
    ['future: max after today', { stats: 'c', when: 'above', value: '2026-06-30' }, DATE, true],
    ['future: max before today', { stats: 'c', when: 'above', value: '2026-11-22' }, DATE, false],
    ['BC date does not parse: fires', { stats: 'c', when: 'below', value: '1900-01-01' }, '[Min: 0100-01-01 (BC), Max: 2026-10-31]', true],
    ['text without marker', { stats: 'c', when: 'mark' }, TEXT, false],
    ['text marker (escaped)', { stats: 'c', when: 'mark' }, TEXT_MARK, true],
    ['text marker (raw control character)', { stats: 'c', when: 'mark' }, '[Min: \u0001null, Max: x]', true],
    ['int without marker', { stats: 'c', when: 'below', value: -2147483647 }, INT, false],
    ['int marker', { stats: 'c', when: 'below', value: -2147483647 }, INT_MARK, true],
    ['row status all 0', { stats: '_o', when: 'above', value: 0 }, O, false],
    ['row status has 1', { stats: '_o', when: 'above', value: 0 }, '[Min: 0, Max: 1][Has Null: false, Has No Null: true]', true],
    ['no statistics', { stats: 'c', when: 'null' }, null, true],
    ['unreadable statistics', { stats: 'c', when: 'below', value: 0 }, '[No Stats]', true],
    ['unreadable NULL flag', { stats: 'c', when: 'null' }, '[Min: 1, Max: 2]', true],
  ])('%s', (_label, screen, stats, fires) => {
    expect(statsFires(screen, stats)).toBe(fires);
  });
});

/**
 * The 'lead' screen (a text column may hold a value starting below "!", or the empty string) on the
 * statistics DuckDB really prints for such columns. It may fire when nothing needs fixing (a
 * statistic it cannot read); it must never miss. The truth is asked of DuckDB too.
 */
describe("statsFires 'lead' on DuckDB's own statistics", () => {
  let db: Db & { close(): void };
  beforeAll(async () => { db = await createNodeDb(); }, 60_000);
  afterAll(() => db.close());

  const T = "chr(9) || 'Agar'";
  it.each<[string, string, boolean | 'either']>([
    ["min 'Agar'", "('Agar'), ('Bhopal'), ('Sagar')", false],
    ["min ' Agar' (a space)", "(' Agar'), ('Bhopal')", true],
    ["min '\\tAgar' (a tab, printed escaped)", `((${T})), ('Bhopal')`, true],
    ["min '' (the empty string)", "(''), ('Bhopal')", true],
    ["min '!x' (the lowest character that needs no fix)", "('!x'), ('Bhopal')", false],
    ['all NULL (may fire: nothing to read)', '(NULL::VARCHAR), (NULL)', 'either'],
    ["NULLs and 'Agar'", "(NULL::VARCHAR), ('Agar'), (NULL)", false],
    ["NULLs and ' Agar'", "(NULL::VARCHAR), (' Agar'), (NULL)", true],
    ['only the empty string and NULL', "(''), (NULL)", true],
    ['spaces only', "('   '), ('Bhopal')", true],
    ["min '\\x01?' (a marker-like control character)", "(chr(1) || '?'), ('Bhopal')", true],
    ["min '\\nAgar' (a line break)", "(chr(10) || 'Agar'), ('Bhopal')", true],
    ["min '\\rAgar'", "(chr(13) || 'Agar'), ('Bhopal')", true],
    ['a long value with a space first (the minimum is cut to 8 bytes)', "(' Agar Malwa district of Ujjain division'), ('Bhopal')", true],
    ["min '\"Agar' (printed escaped: may fire)", "('\"Agar'), ('Bhopal')", 'either'],
    ["min ',Agar' (a comma first: may fire)", "(',Agar'), ('Bhopal')", 'either'],
    ['Devanagari and a space-led value', "('भोपाल'), (' x')", true],
    // (a non-ASCII minimum is printed as \xE0...: the screen fires though no value needs a fix —
    // conservative, but every all-Hindi text column then gets the fix-up UPDATE)
    ['Devanagari only (printed escaped: may fire)', "('भोपाल'), ('इंदौर')", 'either'],
    ['a no-break space first (not below "!": no fix)', "(chr(160) || 'Agar'), ('Bhopal')", false],
    ['a trailing space only (the sql screen finds those)', "('Agar '), ('Bhopal')", false],
  ])('%s', async (_label, values, expected) => {
    await db.exec(`CREATE OR REPLACE TABLE t AS SELECT * FROM (VALUES ${values}) v(col)`);
    const [{ s }] = await db.query<{ s: string }>('SELECT CAST(stats(col) AS VARCHAR) AS s FROM t LIMIT 1');
    const [{ truth }] = await db.query<{ truth: boolean | null }>(`SELECT coalesce(bool_or(col < '!' OR col = ''), false) AS truth FROM t`);
    const fires = statsFires({ stats: 'x', when: 'lead' }, s);
    if (truth) expect(fires, `must fire on ${s}`).toBe(true);
    if (expected !== 'either') {
      expect(truth).toBe(expected);
      expect(fires, s).toBe(expected);
    }
  });

  it('a big column: one space-led value among 200,000 (several row groups)', async () => {
    await db.exec(`CREATE OR REPLACE TABLE t AS SELECT CASE WHEN i = 150000 THEN ' Agar' ELSE 'Bhopal' || i END AS col FROM range(200000) r(i)`);
    const [{ s }] = await db.query<{ s: string }>('SELECT CAST(stats(col) AS VARCHAR) AS s FROM t LIMIT 1');
    expect(statsFires({ stats: 'x', when: 'lead' }, s)).toBe(true);
    await db.exec(`CREATE OR REPLACE TABLE t AS SELECT 'Bhopal' || i AS col FROM range(200000) r(i)`);
    const [{ s: clean }] = await db.query<{ s: string }>('SELECT CAST(stats(col) AS VARCHAR) AS s FROM t LIMIT 1');
    expect(statsFires({ stats: 'x', when: 'lead' }, clean)).toBe(false);
  });
});
