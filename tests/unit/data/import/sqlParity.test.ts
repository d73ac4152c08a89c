/** The SQL fallbacks give exactly what the pure JS normalisers give, for every alias and for odd input. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { lit } from '@/data/dbTypes';
import { dateGeneralSql, dateSql, dateStoredSql, DELIBERATE_NULL, enumSql, integerSql, levelSql, valueKeySql } from '@/data/import/sqlExpr';
import { DATE_FAMILIES } from '@/domain/import/dates';
import { numberSql } from '@/data/import/otherPlans';
import { MARK, MARK_SQL } from '@/data/import/plan';
import { valueKey } from '@/domain/import/text';
import { normalizeValue, parseInteger, parseLevel, parseNumber, VALUE_ALIASES } from '@/domain/import/values';

let db: Db & { close(): void };
beforeAll(async () => { db = await createNodeDb(); }, 60_000);
afterAll(() => db.close());

async function sqlEach(inputs: string[], expr: (x: string) => string): Promise<unknown[]> {
  const values = inputs.map((s, i) => `(${i}, ${lit(s)})`).join(', ');
  const rows = await db.query<{ v: unknown }>(`SELECT ${expr('x')} AS v FROM (VALUES ${values}) t(i, x) ORDER BY i`);
  return rows.map((r) => r.v);
}

const variants = (s: string) => [s, s.toUpperCase(), ` ${s} `, s.replace(/ /g, '-'), s.replace(/ /g, '_'), s.replace(/ /g, '  ')];
const odd = ['', ' ', 'x', '__', 'Open!', 'closed.', 'L 2', 'level--3', 'é', 'ÉCOLE', '\t181\t'];

describe('enum columns', () => {
  it.each(Object.keys(VALUE_ALIASES))('%s: every alias spelling and odd text', async (col) => {
    const inputs = [...Object.entries(VALUE_ALIASES[col]).flatMap(([c, a]) => [c, ...a].flatMap(variants)), ...odd];
    const got = await sqlEach(inputs, (x) => enumSql(col, x, [], undefined));
    expect(got).toEqual(inputs.map((s) => normalizeValue(col, s)));
  });

  it('a user map: exact and by key; null marked as deliberate', async () => {
    const map = { 'Constituent Call': 'call_181', Unknown: null, 'self service': 'Web Portal' };
    const inputs = ['Constituent Call', 'constituent-call', 'Unknown', 'SELF SERVICE', 'Web Portal', 'nope'];
    const got = await sqlEach(inputs, (x) => enumSql('source', x, [], map));
    expect(got).toEqual(['call_181', 'call_181', DELIBERATE_NULL, 'web', 'web', null]);
  });

  it('random text agrees', async () => {
    const samples = fc.sample(fc.string({ maxLength: 12 }), 300);
    const got = await sqlEach(samples, (x) => enumSql('status', x, [], undefined));
    expect(got).toEqual(samples.map((s) => normalizeValue('status', s)));
  });
});

describe('keys, levels, integers, numbers', () => {
  const texts = [...fc.sample(fc.string({ maxLength: 10 }), 200), 'Force-Closed', ' a . b / c ', 'A_B', '\tx\n'];
  it('valueKey', async () => {
    expect(await sqlEach(texts, valueKeySql)).toEqual(texts.map(valueKey));
  });
  it('levels', async () => {
    const inputs = ['1', '2', 'L2', 'l 3', 'Level 4', 'LEVEL-5', 'lvl.2', 'एल-2', 'लेवल 3', 'स्तर 1', '२', 'L0', 'L6', '12', 'x2', ...texts];
    const got = await sqlEach(inputs, (x) => levelSql(x, [], undefined));
    expect(got).toEqual(inputs.map(parseLevel));
  });
  it('integers', async () => {
    const inputs = ['0', '3', '+4', '-1', ' 5 ', 'yes', 'No', 'हाँ', 'नहीं', '3.0', 'x', ...texts];
    expect(await sqlEach(inputs, (x) => integerSql(x, []))).toEqual(inputs.map(parseInteger));
  });
  it('levels and integers with every input sampled (the one-CASE fast path) and the marker', async () => {
    const inputs = ['1', '2', 'L2', 'Level 4', 'L0', 'L6', '12', '+4', '-1', ' 5 ', 'yes', '3.0', '2147483647', '-2147483648', '9999999999', '', ' ', 'x', ...texts];
    const marked = (v: number | null, s: string) => v ?? (s.trim() === '' ? null : MARK.int);
    for (const sample of [inputs, inputs.slice(0, 6), []]) {
      expect(await sqlEach(inputs, (x) => levelSql(x, sample, undefined, MARK_SQL.int))).toEqual(inputs.map((s) => marked(parseLevel(s), s)));
      expect(await sqlEach(inputs, (x) => integerSql(x, sample, MARK_SQL.int))).toEqual(inputs.map((s) => marked(parseInteger(s), s)));
      expect(await sqlEach(inputs, (x) => integerSql(x, sample))).toEqual(inputs.map(parseInteger));
    }
    // a user map: its target is parsed; null on purpose is still "not understood" for a level
    const map = { Top: '4', None: null };
    expect(await sqlEach(['Top', 'None', '3'], (x) => levelSql(x, ['3'], map, MARK_SQL.int))).toEqual([4, MARK.int, 3]);
  });
  it('numbers', async () => {
    const inputs = ['1', '1.5', '.5', '-2', '1,23,456.75', '12%', ' 7 ', '1e3', '१२', 'abc', 'inf', 'NaN', '1.2.3', ...fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), 100)];
    expect(await sqlEach(inputs, numberSql)).toEqual(inputs.map(parseNumber));
  });
});

describe('dates: the ISO fast path gives what the general path gives', () => {
  const tricky = [
    '2026-03-05', '2026-02-30', '2024-02-29', '2023-02-29', '0001-01-01', '1899-12-31', '1900-01-01', '2199-12-31', '2200-01-01',
    ' 2026-03-05 ', '2026-03-05 ', ' 2026-03-05', '2026-03-05 10:20:00', '2026-03-05T10:20:00', '2026-03-05 25:00',
    '2026-3-5', '2026-03-5', '02026-03-05', '2026/03/05', '2026 03 05', '2026\\03\\05', '2026-03-05xyz', '2026-03-05Z',
    '2026-03-05 BC', '0001-01-01 (BC)', '2026-03-05 (BC)', 'infinity', '-infinity', 'epoch', '2026-13-01', '2026-00-10',
    '2026-03-00', '05-03-2026', '', ' ', 'x', '१९९०-०१-०१',
  ];
  // Each expression as the value it is stored as (not-a-date marked NULL here).
  const guarded = (e: string, x: string) => `CAST(${dateStoredSql(`(${e})`, x, 'NULL')} AS VARCHAR)`;
  const families = DATE_FAMILIES.filter((f) => f.id === 'ymd');

  it.each(['%Y-%m-%d', '%Y-%m-%d %H:%M:%S', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d %H:%M'])('format %s: tricky values', async (format) => {
    const choice = { format, family: families[0] };
    const fast = await sqlEach(tricky, (x) => guarded(dateSql(x, choice), x));
    const general = await sqlEach(tricky, (x) => guarded(dateGeneralSql(x, choice), x));
    expect(fast).toEqual(general);
    expect(fast[0]).toBe('2026-03-05');
    expect(fast[tricky.indexOf('2026-02-30')]).toBeNull();
    expect(fast[tricky.indexOf('0001-01-01')]).toBeNull();
    expect(fast[tricky.indexOf(' 2026-03-05 ')]).toBe('2026-03-05');
    expect(fast[tricky.indexOf('2026-03-05 10:20:00')]).toBe('2026-03-05');
    // strptime reads these words as 1900-01-01; the importer must not
    for (const w of ['infinity', '-infinity', 'epoch']) expect([w, fast[tricky.indexOf(w)]]).toEqual([w, null]);
  });

  it('random date-like text agrees', async () => {
    const ch = fc.constantFrom(...'0123456789-- /T:', '0', '1', '2');
    const samples = [
      ...fc.sample(fc.string({ unit: ch, minLength: 8, maxLength: 14 }), 400),
      ...fc.sample(fc.date({ min: new Date(Date.UTC(1890, 0, 1)), max: new Date(Date.UTC(2210, 0, 1)), noInvalidDate: true }), 200)
        .map((d) => d.toISOString().slice(0, 10)),
    ];
    const choice = { format: '%Y-%m-%d', family: families[0] };
    const fast = await sqlEach(samples, (x) => guarded(dateSql(x, choice), x));
    const general = await sqlEach(samples, (x) => guarded(dateGeneralSql(x, choice), x));
    expect(fast).toEqual(general);
  });

  it('other families do not take the fast path (an ISO value in a day-first column stays unparsed)', () => {
    const dmy = DATE_FAMILIES.find((f) => f.id === 'dmy_dash')!;
    expect(dateSql('x', { format: '%d-%m-%Y', family: dmy })).toBe(dateGeneralSql('x', { format: '%d-%m-%Y', family: dmy }));
  });
});
