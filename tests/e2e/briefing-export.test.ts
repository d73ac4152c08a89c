/**
 * The briefing's PowerPoint and Excel downloads on the built app (headless Chromium): the files are
 * caught as downloads, read back (exceljs; unzipped slide XML) and their numbers compared with
 * `samiksha score` on the same data. Then a file whose district, department, officer and category
 * values start with = + - @ or a tab is imported through #/data and exported to XLSX and to the
 * app's CSVs: no cell starts with a formula character unescaped.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, start, openPage, waitLoaded, openBriefing, download, type Harness } from './harness';
import { runScore } from '../../src/cli/score/command';
import type { ScoreOutput } from '../../src/domain/scoring';
import { isRiskyCell } from '../../src/domain/export/cells';
import { pptxSlides, readXlsx, sheetRows } from '../unit/export/readBack';

describe('briefing downloads on the embedded sample', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  let score: ScoreOutput;
  beforeAll(async () => {
    h = await start();
    ({ page, errors } = await openPage(h, '#/briefing'));
    await waitLoaded(page);
    score = await runScore({ complaints: path.join(ROOT, 'public/sample/complaints.csv.gz'), unit: 'district', format: 'json' });
  });
  afterAll(async () => { await page?.context().close(); await h?.close(); });

  it('XLSX: the league table equals samiksha score (ranks, scores, grades, rank changes); frozen headers; every sheet dated', async () => {
    await openBriefing(page, h);
    const { bytes, name, ms } = await download(page, 'briefing-xlsx');
    console.log(`briefing-xlsx click → download: ${ms} ms, ${bytes.length} bytes`);
    expect(name).toBe(`samiksha-briefing-state-${score.period}.xlsx`);
    const wb = await readXlsx(bytes);
    const league = wb.getWorksheet('League table')!;
    const rows = sheetRows(league, 3);
    expect(rows.map((r) => [r[2], r[0], r[3], r[4], r[6] ?? null])).toEqual(score.rows.map((s) => [s.unit, s.rank, s.score, s.grade, s.deltaRank]));
    for (const ws of wb.worksheets.slice(1)) expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(wb.worksheets.length).toBeGreaterThan(6); // cover, league, TL, 2 officer lists, pending per department
    const pending = wb.worksheets[5];
    expect(sheetRows(pending, 3)[0][2]).toBeInstanceOf(Date);
    await expect.poll(() => page.getByTestId('briefing-export-status').getAttribute('data-state')).toBe('done');
  });

  it('PPTX: top 10 and one report card per scored district, numbers as samiksha score', async () => {
    const { bytes, ms } = await download(page, 'briefing-pptx');
    console.log(`briefing-pptx click → download: ${ms} ms, ${bytes.length} bytes`);
    const slides = pptxSlides(bytes);
    const top = slides.find((s) => s.paragraphs[0] === 'Top 10 districts')!;
    const best = [...score.rows].sort((a, b) => b.score - a.score).slice(0, 10);
    expect(top.tables[0].slice(1).map((r) => Number(r[3]))).toEqual(best.map((r) => r.score));
    const cards = slides.filter((s) => / report card$/.test(s.paragraphs[0] ?? ''));
    expect(cards).toHaveLength(score.rows.length);
    const byUnit = new Map(score.rows.map((r) => [r.unit, r]));
    for (const c of cards) {
      const s = byUnit.get(c.paragraphs[0].replace(': report card', ''))!;
      expect([c.tables[0][1][0].split(' / ')[0], c.tables[0][1][2], c.tables[0][1][3]]).toEqual([String(s.rank), s.score.toFixed(2), s.grade]);
    }
  });

  it('PPTX in Hindi for one district: Devanagari titles, Nirmala UI, its card only; switched-off sections are left out', async () => {
    await openBriefing(page, h, '?lang=hi&district=Indore&off=movers,gaming');
    const { bytes, name } = await download(page, 'briefing-pptx');
    expect(name).toBe(`samiksha-briefing-indore-${score.period}.pptx`);
    const slides = pptxSlides(bytes);
    expect(slides[0].paragraphs).toEqual(expect.arrayContaining(['समीक्षा ब्रीफ़िंग', 'इंदौर']));
    expect(slides[1].xml).toContain('typeface="Nirmala UI"');
    const titles = slides.map((s) => s.paragraphs[0]);
    expect(titles).not.toContain('सबसे बड़े बदलाव');
    expect(titles).toContain('शीर्ष 10 ज़िले');
    const cards = slides.filter((s) => / रिपोर्ट कार्ड$/.test(s.paragraphs[0] ?? ''));
    expect(cards).toHaveLength(1);
    expect(cards[0].tables[0][1][2]).toBe(score.rows.find((r) => r.unit === 'Indore')!.score.toFixed(2));
    expect(errors).toEqual([]);
  });
});

/* ---------------------------------------------------------------- formula injection */

