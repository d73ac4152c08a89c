import { describe, it, expect } from 'vitest';
import { cleanMapping, deleteMapping, loadMappings, mappingToJson, parseMappingJson, saveMapping, type KeyValue } from '@/data/persistMappings';
import type { ColumnMapping } from '@/domain/import/types';
import { hasSchemas, schemaValidator } from '../domain/scoring/shared';

function memory(): KeyValue & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => { data.set(k, v); } };
}

const BOSTON: ColumnMapping = {
  table: 'complaints',
  columns: { complaint_id: 'CASE_ENQUIRY_ID', registered_on: 'OPEN_DT', district: 'NEIGHBORHOOD', status: 'CASE_STATUS', category: '' },
  values: { status: { Closed: 'closed', Open: 'open' }, source: { 'Employee Generated': null }, quality: {} },
  dateFormat: '%Y-%m-%d %H:%M:%S',
};

describe('mapping JSON', () => {
  it('export leaves out empty parts and keeps the schema keys only', () => {
    expect(cleanMapping(BOSTON)).toEqual({
      table: 'complaints',
      columns: { complaint_id: 'CASE_ENQUIRY_ID', registered_on: 'OPEN_DT', district: 'NEIGHBORHOOD', status: 'CASE_STATUS' },
      values: { status: { Closed: 'closed', Open: 'open' }, source: { 'Employee Generated': null } },
      dateFormat: '%Y-%m-%d %H:%M:%S',
    });
    expect(cleanMapping({ columns: { district: 'Zila' }, values: {} })).toEqual({ columns: { district: 'Zila' } });
  });

  it.skipIf(!hasSchemas)('exported JSON validates against shared/schemas/mapping.schema.json', () => {
    const check = schemaValidator('mapping.schema.json');
    for (const m of [BOSTON, { columns: {} }, { table: 'indicators' as const, columns: { unit: 'District' } }]) {
      const r = check(JSON.parse(mappingToJson(m)));
      expect(r.ok, r.errors).toBe(true);
    }
  });

  it('round-trips through export and import', () => {
    expect(parseMappingJson(mappingToJson(BOSTON))).toEqual(cleanMapping(BOSTON));
  });

  it.each([
    ['not json', /^not JSON/],
    ['[]', /^\(root\)/],
    ['{"table": "complaints"}', /^columns/],
    ['{"columns": {"district": 5}}', /^columns\.district/],
    ['{"columns": {}, "table": "parameters"}', /^table/],
    ['{"columns": {}, "values": {"status": {"Closed": true}}}', /^values\.status\.Closed/],
  ])('refuses %s with the path of the problem', (text, re) => {
    expect(() => parseMappingJson(text)).toThrow(re);
  });

  it.skipIf(!hasSchemas)('what it refuses the schema refuses too; what it accepts the schema accepts', () => {
    const check = schemaValidator('mapping.schema.json');
    for (const text of ['{"table": "complaints"}', '{"columns": {"district": 5}}', '{"columns": {}, "table": "parameters"}']) {
      expect(check(JSON.parse(text)).ok).toBe(false);
    }
    expect(check(JSON.parse('{"columns": {"district": "Zila"}, "values": {"status": {"X": null, "Y": 1}}}')).ok).toBe(true);
    expect(parseMappingJson('{"columns": {"district": "Zila"}, "values": {"status": {"X": null, "Y": 1}}}').values).toEqual({ status: { X: null, Y: 1 } });
  });
});

describe('saved mappings (localStorage)', () => {
  it('saves by name, replaces on the same name, lists sorted, deletes', () => {
    const kv = memory();
    expect(loadMappings(kv)).toEqual([]);
    saveMapping(kv, ' Boston ', BOSTON, new Date('2025-01-02T03:04:05Z'));
    saveMapping(kv, 'Agra export', { columns: { district: 'Zila' } }, new Date('2025-01-03T00:00:00Z'));
    let list = saveMapping(kv, 'Boston', { columns: { district: 'NEIGHBORHOOD' } }, new Date('2025-01-04T00:00:00Z'));
    expect(list.map((m) => m.name)).toEqual(['Agra export', 'Boston']);
    expect(list[1]).toEqual({ name: 'Boston', mapping: { columns: { district: 'NEIGHBORHOOD' } }, savedAt: '2025-01-04T00:00:00.000Z' });
    list = deleteMapping(kv, 'Agra export');
    expect(list.map((m) => m.name)).toEqual(['Boston']);
    expect(loadMappings(kv)).toEqual(list);
  });

  it('a nameless mapping is refused', () => {
    expect(() => saveMapping(memory(), '  ', BOSTON)).toThrow(/name/);
  });

  it('ignores corrupt storage and invalid entries', () => {
    const kv = memory();
    kv.setItem('samiksha.mappings', '{oops');
    expect(loadMappings(kv)).toEqual([]);
    kv.setItem('samiksha.mappings', JSON.stringify([{ name: 'ok', mapping: { columns: { a: 'b' } } }, { name: 'bad', mapping: { columns: 3 } }, { mapping: { columns: {} } }]));
    expect(loadMappings(kv).map((m) => m.name)).toEqual(['ok']);
  });
});
