import { describe, it, expect, beforeAll } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { CREATE_INDICATORS } from '@/data/schema';
import { indicatorValues, indicatorPeriods } from '@/data/queries/indicators';

let db: Db;
beforeAll(async () => {
  db = await createNodeDb();
  await db.exec(CREATE_INDICATORS);
  await db.exec(`INSERT INTO indicators VALUES ('2026-09','Indore','P1',80,100), ('2026-09','Indore','P2',5,NULL),
    ('2026-09','Bhopal','P1',NULL,100), ('2026-08','Indore','P1',70,100), ('2026-09','Bhopal','O''Brien',1,2)`);
});

describe('indicator queries', () => {
  it('returns one period, all parameters', async () => {
    const rows = await indicatorValues(db, '2026-09');
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.unit === 'Indore' && r.parameter_id === 'P1')).toEqual({ unit: 'Indore', parameter_id: 'P1', value: 80, target: 100 });
  });
  it('filters by parameter ids (bound, quotes included)', async () => {
    const rows = await indicatorValues(db, '2026-09', ['P2', "O'Brien"]);
    expect(rows.map((r) => `${r.unit}:${r.parameter_id}`)).toEqual(["Bhopal:O'Brien", 'Indore:P2']);
  });
  it('lists periods', async () => expect(await indicatorPeriods(db)).toEqual(['2026-08', '2026-09']));
});