const EVIL_DISTRICT = '=HYPERLINK("http://evil.example/?x","Click")';
const EVIL = {
  districts: [EVIL_DISTRICT, '+Nowhere', '-Elsewhere', '@Someplace', 'Rewa'], // unknown names: kept as written (known ones are matched to the district list)
  departments: ['@SUM(1+1)*cmd|" /C calc"!A0', '+Revenue', '-Health', '\t=Energy', 'Police'],
  officers: ['=1+1', '+91 98765', '-2+3', '@me', '\tTab Name'],
  categories: ['=cmd|"/C calc"!A0', '+plus', '-minus', '@at', '\ttab'],
};

function evilCsv(): string {
  const lines = ['complaint_id,registered_on,district,department,category,officer_id,officer_name,status,closed_on,closure_type,current_level,attended_on,quality'];
  const q = (v: string) => (/[",\t\n]/.test(v) || /^\s|\s$/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  let n = 0;
  for (let d = 0; d < EVIL.districts.length; d++) {
    for (let i = 0; i < 120; i++) {
      const dep = i % EVIL.departments.length;
      const month = i % 3 === 0 ? '01' : '03';
      const day = String(1 + (i % 27)).padStart(2, '0');
      const open = i % 6 === 0;
      const closed = !open;
      lines.push([`=C${n++}`, `2024-${month}-${day}`, EVIL.districts[d], EVIL.departments[dep], EVIL.categories[i % 5], `${'=+-@'[dep % 4]}OFF-${d}-${dep}`,
        EVIL.officers[dep], open ? 'open' : 'closed', closed ? `2024-03-${String(Math.min(28, 2 + (i % 27))).padStart(2, '0')}` : '',
        closed ? (i % 4 ? 'satisfied' : 'force_closed') : '', '1', `2024-${month}-${day}`, i % 9 ? 'ok' : 'low'].map(q).join(','));
    }
  }
  return lines.join('\n') + '\n';
}

function riskyCsvCells(text: string): string[] {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  return rows.flat().filter((v) => isRiskyCell(v));
}

describe('formula injection: hostile names exported to XLSX and CSV', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await start();
    ({ page } = await openPage(h, '#/data'));
    await waitLoaded(page);
    await page.getByTestId('file-input').setInputFiles({ name: 'evil.csv', mimeType: 'text/csv', buffer: Buffer.from(evilCsv()) });
    await page.getByTestId('import-run').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="dataset-summary"]')?.getAttribute('data-rows') === '600', null, { timeout: 90_000 });
  });
  afterAll(async () => { await page?.context().close(); await h?.close(); });

  it('XLSX: every text cell that starts with = + - @ or a tab is prefixed with an apostrophe; no formulas', async () => {
    await openBriefing(page, h);
    const wb = await readXlsx((await download(page, 'briefing-xlsx')).bytes);
    const texts: string[] = [];
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        expect(cell.formula, `${ws.name}!${cell.address}`).toBeUndefined();
        if (typeof cell.value === 'string') texts.push(cell.value);
      }));
    }
    expect(texts.filter((v) => isRiskyCell(v))).toEqual([]);
    // the hostile values did reach the workbook, as text
    for (const v of [EVIL_DISTRICT, '+Nowhere', '-Elsewhere', '@Someplace', EVIL.departments[0], '+Revenue', '=1+1', '-2+3', '=C0']) expect(texts, v).toContain(`'${v}`);
    expect(texts.some((v) => v.startsWith("'\t"))).toBe(true);
  });

  it('PPTX: the hostile names are plain slide text (the deck builds)', async () => {
    const slides = pptxSlides((await download(page, 'briefing-pptx')).bytes);
    const cells = slides.flatMap((s) => s.tables.flat(2));
    expect(cells).toContain('+Revenue');
    expect(cells).toContain(EVIL_DISTRICT);
  });

  it('CSV: the officer lists and the oldest-pending list write formulas as text', async () => {
    await page.goto(`${h.url}#/officers?period=2024-03`);
    await page.getByTestId('officer-row').first().waitFor({ timeout: 90_000 });
    let dl = page.waitForEvent('download');
    await page.getByTestId('officer-export').click();
    const officers = fs.readFileSync((await (await dl).path())!, 'utf8');
    expect(officers).toContain("'=1+1");
    expect(riskyCsvCells(officers)).toEqual([]);

    await page.goto(`${h.url}#/districts/Rewa?period=2024-03`);
    await page.getByTestId('oldest-row').first().waitFor({ timeout: 90_000 });
    dl = page.waitForEvent('download');
    await page.getByTestId('oldest-export').click();
    const oldest = fs.readFileSync((await (await dl).path())!, 'utf8');
    expect(oldest).toContain("'=C");
    expect(riskyCsvCells(oldest)).toEqual([]);
  });
});
