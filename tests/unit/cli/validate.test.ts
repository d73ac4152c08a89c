/** `samiksha validate`: exit codes, one-line errors, text report, and JSON that matches the contract schema. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeDb } from '@/data/nodeDb';
import type { Db } from '@/data/dbTypes';
import { validateCommand } from '@/cli/validate/command';

const SCHEMA = path.resolve(__dirname, '../../../../shared/schemas/validate-output.schema.json');
let db: Db & { close(): void };
let dir: string;

beforeAll(async () => {
  db = await createNodeDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samiksha-validate-'));
  const w = (name: string, text: string) => fs.writeFileSync(path.join(dir, name), text);
  w('good.csv', 'complaint_id,registered_on,district,department,status,closed_on,closure_type\n'
    + 'A1,05/01/2024,Bhopal,Health,Closed,10/01/2024,Satisfied\nA2,xx,Bhopal,Health,Open,,\nA1,06/01/2024,Indore,Health,Open,,\nA3,06/01/2024,Bhopl,Health,Open,,\n');
  w('nodistrict.csv', 'complaint_id,registered_on,department,status\nA1,05/01/2024,Health,Open\n');
  w('export.csv', 'ID,OPENED,WHERE,DEPT,STATE\nX1,2024-01-05 10:00:00,Indore,Health,Fresh\n');
  w('map.json', JSON.stringify({ columns: { complaint_id: 'ID', registered_on: 'OPENED', district: 'WHERE', department: 'DEPT', status: 'STATE' }, values: { status: { Fresh: 'open' } } }));
  w('badmap.json', '{"columns": ');
  w('wrongmap.json', JSON.stringify({ columns: { complaint_id: 7 } }));
}, 60_000);
afterAll(() => { db.close(); fs.rmSync(dir, { recursive: true, force: true }); });

async function run(args: string[], createDb?: () => Promise<Db>) {
  let stdout = '', stderr = '', code = -1;
  const cmd = validateCommand({
    stdout: (s) => { stdout += s; }, stderr: (s) => { stderr += s; }, exit: (c) => { code = c; },
    createDb: createDb ?? (async () => ({ ...db, close: () => {} })), today: '2025-01-01',
  });
  await cmd.parseAsync(args.map((a) => (a.includes('.') && !a.startsWith('-') ? path.join(dir, a) : a)), { from: 'user' });
  return { stdout, stderr, code };
}

describe('samiksha validate', () => {
  it('json: exit 0 with quarantined rows; the output is exactly the contract shape', async () => {
    const r = await run(['good.csv', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout);
    expect(json).toEqual({
      file: 'good.csv', rows: 4, loaded: 2, rejected: 2,
      issues: [
        { kind: 'bad_date', severity: 'rejected', count: 1, rows: [3], column: 'registered_on' },
        { kind: 'duplicate_id', severity: 'rejected', count: 1, rows: [4], column: 'complaint_id' },
        { kind: 'unknown_district', severity: 'warning', count: 1, rows: [5], column: 'district' },
      ],
    });
  });

  it.skipIf(!fs.existsSync(SCHEMA))('json validates against shared/schemas/validate-output.schema.json', async () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
    for (const args of [['good.csv'], ['export.csv', '--map', 'map.json']]) {
      const r = await run([...args, '--format', 'json']);
      expect(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('text: a readable report', async () => {
    const r = await run(['good.csv']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('good.csv: 4 rows, 2 loaded into complaints, 2 rejected');
    expect(r.stdout).toContain('date format of registered_on: %d/%m/%Y');
    expect(r.stdout).toMatch(/REJECTED bad_date \(registered_on\): 1 row — rows 3/);
    expect(r.stdout).toContain('unknown district "Bhopl" × 1 (did you mean Bhopal?)');
  });

  it('--map maps columns and values', async () => {
    const r = await run(['export.csv', '--map', 'map.json', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 1, loaded: 1, rejected: 0, issues: [] });
  });

  it.each([
    [['nodistrict.csv'], /^samiksha validate: nodistrict\.csv: required column "district" not found \(headers: complaint_id, registered_on, department, status\)\n$/],
    [['missing.csv'], /^samiksha validate: .*missing\.csv: no such file/],
    [['good.csv', '--map', 'badmap.json'], /^samiksha validate: .*badmap\.json: not valid JSON/],
    [['good.csv', '--map', 'wrongmap.json'], /^samiksha validate: .*wrongmap\.json: mapping columns\.complaint_id: /],
  ])('exit 2 with one line: %o', async (args, msg) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(msg);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exit 1 on an internal error, one line, no stack', async () => {
    const r = await run(['good.csv'], async () => { throw new Error('engine failed\n    at somewhere'); });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('samiksha validate: internal error: engine failed\n');
  });
});
