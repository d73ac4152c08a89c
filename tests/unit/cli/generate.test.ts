import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../../src/cli/generate/index';
import { buildWorld } from '../../../src/cli/generate/world';
import { PROFILES } from '../../../src/cli/generate/profiles';
import { normalScores, probit } from '../../../src/cli/generate/prng';
import { createNodeDb } from '../../../src/data/nodeDb';
import type { Db } from '../../../src/data/dbTypes';
import { ALLOWED_VALUES, CANONICAL_COMPLAINTS_CSV_COLUMNS, COMPLAINT_COLUMNS, PARAMETER_COLUMNS } from '../../../src/data/schema';
import { MP_DISTRICTS } from '../../../src/domain/geo/mpDistricts';
import { SCHEME_PARAMETERS } from '../../../src/domain/catalogue/schemes';
import { scoreInputs } from '../../../src/data/queries/scoreInputs';
import { scorePeriod, type ScoreResult } from '../../../src/domain/scoring';
import { getBuiltinScorecard } from '../../../src/domain/scorecards';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'samiksha-gen-'));
const dir = (name: string): string => path.join(tmp, name);
const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

/** sha256 of the files written by generate({seed: 7, complaints: 5000}) with default months/end. Changes only on purpose. */
const GOLDEN: Record<string, string> = {
  'complaints.csv': '2afc13a32486368ffc94b6b5212bd08c37be14683755c5e3b4dcb26ca3fc795a',
  'indicators.csv': '608a4554e48bd4527327d697535e9fedb84fc7198810aa0958217b19d1e862ca',
  'parameters.csv': '1abca70c62552731f44db1e36809b47229df000f038c968be355393c01a1960a',
  'officers.csv': 'ad8372497e872a971d42615ab161a5a9157f8823ee9e4a76c7b2a438c3661034',
};

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('generate: normal scores', () => {
  // Standard normal quantiles from tables: Φ⁻¹(0.5) = 0, Φ⁻¹(0.8413447) = 1, Φ⁻¹(0.975) = 1.959964,
  // Φ⁻¹(0.01) = −2.326348 (lower tail branch), Φ⁻¹(0.999) = 3.090232 (upper tail branch).
  it.each([
    [0.5, 0], [0.8413447, 1], [0.975, 1.959964], [0.025, -1.959964], [0.01, -2.326348], [0.999, 3.090232],
  ])('probit(%d) = %d', (p, z) => {
    expect(probit(p)).toBeCloseTo(z, 5);
  });

  it('replaces values by the quantile of their rank, (rank + 0.5) / n', () => {
    // n = 3: ranks 0, 1, 2 → p = 1/6, 1/2, 5/6 → −0.967422, 0, 0.967422
    const z = normalScores([3, 1, 2]);
    expect(z[0]).toBeCloseTo(0.967422, 5);
    expect(z[1]).toBeCloseTo(-0.967422, 5);
    expect(z[2]).toBeCloseTo(0, 10);
  });
});

describe('generate: determinism and files', () => {
  it('same seed and arguments give byte-identical files, matching the recorded hashes', async () => {
    const a = await generate({ seed: 7, complaints: 5000, out: dir('a') });
    const b = await generate({ seed: 7, complaints: 5000, out: dir('b') });
    expect(a.files.map((f) => path.basename(f))).toEqual(Object.keys(GOLDEN));
    for (const name of Object.keys(GOLDEN)) {
      expect(sha(path.join(dir('b'), name)), name).toBe(sha(path.join(dir('a'), name)));
      expect(sha(path.join(dir('a'), name)), name).toBe(GOLDEN[name]);
    }
    expect(a.counts).toEqual({ complaints: 5000, indicators: 13 * 55 * 163, parameters: 163, officers: b.counts.officers });
  });

  it('another seed gives other complaints', async () => {
    await generate({ seed: 8, complaints: 5000, out: dir('seed8') });
    expect(sha(path.join(dir('seed8'), 'complaints.csv'))).not.toBe(sha(path.join(dir('a'), 'complaints.csv')));
  });

  it('gzip writes .csv.gz files holding exactly the plain bytes', async () => {
    const r = await generate({ seed: 7, complaints: 5000, out: dir('gz'), gzip: true });
    expect(r.files.map((f) => path.basename(f))).toEqual(['complaints.csv.gz', 'indicators.csv.gz', 'parameters.csv.gz', 'officers.csv.gz']);
    for (const name of Object.keys(GOLDEN)) {
      expect(gunzipSync(readFileSync(path.join(dir('gz'), name + '.gz'))).equals(readFileSync(path.join(dir('a'), name))), name).toBe(true);
    }
  });

  it('writes the canonical header in COMPLAINT_COLUMNS order', () => {
    const text = readFileSync(path.join(dir('a'), 'complaints.csv'), 'utf8');
    expect(text.slice(0, text.indexOf('\n'))).toBe(COMPLAINT_COLUMNS.join(','));
    const params = readFileSync(path.join(dir('a'), 'parameters.csv'), 'utf8');
    expect(params.slice(0, params.indexOf('\n'))).toBe(PARAMETER_COLUMNS.join(','));
  });
});

