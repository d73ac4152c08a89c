import { describe, it, expect } from 'vitest';
import {
  applySaved, effectiveMapping, guessTable, resolveMapping, valueRows, withColumn, withValue,
} from '@/data/import/mappingModel';

const HINDI = ['शिकायत क्रमांक', 'दिनांक', 'जिला', 'विभाग', 'स्थिति', 'निराकरण दिनांक', 'निराकरण का प्रकार', 'टिप्पणी'];

describe('table guess', () => {
  it.each([
    [HINDI, 'complaints'],
    [['month', 'district', 'indicator', 'achievement', 'target'], 'indicators'],
    [['period', 'unit', 'parameter_id', 'value'], 'indicators'],
    [['a', 'b'], 'complaints'],
  ] as const)('%j → %s', (headers, t) => {
    expect(guessTable([...headers])).toBe(t);
  });
});

describe('column resolution shown in the editor', () => {
  it('Hindi headers map automatically; unknown headers are ignored', () => {
    const r = resolveMapping(HINDI, 'complaints', { columns: {} });
    expect(r.assigned).toMatchObject({
      complaint_id: 'शिकायत क्रमांक', registered_on: 'दिनांक', district: 'जिला', department: 'विभाग',
      status: 'स्थिति', closed_on: 'निराकरण दिनांक', closure_type: 'निराकरण का प्रकार', source: null,
    });
    expect(r.missing).toEqual([]);
    expect(r.ignored).toEqual(['टिप्पणी']);
    expect(r.unknown).toEqual({});
  });

  it('a required column without a header is reported missing', () => {
    const r = resolveMapping(['id', 'date', 'dept', 'status'], 'complaints', { columns: {} });
    expect(r.missing).toEqual(['district']);
  });

  it('a user choice wins over the alias and frees the header for nothing else', () => {
    const m = withColumn({ columns: {} }, 'district', 'टिप्पणी');
    const r = resolveMapping(HINDI, 'complaints', m);
    expect(r.assigned.district).toBe('टिप्पणी');
    expect(r.ignored).toEqual(['जिला']);
    // the same header chosen for another column moves there
    const m2 = withColumn(m, 'block', 'टिप्पणी');
    expect(m2.columns).toEqual({ block: 'टिप्पणी' });
    expect(resolveMapping(HINDI, 'complaints', m2).assigned).toMatchObject({ block: 'टिप्पणी', district: 'जिला' });
    // back to automatic
    expect(withColumn(m2, 'block', null).columns).toEqual({});
  });

  it('mapped headers the file lacks are listed, not applied', () => {
    const r = resolveMapping(HINDI, 'complaints', { columns: { district: 'ZILA', department: 'vibhag' } });
    expect(r.unknown).toEqual({ district: 'ZILA', department: 'vibhag' });
    expect(r.assigned.district).toBe('जिला');
  });

  it('the effective mapping names every resolved column and keeps value maps of this table', () => {
    const m = withValue({ columns: {}, dateFormat: '%d-%m-%Y' }, 'status', 'बंद', 'closed');
    const eff = effectiveMapping('complaints', resolveMapping(HINDI, 'complaints', m), { ...m, values: { ...m.values, period: { x: 'y' } } });
    expect(eff).toEqual({
      table: 'complaints',
      columns: {
        complaint_id: 'शिकायत क्रमांक', registered_on: 'दिनांक', district: 'जिला', department: 'विभाग',
        status: 'स्थिति', closed_on: 'निराकरण दिनांक', closure_type: 'निराकरण का प्रकार',
      },
      values: { status: { 'बंद': 'closed' } },
      dateFormat: '%d-%m-%Y',
    });
  });
});

describe('value maps', () => {
  const rows = [['Closed'], ['Open'], ['Closed'], ['Band'], [''], ['Closed'], ['Band']];
  it('distinct values, commonest first, with the automatic reading and the user choice', () => {
    const m = withValue({ columns: {} }, 'status', 'Band', 'closed');
    expect(valueRows('status', rows, 0, m.values?.status)).toEqual([
      { raw: 'Closed', count: 3, auto: 'closed', chosen: undefined },
      { raw: 'Band', count: 2, auto: null, chosen: 'closed' },
      { raw: 'Open', count: 1, auto: 'open', chosen: undefined },
    ]);
  });
  it('null means empty on purpose; undefined removes the entry', () => {
    let m = withValue({ columns: {} }, 'source', 'Employee Generated', null);
    expect(m.values).toEqual({ source: { 'Employee Generated': null } });
    m = withValue(m, 'source', 'Employee Generated', undefined);
    expect(m.values).toEqual({});
  });
  it('caps the list', () => {
    const many = Array.from({ length: 100 }, (_, i) => [`v${i}`]);
    expect(valueRows('status', many, 0, undefined, 10)).toHaveLength(10);
  });
});

describe('a saved mapping applied to another file', () => {
  it('keeps its table, values and date format and lists headers this file lacks', () => {
    const r = applySaved(['CASE_ENQUIRY_ID', 'open_dt', 'X'], {
      table: 'complaints', columns: { complaint_id: 'CASE_ENQUIRY_ID', registered_on: 'OPEN_DT', district: 'NEIGHBORHOOD' },
      values: { status: { Closed: 'closed' } }, dateFormat: '%Y-%m-%d',
    });
    expect(r.table).toBe('complaints');
    expect(r.unknown).toEqual(['district ← NEIGHBORHOOD']);
    expect(r.mapping.values).toEqual({ status: { Closed: 'closed' } });
    expect(r.mapping.dateFormat).toBe('%Y-%m-%d');
  });
});
