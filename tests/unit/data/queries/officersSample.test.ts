/**
 * Do the lists find the officers the generator built good or poor? A 60,000-complaint sample
 * (seed 1, 13 months to 2026-10) is generated into a temporary folder; officers.csv holds each L1
 * officer's ground-truth profile. The whole window is one range (≈ 19 complaints per officer).
 * The measured precisions are printed and asserted with a small margin below what was measured.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '@/cli/generate/index';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { CANONICAL_COMPLAINTS_CSV_COLUMNS, CREATE_COMPLAINTS } from '@/data/schema';
import { officerStats } from '@/data/queries/officers';
import { buildOfficerLists, officerRows, periodRange, type FlagKind, type OfficerLists, type OfficerRow } from '@/domain/officers';

/** Share of force-closers with ≥ 20 closures that must carry the force-closure flag. */
const RECALL = 0.5;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'samiksha-officers-'));
let db: Db;
let profile: Map<string, string>;
let lists: OfficerLists;
let all: OfficerRow[];

beforeAll(async () => {
  await generate({ seed: 1, complaints: 60_000, out: tmp });
  db = await createNodeDb();
  await db.registerBuffer('complaints.csv', new Uint8Array(readFileSync(path.join(tmp, 'complaints.csv'))));
  await db.exec(CREATE_COMPLAINTS);
  await db.exec(`INSERT INTO complaints SELECT * FROM read_csv('complaints.csv', header=true, auto_detect=false, delim=',', quote='"', escape='"', nullstr='', columns=${CANONICAL_COMPLAINTS_CSV_COLUMNS})`);
  const officers = Papa.parse<Record<string, string>>(readFileSync(path.join(tmp, 'officers.csv'), 'utf8').trim(), { header: true }).data;
  profile = new Map(officers.filter((o) => o.level === '1').map((o) => [o.officer_id, o.profile]));
  const stats = await officerStats(db, { range: periodRange('2025-10', '2026-10') });
  lists = buildOfficerLists(stats.officers, stats.departments, { minClosures: 10, top: 25 });
  all = officerRows(stats.officers, stats.departments, 10);
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const share = (rows: OfficerRow[], profiles: string[]): number => rows.filter((r) => profiles.includes(profile.get(r.officer_id) ?? '')).length / rows.length;
const withFlag = (k: FlagKind): OfficerRow[] => lists.flagged.filter((r) => r.flags.some((f) => f.kind === k));

describe('officer lists on a generated sample (60,000 complaints, seed 1, 2025-10..2026-10, ≥ 10 closures, top 25)', () => {
  it('known good officers dominate the good list; force-closers and sitters the poor list', () => {
    const l1 = [...profile.values()];
    const base = l1.filter((p) => p === 'good').length / l1.length;
    const good = share(lists.good, ['good']);
    const poor = share(lists.poor, ['force_closer', 'sitter']);
    console.log(`officers ${lists.officers}, eligible ${lists.eligible}; good list: ${(100 * good).toFixed(0)}% good (base rate ${(100 * base).toFixed(1)}%); ` +
      `poor list: ${(100 * poor).toFixed(0)}% force_closer/sitter; good officers on the poor list: ${lists.poor.filter((r) => profile.get(r.officer_id) === 'good').length}`);
    expect(lists.good).toHaveLength(25);
    expect(lists.poor).toHaveLength(25);
    expect(good).toBeGreaterThanOrEqual(0.5);
    expect(good).toBeGreaterThan(2 * base);
    expect(share(lists.good, ['force_closer', 'sitter'])).toBe(0);
    expect(poor).toBeGreaterThanOrEqual(0.8);
    expect(share(lists.poor, ['good'])).toBe(0);
  });

  it('flags point at the right profiles', () => {
    const force = withFlag('force_closed');
    const stale = withFlag('stale_backlog');
    const low = withFlag('low_quality');
    const line = (name: string, rows: OfficerRow[], ps: string[]) => `${name} ${rows.length} flagged, ${(100 * share(rows, ps)).toFixed(0)}% ${ps.join('/')}`;
    console.log([line('force_closed:', force, ['force_closer']), line('stale_backlog:', stale, ['sitter']), line('low_quality:', low, ['low_quality', 'force_closer'])].join('; '));
    expect(force.length).toBeGreaterThanOrEqual(50);
    expect(share(force, ['force_closer'])).toBeGreaterThanOrEqual(0.55);
    expect(share(stale, ['sitter'])).toBeGreaterThanOrEqual(0.7);
    expect(share(low, ['low_quality', 'force_closer'])).toBeGreaterThanOrEqual(0.8);
    // recall: of the force-closers with at least 20 closures, the share flagged for force closure
    const fc = all.filter((r) => profile.get(r.officer_id) === 'force_closer' && r.closed >= 20);
    const recall = fc.filter((r) => r.flags.some((f) => f.kind === 'force_closed')).length / fc.length;
    console.log(`force_closed recall: ${(100 * recall).toFixed(0)}% of ${fc.length} force-closers with ≥ 20 closures`);
    expect(recall).toBeGreaterThanOrEqual(RECALL);
  });
});
