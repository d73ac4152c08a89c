/** The JavaScript duplicate-key screen: "distinct" only when no two keys can be equal once stored. */
import { describe, expect, it } from 'vitest';
import { keysDistinctInPlainText, scanPlainText } from '@/domain/import/keyScan';

const b = (s: string) => new TextEncoder().encode(s);
const scan = (s: string, field = 0, delimiter = ',', skipLines = 1) =>
  keysDistinctInPlainText(b(s), { field, delimiter, skipLines, slice: 7 });

describe('keysDistinctInPlainText', () => {
  it.each<[string, string, number, string, number, boolean]>([
    ['distinct', 'id,x\nA1,1\nA2,2\nA3,3\n', 0, ',', 1, true],
    ['a repeat', 'id,x\nA1,1\nA2,2\nA1,3\n', 0, ',', 1, false],
    ['a repeat with spaces (stored trimmed)', 'id,x\nA1,1\n  A1 ,2\n', 0, ',', 1, false],
    ['a repeat before a CR (CRLF file, last field)', 'x,id\r\n1,A1\r\n2,A1\r\n', 1, ',', 1, false],
    ['distinct in the second field', 'x,id,y\n1,A1,z\n1,A2,z\n', 1, ',', 1, true],
    ['the header is not a key', 'id,x\nid,1\n', 0, ',', 1, true],
    ['a title line and the header skipped', 'Report\nid,x\nA1,1\nA2,2\n', 0, ',', 2, true],
    ['last line without a line end', 'id,x\nA1,1\nA1,2', 0, ',', 1, false],
    ['empty keys are not keys', 'id,x\n,1\n ,2\nA1,3\n', 0, ',', 1, true],
    ['a short row (no such field) is skipped', 'x,y,id\n1,2,A1\n1\n1,2,A2\n', 2, ',', 1, true],
    ['semicolons', 'id;x\nA1;1\nA1;2\n', 0, ';', 1, false],
    ['tabs', 'x\tid\n1\tA1\n2\tA2\n', 1, '\t', 1, true],
    ['CR-only line ends: unsure', 'id,x\rA1,1\rA2,2\r', 0, ',', 1, false],
    ['Devanagari keys', 'id,x\nशि-1,1\nशि-2,2\nशि-1,3\n', 0, ',', 1, false],
  ])('%s', async (_l, text, field, delim, skip, distinct) => {
    expect(await scan(text, field, delim, skip)).toBe(distinct);
  });

  it('200,000 distinct keys, then one repeat', async () => {
    const lines = ['id,x'];
    for (let i = 0; i < 200_000; i++) lines.push(`C${i},1`);
    expect(await keysDistinctInPlainText(b(lines.join('\n') + '\n'), { field: 0, delimiter: ',', skipLines: 1 })).toBe(true);
    lines.push('C199999,2');
    expect(await keysDistinctInPlainText(b(lines.join('\n') + '\n'), { field: 0, delimiter: ',', skipLines: 1 })).toBe(false);
  });
});

describe('scanPlainText: tally of a field', () => {
  const tally = async (text: string, field: number, slice = 5) =>
    (await scanPlainText(b(text), { field: 0, delimiter: ',', skipLines: 1, tallyField: field, slice })).tally;
  const obj = (m: Map<string, number> | null) => (m ? Object.fromEntries([...m].sort()) : null);

  it('counts the stored values exactly, bytes not cases folded; empty fields are not values', async () => {
    const t = await tally('id,d\n1,Bhopal\n2,bhopal\n3,Bhopal\n4,\n5,भिण्ड\n6,भिंड\n7,भिण्ड\n', 1);
    expect(obj(t)).toEqual({ Bhopal: 2, bhopal: 1, 'भिण्ड': 2, 'भिंड': 1 });
  });
  it('CRLF line ends and a last line without one', async () => {
    expect(obj(await tally('d,id\r\nA,1\r\nB,2\r\nA,3', 0))).toEqual({ A: 2, B: 1 });
  });
  it('a value the loader would trim makes the tally unsure, not the key screen', async () => {
    const r = await scanPlainText(b('id,d\n1,Bhopal \n2,Indore\n'), { field: 0, delimiter: ',', skipLines: 1, tallyField: 1 });
    expect(r).toEqual({ keysDistinct: true, tally: null });
    expect(await tally('id,d\n1, Bhopal\n', 1)).toBeNull();
  });
  it('values with inner spaces and non-breaking spaces at the ends are kept as they are', async () => {
    expect(obj(await tally('id,d\n1,East Nimar\n2,Sagar\u00a0\n3,East Nimar\n', 1))).toEqual({ 'East Nimar': 2, 'Sagar\u00a0': 1 });
  });
  it('a short row has no such field (NULL)', async () => {
    expect(obj(await tally('id,x,d\n1,a,Rewa\n2\n3,b,Rewa\n', 2))).toEqual({ Rewa: 2 });
  });
  it('a lone CR: unsure', async () => {
    expect(await tally('id,d\r1,A\r2,B\r', 1)).toBeNull();
  });
});
