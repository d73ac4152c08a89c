import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { start, openPage, waitLoaded, ROOT, type Harness } from './harness';

// The committed screenshots in docs/ are refreshed only on request (UPDATE_SCREENSHOTS=1); a test run never dirties the tree.
const SHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'tests/e2e/__shots__');
const nums = (rows: Locator, attr: string) => rows.evaluateAll((els, a) => els.map((e) => Number(e.getAttribute(a))), attr);
const units = (rows: Locator) => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-unit')!));

async function table(page: Page) {
  const rows = page.getByTestId('department-row');
  await rows.first().waitFor({ timeout: 60_000 });
  return rows;
}

describe('departments TL-meeting table (#/departments) on the embedded sample', () => {
  let h: Harness;
  beforeAll(async () => { h = await start(); fs.mkdirSync(SHOTS, { recursive: true }); });
  afterAll(async () => { await h?.close(); });

  it('lists departments with grades, sorts by any column, and a click shows the department district-wise', async () => {
    const { page, errors } = await openPage(h, '#/departments');
    await waitLoaded(page);
    const t0 = Date.now();
    const rows = await table(page);
    console.log(`departments table ready in ${Date.now() - t0} ms after load (table queries ${await page.getByTestId('departments-view').getAttribute('data-query-ms')} ms)`);
    const n = await rows.count();
    expect(n).toBeGreaterThan(10);
    const grades = await rows.locator('td[data-grade]').evaluateAll((els) => els.map((e) => e.getAttribute('data-grade')));
    expect(grades.filter((g) => g && /^[A-D]$/.test(g)).length).toBeGreaterThan(n / 2);

    // default order: pending > 50 days, largest first
    const over50 = await nums(rows, 'data-over50');
    expect(over50).toEqual([...over50].sort((a, b) => b - a));
    // sort by received: descending, then ascending on a second click
    await page.getByTestId('sort-received').click();
    const desc = await nums(rows, 'data-received');
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    await page.getByTestId('sort-received').click();
    const asc = await nums(rows, 'data-received');
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    expect(asc[0]).toBeLessThan(asc[asc.length - 1]);
    // by name: A → Z
    await page.getByTestId('sort-unit').click();
    const names = await units(rows);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/NaN|undefined|Infinity/);

    // the busiest department, district-wise: its districts add up to the department's row
    await page.getByTestId('sort-received').click();
    const top = rows.first();
    const dep = (await top.getAttribute('data-unit'))!;
    const depReceived = Number(await top.getAttribute('data-received'));
    await top.click();
    const bd = page.getByTestId('department-breakdown');
    await bd.waitFor();
    await expect(bd.getAttribute('data-department')).resolves.toBe(dep);
    const brows = page.getByTestId('breakdown-row');
    await brows.first().waitFor({ timeout: 60_000 });
    expect(await brows.count()).toBeGreaterThan(10);
    const byDistrict = await nums(brows, 'data-received');
    expect(byDistrict.reduce((a, b) => a + b, 0)).toBe(depReceived);
    expect(errors).toEqual([]);
    await page.getByTestId('sort-pending_over_50').first().click();
    await page.waitForTimeout(800);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, 'departments-en.png'), fullPage: true });
    await page.context().close();
  });

  it('the district selector sets ?district= and the table becomes that district: each department matches its district row in the breakdown', async () => {
    const { page, errors } = await openPage(h, '#/departments');
    await waitLoaded(page);
    await table(page);
    await page.getByTestId('district-select').selectOption('Indore');
    await page.waitForURL(/district=Indore/);
    await page.waitForFunction(() => document.querySelector('h1 + p')?.textContent?.includes('Indore'));
    const rows = page.getByTestId('department-row');
    await page.getByTestId('sort-received').click();
    await page.waitForTimeout(500);
    const dep = (await rows.first().getAttribute('data-unit'))!;
    const received = Number(await rows.first().getAttribute('data-received'));
    await rows.first().click();
    const indore = page.locator('[data-testid="breakdown-row"][data-unit="Indore"]');
    await indore.waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('department-breakdown').getAttribute('data-department')).resolves.toBe(dep);
    expect(Number(await indore.getAttribute('data-received'))).toBe(received);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('renders in Hindi (?lang=hi)', async () => {
    const { page, errors } = await openPage(h, '#/departments?lang=hi');
    await waitLoaded(page);
    const rows = await table(page);
    await expect(page.locator('.departments-view h1').textContent()).resolves.toBe('विभाग — टीएल बैठक तालिका');
    await expect(page.getByTestId('sort-received').textContent()).resolves.toContain('प्राप्त');
    await expect(rows.locator('th').allTextContents()).resolves.toContain('राजस्व');
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toMatch(/NaN|undefined|departments\.|Infinity/);
    await rows.first().click();
    await page.getByTestId('breakdown-row').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(800);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, 'departments-hi.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