describe('generate: the sample looks like MP CM Helpline data', () => {
  let db: Db & { close(): void };
  const one = async <T = Record<string, unknown>>(sql: string): Promise<T> => (await db.query<T>(sql))[0];
  const count = async (sql: string): Promise<number> => Number(Object.values(await one(sql))[0]);
  const AS_OF = `DATE '2026-10-31'`;

  beforeAll(async () => {
    await generate({ seed: 7, complaints: 40_000, out: dir('big') });
    db = await createNodeDb();
    const reg = async (name: string): Promise<void> => db.registerBuffer(name, readFileSync(path.join(dir('big'), name)));
    await Promise.all(['complaints.csv', 'officers.csv', 'indicators.csv', 'parameters.csv'].map(reg));
    await db.exec(`CREATE TABLE c AS SELECT * FROM read_csv('complaints.csv', header=true, auto_detect=false, quote='"', escape='"', columns=${CANONICAL_COMPLAINTS_CSV_COLUMNS})`);
    await db.exec(`CREATE TABLE o AS SELECT * FROM read_csv('officers.csv', header=true, auto_detect=false, quote='"', escape='"', columns={'officer_id':'VARCHAR','officer_name':'VARCHAR','designation':'VARCHAR','department':'VARCHAR','district':'VARCHAR','division':'VARCHAR','block':'VARCHAR','level':'INTEGER','reports_to':'VARCHAR','profile':'VARCHAR'})`);
    await db.exec(`CREATE TABLE i AS SELECT * FROM read_csv('indicators.csv', header=true, auto_detect=false, quote='"', escape='"', columns={'period':'VARCHAR','unit':'VARCHAR','parameter_id':'VARCHAR','value':'DOUBLE','target':'DOUBLE'})`);
    await db.exec(`CREATE TABLE p AS SELECT * FROM read_csv('parameters.csv', header=true, auto_detect=false, quote='"', escape='"', columns={'id':'VARCHAR','name_en':'VARCHAR','name_hi':'VARCHAR','department':'VARCHAR','unit':'VARCHAR','direction':'VARCHAR'})`);
  }, 60_000);
  afterAll(() => db?.close());

  it('has unique ids, all 55 districts and 13 months ending at the as-of date', async () => {
    const r = await one<{ n: number; ids: number; d: number; m: number; lo: string; hi: string }>(
      `SELECT count(*) n, count(DISTINCT complaint_id) ids, count(DISTINCT district) d,
        count(DISTINCT strftime(registered_on, '%Y-%m')) m, min(registered_on) lo, max(registered_on) hi FROM c`);
    expect(r).toEqual({ n: 40_000, ids: 40_000, d: 55, m: 13, lo: '2025-10-01', hi: '2026-10-31' });
    const names = (await db.query<{ district: string }>('SELECT DISTINCT district FROM c ORDER BY 1')).map((x) => x.district);
    expect(names).toEqual(MP_DISTRICTS.map((d) => d.name).sort());
    expect(await count(`SELECT count(*) FROM c WHERE greatest(closed_on, attended_on, atr_uploaded_on) > ${AS_OF}`)).toBe(0);
  });

  it.each([
    ['source'], ['closure_type'], ['quality'], ['feedback'], ['status'],
  ] as const)('uses every allowed %s value', async (col) => {
    const got = (await db.query<{ v: string }>(`SELECT DISTINCT ${col} v FROM c WHERE ${col} IS NOT NULL ORDER BY 1`)).map((x) => x.v);
    expect(got).toEqual([...(ALLOWED_VALUES[col] ?? [])].sort());
  });

  it.each([
    ['closed_on before registered_on', `closed_on < registered_on`],
    ['closed without closure_type, closed_on or quality', `status = 'closed' AND (closure_type IS NULL OR closed_on IS NULL OR quality IS NULL)`],
    ['open with closure fields', `status = 'open' AND (closure_type IS NOT NULL OR closed_on IS NOT NULL OR quality IS NOT NULL OR feedback IS NOT NULL OR atr_uploaded_on IS NOT NULL)`],
    ['level not matching the time limits 7/7/7', `current_level <> CASE WHEN coalesce(closed_on, ${AS_OF}) - registered_on <= 7 THEN 1
      WHEN coalesce(closed_on, ${AS_OF}) - registered_on <= 14 THEN 2 WHEN coalesce(closed_on, ${AS_OF}) - registered_on <= 21 THEN 3 ELSE 4 END`],
    ['special closure below L3', `closure_type = 'special_closed' AND current_level < 3`],
    ['attended outside [registered, closed]', `attended_on < registered_on OR attended_on > coalesce(closed_on, ${AS_OF})`],
    ['ATR outside [registered, closed]', `atr_uploaded_on < registered_on OR atr_uploaded_on > closed_on`],
    ['missing block, category, complainant or officer', `block IS NULL OR category IS NULL OR complainant_id IS NULL OR officer_id IS NULL OR officer_name IS NULL`],
    ['complainant id not a 10-hex hash', `NOT regexp_full_match(complainant_id, '[0-9a-f]{10}')`],
    ['reopened not 0/1', `reopened NOT IN (0, 1)`],
  ])('has no complaint %s', async (_what, where) => {
    expect(await count(`SELECT count(*) FROM c WHERE ${where}`)).toBe(0);
  });

  it('has district volume by population and the big departments on top', async () => {
    const byDistrict = (await db.query<{ district: string }>('SELECT district FROM c GROUP BY 1 ORDER BY count(*) DESC')).map((r) => r.district);
    expect(byDistrict[0]).toBe('Indore');
    expect(byDistrict.slice(0, 6)).toEqual(expect.arrayContaining(['Indore', 'Bhopal', 'Jabalpur', 'Gwalior']));
    expect(byDistrict.slice(-10)).toEqual(expect.arrayContaining(['Niwari', 'Harda', 'Agar Malwa']));
    const top6 = (await db.query<{ department: string }>('SELECT department FROM c GROUP BY 1 ORDER BY count(*) DESC LIMIT 6')).map((r) => r.department);
    expect(top6.sort()).toEqual(['Energy', 'Food Civil Supplies & Consumer Protection', 'Home (Police)', 'Panchayat & Rural Development',
      'Revenue', 'Urban Development & Housing']);
    expect(await count('SELECT count(DISTINCT department) FROM c')).toBe(40);
    expect(await count(`SELECT count(*) FROM c WHERE source = 'call_181'`)).toBeGreaterThan(0.6 * 40_000);
  });

  it('has seasonality: monsoon Energy and summer PHE spikes', async () => {
    const n = (dept: string, months: string) => count(`SELECT count(*) FROM c WHERE department = '${dept}' AND strftime(registered_on, '%Y-%m') IN (${months})`);
    expect(await n('Energy', `'2026-07','2026-08'`)).toBeGreaterThan(1.5 * await n('Energy', `'2025-12','2026-02'`));
    expect(await n('Public Health Engineering', `'2026-05'`)).toBeGreaterThan(1.8 * await n('Public Health Engineering', `'2025-12'`));
  });

  it('has a > 300-day open backlog concentrated in the backlog districts', async () => {
    const backlog = buildWorld(7, 13).districts.filter((d) => d.backlog).map((d) => `'${d.name}'`).join(',');
    const rate = (cond: string) => count(`SELECT 1000.0 * count(*) FILTER (WHERE status = 'open' AND ${AS_OF} - registered_on > 300) / count(*) FROM c WHERE ${cond}`);
    const inBacklog = await rate(`district IN (${backlog})`);
    const elsewhere = await rate(`district NOT IN (${backlog})`);
    expect(elsewhere).toBeGreaterThan(0);
    expect(inBacklog).toBeGreaterThan(3 * elsewhere);
  });

  it('has habitual complainants (> 10 complaints in a month) and late L1 action', async () => {
    expect(await count(`SELECT count(*) FROM (SELECT complainant_id, strftime(registered_on, '%Y-%m') FROM c GROUP BY ALL HAVING count(*) > 10)`)).toBeGreaterThan(5);
    const late = await count(`SELECT avg((attended_on IS NULL OR attended_on > registered_on + 7)::INT) FROM c WHERE registered_on <= ${AS_OF} - 7`);
    expect(late).toBeGreaterThan(0.03);
    expect(late).toBeLessThan(0.4);
  });

  it('makes officer profiles show in the closures (force closers, sitters, low quality)', async () => {
    const rows = await db.query<{ profile: string; fc: number; sat: number; low: number; old_open: number }>(`
      SELECT o.profile, avg((c.closure_type = 'force_closed')::INT) FILTER (WHERE c.status = 'closed') fc,
        avg((c.closure_type = 'satisfied')::INT) FILTER (WHERE c.status = 'closed') sat,
        avg((c.quality = 'low')::INT) FILTER (WHERE c.status = 'closed') low,
        avg((c.status = 'open' AND ${AS_OF} - c.registered_on > 50)::INT) old_open
      FROM c JOIN o USING (officer_id) GROUP BY 1`);
    const by = Object.fromEntries(rows.map((r) => [r.profile, r]));
    expect(Object.keys(by).sort()).toEqual([...PROFILES].sort());
    expect(by.force_closer.fc).toBeGreaterThan(0.4);
    expect(by.force_closer.fc).toBeGreaterThan(4 * by.good.fc);
    expect(by.good.sat).toBeGreaterThan(by.average.sat + 0.1);
    expect(by.low_quality.low).toBeGreaterThan(2.5 * by.average.low);
    expect(by.sitter.old_open).toBeGreaterThan(3 * by.average.old_open);
    const lowByKind = await one<{ f: number; s: number }>(`SELECT avg((quality = 'low')::INT) FILTER (WHERE closure_type = 'force_closed') f,
      avg((quality = 'low')::INT) FILTER (WHERE closure_type = 'satisfied') s FROM c`);
    expect(lowByKind.f).toBeGreaterThan(2 * lowByKind.s);
  });

  it('has an L1 → L2 → L3 → L4 hierarchy and complaints only at L1 officers of their district and department', async () => {
    expect(await count('SELECT count(*) FROM o WHERE level = 1')).toBeGreaterThan(2500);
    expect(await count('SELECT count(*) FROM o WHERE level = 1')).toBeLessThan(3600);
    expect(await count('SELECT count(*) FROM o WHERE level = 2')).toBe(55 * 40);
    expect(await count('SELECT count(*) FROM c LEFT JOIN o USING (officer_id) WHERE o.level IS DISTINCT FROM 1 OR o.district <> c.district OR o.department <> c.department OR o.officer_name <> c.officer_name')).toBe(0);
    expect(await count(`SELECT count(*) FROM o a LEFT JOIN o b ON a.reports_to = b.officer_id WHERE a.level < 4 AND
      (b.level IS DISTINCT FROM a.level + 1 OR b.department <> a.department OR (a.level = 1 AND b.district <> a.district) OR (a.level = 2 AND b.division <> a.division))`)).toBe(0);
    expect(await count(`SELECT count(*) FROM o WHERE (level = 1) <> (profile IS NOT NULL)`)).toBe(0);
  });

  it('writes indicators for every month × district × parameter with persistent district differences', async () => {
    const r = await one<{ n: number; keys: number; params: number; units: number; missing: number; over100: number }>(`
      SELECT count(*) n, count(DISTINCT (period, unit, parameter_id)) keys, count(DISTINCT parameter_id) params, count(DISTINCT unit) units,
        avg((value IS NULL)::INT) missing, count(*) FILTER (WHERE parameter_id IN (SELECT id FROM p WHERE unit = '%') AND value > 100) over100 FROM i`);
    const { missing, ...rest } = r;
    expect(rest).toEqual({ n: 13 * 55 * 163, keys: 13 * 55 * 163, params: 163, units: 55, over100: 0 });
    expect(missing).toBeGreaterThan(0.005);
    expect(missing).toBeLessThan(0.015);
    const ids = (await db.query<{ id: string }>('SELECT id FROM p ORDER BY id')).map((x) => x.id);
    expect(ids).toEqual(SCHEME_PARAMETERS.map((x) => x.id).sort());
    const persist = await count(`WITH a AS (SELECT i.period, i.unit, avg(CASE WHEN p.direction = 'higher' THEN value / target ELSE target / value END) s
        FROM i JOIN p ON p.id = i.parameter_id GROUP BY ALL)
      SELECT corr(f.s, l.s) FROM a f JOIN a l USING (unit) WHERE f.period = '2025-10' AND l.period = '2026-10'`);
    expect(persist).toBeGreaterThan(0.6);
  });
});

