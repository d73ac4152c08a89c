/**
 * A rollup in the app: `samiksha rollup` of the embedded sample (native CLI), opened from #/data
 * (file input `open-rollup`), must show the same league (ranks, scores, grades, for two months),
 * department table, officer lists, headline figures and named pending list as the raw rows of the
 * same sample; screens say plainly what needs the raw rows; a file that is not a rollup is refused
 * with the data unchanged; closing goes back to the rows.
 *
 * Opt-in timing of a big rollup (docs/scale.md): SAMIKSHA_ROLLUP=/path/to/rollup.duckdb prints
 * {"rollup_mb", "open_ms" (file chosen → rollup described), "league_ms" (→ 50 league rows on screen)}.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { start, openPage, waitLoaded, shot, ROOT, type Harness } from './harness';

const SAMPLE = path.join(ROOT, 'public/sample/complaints.csv.gz');
const BIG = process.env.SAMIKSHA_ROLLUP;

async function go(page: Page, hash: string): Promise<void> {
  // in-app navigation (a reload would leave the rollup: it is opened for the session only)
  await page.evaluate((h) => { location.hash = h; }, hash);
}

async function league(page: Page, period: string) {
  await go(page, `#/districts?period=${period}`);
  await page.getByTestId('league-table').waitFor();
  await expect.poll(() => page.getByTestId('league-row').count(), { timeout: 60_000 }).toBeGreaterThan(40);
  await page.locator(`[data-testid="districts-view"][data-period="${period}"][data-loading="false"]`).waitFor({ timeout: 60_000 });
  return page.getByTestId('league-row').evaluateAll((els) => els.map((e) => [e.getAttribute('data-unit'), e.getAttribute('data-rank'), e.getAttribute('data-score'), e.getAttribute('data-grade')].join('|')));
}

/** The screen's store has finished its queries (and a moment for the watchers of a just-changed URL to start theirs). */
async function settled(page: Page, testid: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.locator(`[data-testid="${testid}"][data-loading="false"]`).waitFor({ timeout: 60_000 });
}

async function rowsOf(page: Page, testid: string, attrs: string[]): Promise<string[]> {
  return page.getByTestId(testid).evaluateAll((els, a) => els.map((e) => a.map((k) => e.getAttribute(k)).join('|')), attrs);
}

/** Everything the comparison reads, on whatever the app shows now. */
async function screens(page: Page, periods: string[]) {
  const out: Record<string, unknown> = {};
  for (const p of periods) out[`league ${p}`] = await league(page, p);
  const last = periods[0];
  await go(page, `#/departments?period=${last}`);
  await expect.poll(() => page.getByTestId('department-row').count(), { timeout: 60_000 }).toBeGreaterThan(5);
  await settled(page, 'departments-view');
  out.departments = (await rowsOf(page, 'department-row', ['data-unit', 'data-received', 'data-over50'])).sort();
  await go(page, `#/officers?period=${last}`);
  await expect.poll(() => page.getByTestId('officer-row').count(), { timeout: 60_000 }).toBeGreaterThan(5);
  await settled(page, 'officers-view');
  out.good = await rowsOf(page, 'officer-row', ['data-officer-id', 'data-rank', 'data-wilson-lower']);
  await go(page, `#/?period=${last}`);
  await page.getByTestId('headline-figures').waitFor();
  await settled(page, 'overview-view');
  out.headline = await page.getByTestId('headline-figures').innerText();
  await go(page, `#/districts/Indore?period=${last}`);
  await expect.poll(() => page.getByTestId('oldest-row').count(), { timeout: 60_000 }).toBeGreaterThan(0);
  await settled(page, 'district-view');
  out.rank = await page.getByTestId('district-rank').innerText();
  out.oldest = (await rowsOf(page, 'oldest-row', ['data-id', 'data-days'])).filter((r) => Number(r.split('|')[1]) > 50);
  return out;
}

