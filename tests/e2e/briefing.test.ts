/**
 * #/briefing on the embedded sample: sections and their switches in the URL, numbers equal to
 * `samiksha score`, and the print rendered by Chromium's page.pdf (A4 portrait and landscape,
 * English and Hindi) read back page by page: running header and footer with page n of N on every
 * page, table headers repeated, no row cut across pages, one report card per page, Hindi in the
 * bundled Devanagari font. UPDATE_SCREENSHOTS=1 writes docs/screenshots/briefing-{en,hi}.pdf.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { start, openPage, waitLoaded, waitExplained, ROOT, type Harness } from './harness';
import { pdfPages, pdfFontNames, flat, type PdfPage } from './pdfText';
import { BRIEFING_SECTIONS } from '@/domain/briefing/model';
import { formatMonth, formatDateIN } from '@/domain/format';
import { previousMonth } from '@/domain/metrics';
import { getBuiltinScorecard } from '@/domain/scorecards';
import en from '@/locales/en.json';
import hi from '@/locales/hi.json';

const run = promisify(execFile);
const SHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'tests/e2e/__shots__');
/** A4 in PDF points (210 × 297 mm); Chromium rounds to whole device pixels, so within 1 pt. */
const A4 = { w: 595.28, h: 841.89 };

interface CliRow { unit: string; rank: number; grade: string; score: number; group: string | null; deltaRank: number | null }
async function cliScore(): Promise<{ period: string; rows: CliRow[] }> {
  const { stdout } = await run(process.execPath, ['bin/samiksha.mjs', 'score', '--complaints', 'public/sample/complaints.csv.gz', '--format', 'json'], { cwd: ROOT, maxBuffer: 64 << 20 });
  return JSON.parse(stdout);
}

