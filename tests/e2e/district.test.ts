import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { start, openPage, waitLoaded, ROOT, type Harness } from './harness';

const run = promisify(execFile);
// The committed screenshots in docs/ are refreshed only on request (UPDATE_SCREENSHOTS=1); a test run never dirties the tree.
const SHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'tests/e2e/__shots__');

/** Waits for the report card with its oldest-pending list; returns the card's data attributes. */
async function openCard(page: Page) {
  const card = page.getByTestId('district-card');
  await card.waitFor({ timeout: 60_000 });
  await page.locator('[data-testid="district-card"][data-rank]').waitFor({ timeout: 60_000 });
  await page.getByTestId('oldest-row').first().waitFor({ timeout: 60_000 });
  const attr = (k: string) => card.getAttribute(k);
  return { unit: await attr('data-unit'), period: await attr('data-period'), rank: Number(await attr('data-rank')), grade: await attr('data-grade'), score: Number(await attr('data-score')) };
}

async function cliScore(period: string) {
  const { stdout } = await run(process.execPath, ['bin/samiksha.mjs', 'score', '--complaints', 'public/sample/complaints.csv.gz', '--period', period, '--format', 'json'],
    { cwd: ROOT, maxBuffer: 64 << 20 });
  return JSON.parse(stdout) as { period: string; rows: { unit: string; rank: number; grade: string; score: number; group: string }[] };
}

describe('district report card (#/districts/:name) on the embedded sample', () => {
  let h: Harness;
  beforeAll(async () => { h = await start(); fs.mkdirSync(SHOTS, { recursive: true }); });
  afterAll(async () => { await h?.close(); });

  it('shows rank, grade and score equal to `samiksha score` for the same period, and names the oldest pending complaints', async () => {
    const { page, errors } = await openPage(h, '#/districts/indore');
    await waitLoaded(page);
    const t0 = Date.now();
    const c = await openCard(page);
    console.log(`report card ready in ${Date.now() - t0} ms after load (card queries ${await page.getByTestId('district-view').getAttribute('data-query-ms')} ms): ${JSON.stringify(c)}`);
    expect(c.unit).toBe('Indore'); // matched case-insensitively to the data's spelling
    expect(c.period).toMatch(/^\d{4}-\d{2}$/);

    const cli = await cliScore(c.period!);
    const row = cli.rows.find((r) => r.unit === 'Indore')!;
    expect(row).toBeTruthy();
    expect(c.rank).toBe(row.rank);
    expect(c.grade).toBe(row.grade);
    expect(c.score).toBeCloseTo(row.score, 2);
    await expect(page.getByTestId('district-card').getAttribute('data-group')).resolves.toBe(row.group);

    // the costliest parameter is named and charted; rank band and what-it-takes are filled in
    await expect(page.getByTestId('costliest').textContent()).resolves.toMatch(/\d/);
    expect(await page.locator('[data-testid="marks-lost"] canvas').count()).toBeGreaterThan(0);
    // the level funnel (with its lead line) and the source mix are charted (one shared HBarPanel)
    expect(await page.locator('[data-testid="level-funnel"] canvas').count()).toBeGreaterThan(0);
    await expect(page.locator('[data-testid="level-funnel"] .small').textContent()).resolves.toMatch(/\d/);
    expect(await page.locator('[data-testid="source-mix"] canvas').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('rank-band').textContent()).toMatch(/\d+–\d+/);
    const statuses = await page.locator('[data-testid="what-it-takes"] td[data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses).toHaveLength(4);
    for (const s of statuses) expect(['reached', 'unreachable', 'already', 'noData']).toContain(s);
    expect(await page.getByTestId('pending-row').count()).toBeGreaterThan(3);

    // oldest pending: ids, oldest first, at most 200
    const rows = page.getByTestId('oldest-row');
    const n = await rows.count();
    expect(n).toBeGreaterThan(10);
    expect(n).toBeLessThanOrEqual(200);
    const ids = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    for (const id of ids) expect(id).toMatch(/^\w+$/);
    expect(new Set(ids).size).toBe(n);
    const days = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-days'))));
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(days[0]).toBeGreaterThan(50);
    await expect(rows.first().locator('td').nth(2).textContent()).resolves.toMatch(/^\d{2}-\d{2}-\d{4}$/);

    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'district-en.png'), fullPage: true });

    // CSV export: a header and one line per listed complaint
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('oldest-export').click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv).toHaveLength(n + 1);
    expect(csv[1].startsWith(ids[0]!)).toBe(true);
    await page.context().close();
  });

  it('renders in Hindi (?lang=hi): Devanagari district name, headings and column names', async () => {
    const { page, errors } = await openPage(h, '#/districts/Indore?lang=hi');
    await waitLoaded(page);
    await openCard(page);
    await expect(page.locator('[data-testid="district-card"] h1').textContent()).resolves.toContain('इंदौर');
    await expect(page.getByTestId('oldest-pending').locator('thead').textContent()).resolves.toContain('शिकायत क्रमांक');
    await expect(page.getByTestId('what-it-takes').locator('h2').textContent()).resolves.toBe('आगे बढ़ने के लिए क्या चाहिए');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/NaN|undefined|district\.|Infinity/);
    expect(errors).toEqual([]);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SHOTS, 'district-hi.png'), fullPage: true });
    await page.context().close();
  });

  it('an unknown district says so and links back to the league table', async () => {
    const { page } = await openPage(h, '#/districts/Atlantis?period=2026-05');
    await waitLoaded(page);
    const box = page.getByTestId('district-unknown');
    await box.waitFor({ timeout: 60_000 });
    await expect(box.textContent()).resolves.toContain('Atlantis');
    await box.locator('a').click();
    await page.waitForURL(/#\/districts\?period=2026-05$/);
    await page.context().close();
  });
});
