import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { start, openPage, waitLoaded, shot, type Harness } from './harness';
import type { Page } from 'playwright-core';

/** Waits until the officers query has run and the good list has rows; returns the ids of both lists. */
async function lists(page: Page): Promise<{ good: string[]; poor: string[] }> {
  await page.locator('[data-testid="officers-view"][data-loading="false"]').waitFor({ timeout: 60_000 });
  await page.getByTestId('officer-good-list').getByTestId('officer-row').first().waitFor({ timeout: 60_000 });
  const ids = (list: string) => page.getByTestId(list).getByTestId('officer-row').evaluateAll((els) => els.map((e) => e.getAttribute('data-officer-id') ?? ''));
  return { good: await ids('officer-good-list'), poor: await ids('officer-poor-list') };
}

describe('#/officers on the embedded sample (built dist/, headless Chromium)', () => {
  let h: Harness;
  beforeAll(async () => { h = await start(); });
  afterAll(async () => { await h?.close(); });

  it('shows the good and poor lists side by side, ordered by the Wilson bounds, with flags', async () => {
    const { page, errors, external } = await openPage(h, '#/officers');
    await waitLoaded(page);
    const t0 = Date.now();
    const { good, poor } = await lists(page);
    console.log(`officer lists rendered ${Date.now() - t0} ms after load: good ${good.length}, poor ${poor.length}`);
    expect(good).toHaveLength(10);
    expect(poor).toHaveLength(10);
    expect(good.filter((id) => poor.includes(id))).toEqual([]);
    const bound = (list: string, attr: string) => page.getByTestId(list).getByTestId('officer-row').evaluateAll((els, a) => els.map((e) => Number(e.getAttribute(a))), attr);
    const lowers = await bound('officer-good-list', 'data-wilson-lower');
    expect(lowers).toEqual([...lowers].sort((a, b) => b - a));
    const uppers = await bound('officer-poor-list', 'data-wilson-upper');
    expect(uppers).toEqual([...uppers].sort((a, b) => a - b));
    await expect(page.getByTestId('officer-rule').textContent()).resolves.toMatch(/at least 10 closures/);
    await expect(page.getByTestId('officer-flagged-row').count()).resolves.toBeGreaterThan(0);
    // the two lists sit side by side at 1366 px
    const [g, p] = await Promise.all([page.getByTestId('officer-good-list').boundingBox(), page.getByTestId('officer-poor-list').boundingBox()]);
    expect(Math.abs(g!.y - p!.y)).toBeLessThan(2);
    expect(p!.x).toBeGreaterThan(g!.x + g!.width - 1);
    await shot(page, 'officers-state');
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await page.context().close();
  });

  it('a district in the URL filters both lists to that district; the minimum closures is adjustable', async () => {
    const { page, errors } = await openPage(h, '#/officers?district=Indore');
    await waitLoaded(page);
    const { good, poor } = await lists(page);
    expect(good.length + poor.length).toBeGreaterThan(0);
    const districts = await page.getByTestId('officer-row').evaluateAll((els) => els.map((e) => e.querySelector('.sub')?.textContent ?? ''));
    for (const d of districts) expect(d).toMatch(/· Indore$/);
    await expect(page.getByTestId('officer-district').inputValue()).resolves.toBe('Indore');
    // raising the minimum re-ranks without leaving the page: every listed officer then has ≥ 25 closures
    await page.getByTestId('officer-min-closures').fill('25');
    await page.getByTestId('officer-min-closures').dispatchEvent('change');
    await expect(page.getByTestId('officer-rule').textContent()).resolves.toMatch(/at least 25 closures/);
    const closed = await page.getByTestId('officer-row').evaluateAll((els) => els.map((e) => Number((e.children[3].textContent ?? '').replace(/,/g, ''))));
    for (const c of closed) expect(c).toBeGreaterThanOrEqual(25);
    // choosing another district in the picker writes it to the URL
    await page.getByTestId('officer-district').selectOption('Bhopal');
    await page.waitForURL(/district=Bhopal/);
    await lists(page);
    await shot(page, 'officers-district');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('clicking a row opens the officer profile (URL officer=ID): trend chart, closure mix, complaints; Escape closes it', async () => {
    const { page, errors } = await openPage(h, '#/officers');
    await waitLoaded(page);
    const { poor } = await lists(page);
    await page.getByTestId('officer-poor-list').getByTestId('officer-row').first().click();
    const profile = page.getByTestId('officer-profile');
    await profile.waitFor();
    expect(await profile.getAttribute('data-officer-id')).toBe(poor[0]);
    expect(decodeURIComponent(page.url())).toContain(`officer=${poor[0]}`);
    await page.getByTestId('officer-trend').locator('canvas').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('officer-mix').locator('li').first().waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('officer-escalated').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('officer-pending').isVisible()).resolves.toBe(true);
    await shot(page, 'officers-profile');
    await page.keyboard.press('Escape');
    await profile.waitFor({ state: 'detached' });
    expect(page.url()).not.toContain('officer=');
    // a deep link opens the profile directly, in Hindi too
    await page.goto(`${h.url}#/officers?officer=${encodeURIComponent(poor[0])}&lang=hi`);
    await profile.waitFor();
    await expect(profile.locator('.kicker').textContent()).resolves.toBe('अधिकारी प्रोफ़ाइल');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
