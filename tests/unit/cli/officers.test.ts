import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { generate } from '@/cli/generate/index';
import { run } from '@/cli/main';
import { officersCommand, type OfficersOutput } from '@/cli/officers/command';
import { OFFICER_CSV_COLUMNS } from '@/domain/officers';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'samiksha-cli-officers-'));
const file = (n: string) => path.join(tmp, n);
let complaints: string;

beforeAll(async () => {
  await generate({ seed: 7, complaints: 8000, out: file('sample') });
  complaints = file('sample/complaints.csv');
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI, returning the exit code and what went to stderr. */
async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => { stderr += String(s); return true; });
  try {
    process.exitCode = undefined;
    return { code: await run(args), stderr };
  } finally {
    spy.mockRestore();
  }
}

const ROW_KEYS = ['officer_id', 'officer_name', 'department', 'district', 'received', 'closed', 'satisfied', 'satisfaction_rate',
  'wilson_lower', 'wilson_upper', 'force_closed', 'force_closed_rate', 'special_closed', 'partial', 'low_quality', 'reopened',
  'escalated', 'pending_end', 'pending_over_50', 'pending_over_100', 'pending_over_300', 'avg_days_to_close', 'closed_last_days',
  'aged', 'rank', 'flags'];

describe('samiksha officers', () => {
  it('is a sub-command with the documented options', () => {
    const c = officersCommand();
    expect(c.name()).toBe('officers');
    expect(c.options.map((o) => o.long)).toEqual(['--complaints', '--district', '--department', '--period', '--from', '--to',
      '--min-closures', '--top', '--burst-days', '--map', '--format', '--out']);
  });

  it('JSON: both lists ordered by the Wilson bounds, the minimum respected, flags with reasons; default period = latest month', async () => {
    const out = file('range.json');
    expect((await cli(['officers', '--complaints', complaints, '--from', '2025-10', '--to', '2026-10', '--top', '5', '--min-closures', '8', '--out', out])).code).toBe(0);
    const j = JSON.parse(readFileSync(out, 'utf8')) as OfficersOutput;
    expect(Object.keys(j)).toEqual(['period', 'from', 'to', 'filters', 'minClosures', 'top', 'burstDays', 'officers', 'eligible', 'good', 'poor', 'flagged']);
    expect(j).toMatchObject({ period: '2025-10..2026-10', from: '2025-10', to: '2026-10', filters: { district: null, department: null }, minClosures: 8, top: 5, burstDays: 3 });
    expect(j.good).toHaveLength(5);
    expect(j.poor).toHaveLength(5);
    for (const r of [...j.good, ...j.poor]) {
      expect(Object.keys(r)).toEqual(ROW_KEYS);
      expect(r.closed).toBeGreaterThanOrEqual(8);
      expect(r.wilson_lower!).toBeLessThanOrEqual(r.satisfaction_rate!);
      expect(r.wilson_upper!).toBeGreaterThanOrEqual(r.satisfaction_rate!);
    }
    const lowers = j.good.map((r) => r.wilson_lower!);
    expect(lowers).toEqual([...lowers].sort((a, b) => b - a));
    const uppers = j.poor.map((r) => r.wilson_upper!);
    expect(uppers).toEqual([...uppers].sort((a, b) => a - b));
    expect(j.good.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(Math.min(...lowers)).toBeGreaterThan(Math.max(...uppers) - 0.5);
    for (const r of j.flagged) for (const f of r.flags) expect(f.reason).toMatch(/^\d+ of \d+ .*against [\d.]+% for the rest of the department$/);

    const latest = file('latest.json');
    expect((await cli(['officers', '--complaints', complaints, '--out', latest])).code).toBe(0);
    expect(JSON.parse(readFileSync(latest, 'utf8'))).toMatchObject({ period: '2026-10', from: '2026-10', to: '2026-10', minClosures: 10, top: 10 });
  });

  it('filters by district and department; CSV has one row per listed officer with a list column', async () => {
    const json = file('indore.json');
    expect((await cli(['officers', '--complaints', complaints, '--from', '2025-10', '--district', 'Indore', '--min-closures', '5', '--out', json])).code).toBe(0);
    const j = JSON.parse(readFileSync(json, 'utf8')) as OfficersOutput;
    expect(j.filters).toEqual({ district: 'Indore', department: null });
    expect(j.good.length + j.poor.length).toBeGreaterThan(0);
    for (const r of [...j.good, ...j.poor, ...j.flagged]) expect(r.district).toBe('Indore');

    const csv = file('energy.csv');
    expect((await cli(['officers', '--complaints', complaints, '--from', '2025-10', '--department', 'Energy', '--top', '3', '--format', 'csv', '--out', csv])).code).toBe(0);
    const p = Papa.parse<Record<string, string>>(readFileSync(csv, 'utf8').trim(), { header: true });
    expect(p.meta.fields).toEqual([...OFFICER_CSV_COLUMNS]);
    expect(p.data.map((r) => `${r.list}${r.rank}`)).toEqual(['good1', 'good2', 'good3', 'poor1', 'poor2', 'poor3']);
    for (const r of p.data) expect(r.department).toBe('Energy');
  });

  it.each([
    [['--complaints', 'nope.csv'], /nope\.csv: no such file/],
    [['--complaints', '@C', '--period', '2026-10', '--from', '2026-01'], /either --period or --from\/--to/],
    [['--complaints', '@C', '--from', '2026-10', '--to', '2026-01'], /starts after it ends/],
    [['--complaints', '@C', '--district', 'Atlantis'], /--district "Atlantis": no officer works in it/],
    [['--complaints', '@C', '--department', 'Magic'], /--department "Magic": no officer works in it/],
    [['--complaints', '@C', '--min-closures', '0'], /--min-closures must be a whole number/],
    [['--complaints', '@C', '--period', '2026-13'], /YYYY-MM/],
    [['--complaints', '@C', '--format', 'xml'], /format/],
  ])('exit 2 with one clear line: %j', async (args, message) => {
    const { code, stderr } = await cli(['officers', ...args.map((a) => (a === '@C' ? complaints : a))]);
    expect(code).toBe(2);
    if (/no such file|either|starts after|no officer/.test(String(message))) {
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('exit 2 for a file without officer ids', async () => {
    const f = file('no-officers.csv');
    writeFileSync(f, 'complaint_id,registered_on,district,department,status\n1,2026-03-01,Indore,Energy,open\n');
    const { code, stderr } = await cli(['officers', '--complaints', f]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no complaint has an officer_id/);
  });
});