async function ready(page: Page): Promise<void> {
  await waitExplained(page, '[data-testid="briefing"][data-ready="true"]', 170_000);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

const sectionIds = (page: Page) => page.getByTestId('briefing-section').evaluateAll((els) => els.map((e) => e.getAttribute('data-section')));

/** Every table row of the document outside the report cards: its table, and header / row text as flat strings. */
function tableRows(page: Page) {
  return page.locator('.b-doc table').evaluateAll((tables) => tables.filter((t) => !t.closest('.b-card')).map((t) => ({
    head: (t.querySelector('thead') as HTMLElement | null)?.innerText ?? '',
    rows: [...t.querySelectorAll('tbody tr')].map((r) => (r as HTMLElement).innerText),
  })));
}

describe('briefing (#/briefing) on the embedded sample', () => {
  let h: Harness;
  let cli: Awaited<ReturnType<typeof cliScore>>;
  beforeAll(async () => { h = await start(); cli = await cliScore(); fs.mkdirSync(SHOTS, { recursive: true }); });
  afterAll(async () => { await h?.close(); });

  it('shows every section with the numbers of `samiksha score`; a section switched off is gone and stays gone in the URL', async () => {
    const { page, errors, external } = await openPage(h, '#/briefing');
    await waitLoaded(page);
    const t0 = Date.now();
    await ready(page);
    console.log(`briefing ready ${Date.now() - t0} ms after load (queries ${await page.getByTestId('briefing').getAttribute('data-query-ms')} ms)`);
    expect(await sectionIds(page)).toEqual([...BRIEFING_SECTIONS]);
    expect(await page.getByTestId('briefing').getAttribute('data-period')).toBe(cli.period);

    const byUnit = new Map(cli.rows.map((r) => [r.unit, r]));
    const top = await page.locator('[data-section="top"] [data-testid="briefing-row"]').evaluateAll((els) => els.map((e) => ({
      unit: e.getAttribute('data-unit')!, rank: Number(e.getAttribute('data-rank')), score: Number(e.getAttribute('data-score')), grade: e.getAttribute('data-grade'),
    })));
    expect(top).toHaveLength(10);
    const best = [...cli.rows].sort((a, b) => b.score - a.score || (a.unit < b.unit ? -1 : 1)).slice(0, 10);
    expect(top.map((r) => r.score)).toEqual(best.map((r) => r.score));
    for (const r of top) expect(r).toEqual({ unit: r.unit, rank: byUnit.get(r.unit)!.rank, score: byUnit.get(r.unit)!.score, grade: byUnit.get(r.unit)!.grade });
    const cards = await page.getByTestId('briefing-card').evaluateAll((els) => els.map((e) => [e.getAttribute('data-unit'), Number(e.getAttribute('data-rank')), Number(e.getAttribute('data-score')), e.getAttribute('data-grade')]));
    expect(cards).toHaveLength(cli.rows.length);
    for (const [unit, rank, score, grade] of cards) expect([rank, score, grade]).toEqual([byUnit.get(unit as string)!.rank, byUnit.get(unit as string)!.score, byUnit.get(unit as string)!.grade]);
    const grades = await page.locator('[data-section="grades"] tr[data-grade]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-grade'), Number(e.getAttribute('data-count'))]));
    for (const [g, n] of grades) expect(n).toBe(cli.rows.filter((r) => r.grade === g).length);

    const t1 = Date.now();
    await page.getByTestId('briefing-toggle-gaming').uncheck();
    await page.locator('[data-section="gaming"]').waitFor({ state: 'detached' });
    console.log(`section switched off ${Date.now() - t1} ms after the click`);
    await page.waitForFunction(() => location.hash.includes('off=gaming'));
    await expect(sectionIds(page)).resolves.toEqual(BRIEFING_SECTIONS.filter((s) => s !== 'gaming'));
    await page.getByTestId('briefing-toggle-officers').uncheck();
    await page.waitForFunction(() => location.hash.includes('off=gaming%2Cofficers') || location.hash.includes('off=gaming,officers'));
    await page.reload();
    await ready(page);
    expect(await sectionIds(page)).toEqual(BRIEFING_SECTIONS.filter((s) => s !== 'gaming' && s !== 'officers'));
    expect(await page.getByTestId('briefing-toggle-gaming').isChecked()).toBe(false);
    await page.getByTestId('briefing-toggle-gaming').check();
    await page.getByTestId('briefing-toggle-officers').check();
    await page.waitForFunction(() => !location.hash.includes('off='));
    expect(await sectionIds(page)).toEqual([...BRIEFING_SECTIONS]);

    // the print button opens the browser's print (stubbed here: headless has no dialogue)
    await page.evaluate(() => { (window as unknown as { printed: number }).printed = 0; window.print = () => { (window as unknown as { printed: number }).printed++; }; });
    await page.getByTestId('briefing-print').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // one district: the collector's briefing has its own card only and marks its rows
    const name = cli.rows[5].unit;
    const t2 = Date.now();
    await page.getByTestId('briefing-scope').selectOption(name);
    await page.waitForFunction((n) => decodeURIComponent(location.hash).includes(`district=${n}`), name);
    await page.locator(`[data-testid="briefing-card"][data-unit="${name}"]`).waitFor();
    await ready(page);
    console.log(`district briefing (${name}) ready ${Date.now() - t2} ms after choosing it`);
    expect(await page.getByTestId('briefing-card').count()).toBe(1);
    expect(await page.locator('[data-section="top"] tr.own').count()).toBeLessThanOrEqual(1);
    expect(await page.getByTestId('briefing-own').textContent()).toContain(String(cli.rows[5].rank));
    await page.screenshot({ path: path.join(SHOTS, 'briefing-screen.png') });
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/NaN|undefined|Infinity|briefing\./);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
  });

  for (const lang of ['en', 'hi'] as const) {
    it(`prints to A4 PDF in ${lang}, portrait and landscape: header, footer and page n of N on every page, one report card a page`, async () => {
      const L = lang === 'en' ? en : hi;
      const { page, errors } = await openPage(h, `#/briefing?lang=${lang}`);
      await waitLoaded(page);
      await ready(page);
      const month = formatMonth(cli.period, lang);
      const cmp = formatMonth(previousMonth(cli.period), lang);
      const asOf = await page.getByTestId('briefing').getAttribute('data-as-of');
      expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const cardName = getBuiltinScorecard('mp-cm-helpline')!.name;
      // Chromium's PDF text layer loses some Devanagari (the vowel sign ि and some conjuncts such as
      // त्र come back as U+0000), so in Hindi the header is checked with ि and U+0000 dropped on both
      // sides, on words without such conjuncts; the glyphs themselves are the bundled font's (checked below).
      const fold = lang === 'hi' ? (x: string) => flat(x).replaceAll('\u0000', '').replaceAll('\u093F', '') : flat;
      const header = (lang === 'en'
        ? [L.app.name, L.briefing.controls.state, cardName.en, month, cmp, L.briefing.dataAsOf, formatDateIN(asOf), L.briefing.dataset, L.summary.sample]
        : [L.app.name, 'सीएम हेल्पलाइन', month, cmp, L.briefing.dataAsOf, formatDateIN(asOf), L.briefing.dataset, 'नमूना']).map(fold);
      const rows = await tableRows(page);

      for (const paper of ['portrait', 'landscape'] as const) {
        if (paper === 'landscape') {
          await page.getByTestId('briefing-paper').selectOption('landscape');
          await page.locator('[data-testid="briefing"][data-paper="landscape"]').waitFor();
        }
        const t0 = Date.now();
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
        const pages = await pdfPages(pdf);
        console.log(`${lang} ${paper}: ${pages.length} pages, ${pdf.length} bytes, page.pdf + read back ${Date.now() - t0} ms`);
        if (paper === 'portrait') fs.writeFileSync(path.join(SHOTS, `briefing-${lang}.pdf`), pdf);
        const N = pages.length;
        expect(N).toBeGreaterThan(cli.rows.length); // sections + one page per district
        pages.forEach((p, i) => {
          const [w, hgt] = paper === 'portrait' ? [A4.w, A4.h] : [A4.h, A4.w];
          expect(Math.abs(p.width - w) < 1 && Math.abs(p.height - hgt) < 1, `page ${i + 1} is ${p.width} × ${p.height} pt`).toBe(true);
          const text = fold(p.flat);
          for (const s of header) expect(text, `page ${i + 1} lacks "${s}"`).toContain(s);
          expect(text).toContain(fold(`${L.briefing.page} ${i + 1} ${L.briefing.of} ${N}`));
        });
        // report cards: one a page, each with the district's score as `samiksha score` prints it
        const cardTitle = flat(`— ${L.briefing.cards.title}`);
        const cardPages = pages.filter((p) => p.flat.includes(cardTitle));
        if (lang === 'en') {
          expect(cardPages).toHaveLength(cli.rows.length);
          for (const p of cardPages) expect(p.flat.split(cardTitle).length - 1).toBe(1);
          for (const r of cli.rows) {
            const p = cardPages.find((x) => x.flat.includes(flat(`${r.unit} — ${L.briefing.cards.title}`)));
            expect(p, r.unit).toBeTruthy();
            expect(p!.flat).toContain(flat(`${L.briefing.col.score}${r.score.toFixed(2)}`));
          }
          checkTables(pages, rows);
        } else {
          // Devanagari comes back from the PDF with its vowel signs moved, so look for words that survive
          const all = fold(pages.map((p) => p.flat).join(''));
          for (const w of [L.briefing.section.headline, L.briefing.col.group, L.briefing.total, L.briefing.col.score, L.briefing.controls.state.split(' ')[0]]) expect(all).toContain(fold(w));
          const names = pdfFontNames(pdf);
          expect(names.some((n) => /NotoSansDevanagari/.test(n)), names.join(', ')).toBe(true);
          // every district's card score is printed on a page after the sections
          const tail = pages.slice(N - cli.rows.length).map((p) => p.flat);
          for (const r of cli.rows) expect(tail.some((t) => t.includes(r.score.toFixed(2))), r.unit).toBe(true);
        }
      }
      expect(errors).toEqual([]);
    });
  }
});

/**
 * Every table row outside the cards is found whole on one page (no row cut), rows come in order,
 * and a table that goes on to another page has its header again above its rows there.
 */
function checkTables(pages: PdfPage[], tables: { head: string; rows: string[] }[]): void {
  let spans = 0;
  let from = 0;
  for (const t of tables) {
    const head = flat(t.head);
    let last = -1;
    for (const r of t.rows.map(flat)) {
      let p = Math.max(from, last);
      while (p < pages.length && !pages[p].flat.includes(r)) p++;
      expect(p, `row not found whole on any page: ${r}`).toBeLessThan(pages.length);
      if (last >= 0 && p > last) {
        spans++;
        const at = pages[p].flat.indexOf(r);
        expect(pages[p].flat.lastIndexOf(head, at), `header not repeated on page ${p + 1} above ${r}`).toBeGreaterThanOrEqual(0);
      }
      last = p;
    }
    if (last >= 0) from = last;
  }
  expect(spans, 'no table went over a page: the header check did not run').toBeGreaterThan(0);
}
