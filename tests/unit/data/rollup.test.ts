/**
 * The rollup scores exactly as the raw rows: `samiksha rollup` (native engine) over monthly files
 * split from a generated dataset, opened with openRollup in the wasm blocking build (the browser's
 * engine), then complaint metrics and score output compared with the raw rows' for several periods,
 * unit kinds and both complaint scorecards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { importFile } from '@/data/import/importFile';
import { complaintMetrics } from '@/data/queries/complaintMetrics';
import { levelFunnel, monthlyTrend, oldestPending, sourceMix } from '@/data/queries/review';
import { officerScopes, officerStats } from '@/data/queries/officers';
import { datasetSummary } from '@/data/queries/dataset';
import { rollupLevelFunnel, rollupOfficerScopes, rollupOfficerStats, rollupSourceMix, rollupSummary } from '@/data/rollupReview';
import { periodRange } from '@/domain/officers';
import { scoreInputs } from '@/data/queries/scoreInputs';
import { openRollup, rollupMetrics, rollupMonthlyTrend, rollupOldestPending, rollupScoreInputs, RollupUnsupported, type RollupInfo } from '@/data/rollup';
import { scorePeriod, toScoreOutput } from '@/domain/scoring';
import { previousMonth, type UnitKind } from '@/domain/metrics';
import { resolveScorecard } from '@/cli/scorecardArg';
import { run } from '@/cli/main';
import { generate } from '@/cli/generate/index';

let dir: string;
let raw: Db & { close(): void };
let rdb: Db & { close(): void };
let info: RollupInfo;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samiksha-rollup-test-'));
  await generate({ seed: 7, complaints: 40_000, out: dir, gzip: false, months: 12, endMonth: '2026-09' });
  const text = fs.readFileSync(path.join(dir, 'complaints.csv'), 'utf8');
  // monthly files by registration month (a few as .csv.gz), as a helpline's exports come
  const [header, ...lines] = text.trimEnd().split('\n');
  const byMonth = new Map<string, string[]>();
  for (const l of lines) { const m = l.split(',')[1].slice(0, 7); (byMonth.get(m) ?? byMonth.set(m, []).get(m)!).push(l); }
  const files: string[] = [];
  const zlib = await import('node:zlib');
  [...byMonth.keys()].sort().forEach((m, i) => {
    const body = header + '\n' + byMonth.get(m)!.join('\n') + '\n';
    const f = path.join(dir, `complaints-${m}.csv${i % 3 === 0 ? '.gz' : ''}`);
    fs.writeFileSync(f, i % 3 === 0 ? zlib.gzipSync(body) : body);
    files.push(f);
  });
  const out = path.join(dir, 'year.duckdb');
  const code = await run(['rollup', '--complaints', ...files, '--out', out]);
  expect(code).toBe(0);
  raw = await createNodeDb();
  await importFile(raw, { name: 'complaints.csv', bytes: new Uint8Array(fs.readFileSync(path.join(dir, 'complaints.csv'))), table: 'complaints' });
  rdb = await createNodeDb();
  // as in the browser: the user's file is registered, then attached read-only
  await rdb.registerBuffer('year.duckdb', new Uint8Array(fs.readFileSync(out)));
  info = await openRollup(rdb, 'year.duckdb');
}, 180_000);

afterAll(() => { raw?.close(); rdb?.close(); if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

const PERIODS = ['2026-09', '2026-06', '2026-02', '2025-11'];

describe('rollup', () => {
  it('describes itself: rows, months, limits', () => {
    expect(info.rows).toBe(40_000);
    expect(info.months).toHaveLength(12);
    expect(info.months.at(-1)).toBe('2026-09');
    expect(info.asOf).toBe('2026-09-30');
    expect(info.l1Days).toEqual([7]);
    expect(info.totalDays).toEqual([7, 31]);
  });

  for (const id of ['mp-cm-helpline', 'cm-window']) {
    for (const unit of ['district', 'department', 'officer'] as UnitKind[]) {
      it(`${id} by ${unit}: score output identical to the raw rows' for ${PERIODS.join(', ')}`, async () => {
        const card = resolveScorecard(id);
        for (const period of PERIODS) {
          const score = async (get: (p: string) => Promise<{ units: Parameters<typeof scorePeriod>[1] }>) => {
            const cur = await get(period);
            const prev = await get(previousMonth(period));
            const result = scorePeriod(card, cur.units, { previous: prev.units.length ? scorePeriod(card, prev.units) : undefined });
            return JSON.stringify(toScoreOutput(result, { period, unit, scorecard: card.id }));
          };
          const a = await score((p) => scoreInputs(raw, card, { period: p, unit }));
          const b = await score((p) => rollupScoreInputs(rdb, info, card, { period: p, unit }));
          expect(b).toBe(a);
          expect(JSON.parse(a).rows.length).toBeGreaterThan(0);
        }
      });
    }
  }

  it('every count and rate of every unit kind and filter equals the raw rows (avg_days_to_close to 1e-9)', async () => {
    const cases: { unit: UnitKind; filters?: Record<string, string>; habitualOver?: number | null; tl?: Record<string, number> }[] = [
      { unit: 'district', habitualOver: 10 }, { unit: 'block' }, { unit: 'district_department', habitualOver: 12 },
      { unit: 'state', tl: { '1': 7, '2': 7, '3': 7, '4': 10 } }, { unit: 'officer', filters: { district: 'Indore' } },
      { unit: 'department', filters: { source: 'call_181' } },
    ];
    for (const c of cases) for (const period of PERIODS) {
      const o = { period, unit: c.unit, filters: c.filters, habitualOver: c.habitualOver ?? null, timeLimitDays: c.tl };
      const a = await complaintMetrics(raw, o);
      const b = await rollupMetrics(rdb, info, o);
      const strip = (rows: typeof a) => rows.map(({ avg_days_to_close, ...r }) => r);
      expect(strip(b)).toEqual(strip(a));
      b.forEach((r, i) => {
        const want = a[i].avg_days_to_close;
        if (want == null) expect(r.avg_days_to_close).toBeNull();
        else expect(r.avg_days_to_close).toBeCloseTo(want, 9);
      });
    }
  });

  it('monthly trend and the named pending list are the raw rows\'', async () => {
    expect(await rollupMonthlyTrend(rdb, info)).toEqual(await monthlyTrend(raw));
    expect(await rollupMonthlyTrend(rdb, info, { district: 'Bhopal' })).toEqual(await monthlyTrend(raw, { district: 'Bhopal' }));
    expect(await rollupOldestPending(rdb, info, undefined, 500, 100)).toEqual(await oldestPending(raw, '2026-09', undefined, 500, 100));
    expect(await rollupOldestPending(rdb, info, { department: 'Energy' }, 50)).toEqual(await oldestPending(raw, '2026-09', { department: 'Energy' }, 50, 50));
  });

  it('officer lists (counts, department yardsticks, filters, month ranges) are the raw rows\'', async () => {
    const cases = [
      { range: periodRange('2026-09', '2026-09') }, { range: periodRange('2026-04', '2026-09') },
      { range: periodRange('2025-11', '2025-11'), filters: { district: 'Indore' } }, { range: periodRange('2026-07', '2026-09'), filters: { department: 'Energy' } },
    ];
    for (const c of cases) {
      const a = await officerStats(raw, c);
      const b = await rollupOfficerStats(rdb, info, c);
      expect(a.officers.length).toBeGreaterThan(0);
      const strip = (x: typeof a) => ({ ...x, officers: x.officers.map(({ avg_days_to_close, ...r }) => r) });
      expect(strip(b)).toEqual(strip(a));
      b.officers.forEach((r, i) => {
        const want = a.officers[i].avg_days_to_close;
        if (want == null) expect(r.avg_days_to_close).toBeNull(); else expect(r.avg_days_to_close).toBeCloseTo(want, 9);
      });
    }
    expect(await rollupOfficerScopes(rdb, info)).toEqual(await officerScopes(raw));
    await expect(rollupOfficerStats(rdb, info, { range: periodRange('2026-09', '2026-09'), burstDays: 5 })).rejects.toBeInstanceOf(RollupUnsupported);
  });

  it('escalation funnel, source mix and the dataset summary are the raw rows\'', async () => {
    for (const period of PERIODS) for (const f of [undefined, { district: 'Sagar' }, { department: 'Health', source: 'web' }]) {
      expect(await rollupLevelFunnel(rdb, info, period, f)).toEqual(await levelFunnel(raw, period, f));
      const byKey = (x: { key: string; n: number }[]) => [...x].sort((p, q) => q.n - p.n || p.key.localeCompare(q.key));
      expect(byKey(await rollupSourceMix(rdb, info, period, f))).toEqual(byKey(await sourceMix(raw, period, f)));
    }
    const { indicators: _i, indicatorMonths: _m, ...want } = await datasetSummary(raw);
    const { indicators: _j, indicatorMonths: _n, ...got } = await rollupSummary(rdb, info);
    expect(got).toEqual(want);
  });

  it('refuses limits it was not built for, with the option that would answer them', async () => {
    await expect(rollupMetrics(rdb, info, { period: '2026-09', unit: 'district', timeLimitDays: { '1': 5 } })).rejects.toThrow(/--l1-days 5/);
    await expect(rollupMetrics(rdb, info, { period: '2026-09', unit: 'district', habitualOver: 3 })).rejects.toBeInstanceOf(RollupUnsupported);
    await expect(rollupScoreInputs(rdb, info, resolveScorecard('cm-dashboard'), { period: '2026-09', unit: 'district' })).rejects.toThrow(/indicators/);
  });
});
