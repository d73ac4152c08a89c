/**
 * `samiksha score` end to end (import → metrics/indicators → engine → contract JSON), including
 * the two published indexes in ../shared/fixtures reproduced through the CLI (skipped when absent).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import Ajv2020 from 'ajv/dist/2020';
import { describe, it, expect, beforeAll } from 'vitest';
import { runScore } from '@/cli/score/command';
import { run } from '@/cli/main';
import { generate } from '@/cli/generate';
import { captured } from './capture';

const ROOT = path.resolve(__dirname, '../../..');
const FIX = path.resolve(ROOT, '../shared/fixtures');
const SCHEMAS = path.resolve(ROOT, '../shared/schemas');
const hasFixtures = fs.existsSync(path.join(FIX, 'asem/indicators.csv'));
if (!hasFixtures) console.warn(`skipping published-index CLI tests: ${FIX} not found`);

const csv = (file: string) => Papa.parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;

/** Runs the CLI capturing stdout/stderr and the exit code. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { value: code, out, err } = await captured(() => run(args));
  return { code, out, err };
}

describe.skipIf(!hasFixtures)('published indexes through samiksha score', () => {
  it('ASEM: every published score to 2 decimals and every rank, ties included', async () => {
    const out = await runScore({ indicators: path.join(FIX, 'asem/indicators.csv'), scorecard: path.join(FIX, 'asem/scorecard.json'), unit: 'district', format: 'json' });
    const expected = csv(path.join(FIX, 'asem/expected_scores.csv'));
    expect(out.rows).toHaveLength(expected.length);
    const byUnit = new Map(out.rows.map((r) => [r.unit, r]));
    for (const e of expected) {
      const r = byUnit.get(e.UnitCode)!;
      expect([e.UnitCode, r.score, r.rank]).toEqual([e.UnitCode, Number(e.Index), Number(e.Rank)]);
    }
  });

  it('HDI 2021: every value within 0.001 (× 100 on the 0–100 scale)', async () => {
    const out = await runScore({ indicators: path.join(FIX, 'hdi/indicators.csv'), scorecard: path.join(FIX, 'hdi/scorecard.json'), unit: 'district', format: 'json' });
    const expected = csv(path.join(FIX, 'hdi/expected.csv'));
    const byUnit = new Map(out.rows.map((r) => [r.unit, r]));
    let compared = 0;
    for (const e of expected) {
      const r = byUnit.get(e.unit);
      expect(r, e.unit).toBeDefined();
      expect(Math.abs(r!.score - 100 * Number(e.hdi_2021))).toBeLessThanOrEqual(0.1 + 0.005); // 0.001 on the 0–1 scale; score is shown to 2 decimals
      compared++;
    }
    expect(compared).toBe(expected.length);
  });

  it('the JSON validates against the shared score-output schema', async () => {
    const out = await runScore({ indicators: path.join(FIX, 'hdi/indicators.csv'), scorecard: path.join(FIX, 'hdi/scorecard.json'), unit: 'district', format: 'json' });
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMAS, 'score-output.schema.json'), 'utf8')));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('samiksha score on generated complaints', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samiksha-score-'));
    await generate({ seed: 11, complaints: 20_000, out: dir });
  }, 120_000);

  it('defaults to the latest month and mp-cm-helpline, gives 60/20/10/10 points and deltas vs the month before', async () => {
    const out = await runScore({ complaints: path.join(dir, 'complaints.csv'), unit: 'district', format: 'json' });
    expect(out.scorecard).toBe('mp-cm-helpline');
    expect(out.period).toBe('2026-10');
    expect(out.rows.length + out.unscored.length).toBe(55);
    for (const r of out.rows) {
      const pts = Object.values(r.parameters).reduce((s, p) => s + (p.points ?? 0), 0);
      expect(Math.abs(pts - r.score)).toBeLessThan(0.05); // points add up to the score (each rounded to 2 decimals)
      expect(r.parameters.satisfaction_rate.points!).toBeLessThanOrEqual(60.005);
    }
    expect(out.rows.some((r) => r.previousRank != null && r.deltaRank != null)).toBe(true);
    const r0 = out.rows.find((r) => r.previousRank != null)!;
    expect(r0.deltaRank).toBe(r0.previousRank! - r0.rank);
  });

  it('ranks departments and officers too, and writes CSV to --out', async () => {
    const dep = await runScore({ complaints: path.join(dir, 'complaints.csv'), unit: 'department', period: '2026-08', format: 'json' });
    expect(dep.unit).toBe('department');
    expect(dep.rows.length).toBeGreaterThan(20);
    const off = await runScore({ complaints: path.join(dir, 'complaints.csv'), unit: 'officer', period: '2026-08', format: 'json' });
    expect(off.unit).toBe('officer');
    expect(off.rows.length).toBeGreaterThan(500);
    expect(off.rows[0].unit).toMatch(/^L1-/);
    const file = path.join(dir, 'out.csv');
    const r = await cli(['score', '--complaints', path.join(dir, 'complaints.csv'), '--period', '2026-08', '--format', 'csv', '--out', file]);
    expect(r.code).toBe(0);
    const rows = csv(file);
    expect(rows[0]).toHaveProperty('satisfaction_rate.points');
    expect(rows.filter((x) => x.rank).length).toBeGreaterThan(40);
  });

  it('unusable input exits 2 with one line naming the problem, never a stack trace', async () => {
    const missing = await cli(['score', '--complaints', path.join(dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    expect(missing.err).toContain('nope.csv');
    const bad = path.join(dir, 'bad-card.json');
    fs.writeFileSync(bad, JSON.stringify({ id: 'x', name: { en: 'x' }, children: [{ id: 'p', source: { metric: 'satisfaction_rate' }, normalize: { method: 'goalposts', lo: 0 } }] }));
    const card = await cli(['score', '--complaints', path.join(dir, 'complaints.csv'), '--scorecard', bad]);
    expect(card.code).toBe(2);
    expect(card.err).toMatch(/children\[0\]\.normalize/);
    expect(card.err).not.toMatch(/\n\s+at /);
    const empty = await cli(['score', '--complaints', path.join(dir, 'complaints.csv'), '--period', '2019-01']);
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/nothing to score for 2019-01/);
  });
});
