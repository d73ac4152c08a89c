/** XLSX input, the indicators and parameters tables, and the quarantine of each. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { quarantineCsv } from '@/data/import/quarantine';
import { csv, imp, issue } from './helpers';
import { makeXlsx } from './xlsxFile';

let db: Db & { close(): void };
beforeAll(async () => { db = await createNodeDb(); }, 60_000);
afterAll(() => db.close());

describe('xlsx', () => {
  it('reads the first sheet: date cells become dates, numeric ids stay whole, empty rows keep numbering', async () => {
    const x = makeXlsx([
      ['शिकायत क्रमांक', 'दिनांक', 'जिला', 'विभाग', 'स्थिति', 'level'],
      [101004143000, new Date(Date.UTC(2024, 0, 5)), 'भिंड', 'Health', 'Open', 'L2'],
      [null, null, null, null, null, null],
      ['A2', 'xx', 'Indore', 'Health', 'Open', 3],
    ]);
    const r = await imp(db, x, { name: 'book.xlsx' });
    expect(r.format).toBe('xlsx');
    expect(r.rows).toBe(2);
    expect(issue(r, 'bad_date')?.rows).toEqual([4]);
    expect(await db.query('SELECT complaint_id, registered_on, district, current_level FROM complaints')).toEqual([
      { complaint_id: '101004143000', registered_on: '2024-01-05', district: 'Bhind', current_level: 2 },
    ]);
  });

  it('a damaged zip is refused with one line', async () => {
    const err = await imp(db, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { name: 'broken.xlsx' }).catch((e) => e);
    expect(err.message).toMatch(/^broken\.xlsx: cannot read the spreadsheet/);
  });
});

describe('indicators', () => {
  it('loads the long format; "district" header as unit; Hindi names matched; periods normalised', async () => {
    const r = await imp(db, csv('period,district,parameter_id,value,target',
      '2024-03,Bhopal,P1,12,20', '2024/3,भिण्ड,P1,"1,234.5",', 'Mar 2024,Bhopl,P1,5,10', '2024-13,Bhopal,P2,1,1',
      '2024-03,Bhopal,P1,99,99', '2024-03,Indore,P1,abc,1', '2024-03,Indore,P2,,1', '2024-03,Indore,P3,4,lots'), { table: 'indicators' });
    expect(r.table).toBe('indicators');
    expect(issue(r, 'bad_date', 'period')?.rows).toEqual([5]);
    expect(issue(r, 'duplicate_id')?.rows).toEqual([6]);
    expect(issue(r, 'bad_value', 'value')?.rows).toEqual([7]);
    expect(issue(r, 'missing_required', 'value')?.rows).toEqual([8]);
    expect(issue(r, 'unparsed_optional', 'target')?.rows).toEqual([9]);
    expect(issue(r, 'unknown_district')?.rows).toEqual([4]);
    expect(r.unknownDistricts).toEqual([{ name: 'Bhopl', count: 1, suggestion: 'Bhopal' }]);
    expect(r.dateRange).toEqual({ min: '2024-03', max: '2024-03' });
    expect(await db.query('SELECT period, unit, parameter_id, value, target FROM indicators ORDER BY unit, parameter_id')).toEqual([
      { period: '2024-03', unit: 'Bhind', parameter_id: 'P1', value: 1234.5, target: null },
      { period: '2024-03', unit: 'Bhopal', parameter_id: 'P1', value: 12, target: 20 },
      { period: '2024-03', unit: 'Bhopl', parameter_id: 'P1', value: 5, target: 10 },
      { period: '2024-03', unit: 'Indore', parameter_id: 'P3', value: 4, target: null },
    ]);
    expect((await quarantineCsv(db, 'indicators')).split('\n')[0]).toBe('row,kind,column,reasons,period,district,parameter_id,value,target');
  });

  it('units that are not districts at all (countries) are accepted without per-row warnings', async () => {
    const r = await imp(db, csv('period,unit,parameter_id,value', '2021-01,India,HDI,0.633', '2021-01,Norway,HDI,0.961'), { table: 'indicators' });
    expect(r.loaded).toBe(2);
    expect(issue(r, 'unknown_district')).toBeUndefined();
    expect(r.units).toEqual(['India', 'Norway']);
  });

  it('a mapping may name the table', async () => {
    const r = await imp(db, csv('month,zila,code,achievement', '2024-01,Bhopal,P1,3'),
      { mapping: { table: 'indicators', columns: { period: 'month', unit: 'zila', parameter_id: 'code', value: 'achievement' } } });
    expect(r.table).toBe('indicators');
    expect(r.loaded).toBe(1);
  });
});

describe('parameters', () => {
  it('loads the catalogue; direction spellings; duplicate ids rejected', async () => {
    const r = await imp(db, csv('id,name_en,name_hi,department,unit,direction',
      'P1,Deliveries,प्रसव,Health,%,Higher is better', 'P2,Dropouts,ड्रॉपआउट,Education,count,कम', 'P1,Again,,,,up', 'P3,Odd,,,,sideways'), { table: 'parameters' });
    expect(issue(r, 'duplicate_id')?.rows).toEqual([4]);
    expect(issue(r, 'unparsed_optional', 'direction')?.rows).toEqual([5]);
    expect(await db.query('SELECT id, direction FROM parameters ORDER BY id')).toEqual([
      { id: 'P1', direction: 'higher' }, { id: 'P2', direction: 'lower' }, { id: 'P3', direction: null },
    ]);
  });
});
