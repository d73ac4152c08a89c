/**
 * The briefing's downloads for the Uttarakhand and Haryana samples (headless Chromium): the XLSX read
 * back with exceljs and the PPTX's slide XML unzipped. Each carries the state's districts, its
 * numbers equal `samiksha score` on that state's sample (default scorecard: uk-cm-helpline,
 * cm-window), and the dataset is named as the page names it ("Sample (Uttarakhand, synthetic)",
 * in Hindi in a Hindi file), never the raw "sample"; so is the embedded MP sample. An imported file
 * is named after the file.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, start, openPage, waitLoaded, openBriefing, download, type Harness } from './harness';
import { runScore } from '../../src/cli/score/command';
import type { ScoreOutput } from '../../src/domain/scoring';
import { STATE_PRESETS } from '../../src/domain/geo/states';
import { strFromU8, unzipSync } from 'fflate';
import { pptxSlides, readXlsx, sheetRows } from '../unit/export/readBack';

/** The text of the deck's slide master and layouts (where the footer on every slide lives). */
function footerText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  return Object.keys(files).filter((n) => /^ppt\/(slideMasters|slideLayouts)\/[^/]+\.xml$/.test(n))
    .map((n) => [...strFromU8(files[n]).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')).join('\n');
}

/** The cover sheet's value beside `key` (column A → B). */
function coverValue(rows: unknown[][], key: string): unknown {
  return rows.find((r) => r[0] === key)?.[1];
}

const LABEL = { uk: { en: 'Sample (Uttarakhand, synthetic)', hi: 'नमूना डेटा (उत्तराखंड, कृत्रिम)' }, hr: { en: 'Sample (Haryana, synthetic)', hi: 'नमूना डेटा (हरियाणा, कृत्रिम)' } } as const;

describe.each(['uk', 'hr'] as const)('%s sample: briefing downloads', (state) => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  let score: ScoreOutput;
  const districts = STATE_PRESETS[state].districts;
  beforeAll(async () => {
    h = await start();
    ({ page, errors } = await openPage(h, '#/data'));
    await waitLoaded(page);
    // as a user opens it: the data page's "open the sample of …" button
    await page.getByTestId(`open-sample-${state}`).click();
    await page.waitForFunction((s) => document.querySelector('[data-testid=state-badge]')?.getAttribute('data-state') === s, state, { timeout: 90_000 });
    score = await runScore({ complaints: path.join(ROOT, `public/sample/${state}/complaints.csv.gz`), unit: 'district', format: 'json' });
  }, 240_000);
  afterAll(async () => { await page?.context().close(); await h?.close(); });

  it('XLSX: the state\'s districts, the league as samiksha score, the dataset named as on the page', async () => {
    expect(score.scorecard).toBe(STATE_PRESETS[state].scorecards[0]);
    await openBriefing(page, h, `?state=${state}`);
    const { bytes, name } = await download(page, 'briefing-xlsx');
    expect(name).toBe(`samiksha-briefing-state-${score.period}.xlsx`);
    const wb = await readXlsx(bytes);
    const cover = sheetRows(wb.worksheets[0]);
    expect(coverValue(cover, 'Dataset')).toBe(LABEL[state].en);
    expect(String(coverValue(cover, 'Scorecard'))).toContain(`(${score.scorecard})`);
    const league = sheetRows(wb.getWorksheet('League table')!, 3).filter((r) => r[2] != null);
    expect(league.map((r) => [r[2], r[0], r[3], r[4], r[6] ?? null])).toEqual(score.rows.map((s) => [s.unit, s.rank, s.score, s.grade, s.deltaRank]));
    expect(new Set(league.map((r) => r[2]))).toEqual(new Set(districts.map((d) => d.name)));
    const texts: string[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => { if (typeof c.value === 'string') texts.push(c.value); }));
    expect(texts).not.toContain('sample');
  }, 240_000);

  it('PPTX: top 10 and a report card per district as samiksha score; the footer names the dataset', async () => {
    const { bytes } = await download(page, 'briefing-pptx');
    const slides = pptxSlides(bytes);
    const top = slides.find((s) => s.paragraphs[0] === 'Top 10 districts')!;
    const best = [...score.rows].sort((a, b) => b.score - a.score || a.rank - b.rank).slice(0, 10);
    expect(top.tables[0].slice(1).map((r) => Number(r[3]))).toEqual(best.map((r) => r.score));
    const cards = slides.filter((s) => / report card$/.test(s.paragraphs[0] ?? ''));
    expect(cards.map((c) => c.paragraphs[0].replace(': report card', '')).sort()).toEqual(score.rows.map((r) => r.unit).sort());
    const byUnit = new Map(score.rows.map((r) => [r.unit, r]));
    for (const c of cards) {
      const s = byUnit.get(c.paragraphs[0].replace(': report card', ''))!;
      expect([c.tables[0][1][0].split(' / ')[0], c.tables[0][1][2], c.tables[0][1][3]]).toEqual([String(s.rank), s.score.toFixed(2), s.grade]);
    }
    expect(slides[0].paragraphs.join(' ')).toContain(`Dataset: ${LABEL[state].en}`);
    expect(footerText(bytes)).toContain(`· ${LABEL[state].en}`);
    expect(slides[0].paragraphs.join(' ')).not.toMatch(/Dataset: sample\b/);
    expect(footerText(bytes)).not.toMatch(/· sample\b/);
  }, 240_000);

  it('in Hindi: the deck names the dataset and the districts in Hindi, the workbook the dataset', async () => {
    await openBriefing(page, h, `?state=${state}&lang=hi`);
    const deck = (await download(page, 'briefing-pptx')).bytes;
    const slides = pptxSlides(deck);
    expect(footerText(deck)).toContain(LABEL[state].hi);
    const all = slides.map((s) => s.paragraphs.join(' ') + ' ' + s.tables.flat(2).join(' ')).join(' ');
    expect(all).toContain(LABEL[state].hi);
    const first = [...score.rows].sort((a, b) => a.rank - b.rank)[0].unit;
    expect(all).toContain(districts.find((d) => d.name === first)!.hi);
    const wb = await readXlsx((await download(page, 'briefing-xlsx')).bytes);
    const cover = sheetRows(wb.worksheets[0]);
    expect(cover.some((r) => r[1] === LABEL[state].hi)).toBe(true);
    const league = sheetRows(wb.worksheets[1], 3).filter((r) => r[2] != null);
    // the workbook keeps the districts as the data spells them (to filter and match in Excel)
    expect(new Set(league.map((r) => r[2]))).toEqual(new Set(districts.map((d) => d.name)));
    expect(errors).toEqual([]);
  }, 240_000);
});