describe('generate: rankings on the sample spread out (seed 1, 60,000 complaints)', () => {
  let db: Db & { close(): void };
  const score = async (id: string, period: string): Promise<ScoreResult> => {
    const card = getBuiltinScorecard(id)!;
    return scorePeriod(card, (await scoreInputs(db, card, { period, unit: 'district' })).units);
  };
  const spread = (r: ScoreResult) => {
    const scores = r.rows.map((x) => x.score);
    const count: Record<string, number> = {};
    for (const x of r.rows) count[x.grade ?? '-'] = (count[x.grade ?? '-'] ?? 0) + 1;
    return { units: r.rows.length, grades: Object.keys(count).sort(), largest: Math.max(...Object.values(count)),
      range: Math.max(...scores) - Math.min(...scores) };
  };
  const ranks = (r: ScoreResult): Map<string, number> => new Map(r.rows.map((x) => [x.unit, x.overallRank]));

  beforeAll(async () => {
    await generate({ seed: 1, complaints: 60_000, out: dir('rank') });
    db = await createNodeDb();
    await db.registerBuffer('rank-complaints.csv', readFileSync(path.join(dir('rank'), 'complaints.csv')));
    await db.registerBuffer('rank-indicators.csv', readFileSync(path.join(dir('rank'), 'indicators.csv')));
    await db.exec(`CREATE TABLE complaints AS SELECT * FROM read_csv('rank-complaints.csv', header=true, auto_detect=false, quote='"', escape='"', columns=${CANONICAL_COMPLAINTS_CSV_COLUMNS})`);
    await db.exec(`CREATE TABLE indicators AS SELECT * FROM read_csv('rank-indicators.csv', header=true, auto_detect=false, quote='"', escape='"', columns={'period':'VARCHAR','unit':'VARCHAR','parameter_id':'VARCHAR','value':'DOUBLE','target':'DOUBLE'})`);
  }, 60_000);
  afterAll(() => db?.close());

  // Before calibration every district got C or D here (and A or B on cm-dashboard).
  it('mp-cm-helpline: the latest month gives all of A–D, no grade to more than half, scores at least 25 points apart', async () => {
    const s = spread(await score('mp-cm-helpline', '2026-10'));
    expect(s.units).toBe(55);
    expect(s.grades).toEqual(['A', 'B', 'C', 'D']);
    expect(s.largest).toBeLessThanOrEqual(27);
    expect(s.range).toBeGreaterThanOrEqual(25);
  });

  it('mp-cm-helpline: districts keep their place month to month, but some move 5 or more ranks', async () => {
    const a = ranks(await score('mp-cm-helpline', '2026-09'));
    const b = ranks(await score('mp-cm-helpline', '2026-10'));
    const units = [...b.keys()];
    const n = units.length;
    // Spearman correlation of the two months' ranks (ties are rare and only blur it a little).
    const d2 = units.reduce((acc, u) => acc + (a.get(u)! - b.get(u)!) ** 2, 0);
    expect(1 - (6 * d2) / (n * (n * n - 1))).toBeGreaterThan(0.8);
    expect(units.filter((u) => Math.abs(a.get(u)! - b.get(u)!) >= 5).length).toBeGreaterThan(0);
  });

  it('cm-dashboard: the latest month gives all of A–D, no grade to more than half, scores at least 20 points apart', async () => {
    const s = spread(await score('cm-dashboard', '2026-10'));
    expect(s.units).toBe(55);
    expect(s.grades).toEqual(['A', 'B', 'C', 'D']);
    expect(s.largest).toBeLessThanOrEqual(27);
    expect(s.range).toBeGreaterThanOrEqual(20);
  });
});

