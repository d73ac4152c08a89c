/**
 * The dataset summary and the summary line an import shows before it, on six rows whose answers
 * are counted by hand: 4 districts among the names (one NULL), 3 months (Jan, Mar, Apr 2026: no
 * February), 2 officers (one NULL), dates 2026-01-05 .. 2026-04-30.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { CREATE_COMPLAINTS } from '@/data/schema';
import { complaintMonths, datasetSummary, importedSummary } from '@/data/queries/dataset';
import { csv, GOOD, HEADER, imp } from '../import/helpers';

let db: Db;
beforeAll(async () => {
  db = await createNodeDb();
  await db.exec(CREATE_COMPLAINTS);
  await db.exec(`INSERT INTO complaints (complaint_id, registered_on, district, department, source, status, officer_id) VALUES
    ('c1', '2026-01-05', 'Bhopal', 'Revenue', 'call_181', 'open', 'O1'),
    ('c2', '2026-01-31', 'Indore', 'Revenue', 'call_181', 'open', 'O1'),
    ('c3', '2026-03-01', 'Sagar', 'Energy', 'cm_window', 'open', 'O2'),
    ('c4', '2026-04-30', 'Rewa', 'Energy', 'call_181', 'open', NULL),
    ('c5', '2026-04-02', NULL, 'Energy', 'call_181', 'open', 'O2'),
    ('c6', NULL, 'Bhopal', NULL, 'call_181', 'open', 'O2')`);
});

describe('datasetSummary', () => {
  it('counts rows, distinct districts, departments and officers, the months and the date range', async () => {
    const s = await datasetSummary(db);
    expect(s).toMatchObject({
      complaints: 6, districts: 4, departments: 2, officers: 2, firstDate: '2026-01-05', lastDate: '2026-04-30', indicators: 0,
      months: ['2026-01', '2026-03', '2026-04'], districtNames: ['Bhopal', 'Indore', 'Rewa', 'Sagar'], departmentNames: ['Energy', 'Revenue'],
      sourceNames: ['call_181', 'cm_window'], indicatorMonths: [],
    });
  });
  it('has no complaints when the table does not exist', async () => {
    const other = await createNodeDb();
    expect(await datasetSummary(other)).toMatchObject({ complaints: 0, districts: 0, months: [] });
  });
});

describe('importedSummary (the summary shown as soon as an import has swapped its table in)', () => {
  it('takes rows, districts and dates from the report, asks the months, carries the rest', async () => {
    expect(await complaintMonths(db)).toEqual(['2026-01', '2026-03', '2026-04']);
    const prev = await datasetSummary(db);
    const s = await importedSummary(db, { loaded: 6, units: ['Sagar', 'Bhopal', 'Rewa', 'Indore'], dateRange: { min: '2026-01-05', max: '2026-04-30' } }, { ...prev, indicators: 9, indicatorMonths: ['2026-02'] }, false);
    expect(s).toEqual({ ...prev, indicators: 9, indicatorMonths: ['2026-02'] });
    // over the sample (its other tables emptied): no indicators any more
    const e = await importedSummary(db, { loaded: 6, units: prev.districtNames, dateRange: { min: '2026-01-05', max: '2026-04-30' } }, { ...prev, indicators: 9, indicatorMonths: ['2026-02'] }, true);
    expect(e).toMatchObject({ indicators: 0, indicatorMonths: [], complaints: 6, months: ['2026-01', '2026-03', '2026-04'] });
  });
  it('after a real import, every figure it states is the whole summary\'s', async () => {
    const other = await createNodeDb();
    const rep = await imp(other, csv(HEADER, GOOD, 'G2,03/02/2024,bhopal,Health,Open,,', 'G3,28/02/2024,Indore,Revenue,Open,,', 'G4,31/02/2024,Sagar,Health,Open,,'));
    expect(rep.loaded).toBe(3); // G4's date does not exist: quarantined
    const full = await datasetSummary(other);
    const s = await importedSummary(other, rep, null, false);
    const { officers: _o, departments: _d, departmentNames: _n, sourceNames: _s, ...stated } = full;
    expect(s).toMatchObject(stated);
    expect(stated).toMatchObject({ complaints: 3, districts: 2, districtNames: ['Bhopal', 'Indore'], months: ['2024-01', '2024-02'], firstDate: '2024-01-05', lastDate: '2024-02-28' });
  });
});
