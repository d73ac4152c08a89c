/** The SQL fallbacks give exactly what the pure JS normalisers give, for every alias and for odd input. */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { lit } from '@/data/dbTypes';
import { DELIBERATE_NULL, enumSql, integerSql, levelSql, valueKeySql } from '@/data/import/sqlExpr';
import { numberSql } from '@/data/import/otherPlans';
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
  it('numbers', async () => {
    const inputs = ['1', '1.5', '.5', '-2', '1,23,456.75', '12%', ' 7 ', '1e3', '१२', 'abc', 'inf', 'NaN', '1.2.3', ...fc.sample(fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), 100)];
    expect(await sqlEach(inputs, numberSql)).toEqual(inputs.map(parseNumber));
  });
});
