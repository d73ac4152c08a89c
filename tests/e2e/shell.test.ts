import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { start, openPage, waitLoaded, shot, type Harness } from './harness';

const ROUTES = ['#/', '#/districts', '#/districts/Indore', '#/departments', '#/officers', '#/scorecard', '#/data', '#/briefing'];

describe('app shell on the embedded sample (built dist/, headless Chromium)', () => {
  let h: Harness;
  beforeAll(async () => { h = await start(); });
  afterAll(async () => { await h?.close(); });

  it('loads the sample into DuckDB with no request leaving the machine', async () => {
    const { page, external, errors } = await openPage(h);
    const t0 = Date.now();
    const rows = await waitLoaded(page);
    const ms = Date.now() - t0;
    expect(rows).toBeGreaterThan(250_000);
    console.log(`sample loaded: ${rows} complaints in ${ms} ms (page open → summary)`);
    await expect(page.getByTestId('period-picker').locator('option').count()).resolves.toBeGreaterThanOrEqual(12);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await shot(page, 'shell-en');
    await page.context().close();
  });

  it('navigates to every route; each unbuilt page says what will be there', async () => {
    const { page, errors } = await openPage(h);
    await waitLoaded(page);
    for (const r of ROUTES) {
      await page.goto(h.url + r);
      await expect(page.locator('main .empty-state, main [data-testid]').first().isVisible()).resolves.toBe(true);
    }
    await page.goto(h.url + '#/no-such-page');
    await page.getByTestId('not-found').waitFor();
    // nav links carry the query (view state) along
    await page.goto(h.url + '#/?period=2026-05');
    await page.getByTestId('nav-districts').click();
    expect(page.url()).toContain('#/districts?period=2026-05');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('honours ?lang=hi, switches language and remembers it across a reload', async () => {
    const { page } = await openPage(h, '#/?lang=hi');
    await waitLoaded(page);
    await expect(page.locator('.brand-name').textContent()).resolves.toBe('समीक्षा');
    await expect(page.getByTestId('nav-districts').textContent()).resolves.toBe('जिले');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('hi');
    await shot(page, 'shell-hi');
    await page.getByTestId('lang-en').click();
    await expect(page.getByTestId('nav-districts').textContent()).resolves.toBe('Districts');
    await page.getByTestId('lang-hi').click();
    await page.goto(h.url + '#/districts'); // no ?lang: the remembered choice applies
    await page.reload();
    await waitLoaded(page);
    await expect(page.getByTestId('nav-districts').textContent()).resolves.toBe('जिले');
    await page.context().close();
  });
});
