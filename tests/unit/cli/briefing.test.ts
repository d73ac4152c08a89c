/**
 * `samiksha briefing`: the workbook and the deck read back (exceljs; unzip + slide XML) and their
 * numbers compared with `samiksha score` / `samiksha officers` for the same inputs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '@/cli/main';
import { runScore } from '@/cli/score/command';
import { runOfficers } from '@/cli/officers/command';
import { generate } from '@/cli/generate';
import { setEngine } from '@/cli/engine';
import type { ScoreOutput } from '@/domain/scoring';
import { pptxSlides, readXlsx, sheetRows, type SlideText } from '../export/readBack';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samiksha-briefing-'));
const complaints = path.join(tmp, 'gen', 'complaints.csv');
const out = (f: string) => path.join(tmp, f);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function cli(args: string[]): Promise<{ code: number; err: string }> {
  let err = '';
  const e = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((s: string) => { err += s; return true; }) as typeof process.stderr.write;
  const before = process.exitCode;
  try {
    return { code: await run(args), err };
  } finally {
    process.stderr.write = e;
    process.exitCode = before;
  }
}

let score: ScoreOutput;
let deptScore: ScoreOutput;
let wb: ExcelJS.Workbook;
let slides: SlideText[];

beforeAll(async () => {
  await generate({ seed: 5, complaints: 24_000, months: 3, out: path.join(tmp, 'gen') });
  score = await runScore({ complaints, unit: 'district', format: 'json' });
  deptScore = await runScore({ complaints, unit: 'department', format: 'json' });
  expect((await cli(['briefing', '--complaints', complaints, '--format', 'xlsx', '--out', out('b.xlsx')])).code).toBe(0);
  expect((await cli(['briefing', '--complaints', complaints, '--format', 'pptx', '--out', out('b.pptx')])).code).toBe(0);
  wb = await readXlsx(fs.readFileSync(out('b.xlsx')));
  slides = pptxSlides(fs.readFileSync(out('b.pptx')));
}, 240_000);

describe('samiksha briefing --format xlsx', () => {
  it('has the cover, league, TL, officer and one pending sheet per department, header rows frozen', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 5)).toEqual(['About', 'League table', 'Departments TL', 'Officers good', 'Officers poor']);
    for (const ws of wb.worksheets.slice(1)) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(String(ws.getCell('A1').value)).toMatch(/Oct 2026/); // the period on every sheet
    }
    expect(String(wb.getWorksheet('League table')!.getCell('A1').value)).toContain('Data as of 31-10-2026');
    expect(wb.getWorksheet('League table')!.getColumn(3).width).toBe(18);
  });

  it('league table: every rank, score, grade and rank change as samiksha score prints them, as typed numbers', () => {
    const ws = wb.getWorksheet('League table')!;
    const rows = sheetRows(ws, 3);
    expect(rows).toHaveLength(score.rows.length);
    rows.forEach((r, i) => {
      const s = score.rows[i];
      expect([r[2], r[0], r[1], r[3], r[4], r[5] ?? null, r[6] ?? null]).toEqual([s.unit, s.rank, s.group, s.score, s.grade, s.previousRank, s.deltaRank]);
      expect(r[8]).toBe(s.parameters.satisfaction_rate.value); // the raw rate, never rounded
      expect(r[9]).toBeCloseTo(s.parameters.satisfaction_rate.points!, 2);
    });
    expect(ws.getCell('D3').numFmt).toBe('0.00');
    expect(ws.getCell('I3').numFmt).toBe('0.0%');
    expect(ws.getCell('C2').value).toBe('District');
  });

  it('department TL table: grades and scores as samiksha score --unit department; totals add up', () => {
    const ws = wb.getWorksheet('Departments TL')!;
    const rows = sheetRows(ws, 3);
    const total = rows.pop()!;
    expect(total[0]).toBe('Total');
    const byDept = new Map(deptScore.rows.map((r) => [r.unit, r]));
    expect(rows.length).toBeGreaterThan(10);
    for (const r of rows) {
      const s = byDept.get(r[0] as string);
      expect([r[8] ?? null, r[9] ?? null]).toEqual([s?.score ?? null, s?.grade ?? null]);
    }
    for (const col of [1, 2, 5, 6, 7]) expect(total[col]).toBe(rows.reduce((a, r) => a + (r[col] as number), 0));
    // pending > 50 ≥ > 100 ≥ > 300, sorted by > 50
    for (const r of rows) expect((r[5] as number) >= (r[6] as number) && (r[6] as number) >= (r[7] as number)).toBe(true);
  });

  it('pending sheets: the named complaints of each department, oldest first, real dates, as many as the TL table counts', () => {
    const tl = new Map(sheetRows(wb.getWorksheet('Departments TL')!, 3).map((r) => [r[0] as string, r]));
    const pending = wb.worksheets.slice(5);
    expect(pending.length).toBeGreaterThan(5);
    for (const ws of pending) {
      const caption = String(ws.getCell('A1').value);
      const dept = caption.split(': complaints pending')[0];
      const counts = tl.get(dept)!;
      expect(counts, dept).toBeDefined();
      const rows = sheetRows(ws, 3);
      expect(rows).toHaveLength(Math.min(500, counts[5] as number));
      let last = 0;
      for (const r of rows) {
        const reg = r[2] as Date;
        expect(reg).toBeInstanceOf(Date);
        const days = Math.round((Date.UTC(2026, 9, 31) - reg.getTime()) / 86_400_000);
        expect(r[3]).toBe(days);
        expect(days).toBeGreaterThan(50);
        expect(reg.getTime()).toBeGreaterThanOrEqual(last);
        last = reg.getTime();
        expect(r[1]).toBeTruthy(); // complaint id
      }
      if (rows.length === counts[5]) expect(rows.filter((r) => (r[3] as number) > 100)).toHaveLength(counts[6] as number);
      expect(ws.getCell('C3').numFmt).toBe('dd-mm-yyyy');
    }
  });

  it('officer lists: the officers samiksha officers lists, with the same Wilson bounds', async () => {
    const o = await runOfficers({ complaints, minClosures: 10, top: 20, burstDays: 3, format: 'json' });
    for (const [sheet, list] of [['Officers good', o.good], ['Officers poor', o.poor]] as const) {
      const rows = sheetRows(wb.getWorksheet(sheet)!, 3).filter((r) => typeof r[0] === 'number');
      expect(rows.map((r) => [r[1], r[6], r[8]])).toEqual(list.map((x) => [x.officer_id, x.closed, x.wilson_lower]));
    }
    expect(o.good.length).toBeGreaterThan(0);
  });

  it('Hindi headers with --lang hi; one district with --district (Hindi name accepted)', async () => {
    expect((await cli(['briefing', '--complaints', complaints, '--format', 'xlsx', '--lang', 'hi', '--district', 'इंदौर', '--out', out('hi.xlsx')])).code).toBe(0);
    const hi = await readXlsx(fs.readFileSync(out('hi.xlsx')));
    expect(hi.worksheets[1].name).toBe('लीग तालिका');
    expect(hi.worksheets[1].getCell('A2').value).toBe('रैंक');
    expect(String(hi.worksheets[2].getCell('A1').value)).toContain('Indore');
    for (const ws of hi.worksheets.slice(5)) for (const r of sheetRows(ws, 3)) expect(r[4]).toBe('Indore');
  });
});

describe('samiksha briefing --format pptx', () => {
  const cellsOf = (s: SlideText) => s.tables.flat();
  const find = (title: string) => slides.find((s) => s.paragraphs[0] === title)!;

  it('title slide with scorecard, period and data-as-of; footer and slide number on every slide', () => {
    expect(slides[0].paragraphs).toEqual(expect.arrayContaining(['Review briefing', 'State', 'Period: Oct 2026 · Compared with: Sep 2026']));
    expect(slides.every((s, i) => s.xml.includes('type="slidenum"') && s.xml.includes(`<a:t>${i + 1}</a:t>`))).toBe(true);
  });

  it('top 10: the ten best scores of samiksha score, in order, as a real table and a native chart', () => {
    const s = find('Top 10 districts');
    const best = [...score.rows].sort((a, b) => b.score - a.score).slice(0, 10);
    const rows = s.tables[0].slice(1);
    expect(rows.map((r) => Number(r[3]))).toEqual(best.map((r) => r.score));
    expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(best.map((r) => r.unit)));
    expect(s.xml).toContain('<p:graphicFrame');
    expect(rows[0][0]).toBe('1');
  });

  it('one report card per scored district with its rank, score and grade', () => {
    const cards = slides.filter((s) => / report card$/.test(s.paragraphs[0] ?? ''));
    expect(cards).toHaveLength(score.rows.length);
    const byUnit = new Map(score.rows.map((r) => [r.unit, r]));
    for (const c of cards) {
      const s = byUnit.get(c.paragraphs[0].replace(': report card', ''))!;
      const facts = c.tables[0][1];
      expect([facts[0].split(' / ')[0], facts[2], facts[3]]).toEqual([String(s.rank), s.score.toFixed(2), s.grade]);
      expect(cellsOf(c).flat()).toEqual(expect.arrayContaining(['Marks lost', 'What it takes']));
    }
  });

  it('Hindi deck: Devanagari text in Nirmala UI with lang hi-IN', async () => {
    expect((await cli(['briefing', '--complaints', complaints, '--format', 'pptx', '--lang', 'hi', '--district', 'Indore', '--out', out('hi.pptx')])).code).toBe(0);
    const hi = pptxSlides(fs.readFileSync(out('hi.pptx')));
    expect(hi[0].paragraphs).toEqual(expect.arrayContaining(['समीक्षा ब्रीफ़िंग', 'इंदौर']));
    expect(hi[1].xml).toContain('typeface="Nirmala UI"');
    expect(hi.filter((s) => / रिपोर्ट कार्ड$/.test(s.paragraphs[0] ?? ''))).toHaveLength(1);
    const indore = score.rows.find((r) => r.unit === 'Indore')!;
    expect(hi.at(-1)!.tables[0][1][2]).toBe(indore.score.toFixed(2));
  });
});

describe('samiksha briefing: both engines', () => {
  it('--engine wasm writes the same workbook as the default engine (every cell but the time it was written)', async () => {
    try {
      expect((await cli(['briefing', '--engine', 'wasm', '--complaints', complaints, '--format', 'xlsx', '--out', out('wasm.xlsx')])).code).toBe(0);
    } finally {
      setEngine(null);
    }
    const w = await readXlsx(fs.readFileSync(out('wasm.xlsx')));
    expect(w.worksheets.map((s) => s.name)).toEqual(wb.worksheets.map((s) => s.name));
    const written = (rows: unknown[][]) => rows.filter((r) => r[0] !== 'Written');
    for (const ws of wb.worksheets) expect(written(sheetRows(w.getWorksheet(ws.name)!)), ws.name).toEqual(written(sheetRows(ws)));
  }, 120_000);
});

describe('samiksha briefing: bad input', () => {
  it('exit 2 with one line for an unknown district, a bad period, no --format', async () => {
    const a = await cli(['briefing', '--complaints', complaints, '--format', 'xlsx', '--district', 'Atlantis', '--out', out('x.xlsx')]);
    expect(a.code).toBe(2);
    expect(a.err).toMatch(/^samiksha: --district "Atlantis": not in the data/);
    expect(a.err.trim().split('\n')).toHaveLength(1);
    expect((await cli(['briefing', '--complaints', complaints, '--format', 'xlsx', '--period', '2026-13', '--out', out('x.xlsx')])).code).toBe(2);
    expect((await cli(['briefing', '--complaints', complaints, '--out', out('x.xlsx')])).code).toBe(2);
    expect((await cli(['briefing', '--complaints', complaints, '--format', 'xlsx', '--out', path.join(tmp, 'no', 'x.xlsx')])).code).toBe(2);
    expect(fs.existsSync(out('x.xlsx'))).toBe(false);
  });
});