describe('the embedded (MP) sample: the downloads name it as the page does', () => {
  let h: Harness;
  afterAll(async () => { await h?.close(); });
  it('XLSX cover and PPTX title slide, in English and Hindi', async () => {
    h = await start();
    const { page } = await openPage(h, '#/briefing');
    await waitLoaded(page);
    await openBriefing(page, h, '');
    const wb = await readXlsx((await download(page, 'briefing-xlsx')).bytes);
    expect(coverValue(sheetRows(wb.worksheets[0]), 'Dataset')).toBe('Embedded sample (Madhya Pradesh, synthetic)');
    await openBriefing(page, h, '?lang=hi');
    const deck = (await download(page, 'briefing-pptx')).bytes;
    expect(pptxSlides(deck)[0].paragraphs.join(' ')).toContain('अंतर्निहित नमूना (मध्य प्रदेश, कृत्रिम)');
    expect(footerText(deck)).toContain('अंतर्निहित नमूना (मध्य प्रदेश, कृत्रिम)');
    await page.context().close();
  }, 240_000);
});

describe('an imported file: the downloads name the dataset after the file', () => {
  let h: Harness;
  afterAll(async () => { await h?.close(); });
  it('XLSX and PPTX carry the file name', async () => {
    h = await start();
    const { page } = await openPage(h, '#/data');
    await waitLoaded(page);
    const lines = ['complaint_id,registered_on,district,department,status,closed_on,closure_type,attended_on,atr_uploaded_on'];
    const names = ['Gurugram', 'Nuh', 'Rewari', 'Hisar'];
    for (let i = 0; i < 80; i++) {
      const closed = i % 3 !== 0;
      lines.push([`c${i}`, `2026-10-${String(1 + (i % 20)).padStart(2, '0')}`, names[i % 4], i % 2 ? 'Revenue' : 'Health', closed ? 'closed' : 'open',
        closed ? '2026-10-28' : '', closed ? (i % 5 ? 'satisfied' : 'force_closed') : '', `2026-10-${String(1 + (i % 20)).padStart(2, '0')}`, closed && i % 4 ? '2026-10-28' : ''].join(','));
    }
    await page.getByTestId('file-input').setInputFiles({ name: 'haryana-october.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') });
    await page.getByTestId('import-run').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="dataset-summary"]')?.getAttribute('data-rows') === '80', null, { timeout: 90_000 });
    await openBriefing(page, h, '');
    const wb = await readXlsx((await download(page, 'briefing-xlsx')).bytes);
    expect(coverValue(sheetRows(wb.worksheets[0]), 'Dataset')).toBe('haryana-october.csv');
    const deck = (await download(page, 'briefing-pptx')).bytes;
    expect(pptxSlides(deck)[0].paragraphs.join(' ')).toContain('Dataset: haryana-october.csv');
    expect(footerText(deck)).toContain('· haryana-october.csv');
    await page.context().close();
  }, 240_000);
});