describe('generate command', () => {
  const script = `import { Command } from 'commander'; import { generateCommand } from './src/cli/generate/command.ts';
    const p = new Command('samiksha'); p.addCommand(generateCommand()); await p.parseAsync(process.argv.slice(1), { from: 'user' });`;
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, 'generate', ...args],
    { cwd: repoRoot, encoding: 'utf8' });

  it('prints one summary line and writes the files', () => {
    const r = run('--seed', '3', '--complaints', '300', '--out', dir('cli'), '--months', '2', '--end', '2026-03');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/complaints 300, indicators 17930, parameters 163, officers \d+ in \d+ ms/);
    expect(existsSync(path.join(dir('cli'), 'complaints.csv'))).toBe(true);
  });

  it.each([
    ['a non-numeric seed', ['--seed', 'abc', '--complaints', '10', '--out', dir('x')], /seed/],
    ['a bad month', ['--seed', '1', '--complaints', '10', '--out', dir('x'), '--end', '2026-13'], /YYYY-MM/],
    ['zero months', ['--seed', '1', '--complaints', '10', '--out', dir('x'), '--months', '0'], /months/],
    ['no --out', ['--seed', '1', '--complaints', '10'], /--out/],
  ])('rejects %s with one line and exit code 2', (_what, args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(dir('x'))).toBe(false);
  });
});
