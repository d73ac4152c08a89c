/** Every detail the importer writes in a report is a message key (with its value) and the English of that message (see detailText). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { detailEnglish } from '@/domain/import/detailText';
import { imp } from './helpers';

let db: Db & { close(): void };
beforeAll(async () => { db = await createNodeDb(); }, 60_000);
afterAll(() => db.close());

it('complaints and indicators files with every kind of problem: each detail is known', async () => {
  const complaints = [
    'complaint_id,registered_on,district,department,status,closed_on,closure_type,source',
    'A1,05/01/2024,Bhopal,Health,Closed,10/01/2024,Satisfied,web',
    'A1,05/01/2024,Bhopal,Health,Closed,10/01/2024,Satisfied,web',
    'A2,31/02/2024,Bhopal,Health,Open,,,web',
    'A3,05/01/2024,Atlantis,Health,Open,,,web',
    'A4,05/01/2024,Bhopal,Health,Pending,,,web',
    'A5,05/01/2024,Bhopal,Health,Closed,10/01/2024,,web',
    'A6,05/01/2024,Bhopal,Health,Open,,,carrier pigeon',
    'A7,05/01/2030,Bhopal,Health,Open,,,web',
    'A8,05/01/2024,Bhopal,Health,Open,,,web,extra',
  ].join('\n') + '\n';
  const indicators = ['period,unit,parameter_id,value,target', '2024-13,Bhopal,p1,x,y', '2024-03,Atlantis,p1,1,2', '2024-03,Bhopal,p1,1,2'].join('\n') + '\n';
  const parameters = ['id,name_en,name_hi,department,unit,direction', 'p1,A,ए,Health,%,sideways'].join('\n') + '\n';
  const reports = [
    await imp(db, complaints),
    await imp(db, indicators, { table: 'indicators' }),
    await imp(db, parameters, { table: 'parameters' }),
  ];
  const issues = reports.flatMap((r) => r.issues);
  expect(issues.length).toBeGreaterThanOrEqual(8);
  for (const i of issues) {
    expect(i.message, i.kind).toBeDefined();
    expect(i.detail).toBe(detailEnglish(i.message!));
  }
  expect(new Set(issues.map((i) => i.message!.key))).toEqual(new Set(['format', 'requiredWhenClosed', 'extraFieldsHint', 'duplicate',
    'oneOf', 'after', 'unknownDistrict', 'month', 'number', 'direction']));
});