describe('a rollup opened in the app', () => {
  let h: Harness;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    h = await start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samiksha-rollup-e2e-'));
    file = path.join(dir, 'sample-rollup.duckdb');
    execFileSync(process.execPath, [path.join(ROOT, 'bin/samiksha.mjs'), 'rollup', '--complaints', SAMPLE, '--out', file], { stdio: 'pipe' });
    fs.writeFileSync(path.join(dir, 'not-a-rollup.duckdb'), 'complaint_id,registered_on\n1,2026-01-01\n');
  }, 300_000);
  afterAll(async () => { await h?.close(); if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

  it('scores, ranks and lists exactly as the raw rows of the same sample; says what needs the rows; closes back to the rows', async () => {
    const { page, errors, external } = await openPage(h, '#/data');
    const rows = await waitLoaded(page);
    const periods = ['2026-10', '2026-07'];
    const raw = await screens(page, periods);

    // a file that is not a rollup: refused in one line, the rows stay
    await go(page, '#/data');
    await page.getByTestId('open-rollup').setInputFiles(path.join(dir, 'not-a-rollup.duckdb'));
    await page.getByTestId('rollup-error').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('rollup-notice').count()).toBe(0);

    const t0 = Date.now();
    await page.getByTestId('open-rollup').setInputFiles(file);
    await page.getByTestId('rollup-open').waitFor({ timeout: 60_000 });
    console.log(`sample rollup (${(fs.statSync(file).size / 1e6).toFixed(1)} MB) open in ${Date.now() - t0} ms (${await page.getByTestId('rollup-open').getAttribute('data-ms')} ms in the store)`);
    expect(await page.getByTestId('rollup-error').count()).toBe(0);
    expect(Number(await page.getByTestId('rollup-open').getAttribute('data-rows'))).toBe(rows);
    expect(Number(await page.getByTestId('dataset-summary').getAttribute('data-rows'))).toBe(rows);
    await expect.poll(() => page.getByTestId('rollup-notice').getAttribute('data-limits')).toBe('import');

    const fromRollup = await screens(page, periods);
    for (const k of Object.keys(raw)) expect(fromRollup[k], k).toEqual(raw[k]);
    expect((raw['league 2026-10'] as string[]).length).toBeGreaterThan(40);
    expect((raw.oldest as string[]).length).toBeGreaterThan(10);
    await shot(page, 'rollup-district');

    // what needs the raw rows is said on the screen
    await go(page, '#/officers');
    await expect.poll(() => page.getByTestId('rollup-notice').getAttribute('data-limits')).toBe('officerProfile');
    await go(page, '#/districts/Indore?period=2026-07');
    await expect.poll(() => page.getByTestId('rollup-notice').getAttribute('data-limits')).toBe('oldestOtherMonth');
    await expect.poll(() => page.getByTestId('oldest-row').count()).toBe(0);
    await go(page, '#/data?lang=hi');
    await expect.poll(() => page.getByTestId('rollup-notice').innerText()).toMatch(/रोलअप/);
    await shot(page, 'rollup-data-hi');

    await page.getByTestId('close-rollup').click();
    await expect.poll(() => page.getByTestId('rollup-notice').count()).toBe(0);
    expect(await league(page, '2026-10')).toEqual(raw['league 2026-10']);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });

  // chosen as soon as the page shows its data (the sample still read in place from its file) and
  // after the page has settled (the sample copied into memory ~2.5 s after start)
  it.skipIf(!BIG).each([0, 4000])('opt-in: a big rollup (SAMIKSHA_ROLLUP) from file chosen to the league on screen, chosen %i ms after the page loaded', async (settle) => {
    const { page } = await openPage(h, '#/data');
    await waitLoaded(page);
    if (settle) await page.waitForTimeout(settle);
    const t0 = Date.now();
    await page.getByTestId('open-rollup').setInputFiles(BIG!);
    await page.getByTestId('rollup-open').waitFor({ timeout: 120_000 });
    await expect.poll(() => page.getByTestId('rollup-open').getAttribute('data-ms'), { timeout: 120_000, interval: 50 }).not.toBe('');
    const open = Date.now() - t0;
    const storeMs = Number(await page.getByTestId('rollup-open').getAttribute('data-ms'));
    await go(page, '#/districts');
    await expect.poll(() => page.getByTestId('league-row').count(), { timeout: 120_000, interval: 50 }).toBeGreaterThanOrEqual(50);
    const total = Date.now() - t0;
    const rows = Number(await page.getByTestId('dataset-summary').getAttribute('data-rows'));
    console.log(JSON.stringify({ settle_ms: settle, rollup: path.basename(BIG!), rollup_mb: Math.round(fs.statSync(BIG!).size / 1e5) / 10, rows, open_ms: open, store_ms: storeMs, league_ms: total }));
    expect(rows).toBeGreaterThan(0);
    await page.context().close();
  }, 300_000);
});
