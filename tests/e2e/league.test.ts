import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { start, openPage, waitLoaded, shot, ROOT, type Harness } from './harness';

interface CliRow { unit: string; rank: number; score: number; grade: string; group: string | null }

describe('overview and district league table on the sample', () => {
  let h: Harness;
  beforeAll(async () => { h = await start(); });
  afterAll(async () => { await h?.close(); });

  it('league table rows, ranks, scores and grades match `samiksha score` for the same period', async () => {
    const period = '2026-09';
    const { page, errors } = await openPage(h, `#/districts?period=${period}`);
    await waitLoaded(page);
    const t0 = Date.now();
    await page.getByTestId('league-row').first().waitFor({ timeout: 60_000 });
    console.log(`league table visible ${Date.now() - t0} ms after the sample loaded`);
    const rows = await page.getByTestId('league-row').evaluateAll((els) => els.map((e) => ({
      unit: e.getAttribute('data-unit'), rank: Number(e.getAttribute('data-rank')), score: Number(e.getAttribute('data-score')), grade: e.getAttribute('data-grade'),
    })));
    const out = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bin/samiksha.mjs'), 'score', '--complaints', path.join(ROOT, 'public/sample/complaints.csv.gz'), '--period', period], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    const cli = new Map<string, CliRow>(out.rows.map((r: CliRow) => [r.unit, r]));
    expect(rows.length).toBe(out.rows.length);
    expect(rows.length).toBeGreaterThan(40);
    for (const r of rows) {
      const c = cli.get(r.unit!);
      expect(c, r.unit!).toBeDefined();
      expect([r.unit, r.rank, r.score, r.grade]).toEqual([c!.unit, c!.rank, c!.score, c!.grade]);
    }
    expect(errors).toEqual([]);
    await shot(page, 'districts-en');
    await page.context().close();
  });

  it('sorts, searches, filters by division and links to the report card; URL state survives a reload', async () => {
    const { page } = await openPage(h, '#/districts?period=2026-08&compare=2026-06');
    await waitLoaded(page);
    await page.getByTestId('league-row').first().waitFor();
    await page.getByTestId('league-search').fill('indore');
    await expect.poll(() => page.getByTestId('league-row').count()).toBe(1);
    await page.getByTestId('league-search').fill('');
    await page.getByTestId('division-filter').selectOption('Rewa');
    await expect.poll(async () => (await page.getByTestId('league-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')))).sort())
      .toEqual(['Maihar', 'Mauganj', 'Rewa', 'Satna', 'Sidhi', 'Singrauli']);
    await page.reload();
    await waitLoaded(page);
    await expect(page.getByTestId('period-picker').inputValue()).resolves.toBe('2026-08');
    await expect(page.getByTestId('compare-picker').inputValue()).resolves.toBe('2026-06');
    await page.getByTestId('league-row').first().locator('a').click();
    await page.waitForURL(/#\/districts\/[^?]+\?.*period=2026-08/);
    await page.goBack();
    await page.getByTestId('league-table').waitFor();
    await page.context().close();
  });

  it('overview shows headline figures, grade distribution, top/bottom 10 and movers, in Hindi too', async () => {
    const { page, errors } = await openPage(h, '#/?lang=hi');
    await waitLoaded(page);
    await page.locator('[data-testid=top-10] tr[data-unit]').nth(9).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('[data-testid=top-10] tr[data-unit]').count()).toBe(10);
    await expect.poll(() => page.locator('[data-testid=bottom-10] tr[data-unit]').count()).toBe(10);
    await page.locator('[data-metric=received] .value').filter({ hasText: /\d/ }).waitFor();
    const received = await page.locator('[data-metric=received] .value').textContent();
    expect(received).toMatch(/^\d{1,2}(,\d{2})*,\d{3}$/); // Indian grouping
    const counts = await page.locator('[data-testid=grade-distribution] .bar-row').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(40);
    await page.getByText('शीर्ष 10 जिले').waitFor();
    expect(await page.content()).not.toContain('NaN');
    expect(errors).toEqual([]);
    await shot(page, 'overview-hi');
    await page.context().close();
  });

  it('loads a user boundary file, matches names, lists the unmatched, and keeps it across a reload', async () => {
    const sq = (x: number, y: number) => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]] });
    const geo = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { DISTRICT: 'INDORE' }, geometry: sq(75, 22) },
      { type: 'Feature', properties: { DISTRICT: 'भिण्ड' }, geometry: sq(78, 26) },
      { type: 'Feature', properties: { DISTRICT: 'Atlantis' }, geometry: sq(70, 20) },
    ] };
    const file = path.join(os.tmpdir(), `samiksha-boundaries-${process.pid}.geojson`);
    fs.writeFileSync(file, JSON.stringify(geo));
    const { page, errors } = await openPage(h, '#/districts');
    await waitLoaded(page);
    await page.getByTestId('league-row').first().waitFor();
    await page.getByTestId('boundary-input').setInputFiles(file);
    await page.getByTestId('boundary-map').waitFor();
    await expect.poll(() => page.locator('[data-testid=boundary-map] path').evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')).sort())).toEqual(['Bhind', 'Indore']);
    await expect(page.getByTestId('boundary-match').textContent()).resolves.toContain('Atlantis');
    await page.reload();
    await waitLoaded(page);
    await page.getByTestId('boundary-map').waitFor();
    await expect.poll(() => page.locator('[data-testid=boundary-map] path').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('department and source filters go into the URL, re-score the league, and back restores the unfiltered table', async () => {
    const { page, errors } = await openPage(h, '#/districts?period=2026-09');
    await waitLoaded(page);
    await page.getByTestId('league-row').first().waitFor();
    const scoresOf = () => page.getByTestId('league-row').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-unit')}:${e.getAttribute('data-score')}`).sort().join('|'));
    const all = await scoresOf();
    await page.getByTestId('department-filter').selectOption('Energy');
    await page.waitForURL(/department=Energy/);
    await expect.poll(scoresOf, { timeout: 30_000 }).not.toBe(all);
    await page.getByTestId('source-filter').selectOption('call_181');
    await page.waitForURL(/source=call_181/);
    await page.goBack();
    await page.goBack();
    await page.waitForURL((u) => !u.hash.includes('department='));
    await expect.poll(scoresOf, { timeout: 30_000 }).toBe(all);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
