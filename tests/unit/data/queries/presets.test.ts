/**
 * Every state preset end to end on its own generated sample (8,000 complaints, seed 3): the league
 * with the state's default scorecard covers exactly the state's districts, the report card's marks
 * add up to the score, the officer lists fill; and a Haryana-style export with Hindi headers and
 * Hindi / old district names (जिला = गुरुग्राम, नूंह, गुड़गांव, Mewat …) matches every district.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '@/cli/generate/index';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { loadSample } from '@/data/sample';
import { scoreInputs } from '@/data/queries/scoreInputs';
import { officerStats } from '@/data/queries/officers';
import { importFile } from '@/data/import/importFile';
import { STATE_IDS, STATE_PRESETS, detectState, type StateId } from '@/domain/geo/states';
import { getBuiltinScorecard } from '@/domain/scorecards';
import { scorePeriod } from '@/domain/scoring';
import { marksLost } from '@/domain/reportCard';
import { buildOfficerLists, periodRange } from '@/domain/officers';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'samiksha-presets-'));
const dbs = new Map<StateId, Db>();

beforeAll(async () => {
  for (const state of STATE_IDS) {
    const out = path.join(tmp, state);
    await generate({ seed: 3, complaints: 8_000, out, months: 4, state });
    const db = await createNodeDb();
    const read = (f: string) => new Uint8Array(readFileSync(path.join(out, f)));
    await loadSample(db, '', undefined, Promise.resolve({ kind: 'csv' as const, complaints: read('complaints.csv'), indicators: read('indicators.csv'), parameters: read('parameters.csv') }));
    dbs.set(state, db);
  }
}, 240_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.each(STATE_IDS.map((s) => [s] as const))('%s preset on its own sample', (state) => {
  const preset = STATE_PRESETS[state];
  const card = getBuiltinScorecard(preset.scorecards[0])!;

  it('the league with the state default scorecard ranks exactly its districts; the names detect the state', async () => {
    const db = dbs.get(state)!;
    const { units } = await scoreInputs(db, card, { period: '2026-10', unit: 'district' });
    const result = scorePeriod(card, units);
    expect(result.rows.map((r) => r.unit).sort()).toEqual(preset.districts.map((d) => d.name).sort());
    expect(result.rows.map((r) => r.rank).sort((a, b) => a - b)[0]).toBe(1);
    for (const r of result.rows) expect(r.score).toBeGreaterThanOrEqual(0), expect(r.score).toBeLessThanOrEqual(100);
    expect(detectState(result.rows.map((r) => r.unit))).toBe(state);
    // the report card of the last-ranked district: its marks lost + points = the marks available, and points sum to the score
    const last = [...result.rows].sort((a, b) => b.overallRank - a.overallRank)[0];
    const ml = marksLost(card, result, last.unit)!;
    expect(ml.rows.length).toBe(card.children.length);
    const points = ml.rows.reduce((s, r) => s + (r.points ?? 0), 0);
    expect(points).toBeCloseTo(last.score, 6);
    for (const r of ml.rows) if (r.max != null) expect(r.lost! + r.points!).toBeGreaterThanOrEqual(r.max - 1e-9);
  });

  it('officer lists: good and poor lists fill from the state officers, one district each', async () => {
    const db = dbs.get(state)!;
    const stats = await officerStats(db, { range: periodRange('2026-07', '2026-10') });
    const lists = buildOfficerLists(stats.officers, stats.departments, { minClosures: 5, top: 10 });
    expect(lists.good).toHaveLength(10);
    expect(lists.poor).toHaveLength(10);
    const names = new Set(preset.districts.map((d) => d.name));
    for (const r of [...lists.good, ...lists.poor]) expect(names.has(r.district ?? '')).toBe(true);
    expect(lists.good[0].officer_id).not.toBe(lists.poor[0].officer_id);
  });
});

describe('sources of each state', () => {
  it('Haryana comes mostly through CM Window, SMGT and Samadhan camps; Uttarakhand mostly by call (1905)', async () => {
    const mix = async (s: StateId) => Object.fromEntries((await dbs.get(s)!.query<{ k: string; n: number }>(
      `SELECT source AS k, count(*)::INTEGER AS n FROM complaints GROUP BY 1`)).map((r) => [r.k, r.n / 8000]));
    const hr = await mix('hr');
    expect(hr.cm_window + hr.smgt + hr.samadhan_camp).toBeGreaterThan(0.7);
    expect((await mix('uk')).call_181).toBeGreaterThan(0.65);
  });
});

describe('a Haryana-style export with Hindi headers', () => {
  it('matches every district, old and Hindi names included, against the Haryana list', async () => {
    const names = ['गुरुग्राम', 'नूंह', 'गुड़गांव', 'Mewat', 'चरखी दादरी', 'फरीदाबाद', 'पलवल', 'रेवाड़ी', 'महेंद्रगढ़', 'नारनौल', 'हिसार', 'जींद', 'सिरसा',
      'फतेहाबाद', 'करनाल', 'पानीपत', 'कैथल', 'कुरुक्षेत्र', 'अंबाला', 'पंचकूला', 'यमुनानगर', 'रोहतक', 'झज्जर', 'सोनीपत', 'भिवानी'];
    const expected = ['Gurugram', 'Nuh', 'Gurugram', 'Nuh', 'Charkhi Dadri', 'Faridabad', 'Palwal', 'Rewari', 'Mahendragarh', 'Mahendragarh', 'Hisar', 'Jind', 'Sirsa',
      'Fatehabad', 'Karnal', 'Panipat', 'Kaithal', 'Kurukshetra', 'Ambala', 'Panchkula', 'Yamunanagar', 'Rohtak', 'Jhajjar', 'Sonipat', 'Bhiwani'];
    const lines = ['शिकायत क्रमांक,पंजीयन दिनांक,जिला,विभाग,स्रोत,स्थिति,निराकरण दिनांक,निराकरण का प्रकार,एटीआर दिनांक'];
    names.forEach((n, i) => lines.push(`HR${i + 1},0${1 + (i % 9)}-10-2026,${n},राजस्व,${['सीएम विंडो', 'सोशल मीडिया', 'समाधान शिविर'][i % 3]},${i % 2 ? 'बंद' : 'लंबित'},${i % 2 ? '20-10-2026' : ''},${i % 2 ? 'संतुष्ट' : ''},${i % 4 === 1 ? '20-10-2026' : ''}`));
    const db = await createNodeDb();
    const rep = await importFile(db, { name: 'haryana.csv', bytes: new TextEncoder().encode(lines.join('\n') + '\n'), today: '2026-11-01', state: 'mp' });
    expect(rep.unknownDistricts).toEqual([]);
    expect(rep.issues.filter((i) => i.kind === 'unknown_district')).toEqual([]);
    expect(rep.loaded).toBe(names.length);
    expect(rep.units).toEqual([...new Set(expected)].sort());
    expect(rep.units).toHaveLength(22);
    expect(detectState(rep.units)).toBe('hr');
    const rows = await db.query<{ id: string; district: string; source: string }>(`SELECT complaint_id AS id, district, source FROM complaints ORDER BY length(complaint_id), complaint_id`);
    expect(rows.map((r) => r.district)).toEqual(expected);
    expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['cm_window', 'smgt', 'samadhan_camp']));
  });

  it('an MP export with a Haryana name among MP ones keeps it unknown (the MP list, never a mix)', async () => {
    const lines = ['complaint_id,registered_on,district,department,status', 'M1,2026-10-01,Bhopal,Revenue,open', 'M2,2026-10-01,Indore,Revenue,open',
      'M3,2026-10-01,Gurugram,Revenue,open'];
    const db = await createNodeDb();
    const rep = await importFile(db, { name: 'mp.csv', bytes: new TextEncoder().encode(lines.join('\n') + '\n'), today: '2026-11-01' });
    expect(rep.unknownDistricts.map((u) => u.name)).toEqual(['Gurugram']);
  });
});
